"""Dates vaguer than the period asked for are counted, never placed at the period's first year."""

from __future__ import annotations

from multivector.analysis import orientation, time_series
from multivector.analysis.series import unplaced_count, unplaced_note
from multivector.store import EventFilter
from multivector.store.synthetic import coded_document, make_event


def _fill(store):
    events = [
        make_event("KAZ", "RUS", "057", date="199"),  # the late 1990s
        make_event("KAZ", "RUS", "057", date="199"),
        make_event("KAZ", "RUS", "057", date="1995"),
        make_event("KAZ", "RUS", "057", date="1995-04-02"),
        make_event("KAZ", "RUS", "057", date=None),
    ]
    for i, ev in enumerate(events):
        ev.sentence_id = i
    store.add_coded_documents([coded_document("doc", events)])


def test_decades_are_unplaced_by_year_and_placed_by_decade(store):
    _fill(store)
    f = EventFilter(actor="KAZ")
    years = time_series(store, f, "year")
    assert [(p.period, p.events) for p in years] == [("1995", 2)]
    assert unplaced_count(store, f, "year") == 2
    assert unplaced_note(2, "year") == (
        "2 events dated more vaguely than a year (to a decade, say) are not shown"
    )
    assert unplaced_note(0, "year") == ""
    decades = time_series(store, f, "decade")
    assert [(p.period, p.events) for p in decades] == [("1990s", 4)]
    assert unplaced_count(store, f, "decade") == 0


def test_a_year_is_not_placed_in_january(store):
    _fill(store)
    f = EventFilter(actor="KAZ")
    months = time_series(store, f, "month")
    assert [(p.period, p.events) for p in months] == [("1995-04", 1)]
    assert unplaced_count(store, f, "month") == 3  # two decades and a year


def test_orientation_by_year_has_no_1990(store):
    _fill(store)
    periods = [r.period for r in orientation(store, "KAZ", by="year")]
    assert periods == ["1995", "undated", "unplaced"] or periods == ["1995", "unplaced", "undated"]
    assert "1990" not in periods


def test_store_rows_have_no_year_for_a_decade(store):
    _fill(store)
    from sqlalchemy import select

    from multivector.store import schema as S

    with store.engine.connect() as conn:
        rows = conn.execute(select(S.events.c.date, S.events.c.year)).all()
    assert sorted((d or "", y or 0) for d, y in rows) == [
        ("", 0), ("199", 0), ("199", 0), ("1995", 1995), ("1995-04-02", 1995)
    ]
