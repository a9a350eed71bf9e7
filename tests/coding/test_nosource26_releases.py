"""The captor as the doer of an agentless passive release (coding/releases.py,
the policy's ``undone_acts``).

"Five of them were later released": the party the story told detaining people; several
captors, or none told: no doer; a hand-over to another organ of the captor's own state is no
release. The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples


def _releases(coder, text: str) -> set[str]:
    return {s[:3] for s, _t, c in event_triples(coder, text) if c == "0841"}


def test_the_captor_releases(rules_coder):
    text = (
        "Thai police detained seven Malaysian traders in Narathiwat on Tuesday. "
        "Five of them were later released without charge."
    )
    assert _releases(rules_coder, text) == {"THA"}


def test_no_captor_told_no_doer(rules_coder):
    text = "Five fishermen from Vietnam were released on Sunday."
    assert _releases(rules_coder, text) == set()


def test_two_captors_no_guess(rules_coder):
    text = (
        "Thai police detained seven Malaysian traders in Narathiwat on Tuesday. "
        "Malaysian police arrested three Thai smugglers in Kelantan on Wednesday. "
        "Two of them were released on Friday."
    )
    assert _releases(rules_coder, text) == set()


def test_a_hand_over_at_home_is_no_release(rules_coder):
    text = (
        "The Sri Lankan navy arrested twelve Indian fishermen off Delft island on Sunday. "
        "The fishermen were handed over to fisheries officials in Jaffna on Monday."
    )
    assert _releases(rules_coder, text) == set()
