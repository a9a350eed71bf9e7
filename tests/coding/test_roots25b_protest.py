"""roots25b: people who march or rally against something demonstrate (CAMEO 141), not only
dissent (140); flights to a country suspended are an embargo (163). The rules alone
say so. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import event_triples


def _codes(coder, text: str) -> set[str]:
    return {c for _, _, c in event_triples(coder, text)}


def test_a_rally_against_a_government_is_a_demonstration(rules_coder):
    codes = _codes(rules_coder, "Some 20,000 people rallied in Vilnius against the Belarusian government.")
    assert any(c.startswith("141") for c in codes) and "140" not in codes


def test_a_march_against_a_treaty_is_a_demonstration(rules_coder):
    codes = _codes(rules_coder, "Thousands of Hungarians marched in Budapest against the Slovak language law.")
    assert any(c.startswith("141") for c in codes) and "140" not in codes


def test_flights_suspended_to_a_country_are_an_embargo(rules_coder):
    codes = _codes(rules_coder, "Moscow suspended all direct flights to Tbilisi.")
    assert "163" in codes and "160" not in codes
