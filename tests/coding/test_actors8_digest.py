"""A digest of datelined briefs is coded brief by brief (coding/digest.py, coding/coder.py):
what one story says is no antecedent for the next.

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events

from multivector.coding.digest import briefs

DIGEST = (
    "VIENNA - Austria expelled two Iranian diplomats on Monday, the foreign ministry said.\n\n"
    "LISBON - A Moroccan sailor who jumped ship in Lisbon harbour has been granted asylum, "
    "officials said on Tuesday. Police detained him near the docks after he swam ashore. "
    "Rabat has demanded his return."
)


def test_a_digest_is_cut_before_each_datelined_paragraph():
    pieces = briefs(DIGEST)
    assert pieces is not None
    assert [p[:6] for p in pieces] == ["VIENNA", "LISBON"]
    assert "".join(pieces) == DIGEST


def test_one_story_is_not_a_digest():
    text = (
        "VIENNA - Austria expelled two Iranian diplomats on Monday.\n\n"
        "The ministry said the two had been spying. Tehran promised a response."
    )
    assert briefs(text) is None


def test_a_headline_with_a_kicker_is_no_brief():
    text = (
        "ANALYSIS - Austria walks a line between Tehran and Brussels\n\n"
        "VIENNA, May 3 - Austria expelled two Iranian diplomats on Monday."
    )
    assert briefs(text) is None


def test_a_brief_longer_than_the_piece_size_leaves_the_text_to_size_cuts():
    assert briefs(DIGEST, size=50) is None


def test_a_demand_in_one_brief_is_not_addressed_to_the_country_of_the_one_before(coder):
    events = _events(coder, DIGEST)
    demands = {(s, t) for s, t, code in events if code.startswith("10")}
    assert ("MAR", "AUT") not in demands and ("MARGOV", "AUT") not in demands
    assert any(t == "PRT" for _s, t in demands)
