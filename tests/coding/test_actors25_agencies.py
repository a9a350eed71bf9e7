"""actors25: space agencies and their heads, and executive departments named without their
country. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("subject", "source"),
    [
        ("NASA", "USAGOVSPC"),
        ("Roscosmos", "RUSGOVSPC"),
        ("The Russian Space Agency", "RUSGOVSPC"),
        ("ISRO", "INDGOVSPC"),
        ("JAXA", "JPNGOVSPC"),
        ("The China National Space Administration", "CHNGOVSPC"),
        ("The European Space Agency", "IGOEURESA"),
    ],
)
def test_space_agencies_are_sources(rules_coder, subject, source):
    triples = event_triples(rules_coder, f"{subject} praised Chile for its observatory work.")
    assert (source, "CHL", "051") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "source"),
    [
        ("Daniel Goldin", "1996-05-01", "USAGOV"),
        ("Charles Bolden", "2012-05-01", "USAGOV"),
        ("Yuri Koptev", "1999-05-01", "RUSGOV"),
        ("Dmitry Rogozin", "2020-05-01", "RUSGOV"),
        ("Josef Aschbacher", "2023-05-01", "IGOEURESA"),
    ],
)
def test_agency_heads_in_office(rules_coder, name, date, source):
    triples = event_triples(rules_coder, f"{name} praised Chile for its observatory work.", date=date)
    assert (source, "CHL", "051") in triples, triples


@pytest.mark.slow
def test_agency_head_before_his_term_is_not_the_agency(rules_coder):
    triples = event_triples(
        rules_coder, "Josef Aschbacher praised Chile for its observatory work.", date="2010-05-01"
    )
    assert not any(s == "IGOEURESA" for s, _t, _c in triples), triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("subject", "source"),
    [
        ("The Treasury Department", "USAGOV"),
        ("The Commerce Department", "USAGOV"),
        ("The Justice Department", "USAJUD"),
        ("The Home Office", "GBRGOV"),
    ],
)
def test_departments_named_without_their_country(rules_coder, subject, source):
    # the department is its own country's, never the country the sentence is about
    triples = event_triples(rules_coder, f"{subject} criticised Paraguay over the smuggling.")
    assert (source, "PRY", "111") in triples, triples
    assert not any(s.startswith("PRY") for s, _t, _c in triples), triples


@pytest.mark.slow
def test_a_foreign_ministry_of_commerce_keeps_its_country(rules_coder):
    triples = event_triples(rules_coder, "The Chinese Commerce Ministry criticised Paraguay.")
    assert ("CHNGOV", "PRY", "111") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("date", "source"), [("2016-05-01", "KHMOPP"), ("1994-03-01", "KHMGOV")]
)
def test_an_opposition_leader_and_his_earlier_office(rules_coder, date, source):
    triples = event_triples(rules_coder, "Sam Rainsy criticised Laos over the dam.", date=date)
    assert (source, "LAO", "111") in triples, triples
