"""sources24: a document or meeting that is a clause's subject stands for the issuers the text
names ("The statement condemned ..." after "A and B issued a joint statement"), never for a
venue or an owner guessed for it. Sentences are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_joint_statement_is_one_event_per_issuer(rules_coder):
    text = (
        "Ghana and Togo issued a joint statement on Monday. "
        "The statement condemned Nigeria for closing the border."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert ("GHA", "NGA", "111") in triples
    assert ("TGO", "NGA", "111") in triples


@pytest.mark.slow
def test_a_resolution_is_the_body_that_adopted_it(rules_coder):
    text = (
        "The Security Council adopted a resolution on Monday. "
        "The resolution demands that Sudan withdraw its troops."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s == "IGOUNO" and t == "SDN" and c.startswith("10") for s, t, c in triples)


@pytest.mark.slow
def test_a_summit_named_after_an_organisation(rules_coder):
    text = (
        "The Arab League summit in Cairo ended on Monday. "
        "The summit condemned Israel for the raid."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s.startswith("IGO") and t == "ISR" and c == "111" for s, t, c in triples)


@pytest.mark.slow
def test_a_participle_agent_issues_the_statement(rules_coder):
    text = (
        "A statement issued by the Peruvian foreign ministry criticised Chile. "
        "The statement also accused Bolivia of smuggling."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s == "PERGOV" and t == "BOL" and c.startswith("112") for s, t, c in triples)


@pytest.mark.slow
def test_the_host_of_a_summit_is_no_issuer(rules_coder):
    text = "Kenya hosted a summit on Monday. The summit urged Sudan to end the siege."
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert not any(t == "SDN" for _s, t, _c in triples)


@pytest.mark.slow
def test_a_summit_of_many_parties_stands_for_none(rules_coder):
    text = (
        "Leaders of Ghana, Togo, Benin and Niger met for a summit in Lome. "
        "The summit urged Nigeria to reopen the border."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert not any(t == "NGA" for _s, t, _c in triples)


@pytest.mark.slow
def test_an_undefined_report_names_no_issuer(rules_coder):
    triples = event_triples(rules_coder, "The report accused Chile of torture.", "2024-03-01")
    assert not any(t == "CHL" for _s, t, _c in triples)


@pytest.mark.slow
def test_a_communique_the_speaker_wrote_in(rules_coder):
    text = (
        "Bolivia's foreign ministry wrote in a communique on Friday that talks had stalled. "
        "The communique accused Chile of bad faith."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s == "BOLGOV" and t == "CHL" and c.startswith("112") for s, t, c in triples)


@pytest.mark.slow
def test_a_report_a_body_s_investigators_wrote_in(rules_coder):
    text = (
        "Rebels burned villages in the north, United Nations investigators wrote on Monday in a "
        "report on the fighting. The report also accused the Chadian army of killing civilians."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s == "IGOUNO" and t == "TCDMIL" and c.startswith("112") for s, t, c in triples)


@pytest.mark.slow
def test_the_agent_of_an_issuing_verb_is_not_its_own_issuer(rules_coder, caplog):
    # "adopted by the summit": the summit issued the communique; asking who issued the summit
    # once looped back to the summit itself, and the sentence was skipped.
    text = "The Joint Communique was adopted by the summit on Friday without a vote."
    with caplog.at_level("ERROR"):
        event_triples(rules_coder, text, date="2024-03-01")
    assert "could not be coded" not in caplog.text
