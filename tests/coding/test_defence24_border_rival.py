"""defence24: a show of force, an alert or a mobilisation at a border or front line that names
no country faces the country across it (policy border_rival_codes, coding/frontiers.py): a
country its own words name ("near the Indian border"), else the other country a clause of its
sentence has as subject, else the other side of the latest conflictual event of the source's
country, else the latest other country named. A drill or launch at no border keeps no target.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.frontiers import is_frontier


def test_troops_massed_on_a_frontier_face_the_rival(rules_coder):
    text = (
        "Chile accused Argentina of violating its airspace. "
        "Argentina massed troops along the frontier on Monday."
    )
    assert ("ARG", "CHL", "154") in event_triples(rules_coder, text)


def test_tanks_moved_to_the_line_of_contact_face_the_other_side(rules_coder):
    text = (
        "Armenia accused Azerbaijan of shelling its villages. "
        "Azerbaijan moved tanks up to the line of contact."
    )
    assert ("AZE", "ARM", "154") in event_triples(rules_coder, text)


def test_a_border_named_by_an_adjective_names_the_rival(rules_coder):
    text = "Pakistan held large-scale military drills near the Indian border."
    assert ("PAK", "IND", "150") in event_triples(rules_coder, text)


def test_a_rival_that_only_praised_is_still_the_country_across(rules_coder):
    text = "Peru praised Ecuador for its help. Ecuador sent troops to the border."
    assert ("ECU", "PER", "154") in event_triples(rules_coder, text)


def test_a_missile_test_at_no_border_keeps_no_target(rules_coder):
    events = event_triples(rules_coder, "Iran test-fired two ballistic missiles on Sunday.")
    assert ("IRN", None, "150") in events


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("along the line of contact", 2, True),
        ("along the ceasefire line", 3, True),
        ("along the line of fire", 2, False),
        ("near the frontier", 2, True),
    ],
)
def test_frontier_words(rules_coder, text, index, expected):
    assert is_frontier(rules_coder.nlp(text)[index]) is expected


def test_a_drill_after_a_quarrel_is_aimed_at_the_rival(rules_coder):
    text = (
        "Ghana accused Togo of sheltering smugglers. "
        "The Ghanaian navy staged a live-fire drill on Thursday."
    )
    events = event_triples(rules_coder, text)
    assert any(s.startswith("GHA") and t == "TGO" and c == "150" for s, t, c in events), events


def test_a_deployment_at_no_border_is_not_aimed_at_a_rival(rules_coder):
    text = (
        "Ghana accused Togo of sheltering smugglers. "
        "The Ghanaian army deployed troops in Kumasi after the riots."
    )
    events = event_triples(rules_coder, text)
    assert ("GHAMIL", "GHA", "154") in events
    assert not any(t == "TGO" and c.startswith("154") for _s, t, c in events), events
