"""ministers30: defence ministers, deputy foreign ministers and Latin American and South
Caucasus foreign ministers added to the actor table (leaders-ministers.yaml), each coded as
their government on a day inside their term. Sentences are written for these tests (none is
from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Defence Secretary Ben Wallace", "2022-03-01", "GBRGOV"),
        ("Defense Secretary Lloyd Austin", "2023-03-01", "USAGOV"),
        ("Defence Minister Boris Pistorius", "2024-03-01", "DEUGOV"),
        ("Defence Minister Guido Crosetto", "2023-03-01", "ITAGOV"),
        ("Defence Minister Hulusi Akar", "2020-03-01", "TURGOV"),
        ("Defence Minister Andrei Belousov", "2025-03-01", "RUSGOV"),
        ("Defence Minister Rustem Umerov", "2024-03-01", "UKRGOV"),
        ("Defence Minister Richard Marles", "2024-03-01", "AUSGOV"),
    ],
)
def test_defence_ministers_in_office(rules_coder, name, date, code):
    triples = event_triples(rules_coder, f"{name} criticised Iran on Tuesday.", date=date)
    assert (code, "IRN", "111") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Deputy Foreign Minister Sergei Ryabkov", "2019-03-01", "RUSGOV"),
        ("Deputy Secretary of State Wendy Sherman", "2022-03-01", "USAGOV"),
        ("Deputy Foreign Minister Danny Ayalon", "2011-03-01", "ISRGOV"),
        ("Foreign Secretary Vikram Misri", "2025-03-01", "INDGOV"),
    ],
)
def test_deputy_foreign_ministers_in_office(rules_coder, name, date, code):
    triples = event_triples(rules_coder, f"{name} criticised Iran on Tuesday.", date=date)
    assert (code, "IRN", "111") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Foreign Minister David Choquehuanca", "2010-03-01", "BOLGOV"),
        ("Foreign Minister Heraldo Muñoz", "2016-03-01", "CHLGOV"),
        ("Foreign Minister Eladio Loizaga", "2015-03-01", "PRYGOV"),
        ("Foreign Minister Grigol Vashadze", "2010-03-01", "GEOGOV"),
        ("Foreign Minister Zohrab Mnatsakanyan", "2019-03-01", "ARMGOV"),
    ],
)
def test_foreign_ministers_in_office(rules_coder, name, date, code):
    triples = event_triples(rules_coder, f"{name} criticised Iran on Tuesday.", date=date)
    assert (code, "IRN", "111") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        # distinctive surnames listed alone
        ("Rumsfeld", "2003-03-01", "USAGOV"),
        ("Belousov", "2025-03-01", "RUSGOV"),
        ("Crosetto", "2024-03-01", "ITAGOV"),
        ("Kosiniak-Kamysz", "2024-03-01", "POLGOV"),
    ],
)
def test_surnames_alone(rules_coder, name, date, code):
    triples = event_triples(rules_coder, f"{name} criticised Iran on Tuesday.", date=date)
    assert any(s == code and t == "IRN" for s, t, _c in triples), triples


@pytest.mark.slow
def test_out_of_office_is_not_the_government(rules_coder):
    """Ben Wallace after his term (2024) is no longer coded as Britain's government."""
    inside = event_triples(rules_coder, "Ben Wallace criticised Iran.", date="2021-03-01")
    outside = event_triples(rules_coder, "Ben Wallace criticised Iran.", date="2024-09-01")
    assert ("GBRGOV", "IRN", "111") in inside, inside
    assert ("GBRGOV", "IRN", "111") not in outside, outside
    assert ("GBRELI", "IRN", "111") in outside, outside


@pytest.mark.slow
def test_one_person_in_a_country_and_an_organisation(rules_coder):
    """Von der Leyen is Germany's defence minister in 2016 and the Commission's in 2022."""
    text = "Ursula von der Leyen criticised Iran on Tuesday."
    assert ("DEUGOV", "IRN", "111") in event_triples(rules_coder, text, date="2016-03-01")
    assert ("IGOEUREEC", "IRN", "111") in event_triples(rules_coder, text, date="2022-03-01")
