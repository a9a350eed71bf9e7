"""actors16: a person known by a title alone is the one the story named with that title and an
owner before. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_secretary_general_is_the_one_named_before(rules_coder):
    text = (
        "The United Nations Secretary-General described the situation in Bosnia as untenable. "
        "Serb forces took 300 peacekeepers hostage. NATO aircraft bombed a depot near Pale. "
        "The Secretary-General condemned the hostage-taking."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "IGOUNO" and c == "111" for s, _t, c in triples)
    assert not any(s.startswith(("SRB", "BIH")) and c == "111" for s, _t, c in triples)


@pytest.mark.slow
def test_a_plural_title_is_not_read_this_way(rules_coder):
    text = (
        "The United Nations Secretary-General visited Sarajevo on Monday. "
        "The secretaries-general of three alliances condemned the shelling."
    )
    triples = event_triples(rules_coder, text)
    assert not any(s == "IGOUNO" and c == "111" for s, _t, c in triples)


@pytest.mark.slow
def test_the_country_of_a_chain_of_titles_before_a_name(rules_coder):
    text = "China imposed sanctions on U.S. House Speaker Nancy Pelosi."
    assert ("CHN", "USALEG", "163") in event_triples(rules_coder, text, date="2022-08-05")


@pytest.mark.slow
def test_a_spokesman_of_a_ministry_named_by_its_country(rules_coder):
    text = "Chinese Foreign Ministry spokesman Zhao Lijian accused the Vietnamese boat of entering Chinese waters."
    triples = event_triples(rules_coder, text, date="2020-04-04")
    assert any(s.startswith("CHN") and c.startswith("112") for s, _t, c in triples)
