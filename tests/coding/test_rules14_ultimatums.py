"""rules14: days or hours granted to another to comply are a final demand, an ultimatum (139:
`GRACE_PERIOD` in coding/data/verbs.yaml), also when the parser reads the span of time as a
measure phrase after the indirect object (`syntax.predicative`). Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana gave Togo ten days to withdraw its troops from the border.", ("GHA", "TGO", "139")),
        ("On Monday Peru gave Chile 48 hours to explain the incident.", ("PER", "CHL", "139")),
    ],
)
def test_time_granted_to_comply_is_an_ultimatum(rules_coder, text, expected):
    triples = event_triples(rules_coder, text)
    assert expected in triples
    assert not any(c.startswith("07") for _s, _t, c in triples)  # no aid given


@pytest.mark.slow
def test_goods_given_are_still_aid(rules_coder):
    triples = event_triples(rules_coder, "Ghana gave Togo ten tonnes of rice.")
    assert not any(c == "139" for _s, _t, c in triples)


@pytest.mark.slow
def test_time_granted_to_leave_is_an_expulsion(rules_coder):
    triples = event_triples(rules_coder, "Egypt gave Sudanese citizens fourteen days to leave its territory.")
    assert ("EGY", "SDNCVL", "174") in triples
    assert not any(c == "139" for _s, _t, c in triples)
