"""A finite main verb the parser hung as a clause of its own subject ("The Chilean minister
called on Peru to ..." read as "the minister called ..."): the noun is its subject.

Hand-built parses (no statistical model).
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import subject_of
from multivector.coding.stranded import stranded_subject


def _minister(parse, tag: str):
    # "The Chilean minister called on Peru to act", "called" an acl of the root "minister"
    return parse(
        [
            ("The", 2, "det", "DET", "DT"),
            ("Chilean", 2, "amod", "ADJ", "JJ", "chilean"),
            ("minister", 2, "ROOT", "NOUN", "NN"),
            ("called", 2, "acl", "VERB", tag, "call"),
            ("on", 3, "prep", "ADP", "IN"),
            ("Peru", 4, "pobj", "PROPN", "NNP"),
            ("to", 7, "aux", "PART", "TO"),
            ("act", 3, "xcomp", "VERB", "VB"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_finite_verb_after_the_root_noun_has_it_as_subject(parse):
    doc = _minister(parse, "VBD")
    assert stranded_subject(doc[3]).text == "minister"
    assert subject_of(doc[3])[0].text == "minister"


@pytest.mark.parametrize("tag", ["VBN", "VBG"])
def test_a_participle_after_the_root_noun_stays_its_modifier(parse, tag):
    # "the minister called on ..." as a reduced relative: no predicate of the minister's
    assert stranded_subject(_minister(parse, tag)[3]) is None
