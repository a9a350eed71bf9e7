"""The per-document token index (coding/token_index.py) agrees with spaCy's own Token views.

Hand-built parses (no statistical model) of sentences written for these tests.
"""

from __future__ import annotations

from multivector.coding.token_index import (
    USER_DATA_KEY,
    TokenIndex,
    children_with,
    doc_text,
    sentence_of,
    token_index,
)


def _doc(parse):
    # "Chad and Mali sent Aid to Niger on Monday ."
    return parse(
        [
            ("Chad", 3, "nsubj", "PROPN", "NNP"),
            ("and", 0, "cc", "CCONJ", "CC"),
            ("Mali", 0, "conj", "PROPN", "NNP"),
            ("sent", 3, "ROOT", "VERB", "VBD", "send"),
            ("Aid", 3, "dobj", "NOUN", "NN", "Aid"),
            ("to", 3, "prep", "ADP", "IN"),
            ("Niger", 5, "pobj", "PROPN", "NNP"),
            ("on", 3, "prep", "ADP", "IN"),
            ("Monday", 7, "pobj", "PROPN", "NNP"),
            (".", 3, "punct", "PUNCT", "."),
        ],
        ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "B-DATE", "O"],
    )


def test_the_index_reads_what_the_tokens_say(parse):
    doc = _doc(parse)
    ix = TokenIndex(doc)
    assert len(ix) == len(doc)
    for t in doc:
        assert ix.head[t.i] == t.head.i
        assert ix.children[t.i] == [c.i for c in t.children]
        assert ix.dep[t.i] == t.dep_
        assert ix.lemma[t.i] == t.lemma_.lower()
        assert ix.lower[t.i] == t.lower_
        assert ix.pos[t.i] == t.pos_
        assert ix.tag[t.i] == t.tag_
        assert ix.ent_type[t.i] == t.ent_type_
        assert ix.text[t.i] == t.text
        assert ix.spaced[t.i] == bool(t.whitespace_)
    assert ix.lemma[4] == "aid" and ix.ent_type[8] == "DATE" and ix.ent_type[3] == ""


def test_children_by_label_and_conjuncts(parse):
    doc = _doc(parse)
    ix = token_index(doc)
    assert ix.kids(3, ("prep",)) == [5, 7]
    assert ix.kids(3, "dobj") == [4]  # one label as a string is not read letter by letter
    assert ix.kid(3, "prep", "on") and not ix.kid(3, "prep", "with")
    assert ix.coordinated(0) == [0, 2]
    assert [c.i for c in children_with(doc[3], {"nsubj", "dobj"})] == [0, 4]


def test_the_index_is_built_once_per_doc(parse):
    doc = _doc(parse)
    first = token_index(doc)
    assert doc.user_data[USER_DATA_KEY] is first
    assert token_index(doc) is first
    other = _doc(parse)
    assert token_index(other) is not first


def test_an_empty_doc(parse):
    doc = parse([])
    assert len(token_index(doc)) == 0


def test_sentences_and_subtrees(parse):
    # "Chad protested . Mali and Niger met on Monday ."
    doc = parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            (".", 1, "punct", "PUNCT", "."),
            ("Mali", 6, "nsubj", "PROPN", "NNP"),
            ("and", 3, "cc", "CCONJ", "CC"),
            ("Niger", 3, "conj", "PROPN", "NNP"),
            ("met", 6, "ROOT", "VERB", "VBD", "meet"),
            ("on", 6, "prep", "ADP", "IN"),
            ("Monday", 7, "pobj", "PROPN", "NNP"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )
    ix = token_index(doc)
    for t in doc:
        assert ix.sentence(t.i) == (t.sent.start, t.sent.end)
        assert sentence_of(t) == t.sent
        assert ix.subtree(t.i) == [s.i for s in t.subtree]
    assert ix.sentence(4) == (3, 10) and ix.subtree(3) == [3, 4, 5]


def test_conjuncts_as_spacy_reads_them(parse):
    # "Chad , Mali and Niger met ." with "Niger" hung on "Mali"
    doc = parse(
        [
            ("Chad", 5, "nsubj", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("Mali", 0, "conj", "PROPN", "NNP"),
            ("and", 2, "cc", "CCONJ", "CC"),
            ("Niger", 2, "conj", "PROPN", "NNP"),
            ("met", 5, "ROOT", "VERB", "VBD", "meet"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    ix = token_index(doc)
    for t in doc:
        assert ix.conjuncts(t.i) == [c.i for c in t.conjuncts]
    assert ix.conjuncts(4) == [0, 2]


def test_the_document_text_is_joined_once(parse):
    doc = _doc(parse)
    text = doc_text(doc)
    assert text == doc.text
    assert doc_text(doc) is text
