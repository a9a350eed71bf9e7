"""roots25b: a state's warning to another country coded by the pair rule (policy.yaml pair_codes
warning: 012 -> 130, and 130 itself) is a threat of force (1384) when what it warns of names
armed force (modality.yaml force_words), as the modality's warnings are. Sentences written for
these tests."""

from __future__ import annotations

from coding_helpers import event_triples


def _codes(coder, text: str) -> set[str]:
    return {c for _, _, c in event_triples(coder, text)}


def test_a_warning_that_an_incursion_is_war_is_a_threat_of_force(coder):
    codes = _codes(coder, "Chad's government warned Sudan that any military incursion is a declaration of war.")
    assert "1384" in codes and "130" not in codes


def test_a_warning_against_military_adventure_is_a_threat_of_force(coder):
    codes = _codes(coder, "Chad warned Sudan against a military adventure on the border.")
    assert "1384" in codes


def test_a_warning_that_names_no_force_stays_a_threat(coder):
    codes = _codes(coder, "Chad's government warned Sudan that the new border tax is a provocation.")
    assert any(c.startswith("13") for c in codes) and not any(c.startswith("138") for c in codes)
