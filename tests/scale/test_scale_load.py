"""Rebuilding events from the contract dicts of a Spark run."""

from __future__ import annotations

import pytest

from multivector.model import Actor, Event, Span
from multivector.scale.load import event_from_dict


def make_event(index: int) -> Event:
    return Event(
        doc_id="d1",
        sentence_id=3,
        sentence="Russia and China signed a treaty.",
        source=Actor("China", "CHN", "CHN", Span(11, 16)),
        target=Actor("Russia", "RUS", "RUS", Span(0, 6)),
        cameo="057",
        plover="AGREE",
        quad_class=1,
        goldstein=8.0,
        rule="r",
        index=index,
    )


@pytest.mark.parametrize("index", [0, 1, 5])
def test_event_from_dict_recovers_the_position_behind_event_id(index):
    original = make_event(index)
    rebuilt = event_from_dict(original.to_dict())
    assert rebuilt.index == index
    assert rebuilt.event_id == original.event_id
    assert rebuilt.to_dict() == original.to_dict()


def test_an_event_id_that_cannot_be_reproduced_is_an_error():
    d = make_event(0).to_dict()
    d["event_id"] = "0000000000000000"
    with pytest.raises(ValueError, match="cannot reproduce"):
        event_from_dict(d)
