"""An adverb of direction is no object: "returned home" gives nothing back (sentences written
for these tests)."""

from __future__ import annotations

from coding_helpers import event_triples


def codes(coder, text: str) -> set[str]:
    return {code for _source, _target, code in event_triples(coder, text, date="2021-03-01")}


def test_people_returning_home_return_no_property(rules_coder) -> None:
    assert "0842" not in codes(rules_coder, "Thousands of Malian refugees returned home from Niger.")
    assert "1053" not in codes(rules_coder, "Kuwait ordered its nationals to return home.")


def test_things_returned_are_still_returned(rules_coder) -> None:
    assert "0842" in codes(rules_coder, "Peru returned two seized trawlers to Ecuador.")
    assert "0842" in codes(rules_coder, "Peru returned the trawlers home to Ecuador.")
