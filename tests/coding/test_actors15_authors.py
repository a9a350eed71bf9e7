"""actors15: a document named after an organisation is that organisation's; acts on it are
aimed at it. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_veto_of_a_council_draft_is_aimed_at_the_council(rules_coder):
    triples = event_triples(rules_coder, "Britain vetoed a Security Council draft on Monday.")
    assert ("GBR", "IGOUNO", "129") in triples


@pytest.mark.slow
def test_the_drafting_country_is_not_the_author(rules_coder):
    triples = event_triples(rules_coder, "China vetoed a U.S.-drafted Security Council resolution.")
    assert ("CHN", "IGOUNO", "129") in triples


@pytest.mark.slow
def test_a_treaty_named_after_a_city_has_no_author(rules_coder):
    triples = event_triples(rules_coder, "Peru rejected the Lima Protocol.")
    assert all(t is None for _s, t, _c in triples)


@pytest.mark.slow
def test_the_african_union_council_is_the_african_union(rules_coder):
    text = (
        "The African Union's Peace and Security Council met in Addis Ababa. "
        "The council demanded an immediate ceasefire."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "IGOAFRAFU" and c.startswith("105") for s, _t, c in triples)
    assert not any(s == "IGOUNO" for s, _t, _c in triples)


@pytest.mark.slow
def test_a_report_by_an_organisation_speaks_for_it(rules_coder):
    text = "A report by Human Rights Watch accused Ethiopia of abuses against civilians."
    triples = event_triples(rules_coder, text)
    assert any(s == "NGOHRIHRW" and t == "ETH" and c.startswith("112") for s, t, c in triples)


@pytest.mark.slow
def test_a_visit_by_a_premier_is_no_author(rules_coder):
    triples = event_triples(rules_coder, "A visit by the Chinese premier was planned.")
    assert not triples
