"""A craft named with its flag ("a Vietnamese trawler", "a Panama-flagged tanker") is referred
back to as "the trawler", and what a state does to it is done to its country
(coding/nationality.py, ``craft_nouns`` in lang/en/people.yaml); "they" and "their" never
stand for such craft.

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def test_seizing_the_trawler_acts_on_its_flag(coder):
    events = _events(
        coder,
        "A Vietnamese trawler was caught fishing without a licence off Palawan on Sunday. The "
        "Philippine navy seized the trawler on Monday.",
    )
    assert ("PHLMIL", "VNM", "1711") in events


def test_a_hyphened_flag_names_the_craft_country(coder):
    events = _events(
        coder,
        "A Vietnamese-flagged trawler was caught fishing without a licence off Palawan on "
        "Sunday. The Philippine navy seized the trawler on Monday.",
    )
    assert ("PHLMIL", "VNM", "1711") in events


def test_their_does_not_stand_for_craft(coder):
    events = _events(
        coder,
        "Kenyan helicopters struck rebel camps near Kismayo on Monday. The militants have killed "
        "hundreds of people and driven thousands from their homes.",
    )
    assert not any(t == "KEN" for _s, t, code in events if code.startswith("20"))
