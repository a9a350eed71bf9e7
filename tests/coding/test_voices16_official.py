"""Official speech: condemning an act done "by X" answers X, thanks said as gratitude, standing
with a side.

- "condemned the shelling of Ukrainian cities by Russia": the reaction's target is the act's
  doer (its "by" phrase), not the victims its "of" phrase names;
- "I am grateful to X", "Poland is grateful to Finland" praise X (051);
- "we stand with Ukraine" defends Ukraine verbally (052), like "stand by".

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def test_a_condemned_act_answers_its_doer(rules_coder):
    text = "Poland strongly condemned the shelling of Ukrainian cities by Russia."
    events = _events(rules_coder, text)
    assert ("POL", "RUS", "111") in events
    assert not any(t == "UKR" for _, t, _ in events)


def test_a_condemned_act_with_no_doer_keeps_its_victims_owner(rules_coder):
    text = "Poland strongly condemned the shelling of Ukrainian cities."
    assert ("POL", "UKR", "111") in _events(rules_coder, text)


def test_gratitude_is_praise(rules_coder):
    assert ("POL", "FIN", "051") in _events(rules_coder, "Poland is grateful to Finland for its help.")
    text = (
        "Sejm of the Republic of Poland (abridged record).\n\n"
        "Prime Minister Donald Tusk: I am grateful to the government of Lithuania.\n"
    )
    events = _events(rules_coder, text, date="2025-05-13")
    assert any(s == "POLGOV" and t.startswith("LTU") and c == "051" for s, t, c in events)


def test_standing_with_a_side_defends_it(rules_coder):
    assert ("LTU", "UKR", "052") in _events(rules_coder, "Lithuania stands with Ukraine.")
