"""The cheap looks before costlier work (speed20): they must never skip what the work finds."""

import pytest

from multivector.coding.dates import MISSED_DAY, RELATIVE_DAY, may_add_days

SENTENCES = [
    "The talks resumed the following day in Geneva.",
    "Two days later the army withdrew.",
    "THE NEXT MORNING rebels attacked the town.",
    "On 27 May Bosnian Serb soldiers seized the hostages.",
    "On March 3rd the ministers met.",
    "Yesterday residents fled the city.",
    "The minister said on Tuesday that talks would go on.",
    "Rebels attacked the convoy near the border.",
    "The maybe-agreement was signed in Mayfair.",
    "Ministers met in Zürich the following day.",
    "the mayor said so",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_may_add_days_never_misses_a_match(text):
    found = bool(RELATIVE_DAY.search(text) or MISSED_DAY.search(text))
    assert may_add_days(text) or not found


def test_may_add_days_rules_out_texts_without_the_words():
    assert not may_add_days("Rebels attacked the convoy near the border.")
    assert not may_add_days("the mayor said so")  # "May" is a month only capitalised


def test_may_add_days_looks_at_day_units_and_months():
    assert may_add_days("THE NEXT MORNING rebels attacked.")
    assert may_add_days("On 27 May soldiers seized them.")
    assert may_add_days("yesterday")


def test_may_add_days_leaves_non_ascii_text_to_the_search():
    assert may_add_days("Rebels attacked Zürich.")
