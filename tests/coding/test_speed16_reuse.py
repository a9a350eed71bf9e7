"""What speed16 works out once gives what the code it replaced worked out each time."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from multivector.coding.classifier import EventClassifier
from multivector.coding.dates import _relative_to_document
from multivector.coding.object_words import QUANTITY_NOUNS, ObjectWords
from multivector.coding.sums import sum_kind
from multivector.coding.syntax import direct_objects, lemma_in
from multivector.ontology import load_ontology


def _objects_in_each_time(objects, accepted):
    """objects_in as it was before speed16: every object read again for each word class."""
    objects = [sum_kind(o) for o in objects]
    found = [o for o in objects if lemma_in(o, accepted)]
    if found:
        return found
    return [
        p
        for o in objects
        if o.lemma_.lower() in QUANTITY_NOUNS or o.pos_ == "NUM"
        for prep in o.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj" and lemma_in(p, accepted, entities=False)
    ]


CLASSES = [
    frozenset({"talk", "talks", "negotiation"}),
    frozenset({"aid", "military aid", "humanitarian aid"}),
    frozenset({"national", "citizen", "@person"}),
    frozenset({"billion", "round"}),
    frozenset({"@gpe"}),
    frozenset({"nothing here"}),
]


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations held several rounds of talks in the capital.",
        "The Americans gave the Egyptians $1.3 billion in military aid last year.",
        "The government took back 40 of its nationals and two citizens.",
        "The ministers signed a package of agreements and a treaty.",
    ],
)
def test_object_words_read_once_match_each_time(rules_coder, text):
    doc = rules_coder.nlp(text)
    verbs = [t for t in doc if t.pos_ == "VERB"]
    assert verbs
    for v in verbs:
        objects = direct_objects(v)
        read = ObjectWords(objects)
        for accepted in CLASSES:
            assert [t.i for t in read.among(accepted)] == [
                t.i for t in _objects_in_each_time(objects, accepted)
            ]


def test_object_words_find_what_a_quantity_counts(rules_coder):
    doc = rules_coder.nlp("The two delegations held several rounds of talks.")
    held = next(t for t in doc if t.lemma_ == "hold")
    found = ObjectWords(direct_objects(held)).among(frozenset({"talk"}))
    assert [t.text for t in found] == ["talks"]


def test_dense_block_is_numpy_mean():
    rng = np.random.default_rng(16)
    model = EventClassifier(
        ["w=a"], ["04", "none"], np.zeros((1 + 8, 2)), np.zeros(2),
        ["040"], np.zeros((1 + 8, 1)), np.zeros(1),
        tensor_mean=rng.normal(size=8), tensor_scale=rng.normal(size=8),
    )  # fmt: skip
    for n in (1, 2, 7, 31, 64):
        tensor = (rng.normal(size=(n, 8)) * 5).astype(np.float32)
        expected = (tensor.mean(axis=0) - model.tensor_mean) * model.tensor_scale
        got = model.dense(tensor)
        assert got.dtype == expected.dtype
        assert np.array_equal(got, expected)


def test_ontology_resolves_the_same_twice():
    onto = load_ontology()
    for code in ("0331", "190", "19", "1951", "0434"):
        first = (onto.cameo(code), onto.plover(code))
        assert (onto.cameo(code), onto.plover(code)) == first
    for bad in ("9999", "abc", ""):
        for _ in range(2):
            with pytest.raises(KeyError):
                onto.cameo(bad)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("yesterday", "2026-12-01"),
        ("this morning", "2026-12-02"),
        ("tomorrow", "2026-12-03"),
        ("on Monday", "2026-11-30"),
        ("next Friday", "2026-12-04"),
        ("last Wednesday", "2026-11-25"),
        ("Monday, November 30", "2026-11-30"),
    ],
)
def test_relative_days_from_the_dateline(text, day):
    value = _relative_to_document(text, dt.date(2026, 12, 2))  # a Wednesday
    assert value is not None and value.iso == day and value.precision == "day"


def test_chronology_heading_dates_its_entry(rules_coder):
    text = (
        "Relations in brief.\n\n"
        "27 July 1998: Russia signed a treaty with China.\n\n"
        "May 2003 - Japan expelled two Chinese diplomats."
    )
    events = rules_coder.code_text(text, date="2026-12-02")
    dates = {e.cameo[:2]: e.date for e in events}
    assert str(dates.get("05") or dates.get("06") or "").startswith("1998-07-27"), events
    assert any(str(e.date).startswith("2003-05") for e in events if e.source.code == "JPN")
