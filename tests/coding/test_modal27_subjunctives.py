"""modal27: a mandative "that"-clause in the base form, active or passive ("suggested that
sanctions be imposed", "urged that the envoy be recalled"), and the "that"-clause of a noun of
demand ("rejected Uganda's demand that it expel the diplomats") state what is wanted, not done;
an order that someone be held is done by those the orderer commands. Sentences are written for
these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.clause_moods import subjunctive


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru suggested that sanctions be imposed on Bolivia.", "163"),
        ("Ghana proposed that the suspects be extradited to Togo.", "063"),
        ("Ghana suggested that Togo withdraw its troops from Benin.", "0874"),
        ("Ghana advised that Togo expel the Nigerian diplomats.", "161"),
        ("Kenya rejected Uganda's demand that it expel the diplomats.", "161"),
    ],
)
def test_the_wanted_act_is_not_coded(rules_coder, text, code):
    assert not any(c == code for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_the_appeal_itself_stays(rules_coder):
    triples = event_triples(rules_coder, "Chile urged that the Bolivian envoy be recalled.")
    assert ("CHL", "BOLGOV", "020") in triples
    assert not any(c == "161" for _s, _t, c in triples)


@pytest.mark.slow
def test_an_order_that_someone_be_expelled_is_done(rules_coder):
    triples = event_triples(rules_coder, "Ghana ordered that the Togolese envoy be expelled.")
    assert ("GHA", "TGOGOV", "161") in triples


def test_a_bare_be_passive_is_subjunctive_and_were_is_not(parse):
    # "... that sanctions be imposed" / "... that sanctions were imposed"
    def clause(aux: str, tag: str):
        rows = [
            ("that", 3, "mark", "SCONJ", "IN"),
            ("sanctions", 3, "nsubjpass", "NOUN", "NNS"),
            (aux, 3, "auxpass", "AUX", tag, "be"),
            ("imposed", 3, "ROOT", "VERB", "VBN", "impose"),
        ]
        return parse(rows)[3]

    assert subjunctive(clause("be", "VB"))
    assert not subjunctive(clause("were", "VBD"))
