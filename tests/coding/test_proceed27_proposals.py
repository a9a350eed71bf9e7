"""proceed27's proposals, applied by the lead: a vote against or a veto of a sponsored draft
targets its sponsor; acts of reducing relations agreed to are done ("agreed to break off
relations": 16x, not a threat); a finite verb the parser hangs as a conjunct of a to-infinitive
belongs with the governor's subject. Sentences are written for these tests (none is from a gold
file)."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, source, code",
    [
        ("Russia vetoed a British-sponsored draft.", "RUS", "129"),
        ("Russia and China voted against the British-sponsored resolution.", "CHN", "120"),
    ],
)
def test_a_sponsored_draft_targets_its_sponsor(rules_coder, text, source, code):
    assert (source, "GBR", code) in {(s, t, c) for s, t, c in event_triples(rules_coder, text)}


@pytest.mark.slow
def test_agreeing_to_break_off_relations_breaks_them(rules_coder):
    triples = event_triples(rules_coder, "Peru agreed to sever ties with Venezuela.")
    assert any(s == "PER" and t == "VEN" and c.startswith("16") for s, t, c in triples)
    assert not any(c.startswith("13") for _s, _t, c in triples)


@pytest.mark.slow
def test_a_second_appeal_hung_on_an_infinitive_keeps_its_subject(rules_coder):
    # the parser hangs "called" as a conjunct of "halt": Ethiopia is not the one who called
    triples = event_triples(
        rules_coder, "Norway urged Ethiopia to halt the offensive and called on Eritrea to withdraw its troops."
    )
    assert ("NOR", "ERI", "0256") in triples
    assert not any(s == "ETH" and t == "ERI" for s, t, _c in triples)
