"""Argument stage on hand-built parses: sources, targets, reciprocity, pairing by policy."""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.arguments import ArgumentFinder
from multivector.coding.dictionary import parse_pattern
from multivector.coding.modality import EventAnaphora
from multivector.coding.pairing import pair_up
from multivector.coding.phrases import PhraseResolver
from multivector.coding.predicates import match_patterns
from multivector.coding.state import DocumentState, objects_of
from multivector.model import Actor
from multivector.ontology.policy import load_policy

WHEN = dt.date(2010, 7, 1)


@pytest.fixture(scope="module")
def finder(lexicon) -> ArgumentFinder:
    return ArgumentFinder(PhraseResolver(lexicon), EventAnaphora({}), load_policy())


def _state(lexicon, doc) -> DocumentState:
    return DocumentState(doc_id="t", doc_date=None, mentions=lexicon.find_mentions(doc))


def _codes(actors):
    return [a.code for a in actors]


def _targets(finder, state, v, pattern, passive=False):
    match = match_patterns(v, [pattern], objects_of(v, state))
    assert match is not None
    return finder.targets(v, match, state, WHEN, set(), passive)


def test_subject_is_source_and_object_is_target(parse, lexicon, finder):
    doc = parse(
        [
            ("Kazakhstan", 1, "nsubj", "PROPN", "NNP"),
            ("visited", 1, "ROOT", "VERB", "VBD", "visit"),
            ("Turkey", 1, "dobj", "PROPN", "NNP"),
        ]
    )
    state = _state(lexicon, doc)
    sources, subj, passive = finder.sources(doc[1], state, WHEN, noun=False)
    assert _codes(sources) == ["KAZ"] and subj.i == 0 and not passive
    targets, reciprocal, _ = _targets(finder, state, doc[1], parse_pattern("visit", "042", "t", {}))
    assert _codes(targets) == ["TUR"] and not reciprocal


def test_passive_agent_is_source(parse, lexicon, finder):
    doc = parse(
        [
            ("Turkey", 2, "nsubjpass", "PROPN", "NNP"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("visited", 2, "ROOT", "VERB", "VBN", "visit"),
            ("by", 2, "agent", "ADP", "IN"),
            ("Kazakhstan", 3, "pobj", "PROPN", "NNP"),
        ]
    )
    state = _state(lexicon, doc)
    sources, _, passive = finder.sources(doc[2], state, WHEN, noun=False)
    assert _codes(sources) == ["KAZ"] and passive
    targets, _, _ = _targets(finder, state, doc[2], parse_pattern("visit", "042", "t", {}), True)
    assert _codes(targets) == ["TUR"]


def test_target_from_the_pattern_preposition(parse, lexicon, finder):
    doc = parse(
        [
            ("Russia", 1, "nsubj", "PROPN", "NNP"),
            ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
            ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
            ("on", 1, "prep", "ADP", "IN"),
            ("Ukraine", 3, "pobj", "PROPN", "NNP"),
        ]
    )
    state = _state(lexicon, doc)
    pattern = parse_pattern("impose sanction on", "163", "t", {})
    targets, _, tokens = _targets(finder, state, doc[1], pattern)
    assert _codes(targets) == ["UKR"] and tokens == [doc[4]]


def test_verbal_act_addresses_the_subject_of_its_clause(parse, lexicon, finder):
    doc = parse(
        [
            ("Russia", 1, "nsubj", "PROPN", "NNP"),
            ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("that", 4, "mark", "SCONJ", "IN"),
            ("Ukraine", 4, "nsubj", "PROPN", "NNP"),
            ("withdraw", 1, "ccomp", "VERB", "VB"),
        ]
    )
    state = _state(lexicon, doc)
    targets, _, _ = _targets(finder, state, doc[1], parse_pattern("demand", "100", "t", {}))
    assert _codes(targets) == ["UKR"]
    # the same clause under a material act is not its target
    targets, _, _ = _targets(finder, state, doc[1], parse_pattern("demand", "061", "t", {}))
    assert targets == []


def test_each_other_is_reciprocal(parse, lexicon, finder):
    doc = parse(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
            ("each", 3, "det", "DET", "DT"),
            ("other", 1, "dobj", "ADJ", "JJ"),
        ]
    )
    state = _state(lexicon, doc)
    targets, reciprocal, _ = _targets(
        finder, state, doc[1], parse_pattern("accuse", "112", "t", {})
    )
    assert targets == [] and reciprocal


def _actor(code: str) -> Actor:
    return Actor(text=code, code=code, country=code[:3])


def test_pairing_follows_the_policy():
    policy = load_policy()
    kaz, uzb, med = _actor("KAZ"), _actor("UZB"), _actor("KAZMED")
    assert pair_up([kaz, uzb], [], True, False, "042", policy) == [(kaz, uzb), (uzb, kaz)]
    assert pair_up([kaz, uzb], [], False, False, "031", policy) == [(kaz, uzb)]  # a group pledges
    assert pair_up([kaz], [], False, False, "010", policy) == []  # a statement needs a target
    assert pair_up([kaz], [], False, False, "016", policy) == [(kaz, None)]  # a denial does not
    assert pair_up([kaz], [med], False, False, "010", policy) == []  # "told reporters"
    assert pair_up([kaz], [kaz], False, False, "190", policy) == [(kaz, None)]


def test_participle_on_a_statement_speaks_for_its_author(parse):
    from multivector.coding.clause_syntax import subject_of

    # "The party issued a declaration demanding reforms": the party demands
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("party", 2, "nsubj", "NOUN", "NN"),
            ("issued", 2, "ROOT", "VERB", "VBD", "issue"),
            ("a", 4, "det", "DET", "DT"),
            ("declaration", 2, "dobj", "NOUN", "NN"),
            ("demanding", 4, "acl", "VERB", "VBG", "demand"),
            ("reforms", 5, "dobj", "NOUN", "NNS", "reform"),
        ]
    )
    subj, passive = subject_of(doc[5])
    assert subj is not None and subj.text == "party" and not passive
    # "Police arrested protesters demanding reforms": the protesters are not a statement
    doc = parse(
        [
            ("Police", 1, "nsubj", "NOUN", "NNS"),
            ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
            ("protesters", 1, "dobj", "NOUN", "NNS", "protester"),
            ("demanding", 2, "acl", "VERB", "VBG", "demand"),
            ("reforms", 3, "dobj", "NOUN", "NNS", "reform"),
        ]
    )
    assert subject_of(doc[3]) == (None, False)
