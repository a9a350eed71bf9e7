"""First-person speech: performatives and the speaker's own "our".

- "I want to thank X", "I would like to congratulate X", "Here I must thank X", "Let me condemn
  X" do the verbal act in the saying (coding/performatives.py); negated, in the third person,
  or for a material act ("I want to visit Chile") they stay wishes.
- "our" before a thing in the speaker's words is the speaker's side: "Russian drones violated
  our airspace" is aimed at the speaker's country; a named owner beside it wins ("our Saudi
  partners").

The documents are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events

LABEL = "Sejm of the Republic of Poland (abridged record).\n\nPrime Minister Donald Tusk: "


def _said(rules_coder, words: str) -> set:
    return _events(rules_coder, LABEL + words + "\n", date="2025-05-13")


def test_wanting_to_thank_is_thanking(rules_coder):
    assert ("POLGOV", "KWTGOV", "051") in _said(rules_coder, "Here I must thank the Emir of Kuwait.")
    events = _said(rules_coder, "I would like to congratulate President Emmanuel Macron.")
    assert ("POLGOV", "FRAGOV", "051") in events
    events = _said(rules_coder, "I want to thank the government of Lithuania for its help.")
    assert any(s == "POLGOV" and t.startswith("LTU") and c == "051" for s, t, c in events)


def test_a_negated_or_third_person_wish_is_no_act(rules_coder):
    events = _said(rules_coder, "I do not want to thank the government of Lithuania.")
    assert not any(c == "051" for _, _, c in events)
    text = "Lithuanian President Gitanas Nauseda wants to thank the government of Poland.\n"
    assert not any(c == "051" for _, _, c in _events(rules_coder, text))


def test_wanting_a_material_act_stays_a_wish(rules_coder):
    events = _said(rules_coder, "I want to visit Chile next year.")
    assert not any(c.startswith("04") for _, _, c in events)


def test_our_in_the_speakers_words_is_the_speakers_country(rules_coder):
    events = _said(rules_coder, "Last night Russian drones violated our airspace.")
    assert any(s.startswith("RUS") and t == "POL" for s, t, _ in events)


def test_a_named_owner_beside_our_wins(rules_coder):
    text = (
        "Statement by the Ministry of Foreign Affairs of the United Arab Emirates\n\n"
        "Our armed forces are working closely with our Saudi partners.\n"
    )
    events = _events(rules_coder, text, date="2022-01-18")
    assert ("AREMIL", "SAU", "062") in events  # armed forces cooperating: 062 (codes18)
