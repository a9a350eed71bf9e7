"""rules11: a sum of money given or promised is economic aid ("would provide $390m": 0331), and of
two subjects the parser hangs on one verb the nearer one before it is the subject (a live blog's
time stamp, "10:20 GMT - The ministry said ...", is none). Sentences and parses are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.clause_syntax import subject_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan pledged $2bn to Indonesia in 2001.", ("JPN", "IDN", "0331")),
        ("Japan would provide $390m to Indonesia next year.", ("JPN", "IDN", "0331")),
    ],
)
def test_a_sum_of_money_is_economic_aid(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


def test_the_nearer_of_two_subjects_is_the_subject(parse):
    # "10:20 GMT - Kenya pledged aid": the parser made both "GMT" and "Kenya" subjects
    doc = parse(
        [
            ("10:20", 1, "nummod", "NUM", "CD"),
            ("GMT", 4, "nsubj", "PROPN", "NNP"),
            ("-", 4, "punct", "PUNCT", ":"),
            ("Kenya", 4, "nsubj", "PROPN", "NNP"),
            ("pledged", 4, "ROOT", "VERB", "VBD", "pledge"),
            ("aid", 4, "dobj", "NOUN", "NN"),
        ]
    )
    subject, passive = subject_of(doc[4])
    assert subject is not None and subject.text == "Kenya"
    assert not passive


def test_one_subject_is_the_subject(parse):
    doc = parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("pledged", 1, "ROOT", "VERB", "VBD", "pledge"),
            ("aid", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert subject_of(doc[1])[0].text == "Kenya"
