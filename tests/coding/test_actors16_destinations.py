"""actors16: a delivery with no actor target is aimed at the country of the place it is sent to
or meant for. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_aid_sent_to_a_town_is_aimed_at_its_country(rules_coder):
    text = "The World Food Programme said it was sending food to transit centres in Gisenyi."
    assert ("IGOUNOWFP", "RWA", "073") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_place_aid_is_for_comes_before_the_airport_it_lands_at(rules_coder):
    text = "The United Arab Emirates flew medical supplies for Gaza to El Arish airport on Friday."
    assert ("ARE", "PSE", "073") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_promise_of_aid_for_a_city(rules_coder):
    text = "Japan pledged humanitarian aid for Kharkiv."
    assert any(s == "JPN" and t == "UKR" for s, t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_place_of_the_donor_itself_is_no_destination(rules_coder):
    text = "Japan sent emergency aid from Osaka to the disaster area."
    assert not any(t == "JPN" for _s, t, _c in event_triples(rules_coder, text))
