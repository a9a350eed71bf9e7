"""defence24: a dependent territory whose defence and foreign affairs another state holds may
name that state in the actor data (``sovereign:`` in actors/data/countries.yaml): its names
then stand for the sovereign, as the news batches code Gibraltar's police and waters (GBR).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.actors import load_actor_data


def test_gibraltar_names_its_sovereign():
    assert load_actor_data().country("GIB").sovereign == "GBR"


def test_territory_police_act_for_the_sovereign(rules_coder):
    text = "Gibraltar police detained the master of a Panamanian freighter on Tuesday."
    events = event_triples(rules_coder, text)
    assert any(s == "GBRCOP" and c == "173" for s, _t, c in events), events


def test_a_territory_with_no_sovereign_keeps_its_code(rules_coder):
    events = event_triples(rules_coder, "Greenland's premier criticised the Danish government.")
    assert any(s.startswith("GRL") for s, _t, _c in events), events


def test_a_sovereign_must_be_a_country_code(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("countries:\n  XAA:\n    name: Atlantis\n    sovereign: greece\n")
    with pytest.raises(ValueError, match="sovereign"):
        load_actor_data([user])
