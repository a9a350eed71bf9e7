"""actors18: a small gazetteer town of a country the document never names is a homonym and names
no country (coding/homonyms.py). Sentences are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.gazetteer import Place
from multivector.coding.homonyms import homonym


def _doc(text: str) -> Doc:
    return Doc(Vocab(), words=text.split())


def test_a_small_town_of_an_unnamed_country_is_a_homonym():
    town = Place("Malvern", "CAN", 40000, "city")
    assert homonym(_doc("Rioters looted shops in Malvern near Johannesburg ."), town)
    assert not homonym(_doc("Canadian police patrolled Malvern ."), town)
    assert not homonym(_doc("Police patrolled Malvern in Ottawa ."), town)


@pytest.mark.slow
def test_a_town_named_alone_in_a_short_text_keeps_its_country(rules_coder):
    triples = event_triples(rules_coder, "Russian jets bombed the town of Gori on Monday.")
    assert ("RUS", "GEO", "195") in triples, triples


def test_a_large_city_is_never_a_homonym():
    city = Place("Big City", "CAN", 2_000_000, "city")
    assert not homonym(_doc("Rioters looted shops in Big City ."), city)


@pytest.mark.slow
def test_a_homonym_town_gives_no_foreign_target(rules_coder):
    text = (
        "South African police said rioters had torched shops in Malvern on Monday. Police fired "
        "rubber bullets to disperse the rioters in Malvern. Shops stayed closed on Tuesday. "
        "Traders counted their losses."
    )
    triples = event_triples(rules_coder, text, date="2019-09-04")
    assert not any("CAN" in (s or "") + (t or "") for s, t, _c in triples), triples
