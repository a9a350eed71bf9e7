"""appeals28: appeals whose infinitive asks for de-escalation (provocations stopped, escalation
avoided, tensions eased, a truce respected, drills halted: 0256), restraint urged "on" a party
(the "on" phrase is the target), and a closed border asked to reopen (0251). Sentences are
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    "text",
    [
        "Ghana urged Togo to stop its provocations.",
        "Ghana called on Togo to avoid any escalation.",
        "Ghana urged Togo to ease tensions.",
        "Ghana asked Togo to respect the truce.",
        "Ghana pressed Togo to halt its military exercises.",
    ],
)
def test_appeals_for_de_escalation(rules_coder, text):
    assert event_triples(rules_coder, text) == {("GHA", "TGO", "0256")}


def test_restraint_urged_on_a_party(rules_coder):
    text = "Ghana urged restraint on Togo."
    assert event_triples(rules_coder, text) == {("GHA", "TGO", "0256")}


def test_an_appeal_to_reopen_a_border(rules_coder):
    text = "Ghana urged Togo to reopen the border crossings."
    assert event_triples(rules_coder, text) == {("GHA", "TGO", "0251")}


def test_an_appeal_for_other_acts_keeps_its_code(rules_coder):
    text = "Ghana urged Togo to open the crossings for aid."
    assert {c for _, _, c in event_triples(rules_coder, text)} == {"0255"}


def test_a_ceasefire_called_for_is_de_escalation(rules_coder):
    text = "Ghana called on Togo and Benin to agree a truce. Ghana called for an immediate ceasefire."
    assert "0256" in {c for s, _, c in event_triples(rules_coder, text) if s == "GHA"}
    assert "027" not in {c for s, _, c in event_triples(rules_coder, "Ghana called for a ceasefire in Togo.")}
