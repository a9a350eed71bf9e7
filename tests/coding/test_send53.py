"""Session 53: a bare "send X to" is no material cooperation (060) by itself: what is sent
decides (a team sent to investigate, troops deployed, aid delivered, envoys on a visit); the
bare verb was right 14 times in 130 over batches 1-176. Sentences are written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Hungary sent its fingerprints database to investigators in Vienna.",
        "Romania sent consular staff to the detention centres.",
    ],
)
def test_a_thing_or_staff_sent_is_no_material_cooperation(rules_coder, text):
    triples = event_triples(rules_coder, text, date="2015-06-01")
    assert not any(c == "060" for _s, _t, c in triples), triples


def test_goods_shipped_still_are(rules_coder):
    triples = event_triples(rules_coder, "Kazakhstan shipped grain to Kyrgyzstan.", date="2015-06-01")
    assert any(c.startswith("06") or c.startswith("07") for _s, _t, c in triples), triples
