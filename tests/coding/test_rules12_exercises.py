"""rules12: drills held or trained alongside (or with) a partner's forces are military
cooperation (062), "alongside" reading as "with" (lang/en/words.yaml prepositions). Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops held drills alongside Belarusian forces.", ("RUSMIL", "BLRMIL", "062")),
        ("Indian soldiers trained alongside French troops in Rajasthan.", ("INDMIL", "FRAMIL", "062")),
        ("The Indian navy exercised with the French navy off Goa.", ("INDMIL", "FRAMIL", "062")),
    ],
)
def test_drills_alongside_a_partner_are_joint(coder, text, expected):
    assert expected in event_triples(coder, text)
