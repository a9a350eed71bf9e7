"""appeals28: help offered (or stood ready to give) towards settling a quarrel is an offer to
mediate (039), not an offer of aid; help towards anything else stays aid (033). Sentences are
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    "text",
    [
        "Ghana offered to help Togo resolve the dispute.",
        "Ghana said it was ready to help end the crisis with Togo.",
    ],
)
def test_help_towards_settling_a_quarrel_is_an_offer_to_mediate(rules_coder, text):
    assert {c for s, _, c in event_triples(rules_coder, text) if s == "GHA"} == {"039"}


def test_help_towards_other_ends_stays_aid(rules_coder):
    text = "Ghana offered to help Togo build schools."
    assert {c for s, _, c in event_triples(rules_coder, text) if s == "GHA"} == {"033"}
