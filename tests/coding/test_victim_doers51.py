"""anaphora51: a reaction to a definite noun of a hostile act whose "of" phrase names the act's
victim answers the act's doer, told before ("condemned the invasion of Kuwait" after "Iraqi
troops invaded Kuwait"): not the victim. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


def _reactions(coder, text: str, code: str) -> set[tuple[str, str | None]]:
    return {
        (s[:3], t[:3] if t else None)
        for s, t, c in event_triples(coder, text, date="1990-08-03")
        if c == code
    }


def test_condemning_the_invasion_of_the_victim_answers_the_invader(rules_coder):
    text = (
        "Iraqi troops invaded Kuwait on Thursday. The Arab League condemned the invasion of "
        "Kuwait on Friday."
    )
    targets = {t for _s, t in _reactions(rules_coder, text, "111")}
    assert "IRQ" in targets and "KWT" not in targets, event_triples(rules_coder, text)


def test_the_of_phrase_of_an_act_that_is_no_attack_stays_its_doer(rules_coder):
    text = (
        "Iraq agreed to talks with Kuwait on Thursday. The Arab League demanded the "
        "withdrawal of Iraqi troops from Kuwait."
    )
    triples = event_triples(rules_coder, text)
    assert any(c.startswith("10") and t and t[:3] == "IRQ" for _s, t, c in triples), triples
