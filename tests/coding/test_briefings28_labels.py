"""briefings28: a transcript label naming its speaker by a bare surname ("KOVAC:") stands for
the phrase the prose introduced them by ("Interior Ministry spokesman Ivo Kovac told the
briefing"), read as a label: its role of the heading's country, not the salient actor of the
answer's place (`transcripts.introduced`, `transcripts.heading_speaker`). Sentences are
written for these tests (none is from a gold file)."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

INTRODUCED = (
    "ZAGREB - Croatia on Monday accused Serbia of shelling a border village.\n\n"
    "Foreign Ministry spokesman Ivo Kovac told the weekly briefing that Belgrade bore full"
    " responsibility.\n\n"
    "KOVAC: We have lodged a strong protest with the Serbian side.\n\n"
    "QUESTION: Will Zagreb answer?\n\n"
    "KOVAC: The matter is closed."
)

FRAMED = (
    "ZAGREB - Croatian troops moved to the border on Monday, the army spokesman told a news"
    " conference.\n\n"
    "HORVAT: We have lodged a strong protest with the Serbian side.\n\n"
    "QUESTION: Will Zagreb answer?\n\n"
    "HORVAT: The matter is closed."
)


@pytest.mark.slow
def test_a_surname_label_is_the_official_the_prose_introduced(rules_coder):
    protests = {(s, t) for s, t, c in event_triples(rules_coder, INTRODUCED) if c.startswith("11")}
    assert ("HRVGOV", "SRB") in protests


@pytest.mark.slow
def test_a_surname_label_the_prose_never_named_is_the_framed_speaker(rules_coder):
    protests = {s for s, _t, c in event_triples(rules_coder, FRAMED) if c.startswith("11")}
    assert protests and all(s.startswith("HRV") for s in protests)


@pytest.mark.slow
def test_a_surname_label_with_no_introduction_is_no_one(rules_coder):
    text = (
        "Croatia on Monday closed a crossing on its border with Serbia.\n\n"
        "QUESTION: Will Zagreb answer?\n\n"
        "HORVAT: We have lodged a strong protest with the Serbian side."
    )
    assert not {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("11")}


@pytest.mark.slow
def test_a_role_label_is_the_role_the_heading_frames_not_the_dateline_country(rules_coder):
    text = (
        "ZAGREB - Serb forces shelled the town on Wednesday, a UN military spokesman told"
        " reporters at the daily briefing here.\n\n"
        "SPOKESMAN: We have lodged a strong protest with the Bosnian Serb side.\n\n"
        "QUESTION: Will there be air strikes?\n\n"
        "SPOKESMAN: The matter is closed."
    )
    protests = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("11")}
    assert protests == {"IGOUNO"}


@pytest.mark.slow
def test_the_framed_speaker_is_only_the_first_answerer(rules_coder):
    text = (
        "KABUL - Afghan troops moved to the border on Monday, the army spokesman told a news"
        " conference.\n\n"
        "QUESTION: Will Kabul answer?\n\n"
        "HORVAT: The matter is closed.\n\n"
        "QUESTION: And Washington?\n\n"
        "SMITH: We have lodged a strong protest with the Pakistani side."
    )
    assert not {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("11")}


@pytest.mark.slow
def test_a_bare_name_label_is_the_earlier_fuller_label_of_that_name(rules_coder):
    text = (
        "KABUL - Afghan troops moved to the border on Monday, the army spokesman told a news"
        " conference.\n\n"
        "COLONEL AHMAD KARIMI: The border is calm.\n\n"
        "QUESTION: And Pakistan?\n\n"
        "KARIMI: We have lodged a strong protest with the Pakistani side."
    )
    protests = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("11")}
    assert protests and all(s.startswith("AFG") for s in protests)


def test_a_speaker_declining_to_comment_is_011(coder):
    text = INTRODUCED + "\n\nQUESTION: Will Zagreb close the border?\n\nKOVAC: I will not comment on that today."
    declines = {s for s, _t, c in event_triples(coder, text) if c == "011"}
    assert declines and all(s.startswith("HRV") for s in declines)


def test_a_third_person_refusal_to_comment_is_no_011_of_the_speaker(coder):
    text = INTRODUCED + "\n\nQUESTION: And Belgrade?\n\nKOVAC: They will not comment, I am told."
    assert not any(s.startswith("HRV") and c == "011" for s, _t, c in event_triples(coder, text))
