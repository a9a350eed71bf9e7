"""The document's focus counts an organisation of one country for that country
(coding/generic.py ``named_countries``): "the Rapid Support Forces" (SDNREBRSF) names Sudan,
"the ANC" names South Africa; an international organisation (IGO..., NGO...) names none.
"""

from __future__ import annotations

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.focus_country import document_focus, named_countries

COUNTRIES = frozenset({"SDN", "SAU", "ZAF", "KEN"})


def _m(i: int, code: str, country: str | None, kind: str) -> Mention:
    return Mention(i, i + 1, (LexEntry(code, country, kind, "x"),))


def test_a_national_organisation_names_its_country():
    mentions = {
        0: _m(0, "SAU", "SAU", "country"),
        1: _m(1, "SAU", "SAU", "country"),
        2: _m(2, "SDN", "SDN", "country"),
        3: _m(3, "SDNREBRSF", None, "organization"),
        4: _m(4, "SDNREBRSF", None, "organization"),
        5: _m(5, "SDNREBRSF", None, "organization"),
    }
    assert named_countries(mentions, (), COUNTRIES)["SDN"] == 4
    assert document_focus(mentions, country_codes=COUNTRIES) == "SDN"
    # without the country codes the organisation counts for no one: the dateline's country
    assert document_focus(mentions) == "SAU"


def test_an_international_organisation_names_no_country():
    mentions = {
        0: _m(0, "KEN", "KEN", "country"),
        1: _m(1, "KEN", "KEN", "country"),
        2: _m(2, "IGOUNO", None, "organization"),
        3: _m(3, "NGOHRIHRW", None, "organization"),
    }
    assert set(named_countries(mentions, (), COUNTRIES)) == {"KEN"}
    assert document_focus(mentions, country_codes=COUNTRIES) == "KEN"


def test_party_of_one_country_tips_a_tie():
    mentions = {
        0: _m(0, "ZAF", "ZAF", "country"),
        1: _m(1, "KEN", "KEN", "country"),
        2: _m(2, "ZAFPTYANC", None, "organization"),
        3: _m(3, "ZAFPTYANC", None, "organization"),
    }
    assert document_focus(mentions, country_codes=COUNTRIES) == "ZAF"
