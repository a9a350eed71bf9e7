"""kinds50: a name the actor table knows only as a place (or the gazetteer as a town) is a place
for the word classes, and a leader a person, whatever the recogniser labelled it ("French
troops left Mali": Mali PERSON). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.gazetteer import Gazetteer, Place, fold
from multivector.coding.generic import PlaceLocator
from multivector.coding.named_kinds import note_named_kinds
from multivector.coding.wordclass import lemma_in

PLACE = frozenset({"@gpe", "town"})


def _doc(words: list[str], ents: list[str], pos: list[str] | None = None) -> Doc:
    return Doc(Vocab(), words=words, ents=ents, pos=pos)


def test_a_country_labelled_a_person_is_a_place():
    doc = _doc(["Troops", "left", "Mali", "."], ["O", "O", "B-PERSON", "O"])
    assert not lemma_in(doc[2], PLACE)
    mali = Mention(2, 3, (LexEntry("MLI", "MLI", "country", "Mali"),))
    assert note_named_kinds(doc, {2: mali}) == {2: "@gpe"}
    doc2 = _doc(["Troops", "left", "Mali", "."], ["O", "O", "B-PERSON", "O"])
    note_named_kinds(doc2, {2: mali})
    assert lemma_in(doc2[2], PLACE)
    assert doc2[2].ent_type_ == "PERSON"  # the recogniser's label stays for other stages


@pytest.mark.parametrize(("kind", "ambiguous"), [("adjective", False), ("country", True)])
def test_not_a_place_only_no_place(kind, ambiguous):
    doc = _doc(["Troops", "left", "Chad", "."], ["O", "O", "B-PERSON", "O"])
    chad = Mention(2, 3, (LexEntry("TCD", "TCD", kind, "Chad", ambiguous),))
    assert note_named_kinds(doc, {2: chad}) == {}
    assert not lemma_in(doc[2], PLACE)


def test_a_place_the_recogniser_labelled_a_place_is_not_noted():
    doc = _doc(["Troops", "left", "Chad", "."], ["O", "O", "B-GPE", "O"])
    chad = Mention(2, 3, (LexEntry("TCD", "TCD", "country", "Chad"),))
    assert note_named_kinds(doc, {2: chad}) == {}
    assert lemma_in(doc[2], PLACE)


@pytest.mark.slow
def test_troops_leaving_a_country_the_recogniser_misreads(rules_coder):
    triples = event_triples(rules_coder, "French troops left Mali on Friday.", date="2022-08-15")
    assert ("FRAMIL", "MLI", "0874") in triples, triples


def _locate_towns(tok):
    """A stand-in for the gazetteer's reading: "Gao" and "Timbuktu" are towns of Mali."""
    return ([tok], "MLI") if tok.text in ("Gao", "Timbuktu") else None


def test_a_town_of_the_gazetteer_is_a_place():
    doc = _doc(
        ["Rebels", "seized", "Timbuktu", "and", "Gao", "."],
        ["O", "O", "B-PERSON", "O", "B-PERSON", "O"],
        ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"],
    )
    assert note_named_kinds(doc, {}, _locate_towns) == {2: "@gpe", 4: "@gpe"}
    assert lemma_in(doc[4], PLACE)
    assert not lemma_in(doc[4], frozenset({"@person"}))


def _towns() -> Gazetteer:
    """A gazetteer of two towns of Mali (large ones: no homonym test applies)."""
    places = {fold(n): Place(n, "MLI", 100_000, "city") for n in ("Gao", "Timbuktu")}
    return Gazetteer(places, {k: {p.name} for k, p in places.items()})


def test_a_surname_that_is_a_town_is_no_place():
    doc = Doc(
        Vocab(),
        words=["Reporter", "Kenji", "Timbuktu", "was", "freed", "."],
        heads=[2, 2, 4, 4, 4, 4],
        deps=["compound", "compound", "nsubjpass", "auxpass", "ROOT", "punct"],
        pos=["NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
        ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    locator = PlaceLocator(gazetteer=_towns)
    assert locator.locate(doc[2]) is not None  # its last word alone is a town
    assert locator.whole_place(doc[2]) is None
    assert note_named_kinds(doc, {}, locator.whole_place) == {}
    town = _doc(
        ["Rebels", "seized", "Timbuktu", "."],
        ["O", "O", "B-PERSON", "O"],
        ["NOUN", "VERB", "PROPN", "PUNCT"],
    )
    assert note_named_kinds(town, {}, locator.whole_place) == {2: "@gpe"}


@pytest.mark.slow
def test_towns_seized_are_territory_not_hostages(rules_coder):
    text = "Tuareg rebels seized Timbuktu and Gao in northern Mali."
    codes = {c for _s, _t, c in event_triples(rules_coder, text, date="2012-04-01")}
    assert "192" in codes and not any(c.startswith("18") for c in codes), codes


def test_a_leader_labelled_an_organisation_is_a_person():
    doc = _doc(["Mubarak", "received", "Arafat", "."], ["B-ORG", "O", "B-GPE", "O"])
    leader = LexEntry("EGYGOV", "EGY", "leader", "Mubarak")
    assert note_named_kinds(doc, {0: Mention(0, 1, (leader,))}) == {0: "@person"}
    assert lemma_in(doc[0], frozenset({"@person"}))
    assert not lemma_in(doc[0], frozenset({"@org"}))


def test_an_organisation_labelled_a_place_is_an_organisation():
    doc = _doc(["Niger", "left", "ECOWAS", "."], ["B-GPE", "O", "B-GPE", "O"])
    body = LexEntry("IGOWAFWAS", None, "organization", "ECOWAS")
    assert note_named_kinds(doc, {2: Mention(2, 3, (body,))}) == {2: "@org"}
    assert lemma_in(doc[2], frozenset({"@org", "union"}))
