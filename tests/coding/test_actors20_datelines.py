"""actors20: a news dateline that opens a sentence owns nothing and hides the subject
(``clause_syntax.dateline_subject``, ``clause_syntax.in_dateline``, ``dateline_dashes`` in
``lang/en/words.yaml``): "JERUSALEM - The United States ... suspended": the United States;
"PRAGUE - Troops of X": X's troops. A hyphen inside a word ("ASEAN's secretary-general") is no
dateline. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.clause_syntax import dateline_subject, in_dateline, subject_of


def test_the_subject_in_apposition_to_a_dateline():
    # ROME - Italy recalled its envoy .
    doc = Doc(
        Vocab(),
        words=["ROME", "-", "Italy", "recalled", "its", "envoy", "."],
        spaces=[True, True, True, True, True, False, False],
        heads=[3, 0, 0, 3, 5, 3, 3],
        deps=["nsubj", "punct", "appos", "ROOT", "poss", "dobj", "punct"],
    )
    assert dateline_subject(doc[0]).text == "Italy"
    assert subject_of(doc[3])[0].text == "Italy"
    assert in_dateline(doc[0])
    assert not in_dateline(doc[2])


def test_a_hyphen_inside_a_word_is_no_dateline():
    # ASEAN 's secretary - general called .
    doc = Doc(
        Vocab(),
        words=["ASEAN", "'s", "secretary", "-", "general", "called", "."],
        spaces=[False, True, False, False, True, False, False],
        heads=[4, 0, 4, 4, 5, 5, 5],
        deps=["poss", "case", "compound", "punct", "nsubj", "ROOT", "punct"],
    )
    assert not in_dateline(doc[0])
    assert dateline_subject(doc[4]).text == "general"


@pytest.mark.slow
def test_troops_of_named_countries_after_a_dateline(rules_coder):
    text = "KABUL - Troops of the United States and Britain occupied Kandahar on Friday."
    triples = event_triples(rules_coder, text, date="2001-12-07")
    sources = {s for s, _t, _c in triples}
    assert {"USAMIL", "GBRMIL"} <= sources, triples
    assert not any(s.startswith("AFG") for s in sources), triples
