"""rules12: drills held or trained alongside (or with) a partner's forces are military
cooperation (062), "alongside" reading as "with" (lang/en/words.yaml prepositions). Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops held drills alongside Belarusian forces.", ("RUSMIL", "BLRMIL", "062")),
        ("Indian soldiers trained alongside French troops in Rajasthan.", ("INDMIL", "FRAMIL", "062")),
        ("The Indian navy exercised with the French navy off Goa.", ("INDMIL", "FRAMIL", "062")),
    ],
)
def test_drills_alongside_a_partner_are_joint(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_other_side_of_a_border_is_no_partner(rules_coder):
    text = "China held large military exercises near the border with Taiwan."
    triples = event_triples(rules_coder, text)
    assert not any(c.startswith("06") for _s, _t, c in triples)
    assert any(s == "CHN" and c == "150" for s, _t, c in triples)
