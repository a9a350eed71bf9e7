"""roots25b: talks held or a matter discussed by telephone are a telephone discussion (CAMEO
041), not consultation in general (040). Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import event_triples


def _codes(coder, text: str) -> set[str]:
    return {c for _, _, c in event_triples(coder, text)}


def test_telephone_talks_held(coder):
    codes = _codes(coder, "Pakistan's foreign minister held telephone talks with his Iranian counterpart.")
    assert "041" in codes and "040" not in codes


def test_a_matter_discussed_by_telephone(coder):
    codes = _codes(coder, "The Kenyan president discussed the vaccine deliveries by telephone with the Ugandan leader.")
    assert "041" in codes and "040" not in codes


def test_talks_held_in_person_stay_consultation(coder):
    codes = _codes(coder, "Pakistan's foreign minister held talks with his Iranian counterpart in Tehran.")
    assert "041" not in codes and any(c.startswith("04") for c in codes)
