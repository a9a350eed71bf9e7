"""A title that hangs on a given name rather than on the surname still makes the name an
official ("Foreign Minister Amina Wanjiru Odhiambo": "Minister" on "Wanjiru")."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.titles import title_compounds

# "Foreign Minister Amina Wanjiru Odhiambo summoned the envoy ."
WORDS = ["Foreign", "Minister", "Amina", "Wanjiru", "Odhiambo", "summoned", "the", "envoy", "."]
HEADS = [1, 3, 3, 4, 5, 5, 7, 5, 5]
DEPS = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"]
POS = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]


def test_the_compounds_of_a_name_are_read_down_the_chain_nearest_first():
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS)
    assert [t.text for t in title_compounds(doc[4])] == ["Wanjiru", "Minister", "Amina", "Foreign"]


def test_a_compound_after_the_word_it_modifies_is_not_read():
    # "Wanjiru" parsed as a compound of "Amina" (a word before it): not a title of the name
    heads = [1, 4, 4, 2, 5, 5, 7, 5, 5]
    doc = Doc(Vocab(), words=WORDS, heads=heads, deps=DEPS, pos=POS)
    assert [t.text for t in title_compounds(doc[4])] == ["Minister", "Amina", "Foreign"]


@pytest.mark.slow
def test_an_official_titled_before_the_given_name_acts_for_the_seat(rules_coder):
    # the parser hangs "Secretary" on "Mwangi", not on "Barasa"
    text = (
        "Kenya said on Monday it would review its ties with Somalia. "
        "In Nairobi, Defence Secretary Okello Mwangi Barasa condemned the Somali raid."
    )
    triples = event_triples(rules_coder, text, date="2021-03-02")
    assert ("KENMIL", "SOM", "111") in triples
