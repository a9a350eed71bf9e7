"""focus27: a body "based" in a place takes the place's country ("a Dutch-based firm", "the
Ohio-based group"; not a rights group or charity: ``base_stateless_agents``), and "the company"
after a company of the actor dictionaries ("Gazprom", MNCRUSGAZ) is its home country's business
(coding/based.py, coding/companies.py). Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.coding.based import based_places
from multivector.coding.coder import load_pipeline


def _head(text: str, word: str):
    doc = load_pipeline()(text)
    return next(t for t in doc if t.text == word)


def test_the_place_words_of_a_based_modifier():
    h = _head("A Dutch-based firm bought the port.", "firm")
    assert [t.text for t in based_places(h)] == ["Dutch"]
    h = _head("Russia deployed land-based missiles.", "missiles")
    assert based_places(h) == []  # no name: no place


def test_an_adjective_before_based_is_the_firm_s_country(rules_coder):
    triples = event_triples(rules_coder, "A Dutch-based firm signed a contract with the Kenyan government.")
    assert ("NLDBUS", "KENGOV", "057") in triples


def test_a_gazetteer_place_before_based_is_the_firm_s_country(rules_coder):
    triples = event_triples(rules_coder, "Ghanaian police raided the offices of a Texas-based firm.")
    assert any(s == "GHACOP" and (t or "").startswith("USA") for s, t, _c in triples)


def test_a_capital_before_based_is_its_country_not_its_government(rules_coder):
    triples = event_triples(rules_coder, "The Lisbon-based group accused Ghana of torturing detainees.")
    assert any(s == "PRT" and t == "GHA" and c.startswith("112") for s, t, c in triples)


def test_a_rights_group_is_no_body_of_where_it_is_based(rules_coder):
    text = "A Vienna-based human rights group accused Ghana of torturing detainees."
    assert not any((s or "").startswith("AUT") for s, _t, _c in event_triples(rules_coder, text))


def test_the_company_after_a_dictionary_company_is_its_home_country_s(rules_coder):
    text = (
        "Moldova's government accused Gazprom of blackmail on Monday. "
        "The company threatened Moldova with further cuts."
    )
    triples = event_triples(rules_coder, text)
    assert ("RUSBUS", "MDA", "130") in triples
    assert not any(s == "MDABUS" for s, _t, _c in triples)
