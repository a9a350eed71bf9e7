"""Session 53: power seized is a coup, no property taken (171), and an opportunity seized or
grabbed is no act on anyone (``idiom_objects`` of ``lang/en/grammar.yaml``); what a pattern
names still codes. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The army seized power in Niamey on Wednesday.",
        "Colonel Diallo's officers seized power in Guinea overnight.",
        "Ghana seized the opportunity to mediate.",
    ],
)
def test_power_or_a_chance_seized_is_no_seizure(rules_coder, text):
    triples = event_triples(rules_coder, text, date="2023-07-27")
    assert not any(c.startswith("171") for _s, _t, c in triples), triples


def test_property_seized_still_is(rules_coder):
    triples = event_triples(
        rules_coder, "Senegal seized a Russian trawler off Dakar.", date="2023-07-27"
    )
    assert any(c.startswith("17") or c.startswith("18") for _s, _t, c in triples), triples
