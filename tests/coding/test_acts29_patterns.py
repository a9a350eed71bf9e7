"""acts29: acts the verb dictionary had no pattern for (coding/data/verbs.yaml), written from the
CAMEO definitions: a high commissioner or nuncio recalled, expelled or summoned as an envoy
(161/114), aid paused (162), an inspection offered (0355), a demarche handed or delivered (114),
an airlift or shipment of arms named as a noun (072). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya recalled its high commissioner from London on Monday.", ("KEN", "GBRGOV", "161")),
        ("Iran summoned the Canadian high commissioner.", ("IRN", "CAN", "114")),
        ("Germany paused its aid to Mali.", ("DEU", "MLI", "162")),
        ("France delivered a demarche to Iran over the detentions.", ("FRA", "IRN", "114")),
        ("Norway handed a demarche to the Iranian ambassador.", ("NOR", "IRNGOV", "114")),
        ("The Soviet airlift of tanks to Syria continued.", ("USR", "SYR", "072")),
    ],
)
def test_an_act_phrased_in_other_words_is_coded(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


def test_an_offered_inspection_expresses_intent_to_allow_involvement(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "Chile offered an inspection of the posts.")}
    assert "0355" in codes


def test_a_paused_talk_is_not_paused_aid(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "Germany paused its talks with Mali.")}
    assert "162" not in codes


def test_refuge_taken_in_an_embassy_is_asylum_granted_by_its_state(rules_coder):
    triples = event_triples(rules_coder, "Three Cuban dissidents took refuge in the Peruvian embassy in Havana.")
    assert ("PERGOV", "CUBOPP", "075") in triples


def test_refuge_in_a_place_without_a_state_is_not_asylum(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "The villagers took refuge in a church.")}
    assert "075" not in codes


def test_condemn_to_an_addressee_is_censure_not_a_sentence(rules_coder):
    text = "In a letter to the Kremlin, the Finnish president condemned the annexation as an act of aggression."
    codes = {code for _s, _t, code in event_triples(rules_coder, text)}
    assert "116" not in codes
    assert "111" in codes


def test_condemned_to_death_is_a_sentence(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "The court in Tehran condemned the French tourist to death.")}
    assert "116" in codes


@pytest.mark.parametrize(
    "text",
    ["Germany announced the suspension of arms deliveries to Turkey.",
     "Italy announced a freeze on weapons exports to Egypt."],
)
def test_a_stop_to_arms_sales_named_as_a_noun_is_1622(rules_coder, text):
    codes = {code for _s, _t, code in event_triples(rules_coder, text)}
    assert "1622" in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian artillery opened fire on the Turkish village of Akcakale.", ("SYR", "TUR", "194")),
        ("Armenian shells fell on the Azerbaijani city of Tartar.", ("ARM", "AZE", "194")),
    ],
)
def test_artillery_as_the_subject_of_the_attack_is_194(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


def test_a_tank_that_only_moves_is_no_shelling(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "The Russian tank rolled into Kyiv.")}
    assert "194" not in codes


def test_the_ministry_an_envoy_is_summoned_to_is_no_target(rules_coder):
    triples = event_triples(rules_coder, "Nigeria summoned Ghana's envoy to the foreign ministry on Friday.")
    assert any(s == "NGA" and t.startswith("GHA") and c == "114" for s, t, c in triples), triples


def test_aid_programmes_suspended_are_aid_suspended(rules_coder):
    triples = event_triples(rules_coder, "Japan suspended its assistance programmes to Myanmar.")
    assert ("JPN", "MMR", "162") in triples
