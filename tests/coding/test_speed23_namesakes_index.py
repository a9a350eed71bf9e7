"""speed23: the words of persons' names are indexed once per document (in the token index's
memo) for :func:`full_name_before`, which used to walk back over the text at each bare name.
The index must give the walk's answer: the latest full name before the bare name, never one
after it, and it must be read again when the coder lets the parse go (``release``).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from multivector.coding.namesakes import _name_head, bare_name, full_name_before
from multivector.coding.token_index import release

VOCAB = Vocab()

# "Nancy Pelosi met Paul Pelosi . Pelosi spoke . Nancy Pelosi left ."
WORDS = ["Nancy", "Pelosi", "met", "Paul", "Pelosi", ".", "Pelosi", "spoke", ".",
         "Nancy", "Pelosi", "left", "."]  # fmt: skip
HEADS = [1, 2, 2, 4, 2, 2, 7, 7, 7, 10, 11, 11, 11]
DEPS = ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "punct",
        "compound", "nsubj", "ROOT", "punct"]  # fmt: skip
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT",
       "PROPN", "PROPN", "VERB", "PUNCT"]  # fmt: skip
PERSONS = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "O",
           "B-PERSON", "I-PERSON", "O", "O"]  # fmt: skip


def _doc(ents: list[str] = PERSONS) -> Doc:
    return Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)


def _walk(h):
    """The walk back over the text that the index replaces (the reference answer)."""
    if not bare_name(h):
        return None
    for i in range(h.i - 1, -1, -1):
        t = h.doc[i]
        if t.text == h.text and t.ent_type_ == "PERSON" and (head := _name_head(t)) is not None:
            return head
    return None


def test_the_latest_full_name_before_the_bare_name():
    doc = _doc()
    assert full_name_before(doc[6]) == doc[4]  # "Paul Pelosi", not "Nancy Pelosi"
    assert all(full_name_before(t) == _walk(t) for t in doc)


def test_a_full_name_after_the_bare_name_does_not_count():
    # no person's name before "Pelosi spoke"; "Nancy Pelosi" after it
    ents = ["O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = _doc(ents)
    assert full_name_before(doc[6]) is None
    assert all(full_name_before(t) == _walk(t) for t in doc)


def test_a_released_parse_is_read_again():
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = _doc(ents)
    assert full_name_before(doc[6]) == doc[1]  # "Paul Pelosi" is not tagged a person's name
    # now it is: once the coder lets the parse go (as the headline mends do after a new
    # parse), the index is built again from the new entities
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "PERSON"), Span(doc, 6, 7, "PERSON")]
    release(doc)
    assert full_name_before(doc[6]) == doc[4]
    assert full_name_before(doc[6]) == _walk(doc[6])
