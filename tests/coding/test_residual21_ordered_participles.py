"""residual21: a bare past participle ordered done to the order's object ("ordered the vessel
confiscated", "ordered them deported", "ordered the captain held") is that act, done by the
one who orders and to that object, not a demand (100); a participle that only describes the
object of another order ("ordered the troops stationed there to withdraw") is not. A person
questioned is interrogated (091), a policy questioned is disapproved of (110). Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
import spacy
from coding_helpers import event_triples
from spacy.tokens import Doc

from multivector.coding.clause_syntax import subject_of
from multivector.coding.orders import ordered_participle, ordering_governor, participle_order


def _doc(words, heads, deps, tags, pos) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    for t in doc:
        t.lemma_ = {"ordered": "order", "confiscated": "confiscate", "stationed": "station"}.get(
            t.text, t.text.lower()
        )
    return doc


def test_a_participle_parsed_as_a_clause_is_ordered_done_to_its_subject():
    # "The court ordered the vessel confiscated ." with "vessel" the participle's subject
    doc = _doc(
        ["The", "court", "ordered", "the", "vessel", "confiscated", "."],
        [1, 2, 2, 4, 5, 2, 2],
        ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
        ["DT", "NN", "VBD", "DT", "NN", "VBD", "."],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
    )
    assert participle_order(doc[5]) == doc[2]
    assert ordering_governor(doc[5]) == doc[2]
    assert ordered_participle(doc[2]) == doc[5]
    assert subject_of(doc[5]) == (doc[4], True)  # the vessel is what it is done to


def test_a_participle_modifying_the_object_of_another_order_is_no_order():
    # "Putin ordered the troops stationed there to withdraw ."
    doc = _doc(
        ["Putin", "ordered", "the", "troops", "stationed", "there", "to", "withdraw", "."],
        [1, 1, 3, 1, 3, 4, 7, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "acl", "advmod", "aux", "xcomp", "punct"],
        ["NNP", "VBD", "DT", "NNS", "VBN", "RB", "TO", "VB", "."],
        ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADV", "PART", "VERB", "PUNCT"],
    )
    assert participle_order(doc[4]) is None
    assert ordered_participle(doc[1]) is None


def test_a_finite_clause_with_an_auxiliary_is_not_a_participle():
    # "The court ordered that the vessel be confiscated ." is no bare participle
    doc = _doc(
        ["The", "court", "ordered", "the", "vessel", "was", "confiscated", "."],
        [1, 2, 2, 4, 6, 6, 2, 2],
        ["det", "nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "punct"],
        ["DT", "NN", "VBD", "DT", "NN", "VBD", "VBN", "."],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    )
    assert participle_order(doc[6]) is None


@pytest.mark.slow
def test_ordering_property_seized_is_a_seizure(rules_coder):
    triples = event_triples(rules_coder, "Egypt ordered all British property seized.")
    # governs25: the participle's object is read, so the property pattern refines it (as
    # "Egypt seized all British property": 1711)
    assert ("EGY", "GBR", "1711") in triples
    assert not any(c == "100" for _s, _t, c in triples)


@pytest.mark.slow
def test_ordering_an_envoy_expelled_is_an_expulsion_of_the_envoy(rules_coder):
    triples = event_triples(rules_coder, "Egypt ordered the British envoy expelled.")
    # governs25: coded as "Egypt expelled the British envoy" is (expel &ENVOY: 161)
    assert any(s == "EGY" and t.startswith("GBR") and c == "161" for s, t, c in triples)


@pytest.mark.slow
def test_a_crew_questioned_is_interrogated_a_decision_questioned_is_disapproved(rules_coder):
    crew = event_triples(rules_coder, "Australian police questioned the French crew for hours.")
    assert {c for _s, _t, c in crew} == {"091"}
    policy = event_triples(rules_coder, "France questioned the Australian decision.")
    assert {c for _s, _t, c in policy} == {"110"}
