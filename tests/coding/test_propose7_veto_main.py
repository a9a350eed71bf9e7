"""The veto spares the sentence's main predicate, and the targetless roots' proposal threshold.

The veto drops a weak rule's event when the classifier reads the sentence as reporting another
kind of act: the weak rule fired on a word beside that act. An event on the sentence's main
predicate (its root, or the clause its root reports) is the act itself, and is spared.
"""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventPattern
from multivector.coding.second_opinion import SecondOpinion, Settings, on_main_predicate
from multivector.coding.state import Trace
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))  # fmt: skip


# (words, heads, deps, pos, index of the event's verb, main predicate?)
SENTENCES = [
    # "Militias shelled the camp": the root
    (["Militias", "shelled", "the", "camp"], [1, 1, 3, 1],
     ["nsubj", "ROOT", "det", "dobj"], ["NOUN", "VERB", "DET", "NOUN"], 1, True),
    # "Soldiers beat the prisoners , a monitor said": the clause the root reports
    (["Soldiers", "beat", "the", "prisoners", ",", "a", "monitor", "said"],
     [1, 7, 3, 1, 7, 6, 7, 7],
     ["nsubj", "ccomp", "det", "dobj", "punct", "det", "nsubj", "ROOT"],
     ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB"], 1, True),
    # "Envoys who visited Lima praised the plan": a relative clause beside the act
    (["Envoys", "who", "visited", "Lima", "praised", "the", "plan"], [4, 2, 0, 2, 4, 6, 4],
     ["nsubj", "nsubj", "relcl", "dobj", "ROOT", "det", "dobj"],
     ["NOUN", "PRON", "VERB", "PROPN", "VERB", "DET", "NOUN"], 2, False),
    # "Police seized the boat and towed it": a conjunct of the root is a main predicate too
    (["Police", "seized", "the", "boat", "and", "towed", "it"], [1, 1, 3, 1, 1, 1, 5],
     ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj"],
     ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PRON"], 5, True),
    # "Troops gathered to attack the port": a purpose clause, not the reported act
    (["Troops", "gathered", "to", "attack", "the", "port"], [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "aux", "advcl", "det", "dobj"],
     ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN"], 3, False),
]  # fmt: skip


def _event(doc: Doc, i: int, code: str = "190") -> Event:
    src = Actor("A", "AAA", "AAA")
    tgt = Actor("B", "BBB", "BBB")
    tok = doc[i]
    span = CharSpan(tok.idx, tok.idx + len(tok.text))
    return Event("d", 0, doc.text, src, tgt, code, None, 1, 1.0, "r", verb_span=span)


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "verb", "main"), SENTENCES)
def test_main_predicate_and_the_veto_that_spares_it(words, heads, deps, pos, verb, main):
    doc = _doc(words, heads, deps, pos)
    event = _event(doc, verb)
    assert on_main_predicate(doc[:], event) is main
    # the classifier reads another act (root 07) and finds 19 very improbable
    veto = Settings(
        veto=True,
        veto_max_root_probability=0.05,
        veto_weak=frozenset({"residual"}),
        veto_min_other_root=0.7,
        veto_spare_main=True,
    )
    judge = SecondOpinion(FixedOpinion({"19": 0.01, "07": 0.9, "none": 0.05}), veto)
    pattern = EventPattern("x", (), "190", "test.yaml:1 190 x")
    kept = judge.review(doc[:], pattern, False, False, [event], Trace("v", "v", "coded"))
    assert bool(kept) is main
    judge.settings = dataclasses.replace(veto, veto_spare_main=False)
    assert not judge.review(doc[:], pattern, False, False, [event], Trace("v", "v", "coded"))


# (best root, its probability, proposed?)
PROPOSALS = [
    ("14", 0.75, True),  # a protest: a targetless root, its own threshold
    ("09", 0.72, True),  # an inquiry
    ("18", 0.75, False),  # an assault needs the general threshold
    ("03", 0.85, False),
    ("18", 0.93, True),
    ("14", 0.6, False),
]


@pytest.mark.parametrize(("root", "p", "proposed"), PROPOSALS)
def test_targetless_roots_have_their_own_proposal_threshold(root, p, proposed):
    settings = Settings(
        min_root_probability=0.9,
        targetless_roots=frozenset({"08", "09", "14", "15"}),
        targetless_min_root_probability=0.7,
    )
    judge = SecondOpinion(FixedOpinion({root: p, "none": 1 - p}), settings)
    doc = _doc(["A", "met", "B"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["X", "VERB", "X"])
    pattern = judge.proposal(doc[:])
    assert (pattern is not None) is proposed
    if pattern is not None:
        assert pattern.code == root + "0"


def test_the_new_settings_are_read_from_their_data_file(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text(
        "propose:\n  min_root_probability: 0.9\n  targetless_min_root_probability: 0.7\n"
        "veto:\n  enabled: true\n  spare_main_predicate: true\n",
        encoding="utf-8",
    )
    s = Settings.load(path)
    assert s.targetless_min_root_probability == 0.7 and s.veto_spare_main
    assert Settings.load(tmp_path / "settings.yaml").min_root_probability == 0.9
    empty = tmp_path / "empty.yaml"
    empty.write_text("propose: {}\n", encoding="utf-8")
    assert Settings.load(empty).targetless_min_root_probability is None
    assert not Settings.load(empty).veto_spare_main


def test_a_sentence_the_veto_emptied_gets_no_proposal():
    # "Envoys who visited Lima praised the plan": the event on "visited" is vetoed (the
    # classifier reads root 07), and the classifier may not then put its own event in its place
    doc = _doc(*SENTENCES[2][:4])
    veto = Settings(
        veto=True,
        veto_max_root_probability=0.05,
        veto_weak=frozenset({"residual"}),
        veto_min_other_root=0.7,
        veto_spare_main=True,
        min_root_probability=0.7,
    )
    judge = SecondOpinion(FixedOpinion({"19": 0.01, "07": 0.9, "none": 0.05}), veto)
    assert judge.proposal(doc[:]) is not None  # before the veto: a proposal
    pattern = EventPattern("x", (), "190", "test.yaml:1 190 x")
    trace = Trace("v", "v", "coded")
    assert not judge.review(doc[:], pattern, False, False, [_event(doc, 2)], trace)
    assert judge.proposal(doc[:]) is None
    other = _doc(*SENTENCES[0][:4])
    assert judge.proposal(other[:]) is not None  # another sentence is not affected
