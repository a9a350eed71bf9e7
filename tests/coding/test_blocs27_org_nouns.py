"""A common noun of an organisation names the latest organisation of its kind (blocs27,
coding/org_nouns.py, ``organization_noun_kinds`` in lang/en/anaphora.yaml): "the bloc" is a
union of states, not a later military alliance or UN agency; "the alliance" a military
alliance. Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

from multivector.coding.coref import SalienceTracker
from multivector.coding.org_nouns import fits, refers_to_organisation
from multivector.model import Actor

EU = Actor("the European Union", "IGOEUREEC", kind="organization")
NATO = Actor("NATO", "IGOWSTNAT", kind="organization")
WHO = Actor("the WHO", "IGOUNOHLHWHO", kind="organization")
FRANCE = Actor("France", "FRA")


def test_kinds_of_the_nouns():
    assert fits("bloc", EU) and not fits("bloc", NATO) and not fits("bloc", WHO)
    assert fits("alliance", NATO) and not fits("alliance", EU)
    assert fits("grouping", EU) and not fits("grouping", NATO)
    assert not fits("bloc", FRANCE)


def test_noun_with_no_kinds_fits_any_organisation():
    assert fits("organisation", WHO) and fits(None, NATO)
    assert not fits("organisation", FRANCE)


def test_tracker_skips_a_later_organisation_of_another_kind():
    t = SalienceTracker()
    t.note([EU], subject=True)
    t.new_sentence()
    t.note([NATO], subject=True)
    t.note([FRANCE])
    t.new_sentence()
    assert t.organization(noun="bloc") is EU
    assert t.organization(noun="alliance") is NATO
    assert t.organization() is NATO  # no noun: the latest organisation
    assert t.organization(noun="coalition", exclude={"IGOWSTNAT"}) is None


def test_bloc_after_an_alliance_is_the_union(rules_coder):
    text = (
        "The European Union met Norwegian officials in Oslo on Monday. "
        "NATO held a naval exercise in the Arctic the same week. "
        "On Tuesday, Norway criticised the bloc over fishing quotas."
    )
    events = rules_coder.code_text(text)
    found = [(e.source.code, e.target.code) for e in events if e.source and e.target]
    assert ("NOR", "IGOEUREEC") in found and ("NOR", "IGOWSTNAT") not in found, found


def test_alliance_after_a_union_is_the_alliance(rules_coder):
    text = (
        "NATO held a naval exercise in the Arctic on Monday. "
        "The European Union met Norwegian officials in Oslo the same week. "
        "On Tuesday, Sweden praised the alliance for its readiness."
    )
    events = rules_coder.code_text(text)
    found = [(e.source.code, e.target.code) for e in events if e.source and e.target]
    assert any(t == "IGOWSTNAT" for s, t in found if s.startswith("SWE")), found


def test_official_named_with_the_organisation_stands_for_it():
    chief = Actor("NATO Secretary-General Karl Meier", "IGOWSTNAT", kind="agent",
                  resolved_by="title:GOV+organization:NATO")
    minister = Actor("the Danish foreign minister", "DNKGOV", kind="agent", resolved_by="agent:minister")
    assert fits("alliance", chief) and not fits(None, chief)
    assert not fits("alliance", minister)
    t = SalienceTracker()
    t.note([chief], subject=True)
    found = t.organization(noun="alliance")
    assert found is not None and found.kind == "organization" and found.code == "IGOWSTNAT"
    assert t.organization() is None  # no noun: an official is no organisation


def test_bloc_after_the_title_of_its_official(rules_coder):
    text = (
        "Spain protested to Morocco on Monday. "
        "EU foreign policy chief Anna Berg said the bloc stood in solidarity with Spain."
    )
    events = rules_coder.code_text(text)
    found = [(e.source.code, e.target.code) for e in events if e.source and e.target]
    assert ("IGOEUREEC", "ESP") in found, found


def test_leaving_the_organisation_named_before(rules_coder):
    text = "The Arab League met in Cairo on Monday. Libya quit the organisation on Tuesday."
    events = rules_coder.code_text(text)
    found = [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events]
    assert ("LBY", "IGOMEAARL", "160") in found, found


def test_refers_to_organisation_only_for_a_bare_definite_noun(parse):
    # Chad left the bloc and a union
    doc = parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("left", 1, "ROOT", "VERB", "VBD", "leave"),
            ("the", 3, "det", "DET", "DT"),
            ("bloc", 1, "dobj", "NOUN", "NN"),
            ("and", 1, "cc", "CCONJ", "CC"),
            ("a", 6, "det", "DET", "DT"),
            ("union", 1, "conj", "NOUN", "NN"),
        ]
    )
    assert refers_to_organisation(doc[3])
    assert not refers_to_organisation(doc[6])  # "a union": no organisation named before
