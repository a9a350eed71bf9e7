"""A verb's object "the town of X" names a place as "X" does (coding/generic.py
``object_place``): "bombed the town of Gori" acts on Georgia.

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def test_the_town_of_a_gazetteer_place_is_its_country(coder):
    events = _events(coder, "Russian jets bombed the town of Gori on Monday.")
    assert ("RUS", "GEO", "195") in events


def test_the_bare_place_name_still_is(coder):
    events = _events(coder, "Russian jets bombed Gori on Monday.")
    assert ("RUS", "GEO", "195") in events
