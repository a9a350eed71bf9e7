"""roots25b: talks held or a matter discussed by telephone are a telephone discussion (CAMEO
041), not consultation in general (040); an international team or inquiry let in or refused is
an international presence admitted (0862) or refused (1245). Sentences written for these tests."""

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


def test_refusing_an_international_inquiry_refuses_a_presence(coder):
    codes = _codes(coder, "Minsk refused to allow an independent international inquiry into the shooting.")
    assert "1245" in codes and "120" not in codes


def test_a_team_of_inspectors_allowed_in(coder):
    codes = _codes(coder, "Minsk allowed a team of inspectors to visit the former military sites.")
    assert "0862" in codes
