"""actors28: a news organisation of one country named as a journalist's employer is that
country's media. Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

from coding_helpers import event_triples


def test_a_correspondent_of_a_british_broadcaster_is_british(coder):
    text = "Egyptian police arrested the BBC correspondent Tom Walker in Cairo on Monday."
    arrests = {t for _, t, c in event_triples(coder, text, "2021-03-01") if c.startswith("173")}
    assert arrests == {"GBRMED"}


def test_a_reporter_of_an_american_newspaper_is_american(coder):
    text = "Russian police detained a Wall Street Journal reporter in Moscow on Monday."
    arrests = {t for _, t, c in event_triples(coder, text, "2021-03-01") if c.startswith("173")}
    assert arrests == {"USAMED"}
