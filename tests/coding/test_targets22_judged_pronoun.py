"""targets22: a disapproval whose object is a pronoun pointing at what was just told, judged by
an adjective ("Britain called it unlawful"), is aimed at the doer of the latest hostile act told,
not at an actor the pronoun might otherwise pick (``characterisations.judged_pronoun``, policy
``judged_act_codes``). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.characterisations import judged_pronoun


def _called(obj: str, obj_pos: str, pred: str, pred_pos: str) -> Doc:
    # Britain called OBJ PRED .
    doc = Doc(
        Vocab(),
        words=["Britain", "called", obj, pred, "."],
        heads=[1, 1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "oprd", "punct"],
        pos=["PROPN", "VERB", obj_pos, pred_pos, "PUNCT"],
    )
    return doc


def test_a_pronoun_judged_by_an_adjective():
    doc = _called("it", "PRON", "unlawful", "ADJ")
    assert judged_pronoun(doc[1])


def test_a_named_object_is_no_pronoun():
    doc = _called("Paris", "PROPN", "unlawful", "ADJ")
    assert not judged_pronoun(doc[1])


def test_a_noun_predicate_may_judge_an_actor():
    doc = _called("it", "PRON", "state", "NOUN")
    assert not judged_pronoun(doc[1])


@pytest.mark.slow
def test_called_it_unlawful_answers_the_doer(rules_coder):
    text = (
        "Israeli helicopter gunships killed the founder of Hamas on Monday. "
        "The European Union's foreign ministers met in Brussels. "
        "Britain called it unlawful."
    )
    triples = event_triples(rules_coder, text, date="2004-03-22")
    judged = {t for s, t, c in triples if s == "GBR" and c.startswith("11")}
    assert judged and all((t or "").startswith("ISR") for t in judged), triples
