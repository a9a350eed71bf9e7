"""actors20: office-holders added to the actor table (leaders.yaml, "Other office-holders named
in news"), each by the office held on the day; peace operations named by acronym
(organizations.yaml: "AMISOM", "MINUSMA", "KFOR") are their organisation's. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Samantha Power", "2015-03-01", "USAGOV"),
        ("Samantha Power", "2022-03-01", "USAGOV"),
        ("Michelle Bachelet", "2020-03-01", "IGOUNOHRIHCH"),
        ("Michelle Bachelet", "2015-03-01", "CHLGOV"),
        ("Louise Arbour", "1998-03-01", "IGOUNO"),
        ("Roger Frey", "1963-03-01", "FRAGOV"),
        ("Grigory Karasin", "2012-03-01", "RUSGOV"),
        ("Zed Seselja", "2016-03-01", "AUSLEG"),
        ("Zed Seselja", "2022-03-01", "AUSGOV"),
    ],
)
def test_office_holders_on_the_day(rules_coder, name, date, code):
    triples = event_triples(rules_coder, f"{name} criticised Iran on Tuesday.", date=date)
    assert (code, "IRN", "111") in triples, triples


@pytest.mark.slow
def test_out_of_office_is_a_former_elite(rules_coder):
    triples = event_triples(rules_coder, "Samantha Power criticised Iran.", date="2019-03-01")
    assert ("USAELI", "IRN", "111") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The president thanked AMISOM for its sacrifices.", "IGOAFRAFUPKO"),
        ("The president thanked MINUSMA for its help.", "IGOUNOPKOMLI"),
        ("The president thanked KFOR for its help.", "IGOWSTNATPKO"),
    ],
)
def test_peace_operations_by_acronym_are_their_organisations(rules_coder, sentence, code):
    triples = event_triples(rules_coder, "Somalia held talks. " + sentence, date="2012-03-01")
    assert any(t == code and c == "051" for _s, t, c in triples), triples
