"""Generic actors (coding/generic.py): places in text, the document's focus, the event rule.

Hand-built Docs, so the rules are tested apart from the statistical parser.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.focus_country import document_focus
from multivector.coding.gazetteer import Gazetteer, Place
from multivector.coding.generic import (
    GenericActors,
    GenericRules,
    PlaceLocator,
    generic_actors,
    is_countryless,
    keeps_pair,
    place_tokens,
    places_in_document,
)
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.model import Actor
from multivector.ontology import load_ontology

AGENTS = frozenset({"REB", "UAF", "CVL", "COP", "MIL", "GOV"})
RULES = GenericRules(
    place_first_agents=frozenset({"REB", "UAF", "CVL", "COP"}),
    focus_min_mentions=2,
    focus_dominance=2.0,
    focus_short_document=0,
    source_roots=frozenset({"18", "19", "20"}),
    target_roots=frozenset({"01", "11", "17", "18", "19"}),
)


VOCAB = English().vocab  # with English lexical attributes (lower_, is_punct ...)


def _doc(words, heads, deps, pos, lemmas=None, tags=None, ents=None) -> Doc:
    return Doc(
        VOCAB,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas or [w.lower() for w in words],
        tags=tags,
        ents=ents,
    )


def _gazetteer() -> Gazetteer:
    places = {
        "gao": Place("Gao", "MLI", 133110, "city"),
        "menaka": Place("Menaka", "MLI", 20000, "city"),
        "cox's bazar": Place("Cox's Bazar", "BGD", 253788, "city"),
        "khan younis": Place("Khan Younis", "PSE", 173183, "alternate"),
        "valencia": Place("Valencia", None, 1619470, "city", (("VEN", 1), ("ESP", 1))),
    }
    return Gazetteer(places, {k: {p.name} for k, p in places.items()})


LOCATOR = PlaceLocator(["town", "city", "village"], gazetteer=_gazetteer)


def test_a_proper_noun_after_in_is_a_place() -> None:
    # Rebels attacked soldiers in Gao
    doc = _doc(
        ["Rebels", "attacked", "soldiers", "in", "Gao"],
        [1, 1, 1, 2, 3],
        ["nsubj", "ROOT", "dobj", "prep", "pobj"],
        ["NOUN", "VERB", "NOUN", "ADP", "PROPN"],
    )
    assert [t.text for t in place_tokens(doc[4], LOCATOR.place_nouns)] == ["Gao"]
    toks, country = LOCATOR.locate(doc[4])
    assert country == "MLI" and [t.text for t in toks] == ["Gao"]
    assert place_tokens(doc[2], LOCATOR.place_nouns) == []  # "soldiers" is no place


def test_a_possessive_place_name_is_read_whole() -> None:
    # refugees in Cox 's Bazar
    doc = _doc(
        ["refugees", "in", "Cox", "'s", "Bazar"],
        [0, 0, 4, 2, 1],
        ["ROOT", "prep", "poss", "case", "pobj"],
        ["NOUN", "ADP", "PROPN", "PART", "PROPN"],
        tags=["NNS", "IN", "NNP", "POS", "NNP"],
    )
    assert [t.text for t in place_tokens(doc[4], frozenset())] == ["Cox", "'s", "Bazar"]
    assert LOCATOR.locate(doc[4])[1] == "BGD"


def test_the_town_of_a_name_and_an_entity_span() -> None:
    # in the town of Menaka ; in Khan Younis (a GPE entity)
    doc = _doc(
        ["in", "the", "town", "of", "Menaka"],
        [0, 2, 0, 2, 3],
        ["ROOT", "det", "pobj", "prep", "pobj"],
        ["ADP", "DET", "NOUN", "ADP", "PROPN"],
    )
    assert LOCATOR.locate(doc[2])[1] == "MLI"
    doc = _doc(
        ["in", "Khan", "Younis"],
        [0, 2, 0],
        ["ROOT", "compound", "pobj"],
        ["ADP", "PROPN", "PROPN"],
        ents=["O", "B-GPE", "I-GPE"],
    )
    toks, country = LOCATOR.locate(doc[2])
    assert country == "PSE" and [t.text for t in toks] == ["Khan", "Younis"]


def test_ambiguous_or_lowercase_names_give_no_country() -> None:
    doc = _doc(
        ["clashes", "in", "Valencia", "and", "in", "town"],
        [0, 0, 1, 0, 0, 4],
        ["ROOT", "prep", "pobj", "cc", "prep", "pobj"],
        ["NOUN", "ADP", "PROPN", "CCONJ", "ADP", "NOUN"],
    )
    assert LOCATOR.locate(doc[2]) is None
    assert LOCATOR.locate(doc[5]) is None


def test_places_in_document_skip_dictionary_mentions() -> None:
    doc = _doc(
        ["Fighting", "in", "Gao", "and", "in", "Bamako"],
        [0, 0, 1, 0, 0, 4],
        ["ROOT", "prep", "pobj", "cc", "prep", "pobj"],
        ["NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"],
    )
    bamako = Mention(5, 6, (LexEntry("MLIGOV", "MLI", "capital", "Bamako"),))
    assert places_in_document(doc, LOCATOR, {5: bamako}, frozenset({"in", "at"})) == ["MLI"]


def _mention(i: int, country: str | None, kind: str = "country") -> Mention:
    return Mention(i, i + 1, (LexEntry(country or "IGOUNO", country, kind, "x"),))


def test_document_focus_needs_a_clear_winner() -> None:
    mli = {i: _mention(i, "MLI") for i in range(3)}
    assert document_focus(mli | {9: _mention(9, "FRA")}) == "MLI"
    assert document_focus({0: _mention(0, "MLI"), 1: _mention(1, "FRA")}) is None  # a tie
    assert document_focus({0: _mention(0, "MLI")}) is None  # named once: not clearly
    assert document_focus({0: _mention(0, "MLI")}, places=["MLI"]) == "MLI"  # "in Gao"
    assert document_focus({0: _mention(0, None, "organization")}) is None
    # a mention spanning tokens 0-1 counts once
    two_tokens = Mention(0, 2, (LexEntry("MLI", "MLI", "country", "Mali"),))
    assert document_focus({0: two_tokens, 1: two_tokens}) is None


def _agent(code: str, country: str | None = None) -> Actor:
    return Actor(text="x", code=code, country=country, kind="agent")


def test_countryless_actors_need_a_named_other_side_and_a_listed_root() -> None:
    gunmen, army = _agent("UAF"), _agent("MLIMIL", "MLI")
    assert is_countryless(gunmen, AGENTS) and not is_countryless(army, AGENTS)
    assert keeps_pair(gunmen, army, "190", RULES, AGENTS)  # gunmen attacked Malian troops
    assert not keeps_pair(gunmen, army, "112", RULES, AGENTS)  # root 11: not for a source
    assert not keeps_pair(gunmen, None, "016", RULES, AGENTS)  # no one else
    assert not keeps_pair(gunmen, _agent("CVL"), "190", RULES, AGENTS)  # neither is named
    # a named source keeps a countryless target in the target roots
    assert keeps_pair(army, gunmen, "193", RULES, AGENTS)
    assert keeps_pair(army, _agent("CVL"), "016", RULES, AGENTS)  # denied targeting civilians
    assert not keeps_pair(army, _agent("CVL"), "042", RULES, AGENTS)  # 04 is not listed
    assert keeps_pair(army, Actor(text="Mali", code="MLI", country="MLI"), "112", RULES, AGENTS)
    # an organisation's agents ("UN peacekeepers" -> IGOUNO) are named
    blue_helmets = Actor(text="x", code="IGOUNO", country=None, kind="agent")
    assert not is_countryless(blue_helmets, AGENTS)
    assert keeps_pair(blue_helmets, army, "042", RULES, AGENTS)


def test_rules_read_from_a_mapping() -> None:
    rules = GenericRules.from_mapping(
        {
            "place_first_agents": ["REB"],
            "focus_min_mentions": 3,
            "focus_dominance": 1.5,
            "source_roots": [18, "19"],
            "target_roots": ["01"],
        }
    )
    assert rules.source_roots == frozenset({"18", "19"})
    assert rules.focus_min_mentions == 3


def _stage() -> GenericActors:
    return GenericActors(RULES, AGENTS, LOCATOR, ["in", "at", "near"])


def test_own_place_and_sentence_place() -> None:
    # Police in Gao arrested protesters at Menaka
    doc = _doc(
        ["Police", "in", "Gao", "arrested", "protesters", "at", "Menaka"],
        [3, 0, 1, 3, 3, 3, 5],
        ["nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "pobj"],
        ["NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN"],
    )
    stage = _stage()
    assert stage.own_place(doc[0], {}).country == "MLI"
    assert stage.own_place(doc[4], {}) is None  # "protesters" has no place of its own
    found = stage.sentence_place(doc[4], {})
    assert found.country == "MLI" and found.tokens[0].text == "Gao"  # the sentence's first
    assert found.source == "gazetteer"
    # a name of the actor dictionaries is read from its entry, not from the gazetteer
    gao = Mention(2, 3, (LexEntry("FRA", "FRA", "region", "Gao"),))
    assert (
        stage.own_place(doc[0], {2: gao}).country,
        stage.own_place(doc[0], {2: gao}).source,
    ) == ("FRA", "")
    unesco = Mention(2, 3, (LexEntry("IGOUNO", None, "organization", "Gao"),))
    assert stage.own_place(doc[0], {2: unesco}) is None  # an organisation is no place


def test_focus_is_computed_once_per_document() -> None:
    doc = _doc(
        ["Clashes", "in", "Gao", "and", "in", "Menaka"],
        [0, 0, 1, 0, 0, 4],
        ["ROOT", "prep", "pobj", "cc", "prep", "pobj"],
        ["NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"],
    )
    cache: dict[str, str | None] = {}
    assert _stage().focus(doc, {}, cache) == "MLI"  # two places in Mali
    cache["focus"] = "FRA"
    assert _stage().focus(doc, {}, cache) == "FRA"


def test_which_agents_take_the_place_first() -> None:
    stage = _stage()
    state_agents = frozenset({"GOV", "MIL", "COP"})
    assert stage.place_first("REB", state_agents)  # not a state's: where it is
    assert stage.place_first("COP", state_agents)  # police act at home (listed in the rules)
    assert not stage.place_first("GOV", state_agents)  # a government travels


# ---------------------------------------------------------------------- wired into the stages
IN_2024 = dt.date(2024, 3, 1)


@pytest.fixture(scope="module")
def generic_phrases(lexicon) -> PhraseResolver:
    stage = GenericActors(RULES, {a.code for a in lexicon.data.agents}, LOCATOR, ["in", "at"])
    return PhraseResolver(lexicon, generic=stage)


def _state(lexicon, doc) -> DocumentState:
    return DocumentState(doc_id="t", doc_date=None, mentions=lexicon.find_mentions(doc))


def test_a_generic_actor_takes_a_gazetteer_place(parse, lexicon, generic_phrases):
    doc = parse(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
            ("soldiers", 1, "dobj", "NOUN", "NNS", "soldier"),
            ("in", 1, "prep", "ADP", "IN"),
            ("Gao", 3, "pobj", "PROPN", "NNP"),
        ]
    )
    state = _state(lexicon, doc)
    [rebels] = generic_phrases.resolve(doc[0], state, IN_2024, "source")
    assert (rebels.code, rebels.resolved_by) == ("MLIREB", "agent:rebel+place")
    place = generic_phrases.place_in_sentence(doc[1], state, IN_2024)
    assert (place.code, place.text, place.resolved_by) == ("MLI", "Gao", "gazetteer:Gao")


def test_police_take_the_place_of_their_own_phrase(parse, lexicon, generic_phrases):
    doc = parse(
        [
            ("Police", 3, "nsubj", "NOUN", "NNS", "police"),
            ("in", 0, "prep", "ADP", "IN"),
            ("Menaka", 1, "pobj", "PROPN", "NNP"),
            ("arrested", 3, "ROOT", "VERB", "VBD", "arrest"),
            ("him", 3, "dobj", "PRON", "PRP", "he"),
        ]
    )
    [police] = generic_phrases.resolve(doc[0], _state(lexicon, doc), IN_2024, "source")
    assert police.code == "MLICOP" and police.country == "MLI"


def test_a_generic_actor_takes_the_documents_focus_else_none(parse, lexicon, generic_phrases):
    rows = [
        ("Mali", 1, "nsubj", "PROPN", "NNP"),
        ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
        ("to", 1, "prep", "ADP", "IN"),
        ("Bamako", 2, "pobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
        ("Gunmen", 6, "nsubj", "NOUN", "NNS", "gunman"),
        ("fled", 6, "ROOT", "VERB", "VBD", "flee"),
    ]
    doc = parse(rows)  # Mali named twice (the capital too): the focus, at least 2 mentions
    [gunmen] = generic_phrases.resolve(doc[5], _state(lexicon, doc), IN_2024, "source")
    assert (gunmen.code, gunmen.resolved_by) == ("MLIUAF", "agent:gunman+document")
    doc = parse([(w, h - 5, d, p, t, *rest) for w, h, d, p, t, *rest in rows[5:]])
    [gunmen] = generic_phrases.resolve(doc[0], _state(lexicon, doc), IN_2024, "source")
    assert (gunmen.code, gunmen.country) == ("UAF", None)  # no country anywhere: countryless


def test_the_bundled_policy_turns_the_stage_on(lexicon) -> None:
    policy = load_ontology().policy
    stage = generic_actors(policy, lexicon)
    assert stage is not None and "18" in stage.rules.source_roots
    assert "REB" in stage.agent_codes and "GOV" in stage.agent_codes
    no_section = dataclasses.replace(policy, generic_actors={})
    assert generic_actors(no_section, lexicon) is None  # an older policy file: stage off


# ---------------------------------------------------------------------- with the model
def _events(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, "2024-03-01")
    ]


def test_model_gunmen_in_a_town_against_a_named_army(coder) -> None:
    got = _events(coder, "Gunmen attacked a Malian army post in Gao on Monday.")
    assert [(s, t, c[:2]) for s, t, c in got] == [("MLIUAF", "MLI", "19")]


def test_model_two_countryless_sides_make_no_event(coder) -> None:
    assert _events(coder, "Gunmen killed three villagers.") == []


def test_model_force_on_a_town_is_force_on_its_country(coder) -> None:
    got = _events(coder, "Russian artillery shelled Kharkiv on Sunday.")
    assert [(s, t) for s, t, _ in got] == [("RUS", "UKR")]


def test_model_military_platforms_are_the_military(coder) -> None:
    got = _events(coder, "Russian warplanes struck Idlib on Sunday.")
    assert [(s, t) for s, t, _ in got] == [("RUSMIL", "SYR")]
    got = _events(coder, "Philippine navy ships shelled the rebel-held town of Jolo.")
    assert [(s, t, c[:2]) for s, t, c in got] == [("PHLMIL", "PHL", "19")]
    assert _events(coder, "Ships shelled the rebel-held town of Jolo.") == []  # a bare ship


def test_model_a_people_shared_by_two_countries_takes_the_named_one(coder) -> None:
    burundi = "Burundi held elections in May. Burundi's army was on alert. "
    rwanda = "Rwanda held elections in May. Rwanda's army was on alert. "
    text = "Hutu militiamen killed ten Tutsi villagers."
    assert ("BDIUAF", "BDICVL") in [(s, t) for s, t, _ in _events(coder, burundi + text)]
    assert ("RWAUAF", "RWACVL") in [(s, t) for s, t, _ in _events(coder, rwanda + text)]


def test_model_police_and_protesters_in_a_town(coder) -> None:
    got = _events(coder, "Police in Gao arrested five protesters.")
    assert [(s, t) for s, t, _ in got] == [("MLICOP", "MLICVL")]


def test_a_short_document_needs_its_country_named_once_only(parse, lexicon) -> None:
    doc = parse(
        [
            ("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"),
            ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
            ("in", 1, "prep", "ADP", "IN"),
            ("Mali", 2, "pobj", "PROPN", "NNP"),
        ]
    )
    mentions = lexicon.find_mentions(doc)
    agents = {a.code for a in lexicon.data.agents}
    strict = GenericActors(RULES, agents, LOCATOR, ["in"])
    assert strict.focus(doc, mentions, {}) is None  # named once: not enough in general
    lenient = dataclasses.replace(RULES, focus_short_document=3)
    assert GenericActors(lenient, agents, LOCATOR, ["in"]).focus(doc, mentions, {}) == "MLI"


def test_near_a_town_is_a_place_too() -> None:
    # Rebels near Menaka
    doc = _doc(
        ["Rebels", "near", "Menaka", "fled"],
        [3, 0, 1, 3],
        ["nsubj", "prep", "pobj", "ROOT"],
        ["NOUN", "ADP", "PROPN", "VERB"],
    )
    assert _stage().own_place(doc[0], {}).country == "MLI"
    assert GenericActors(RULES, AGENTS, LOCATOR, ["in"]).own_place(doc[0], {}) is None


def test_a_capitalised_plural_role_noun_left_unlemmatised_is_still_found(blank_nlp):
    from spacy.tokens import Doc

    from multivector.actors import load_actor_data
    from multivector.coding.actors import ActorLexicon
    from multivector.coding.name_forms import singulars

    assert "gunman" in singulars("gunmen") and "militia" in singulars("militias")
    lexicon = ActorLexicon(load_actor_data(), blank_nlp.vocab)
    doc = Doc(blank_nlp.vocab, words=["Gunmen", "attacked"], pos=["PROPN", "VERB"],
              lemmas=["Gunmen", "attack"])  # fmt: skip
    assert lexicon.agent_code(doc[0]) is not None
    doc = Doc(blank_nlp.vocab, words=["Smithers", "attacked"], pos=["PROPN", "VERB"],
              lemmas=["Smithers", "attack"])  # fmt: skip
    assert lexicon.agent_code(doc[0]) is None


# ---------------------------------------------------------------------- datelines
def test_dateline_country_reads_the_place_of_a_dateline():
    from multivector.coding.focus_country import dateline_country

    gaz = _gazetteer()
    assert dateline_country("GAO - Gunmen attacked a market.", gaz) == "MLI"
    assert dateline_country("COX'S BAZAR, Bangladesh, May 11 - Refugees fled.", gaz) == "BGD"
    assert dateline_country("GAO/MENAKA - Two towns, one country.", gaz) == "MLI"
    assert dateline_country("GAO/COX'S BAZAR - Two countries.", gaz) is None
    assert dateline_country("VALENCIA - An ambiguous place.", gaz) is None
    assert dateline_country("ATLANTIS - Unknown place.", gaz) is None
    assert dateline_country("Gunmen attacked a market in Gao.", gaz) is None


def test_leading_countries_include_ties():
    from multivector.coding.focus_country import leading

    assert leading([("THA", 4), ("MMR", 1), ("CHN", 1)], 2) == {"THA", "MMR", "CHN"}
    assert leading([("VEN", 5), ("GUY", 4), ("VCT", 1)], 2) == {"VEN", "GUY"}
    assert leading([], 2) == set()
