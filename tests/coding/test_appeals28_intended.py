"""appeals28: a governor of intention whose complement fits a pattern but gave no event (its
actors were not found) states the intention of that act, not a bare 030: "offered to host talks
between the two neighbours" is an offer to mediate (039). Sentences are written for these
tests."""

from __future__ import annotations

from coding_helpers import event_triples


def test_an_offer_to_host_talks_is_an_offer_to_mediate(rules_coder):
    text = "Mali and Niger clashed. Ghana offered to host talks between the two neighbours."
    codes = {c for s, _, c in event_triples(rules_coder, text) if s == "GHA"}
    assert codes == {"039"}


def test_an_offer_whose_act_has_no_pattern_stays_an_offer(rules_coder):
    text = "Ghana offered to think about the matter."
    assert {c for s, _, c in event_triples(rules_coder, text) if s == "GHA"} <= {"030"}


def test_a_threat_keeps_its_own_code(rules_coder):
    text = "Ghana threatened to attack."
    assert all(not c.startswith("03") for _, _, c in event_triples(rules_coder, text))
