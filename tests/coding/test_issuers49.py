"""issuers49: a capital that sent or issued a document is its issuer when the document acts
later ("Moscow sent a note ... The note accused ..."); a place that names a meeting is still no
issuer. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_note_a_capital_sent_speaks_for_its_government(rules_coder):
    text = (
        "Ankara sent a note to Athens on Monday. "
        "The note accused the Greek government of arming the islands."
    )
    triples = event_triples(rules_coder, text, date="1975-03-04")
    assert any(
        s.startswith("TUR") and (t or "").startswith("GRC") and c.startswith("11")
        for s, t, c in triples
    ), triples


@pytest.mark.slow
def test_a_summit_named_after_its_venue_has_no_issuer_there(rules_coder):
    text = "Leaders met at the Nairobi summit. The summit condemned the coup in Niger."
    triples = event_triples(rules_coder, text, date="2023-08-04")
    assert not any(s.startswith("KEN") for s, _t, _c in triples), triples
