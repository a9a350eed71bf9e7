"""Predicates that report no event: standing states in relative clauses, "concede that ..."."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.background import (
    Background,
    finite_clause_complement,
    standing_state,
)
from multivector.coding.dictionary import EventPattern, Requirement


def _relative(verb: str, tag: str, aux: str | None = None) -> Doc:
    """'Peru , which [aux] <verb> copper to Chile , protested .'"""
    words = ["Peru", ",", "which"] + ([aux] if aux else []) + [verb, "copper", "to", "Chile"]
    words += [",", "protested", "."]
    k = 1 if aux else 0
    v = 3 + k
    main = 8 + k
    heads = [main, 0, v] + ([v] if aux else []) + [0, v, v, v + 2, main, main, main]
    heads[v] = 0  # the relative clause hangs on "Peru"
    deps = ["nsubj", "punct", "nsubj"] + (["aux"] if aux else []) + ["relcl", "dobj", "prep"]
    deps += ["pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PRON"] + (["AUX"] if aux else []) + ["VERB", "NOUN", "ADP"]
    pos += ["PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = (
        ["NNP", ",", "WDT"] + (["VBZ"] if aux else []) + [tag, "NN", "IN", "NNP", ",", "VBD", "."]
    )
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_simple_present_relative_clause_is_a_standing_state():
    doc = _relative("sells", "VBZ")
    assert doc[3].dep_ == "relcl" and standing_state(doc[3])
    assert doc[8].dep_ == "ROOT" and not standing_state(doc[8])  # the main verb is the news


@pytest.mark.parametrize(
    ("verb", "tag", "aux"),
    [("sold", "VBD", None), ("sold", "VBN", "has"), ("selling", "VBG", "is")],
)
def test_a_past_perfect_or_progressive_relative_clause_reports_an_act(verb, tag, aux):
    doc = _relative(verb, tag, aux)
    v = next(t for t in doc if t.dep_ == "relcl")
    assert not standing_state(v)


def test_a_restrictive_relative_clause_is_not_set_off():
    # "the country which sells copper to Chile protested": no comma, it picks the country out
    doc = Doc(
        Vocab(),
        words=["the", "country", "which", "sells", "copper", "protested"],
        heads=[1, 5, 3, 1, 3, 5],
        deps=["det", "nsubj", "nsubj", "relcl", "dobj", "ROOT"],
        pos=["DET", "NOUN", "PRON", "VERB", "NOUN", "VERB"],
        tags=["DT", "NN", "WDT", "VBZ", "NN", "VBD"],
    )
    assert not standing_state(doc[3])


def _clause(verb: str) -> Doc:
    """'officials <verb> that the toll was higher'"""
    return Doc(
        Vocab(),
        words=["officials", verb, "that", "the", "toll", "was", "higher"],
        heads=[1, 1, 5, 4, 5, 1, 5],
        deps=["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp"],
        pos=["NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ"],
        lemmas=["official", verb.removesuffix("d"), "that", "the", "toll", "be", "high"],
    )


def test_a_report_verb_with_a_finite_clause_reports_speech():
    bg = Background(frozenset({"concede", "admit"}))
    bare = EventPattern("concede", (), "080", "t.yaml:1 080 concede")
    doc = _clause("conceded")
    assert finite_clause_complement(doc[1])
    assert bg.reason(doc[1], bare) is not None
    # a pattern with an object is the act itself ("conceded defeat")
    obj = EventPattern("concede", (Requirement("object", frozenset({"defeat"})),), "080", "t")
    assert bg.reason(doc[1], obj) is None
    # a verb not on the list keeps its pattern ("demanded that ..." is a demand)
    demand = EventPattern("demand", (), "100", "t")
    assert bg.reason(_clause("demanded")[1], demand) is None


def test_the_bundled_word_list_is_read():
    bg = Background.bundled()
    assert {"concede", "admit", "recognise"} <= bg.clausal_report_verbs


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


# sentences of our own: the relative clause's act is background, the main clause is the news
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Kenya, which hosts thousands of Somali refugees, called for more aid.", None, "043"),
        ("Germany, which supplies arms to Ukraine, criticised Russia on Monday.", "111", "07"),
        ("The Sri Lankan government conceded that the death toll in the north was higher.",
         None, "080"),
        ("The minister recognised that relations with Pakistan had worsened.", None, "054"),
        ("Asked about the talks, a Turkish official said Ankara hoped Greece would show restraint.",
         None, "020"),
        ("Asked whether Brazil would send troops, the minister said no decision had been taken.",
         None, "02"),
    ],
)  # fmt: skip
def test_background_predicates_are_not_coded(coder, text, kept, dropped):
    codes = [e.cameo for e in coder.code_text(text, date="2020-05-05")]
    assert not any(c.startswith(dropped) for c in codes), codes
    if kept:
        assert kept in codes


@pytest.mark.slow
def test_the_act_itself_is_still_coded(coder):
    codes = [e.cameo for e in coder.code_text("Serbia recognised Kosovo in 2030.")]
    assert codes == ["054"]
