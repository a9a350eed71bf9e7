"""nosource25b: doers the coder used to leave unresolved or too general: a team or panel an
organisation sends or sets up ("sent by", "set up by"), a cable's own offices named bare.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_team_of_experts_sent_by_an_organisation_is_that_organisation(rules_coder):
    text = "A team of specialists sent by the UN Secretary-General visited the camp in Sudan."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNO") and t == "SDN" and c == "042" for s, t, c in triples), triples


@pytest.mark.slow
def test_a_panel_set_up_by_an_organisation_is_that_organisation(rules_coder):
    text = "A panel set up by the International Atomic Energy Agency visited Pyongyang on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNOIAE") and c == "042" for s, _t, c in triples), triples


CABLE = (
    "AMEMBASSY LISBON 4410. 12 MARCH 1975. CONFIDENTIAL. SUBJECT: Coup attempt.\n\n"
    "1. The Secretary received the Portuguese Ambassador this morning.\n\n"
    "2. The Department has protested to the Spanish Government about the closure of the frontier.\n"
)


@pytest.mark.slow
def test_a_cables_own_offices_named_bare_are_its_sender(rules_coder):
    triples = event_triples(rules_coder, CABLE, date="1975-03-12")
    assert ("USAGOV", "PRTGOV", "043") in triples, triples
    assert any(s == "USAGOV" and t.startswith("ESP") and c == "114" for s, t, c in triples), triples


@pytest.mark.slow
def test_a_ministry_heading_in_capitals_names_the_cables_sender(rules_coder):
    text = (
        "FOREIGN OFFICE. SUMMARY OF TELEGRAMS RECEIVED, 3 MAY 1975. SECRET.\n\n"
        "1. The Department has protested to the Spanish Government about the closure of the frontier.\n"
    )
    triples = event_triples(rules_coder, text, date="1975-05-03")
    assert any(s == "GBRGOV" and t.startswith("ESP") and c == "114" for s, t, c in triples), triples


@pytest.mark.slow
def test_an_office_with_an_owner_is_not_the_senders(rules_coder):
    text = CABLE + "\n3. The Spanish Embassy protested to the Portuguese Government.\n"
    triples = event_triples(rules_coder, text, date="1975-03-12")
    assert not any(s.startswith("USA") and t.startswith("PRT") and c == "114" for s, t, c in triples), triples
