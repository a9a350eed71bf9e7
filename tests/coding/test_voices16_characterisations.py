"""A speaker's characterisation of what was just told (coding/characterisations.py):
'"This is an act of aggression," the minister said' accuses the doer of the latest hostile act;
the paper's own "This is an act of aggression" and "it was ready to talk" are no such act.

The documents are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events

SHELLING = "Tajik troops shelled Kyrgyz border posts on Wednesday. "


def test_a_quoted_characterisation_accuses_the_doer(rules_coder):
    text = SHELLING + '"This is an act of aggression," the Kyrgyz foreign minister said.'
    assert ("KGZGOV", "TJKMIL", "1123") in _events(rules_coder, text, date="2025-05-13")


def test_a_characterisation_in_a_turn_is_the_speakers(rules_coder):
    text = (
        "Sejm of the Republic of Poland (abridged record).\n\n"
        "Prime Minister Donald Tusk: Israeli aircraft bombed Gaza again. That is a crime of "
        "genocide.\n"
    )
    assert ("POLGOV", "ISR", "1124") in _events(rules_coder, text, date="2025-05-13")


def test_the_papers_own_characterisation_is_no_ones(rules_coder):
    text = SHELLING + "This is an act of aggression, analysts say."
    assert not any(c.startswith("112") for _, _, c in _events(rules_coder, text))


def test_a_copula_of_readiness_keeps_its_speaker(rules_coder):
    text = "Kyrgyzstan said on Monday that it was ready to hold talks with Tajikistan."
    events = _events(rules_coder, text)
    assert any(s.startswith("KGZ") for s, _, _ in events)
