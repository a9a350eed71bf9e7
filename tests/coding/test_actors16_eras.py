"""actors16: places read in the state of their time (actors/data/successions.yaml), and the
tracker's named mentions read on the document's date. Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import event_triples

from multivector.actors import state_on


def test_state_on_reads_the_succession_table():
    assert state_on("RUS", dt.date(1986, 4, 15)) == "USR"
    assert state_on("RUS", dt.date(1992, 1, 1)) == "RUS"
    assert state_on("LTU", dt.date(1991, 9, 5)) == "USR"
    assert state_on("LTU", dt.date(1991, 9, 6)) == "LTU"
    assert state_on("KSV", dt.date(1999, 3, 1)) == "YUG"
    assert state_on("KSV", dt.date(2004, 3, 1)) == "SCG"
    assert state_on("KSV", dt.date(2007, 3, 1)) == "SRB"
    assert state_on("CZE", dt.date(1968, 8, 21)) == "CSK"
    assert state_on("RUS", None) == "RUS"
    assert state_on("FRA", dt.date(1968, 8, 21)) == "FRA"


@pytest.mark.slow
def test_a_town_is_the_state_it_lay_in_on_the_documents_date(rules_coder):
    text = "Police detained dozens of protesters in Kiev on Sunday."
    assert ("USRCOP", "USRCVL", "173") in event_triples(rules_coder, text, date="1988-03-27")
    assert ("UKRCOP", "UKRCVL", "173") in event_triples(rules_coder, text, date="2013-03-27")


@pytest.mark.slow
def test_a_region_named_as_a_place_is_the_state_of_its_time(rules_coder):
    text = "Militia fighters shelled a village in Kosovo on Friday."
    assert any(s == "YUGUAF" for s, _t, _c in event_triples(rules_coder, text, date="1999-03-27"))
    assert any(s == "KSVUAF" for s, _t, _c in event_triples(rules_coder, text, date="2012-03-27"))


@pytest.mark.slow
def test_a_dateline_is_the_state_of_its_time(rules_coder):
    text = "MOSCOW - Police detained dozens of students on Sunday."
    assert any(s == "USRCOP" for s, _t, _c in event_triples(rules_coder, text, date="1987-03-02"))


@pytest.mark.slow
def test_a_capital_in_an_undated_sentence_is_read_on_the_documents_date(rules_coder):
    # "Belgrade" in 1985 is Yugoslavia's government, not another country the reply answers
    text = "The Soviet Union protested to Washington. Belgrade denied the report on Monday."
    triples = event_triples(rules_coder, text, date="1985-03-02")
    assert not any(t in ("SCG", "SRB") for _s, t, _c in triples)


@pytest.mark.slow
def test_an_adjective_is_not_a_leaders_family_name(rules_coder):
    text = "Soldiers shelled Christian villages near Mosul. Ministers from 20 countries met."
    triples = event_triples(rules_coder, text, date="2016-10-20")
    assert not any((s or "").startswith("FSM") or (t or "").startswith("FSM") for s, t, _c in triples)


@pytest.mark.slow
def test_west_berlin_is_west_germany(rules_coder):
    text = "West Berlin police arrested two Libyan diplomats on Friday."
    triples = event_triples(rules_coder, text, date="1986-04-19")
    assert any(s == "DEUCOP" for s, _t, _c in triples)
