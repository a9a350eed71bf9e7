"""An actor named inside a clause below the object ("a road designed by engineers from Japan")
is not the act's target; a participle on the object itself ("a union formed by Russia") still
names one (coding/arguments.py, ``in_clause_below`` in ``nested_targets``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.argument_syntax import in_clause_below


def test_a_participle_on_a_deeper_noun_is_a_clause_below(parse):
    # "the evacuation of workers from a project led by Norway"
    doc = parse(
        [
            ("the", 1, "det", "DET", "DT"),
            ("evacuation", 1, "ROOT", "NOUN", "NN"),
            ("of", 1, "prep", "ADP", "IN"),
            ("workers", 2, "pobj", "NOUN", "NNS", "worker"),
            ("from", 3, "prep", "ADP", "IN"),
            ("a", 6, "det", "DET", "DT"),
            ("project", 4, "pobj", "NOUN", "NN"),
            ("led", 6, "acl", "VERB", "VBN", "lead"),
            ("by", 7, "agent", "ADP", "IN"),
            ("Norway", 8, "pobj", "PROPN", "NNP"),
        ]
    )
    assert in_clause_below(doc[9], doc[1])
    assert not in_clause_below(doc[3], doc[1])


def test_a_participle_on_the_object_itself_is_not(parse):
    # "a union formed by Belarus"
    doc = parse(
        [
            ("a", 1, "det", "DET", "DT"),
            ("union", 1, "ROOT", "NOUN", "NN"),
            ("formed", 1, "acl", "VERB", "VBN", "form"),
            ("by", 2, "agent", "ADP", "IN"),
            ("Belarus", 3, "pobj", "PROPN", "NNP"),
        ]
    )
    assert not in_clause_below(doc[4], doc[1])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deep"),
    [
        ("Kyrgyzstan signed a contract to build a road designed by engineers from Japan.", "JPN"),
        (
            "Ecuador's navy seized a trawler owned by a firm that was founded by investors "
            "from China.",
            "CHN",
        ),
    ],
)
def test_an_actor_deep_in_the_object_is_not_the_target(coder, text, deep):
    events = _events(coder, text)
    assert events
    assert not any(t is not None and t.startswith(deep) for _, t, _ in events), events
