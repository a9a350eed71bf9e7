"""A place named as where something inside the object is, is not the owner of that object:
"signed a cessation of hostilities in Pretoria" is not aimed at South Africa
(coding/arguments.py, ``not_located`` and ``located_under``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.argument_syntax import located_under, not_located
from multivector.model import Actor, Span


def _cessation(parse):
    # "sides signed a cessation of hostilities in Lusaka"
    return parse(
        [
            ("sides", 1, "nsubj", "NOUN", "NNS"),
            ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
            ("a", 3, "det", "DET", "DT"),
            ("cessation", 1, "dobj", "NOUN", "NN"),
            ("of", 3, "prep", "ADP", "IN"),
            ("hostilities", 4, "pobj", "NOUN", "NNS", "hostility"),
            ("in", 5, "prep", "ADP", "IN"),
            ("Lusaka", 6, "pobj", "PROPN", "NNP"),
        ]
    )


def _withdrawal(parse):
    # "demanded the withdrawal of Zambian troops"
    return parse(
        [
            ("demanded", 0, "ROOT", "VERB", "VBD", "demand"),
            ("the", 2, "det", "DET", "DT"),
            ("withdrawal", 0, "dobj", "NOUN", "NN"),
            ("of", 2, "prep", "ADP", "IN"),
            ("Zambian", 5, "amod", "ADJ", "JJ"),
            ("troops", 3, "pobj", "NOUN", "NNS", "troop"),
        ]
    )


def _actor(doc, i: int, code: str) -> Actor:
    t = doc[i]
    return Actor(text=t.text, code=code, country=code[:3], span=Span(t.idx, t.idx + len(t)))


def test_a_place_inside_the_object_is_located_not_owner(parse):
    doc = _cessation(parse)
    assert located_under(doc[7], doc[3])
    assert not_located([_actor(doc, 7, "ZMBGOV")], doc[3]) == []


def test_an_owner_through_of_is_kept(parse):
    doc = _withdrawal(parse)
    assert not located_under(doc[4], doc[2])
    kept = not_located([_actor(doc, 4, "ZMB")], doc[2])
    assert [a.code for a in kept] == ["ZMB"]


def test_an_actor_without_span_is_kept(parse):
    doc = _cessation(parse)
    actor = Actor(text="ZMB", code="ZMB", country="ZMB", span=None)
    assert not_located([actor], doc[3]) == [actor]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Ethiopia's army fought Tigrayan forces for two years. Both sides signed a "
            "cessation of hostilities in Pretoria in November.",
            "ZAF",
        ),
        (
            "South Sudan's army clashed with rebels in Jonglei. Both sides signed a cessation "
            "of hostilities in Addis Ababa in January.",
            "ETH",
        ),
    ],
)
def test_the_venue_of_a_truce_is_not_its_target(coder, text, host):
    events = _events(coder, text)
    assert not any(t is not None and t.startswith(host) for _, t, _ in events), events
