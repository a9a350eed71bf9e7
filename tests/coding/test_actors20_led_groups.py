"""actors20: a bare "the coalition" (or "coalition" before another noun, "a coalition
spokesman") after "the Saudi-led coalition" refers back to it by its head noun, so it is Saudi
Arabia's (``leaders.earlier_led``); a noun with modifiers of its own ("the NATO coalition")
does not. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.leaders import earlier_led

WORDS = ["The", "Saudi", "-", "led", "coalition", "fought", ".",
         "The", "coalition", "spokesman", "denied", "it", ".",
         "The", "coalition", "agreed", ".", "The", "new", "coalition", "agreed", "."]
HEADS = [4, 3, 3, 4, 5, 5, 5,
         9, 9, 10, 10, 10, 10,
         14, 15, 15, 15, 19, 19, 20, 20, 20]
DEPS = ["det", "npadvmod", "punct", "amod", "nsubj", "ROOT", "punct",
        "det", "compound", "nsubj", "ROOT", "dobj", "punct",
        "det", "nsubj", "ROOT", "punct", "det", "amod", "nsubj", "ROOT", "punct"]
POS = ["DET", "PROPN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT",
       "DET", "NOUN", "NOUN", "VERB", "PRON", "PUNCT",
       "DET", "NOUN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PUNCT"]
LEMMAS = ["the", "Saudi", "-", "lead", "coalition", "fight", ".",
          "the", "coalition", "spokesman", "deny", "it", ".",
          "the", "coalition", "agree", ".", "the", "new", "coalition", "agree", "."]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS)


def test_a_repeated_head_noun_refers_to_the_led_group():
    doc = _doc()
    assert earlier_led(doc[14]).text == "Saudi"  # "The coalition agreed"
    assert earlier_led(doc[8]).text == "Saudi"  # "The coalition spokesman"


def test_the_led_phrase_itself_and_a_modified_noun_do_not():
    doc = _doc()
    assert earlier_led(doc[4]) is None  # the "Saudi-led coalition" itself: leader_of's
    assert earlier_led(doc[19]) is None  # "The new coalition": a modifier of its own
    assert earlier_led(doc[9]) is None  # another noun


@pytest.mark.slow
def test_the_coalition_after_a_led_coalition_is_its_leader(rules_coder):
    text = (
        "The Saudi-led coalition has fought the Houthis since 2015. "
        "The Houthis accused the coalition of blocking fuel deliveries."
    )
    triples = event_triples(rules_coder, text, date="2019-01-10")
    assert any(t == "SAU" and c.startswith("112") for _s, t, c in triples), triples
