"""The year of a chronology heading that gives none (coding/entry_dates.heading_date): a month
well before the last entry's is in the year after it, unless that is after the document's
date; in a news text the first such heading is in the document's year, or in the year of the
anniversary the piece marks, not in the year of a background paragraph. The texts are written
for these tests.
"""

from __future__ import annotations

from coding_helpers import root_dates as _dates


def test_a_chronology_rolls_over_into_the_next_year(rules_coder):
    text = (
        "Malawi's year of unrest\n\n"
        "LILONGWE, Nov 30 -- Here is how the year unfolded.\n\n"
        "November 12, 2021 -- Police arrest two opposition leaders in Blantyre.\n\n"
        "March 3 -- Malawi recalls its ambassador from Zambia.\n"
    )
    dated = _dates(rules_coder, text, "2022-11-30")
    assert dated["16"] == {"2022-03-03"}


def test_no_roll_over_past_the_document_date(rules_coder):
    text = (
        "Latest first\n\n"
        "October 20, 2022 -- Malawi recalls its ambassador from Zambia.\n\n"
        "March 3 -- Police arrest two opposition leaders in Blantyre.\n"
    )
    dated = _dates(rules_coder, text, "2022-11-30")
    assert dated["17"] == {"2022-03-03"}


def test_news_headings_are_not_in_a_background_year(rules_coder):
    text = (
        "LILONGWE, Nov 30 -- Zambia closed its border with Malawi on Tuesday.\n\n"
        "In May 2009, Zambian troops shelled a Malawian village, killing four people.\n\n"
        "October 14 -- Malawi recalls its ambassador from Zambia.\n"
    )
    dated = _dates(rules_coder, text, "2022-11-30")
    assert dated["16"] >= {"2022-10-14"}


def test_an_anniversary_piece_gives_its_year(rules_coder):
    text = (
        "LILONGWE, Nov 30 -- Thirty years after the border war, veterans gathered on Tuesday "
        "in Lilongwe.\n\n"
        "October 14 -- Malawi recalls its ambassador from Zambia.\n"
    )
    dated = _dates(rules_coder, text, "2022-11-30")
    assert dated["16"] == {"1992-10-14"}
