"""An undated participle or event noun in a text that tells history is dated by the tense of
the verb it hangs on (``event_dates.tense_carrier``): "Crowds gathered, calling for his
return" and "Fighting spread" are told in the past, as the clause they belong to. Sentences are
written for these tests (none is from a gold file)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.event_dates import tense_carrier

# "Crowds gathered , calling for reform . Fighting spread . Troops are calling for calm ."
WORDS = ["Crowds", "gathered", ",", "calling", "for", "reform", ".",
         "Fighting", "spread", ".", "Troops", "are", "calling", "for", "calm", "."]
HEADS = [1, 1, 1, 1, 3, 4, 1, 8, 8, 8, 12, 12, 12, 12, 13, 12]
DEPS = ["nsubj", "ROOT", "punct", "advcl", "prep", "pobj", "punct",
        "nsubj", "ROOT", "punct", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"]
POS = ["NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT",
       "NOUN", "VERB", "PUNCT", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"]
TAGS = ["NNS", "VBD", ",", "VBG", "IN", "NN", ".", "NN", "VBD", ".",
        "NNS", "VBP", "VBG", "IN", "NN", "."]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS)


def test_a_participle_is_told_in_its_clauses_tense():
    doc = _doc()
    assert tense_carrier(doc[3]).text == "gathered"  # "calling" hangs on a past verb


def test_an_event_noun_is_told_in_its_verbs_tense():
    doc = _doc()
    assert tense_carrier(doc[7]).text == "spread"  # "Fighting spread"


def test_a_finite_verb_carries_its_own_tense():
    doc = _doc()
    assert tense_carrier(doc[1]).text == "gathered"
    # a progressive root participle is its own carrier (present: no narrative date for it)
    assert tense_carrier(doc[12]).tag_ == "VBG"
