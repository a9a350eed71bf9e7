"""lexicon51: offices named in the other word order ("the Foreign Affairs Department", "the
Justice Department", "the Defence Department") are their state's organs, and traffic stopped
to a place by another's forces is a blockade (191). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Manila protested on Monday. The Foreign Affairs Department urged China to withdraw.", "PHLGOV"),
        ("Canberra protested on Monday. The Defence Department accused China of harassment.", "AUSMIL"),
    ],
)
def test_offices_in_the_other_word_order(rules_coder, text, source):
    triples = event_triples(rules_coder, text, date="1995-02-24")
    assert any(s == source and t and t.startswith("CHN") for s, t, _c in triples), triples


def test_traffic_stopped_to_a_city_is_a_blockade(rules_coder):
    triples = event_triples(
        rules_coder, "Soviet forces stopped all road and rail traffic to Berlin.", date="1948-06-24"
    )
    assert any(s.startswith("USR") and t and t.startswith("DEU") and c == "191" for s, t, c in triples), triples
