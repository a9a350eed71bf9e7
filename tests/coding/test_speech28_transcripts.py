"""A bare answer mark after a named briefer (coding/transcripts.py ``briefer_label``).

In a briefing whose first turn is a named speaker's ("SPOKESMAN:") and whose later answers
open with a bare "A:", the answers are the briefer's: "we" is the briefer's government. The
transcript is written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events

from multivector.coding.transcripts import labelled_lines

BRIEFING = """OTTAWA, June 3 -- Excerpts from the daily briefing of the Canadian foreign ministry.

SPOKESMAN: Good morning. We have a short statement on the fishing dispute.

Q: What about the proposal from Iceland?

A: We welcome the offer made by Iceland and Norway. We condemn Denmark.
"""


def test_the_mark_after_a_named_label_is_no_longer_a_bare_mark() -> None:
    lines = labelled_lines(BRIEFING)
    assert [lb.mark for _, lb in lines] == [False, False, False]


def test_a_lone_interview_keeps_its_bare_mark() -> None:
    text = "Q: How are you?\n\nA: Fine.\n"
    assert [lb.mark for _, lb in labelled_lines(text)] == [False, True]


def test_we_in_the_answer_is_the_briefer_s_government(coder) -> None:
    events = {(s[:3], t and t[:3], c[:2]) for s, t, c in _events(coder, BRIEFING)}
    assert ("CAN", "ISL", "05") in events
    assert ("CAN", "NOR", "05") in events
    assert ("CAN", "DNK", "11") in events
