"""issuers48: a definite resolution the story names with no issuer of its own stands for the
organisation whose vote the story told last, not for members that voted against it, and never
for a country that voted for it; a statement carried or broadcast by state media is theirs.
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_resolution_is_the_voting_bodys(rules_coder):
    text = (
        "The African Union's Peace and Security Council voted on Monday to suspend Niger. "
        "Two members voted against it. "
        "The resolution also threatened economic sanctions against Niamey."
    )
    triples = event_triples(rules_coder, text, date="2023-08-21")
    assert any(s.endswith("AFU") and c == "1312" for s, _t, c in triples), triples
    assert not any(c == "1312" and not s.endswith("AFU") for s, _t, c in triples)


@pytest.mark.slow
def test_a_country_voting_for_it_issues_no_resolution(rules_coder):
    text = (
        "Kenya voted for the motion on Monday. The resolution urged Sudan to withdraw its troops."
    )
    triples = event_triples(rules_coder, text, date="2023-08-21")
    assert not any(s == "KEN" and c.startswith("02") for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_statement_carried_by_state_media_is_theirs(rules_coder):
    text = (
        "A statement carried by the official KCNA news agency condemned the drills. "
        "The statement warned Seoul of retaliation."
    )
    triples = event_triples(rules_coder, text, date="2016-03-07")
    assert any(s.startswith("PRK") and (t or "").startswith("KOR") for s, t, _c in triples), triples
