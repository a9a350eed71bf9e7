"""codes9: a violent act's code decided by who its victims are. Killing many people named as a
people or community ("hundreds of members of the X community") is a mass killing (202), like
killing many civilians; seizing unarmed foreigners, travellers or aid workers is taking hostages
(181), not seizing property (171). Sentences are written for these tests."""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.coding.dictionary import parse_pattern
from multivector.coding.mass_killings import mass_killing
from multivector.coding.predicates import match_patterns
from multivector.coding.syntax import direct_objects
from multivector.ontology.policy import load_policy

KILL = parse_pattern("kill", "190", "test:1", {})


def _hundreds_of_members(parse):
    # "Militias killed hundreds of members of the Fur community"
    return parse(
        [
            ("Militias", 1, "nsubj", "NOUN", "NNS", "militia"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("hundreds", 1, "dobj", "NOUN", "NNS", "hundred"),
            ("of", 2, "prep", "ADP", "IN"),
            ("members", 3, "pobj", "NOUN", "NNS", "member"),
            ("of", 4, "prep", "ADP", "IN"),
            ("the", 8, "det", "DET", "DT"),
            ("Fur", 8, "compound", "PROPN", "NNP"),
            ("community", 5, "pobj", "NOUN", "NN", "community"),
        ]
    )


def _code(doc, victims: frozenset[str]) -> str:
    v = doc[1]
    m = match_patterns(v, [KILL], direct_objects(v))
    assert m is not None
    return mass_killing(v, m, load_policy(), victims).pattern.code


def test_members_of_a_community_are_a_people_named(parse):
    doc = _hundreds_of_members(parse)
    assert _code(doc, frozenset({"civilian", "member of community"})) == "202"
    assert _code(doc, frozenset({"civilian"})) == "190"


def test_killing_hundreds_of_a_community_is_a_mass_killing(rules_coder):
    text = "Sudanese militias have killed hundreds of members of the Masalit community."
    assert {c for _, _, c in event_triples(rules_coder, text)} == {"202"}


def test_killing_hundreds_of_soldiers_stays_a_killing(rules_coder):
    text = "Ukrainian forces killed hundreds of Russian soldiers near the city."
    assert {c for _, _, c in event_triples(rules_coder, text)} == {"190"}


def test_seizing_tourists_or_aid_workers_is_taking_hostages(rules_coder):
    for text in (
        "Somali gunmen seized 20 foreign tourists in the desert.",
        "Nigerian militants seized two engineers at an oil field.",
        "Gunmen seized three Italian aid workers near the border in Mali.",
    ):
        assert {c for _, _, c in event_triples(rules_coder, text)} == {"181"}, text


def test_seizing_a_ship_stays_seizing_property(rules_coder):
    text = "Somali pirates seized a tanker off the coast."
    assert "181" not in {c for _, _, c in event_triples(rules_coder, text)}
