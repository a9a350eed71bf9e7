"""targets22: a refusal whose refused act names no party is aimed at the doer of the clause
that sets its condition ("would not negotiate until Armenia withdrew", "unless Kigali ...",
"while British forces continued their attacks"): ``refusal_condition_marks`` in
``lang/en/grammar.yaml``, ``argument_syntax.refusal_conditions``,
``ContextTargets.declined_act_target``. Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.argument_syntax import refusal_conditions


def _doc(words, heads, deps, pos) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_the_subject_of_an_until_clause_on_the_refused_verb():
    # Baku will not sign until Yerevan withdraws .
    doc = _doc(
        ["Baku", "will", "not", "sign", "until", "Yerevan", "withdraws", "."],
        [3, 3, 3, 3, 6, 6, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "advcl", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    )
    assert [t.text for t in refusal_conditions(doc[3])] == ["Yerevan"]


def test_the_condition_on_the_verb_of_refusing():
    # Turkey refused to sign unless Armenia withdrew .
    doc = _doc(
        ["Turkey", "refused", "to", "sign", "unless", "Armenia", "withdrew", "."],
        [1, 1, 3, 1, 6, 6, 1, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "mark", "nsubj", "advcl", "punct"],
        ["PROPN", "VERB", "PART", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    )
    assert [t.text for t in refusal_conditions(doc[3])] == ["Armenia"]


def test_no_condition_from_a_clause_of_time_or_a_pronoun():
    # Baku will not sign because it withdrew , after Yerevan spoke .
    doc = _doc(
        ["Baku", "will", "not", "sign", "because", "it", "withdrew", ",", "after", "Yerevan", "spoke", "."],
        [3, 3, 3, 3, 6, 6, 3, 3, 10, 10, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "advcl", "punct", "mark", "nsubj",
         "advcl", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "SCONJ", "PRON", "VERB", "PUNCT", "SCONJ", "PROPN",
         "VERB", "PUNCT"],
    )
    assert refusal_conditions(doc[3]) == []


@pytest.mark.slow
def test_a_refusal_is_aimed_at_the_condition(rules_coder):
    text = (
        "Talks between the two neighbours stalled in March. "
        "Azerbaijan said it would not sign the treaty until Armenia changed its constitution."
    )
    triples = event_triples(rules_coder, text, date="2024-05-01")
    assert any(s.startswith("AZE") and t == "ARM" and c.startswith("12") for s, t, c in triples), triples


@pytest.mark.slow
def test_a_refusal_with_no_condition_answers_the_storys_other_side(rules_coder):
    # no condition names the other side: since rules43 the story's last other party does
    # (policy untargeted_roots; targets22 left the target empty)
    text = "Brazil criticised the tariffs on Monday. Argentina said it would not negotiate."
    triples = event_triples(rules_coder, text, date="2024-05-01")
    refusals = [(s, t) for s, t, c in triples if s.startswith("ARG") and c.startswith("12")]
    assert refusals and all(t == "BRA" for _s, t in refusals), triples
