"""An undated act told "at the summit" takes the day the story gave the summit. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest

from multivector.model import Document

TEXT = (
    "The presidents of Chile and Peru met on Friday at a regional summit in Quito. "
    "On Wednesday the Organization of American States criticised Peru. "
    "{clause}, President Boric apologised to the Peruvian president."
)


def _apology_dates(coder, clause: str) -> set[str | None]:
    doc = Document(id="t", text=TEXT.format(clause=clause), date="2023-03-11")
    [coded] = list(coder.code_documents([doc]))
    return {e.date for e in coded.events if e.cameo == "055"}


@pytest.mark.slow
def test_an_act_at_the_summit_is_dated_by_the_summit(rules_coder):
    assert _apology_dates(rules_coder, "At the summit") == {"2023-03-10"}


@pytest.mark.slow
def test_without_the_summit_the_last_told_day_holds(rules_coder):
    assert _apology_dates(rules_coder, "Later") != {"2023-03-10"}
