"""speed27: a verb's subject (``clause_syntax.subject_of``) is read from the parse once per token
and depth of a document and kept in its token index; a changed parse (a new index) is read
again. Hand-built parses, written for these tests.
"""

from __future__ import annotations

from multivector.coding.clause_syntax import _SUBJECTS, subject_of
from multivector.coding.token_index import release, token_index


def _rows():
    # "Chile warned and threatened Peru ."
    return [
        ("Chile", 1, "nsubj", "PROPN", "NNP"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("threatened", 1, "conj", "VERB", "VBD", "threaten"),
        ("Peru", 3, "dobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_subject_is_kept_and_inherited_through_coordination(parse):
    doc = parse(_rows())
    subj, passive = subject_of(doc[3])  # "threatened": Chile, through the coordination
    assert subj is not None and subj.text == "Chile" and not passive
    kept = token_index(doc).memo[_SUBJECTS]
    assert (3, 0) in kept and (1, 1) in kept  # the conjunct and its head, asked once each
    assert subject_of(doc[3]) is kept[(3, 0)]


def test_a_new_index_reads_the_parse_again(parse):
    doc = parse(_rows())
    subject_of(doc[1])
    release(doc)  # the coder drops the index when it is done (or a mend changed the parse)
    assert _SUBJECTS not in token_index(doc).memo
    subj, _ = subject_of(doc[1])
    assert subj is not None and subj.text == "Chile"
