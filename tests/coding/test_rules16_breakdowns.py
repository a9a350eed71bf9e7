"""rules16: talks that broke down, collapsed or ended without agreement are their parties'
halt of negotiations, 164, each towards the other (`coding/breakdowns.py`); talks that only
might collapse, or were only planned, are not. Sentences are written for these tests (none is
from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_talks_that_collapsed_are_halted(rules_coder):
    text = "Talks between Chile and Peru on the 2019 fisheries accord collapsed in March."
    triples = event_triples(rules_coder, text)
    assert {("CHL", "PER", "164")} <= triples or {("PER", "CHL", "164")} <= triples


@pytest.mark.slow
def test_talks_that_broke_down_or_ended_without_agreement(rules_coder):
    for text in (
        "Talks between Kenya and Ethiopia broke down on Monday.",
        "The first round of talks between Kenya and Ethiopia ended without agreement.",
    ):
        codes = {c for _s, _t, c in event_triples(rules_coder, text)}
        assert "164" in codes, text


@pytest.mark.slow
def test_talks_that_only_ended_or_might_collapse_are_not_halted(rules_coder):
    for text in (
        "Talks between Kenya and Ethiopia ended on Friday.",
        "Talks between Kenya and Ethiopia could collapse.",
        "The planned talks between Kenya and Ethiopia collapsed.",
    ):
        codes = {c for _s, _t, c in event_triples(rules_coder, text)}
        assert "164" not in codes, text


@pytest.mark.slow
def test_a_year_naming_the_deal_is_not_the_date_of_the_talks(rules_coder):
    from multivector.model import Document

    doc = Document(
        id="t", text="Talks between Chile and Peru on the 2015 accord collapsed in September.",
        date="2023-03-05",
    )
    [coded] = list(rules_coder.code_documents([doc]))
    dates = {str(e.date) for e in coded.events if e.cameo == "164"}
    assert dates and all(d.startswith("2022-09") for d in dates), dates
