"""actors18: the place a meeting or signing happens at is a venue, not a party (policy
``venue_roots``; coding/venues.py): a place named inside the partner's phrase and a site with an
owner ("the White House lawn") give no target, while an act of force at a site keeps it.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_place_of_a_signing_is_no_party(rules_coder):
    text = (
        "Chad and Niger signed an agreement on a cessation of border clashes in Nairobi, Kenya, "
        "on Tuesday."
    )
    triples = event_triples(rules_coder, text, date="2015-03-04")
    assert not any(t.startswith("KEN") for _s, t, _c in triples), triples
    assert any(c == "057" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_site_with_an_owner_is_no_party_to_a_signing(rules_coder):
    text = "Peru and Ecuador signed a border treaty on the White House lawn on Friday."
    triples = event_triples(rules_coder, text, date="1998-10-30")
    assert not any(t.startswith("USA") for _s, t, _c in triples), triples
    assert ("PER", "ECU", "057") in triples, triples


@pytest.mark.slow
def test_the_city_of_talks_with_a_named_partner_is_no_party(rules_coder):
    text = "The Chilean foreign minister held talks with the Bolivian foreign minister in Lima."
    triples = event_triples(rules_coder, text, date="2010-05-05")
    assert ("CHLGOV", "BOLGOV", "040") in triples, triples
    assert not any(t.startswith("PER") for _s, t, _c in triples), triples


@pytest.mark.slow
def test_force_at_a_site_keeps_its_target(rules_coder):
    text = "Rebel fighters fired rockets at the presidential palace in Mogadishu on Sunday."
    triples = event_triples(rules_coder, text, date="2012-05-06")
    assert any(t.startswith("SOM") for _s, t, _c in triples), triples
