from __future__ import annotations

import math

import pytest

from multivector.analysis import (
    PoleError,
    dyad_series,
    format_orientation,
    load_poles,
    multipolarity_index,
    orientation,
    partner_network,
    time_series,
)
from multivector.analysis.series import fill_gaps
from multivector.store import EventFilter
from multivector.store.synthetic import coded_document, make_event


def _store(store, events):
    for i, ev in enumerate(events):
        ev.sentence_id = i
    store.add_coded_documents([coded_document("doc", events)])


def test_multipolarity_index_bounds():
    assert multipolarity_index([1, 1, 1]) == pytest.approx(1.0)
    assert multipolarity_index([5, 0, 0]) == 0.0
    assert multipolarity_index([0, 0, 0]) is None
    shares = [0.5, 0.25, 0.25]
    expected = -sum(p * math.log(p) for p in shares) / math.log(3)
    assert multipolarity_index([2, 1, 1]) == pytest.approx(expected)


def test_even_cooperation_is_fully_multipolar(store):
    # Goldstein 8.0 each, in both directions, with one member of each default pole.
    _store(store, [make_event("KAZ", "USA", "057", date="2001"),
                   make_event("RUS", "KAZ", "057", date="2001"),
                   make_event("KAZ", "CHN", "057", date="2001")])  # fmt: skip
    (row,) = orientation(store, "KAZ")
    assert row.period == "all"
    assert {n: s.share for n, s in row.poles.items()} == pytest.approx(
        {"West": 1 / 3, "Russia": 1 / 3, "China": 1 / 3}
    )
    assert row.multipolarity == pytest.approx(1.0)
    assert row.lean is None  # a three-way tie has no lean


def test_weights_conflict_and_other_partners(store):
    _store(store, [
        make_event("KAZ", "RUS", "061", date="1999-05-01"),          # 6.4 coop
        make_event("KAZ", "RUS", "010", date="1999-05-01"),          # 0.0 -> weighs 1
        make_event("RUS", "KAZ", "163", date="1999-06-01"),          # -8 conflict
        make_event("KAZ", "CHN", "042", date="1999-07-01"),          # 1.9 coop
        make_event("KAZ", "UZB", "057", date="1999-07-01"),          # no pole
        make_event("TUR", "IRN", "057", date="1999-07-01"),          # not KAZ's
    ])  # fmt: skip
    (row,) = orientation(store, "KAZ")
    russia, china, west = row.poles["Russia"], row.poles["China"], row.poles["West"]
    assert russia.coop_events == 2 and russia.coop_weight == pytest.approx(7.4)
    assert russia.conflict_events == 1 and russia.conflict_weight == pytest.approx(8.0)
    assert china.coop_weight == pytest.approx(1.9)
    assert west.coop_weight == 0 and west.share == 0
    assert russia.share == pytest.approx(7.4 / 9.3)
    assert row.other.coop_events == 1
    assert row.lean == "Russia"
    assert 0 < row.multipolarity < 1
    text = format_orientation([row])
    assert "Russia share" in text and "80%" in text


def test_membership_dates_and_periods(store):
    _store(store, [
        make_event("KAZ", "POL", "057", date="1997-03-01"),  # Poland not yet West
        make_event("KAZ", "POL", "057", date="2005-03-01"),  # Poland West
        make_event("KAZ", "RUS", "057", date="2005-04-01"),
        make_event("KAZ", "RUS", "057"),                     # undated
    ])  # fmt: skip
    rows = {r.period: r for r in orientation(store, "KAZ", by="year")}
    assert list(rows) == ["1997", "2005", "undated"]
    assert rows["1997"].poles["West"].coop_events == 0 and rows["1997"].other.coop_events == 1
    assert rows["2005"].poles["West"].coop_events == 1
    assert rows["2005"].multipolarity == pytest.approx(multipolarity_index([8, 8, 0]))
    assert rows["undated"].poles["Russia"].coop_events == 1
    since = orientation(store, "KAZ", f=EventFilter(since="2000"))[0]
    assert since.poles["Russia"].coop_events == 1  # the undated event has no date to compare


def test_custom_poles_file(store, tmp_path):
    _store(store, [make_event("KAZ", "TUR", "057", date="2010"),
                   make_event("KAZ", "IRN", "042", date="2010")])  # fmt: skip
    path = tmp_path / "poles.yaml"
    path.write_text(
        "poles:\n"
        "  Turkic:\n    color: '#008080'\n    members: [TUR, {code: AZE, since: 1991}]\n"
        "  Iran:\n    members: [IRN]\n"
    )
    poles = load_poles(path)
    assert [p.name for p in poles] == ["Turkic", "Iran"]
    (row,) = orientation(store, "KAZ", poles=poles)
    assert row.poles["Turkic"].share == pytest.approx(8.0 / 9.9)
    assert row.lean == "Turkic"


@pytest.mark.parametrize(
    "text, message",
    [
        ("poles: []", "expected a mapping"),
        ("poles:\n  A: {color: red}", "needs a 'members' list"),
        ("poles:\n  A:\n    members: [{code: X, since: soon}]", "not a date"),
        ("poles: [", "not valid YAML"),
    ],
)
def test_bad_poles_files_name_the_problem(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(PoleError, match=message):
        load_poles(path)


def test_default_poles():
    poles = {p.name: p for p in load_poles()}
    assert list(poles) == ["West", "Russia", "China"]
    west = poles["West"]
    for code in ("USA", "CAN", "GBR", "JPN", "KOR", "AUS", "DEU", "FRA"):
        assert west.contains(code, "2020-01-01"), code
    assert not west.contains("POL", "1995-01-01") and west.contains("POL", "2000-01-01")
    assert poles["Russia"].contains("RUS") and poles["China"].contains("CHN")
    assert len({p.color for p in poles.values()}) == 3


def test_time_series_and_dyads(store):
    _store(store, [
        make_event("KAZ", "RUS", "057", date="2001-01-05"),
        make_event("RUS", "KAZ", "163", date="2001-01-20"),
        make_event("KAZ", "RUS", "042", date="2001-03"),
        make_event("KAZ", "CHN", "042", date="2001-03-02"),
        make_event("KAZ", "RUS", "042"),  # undated: not in a series
    ])  # fmt: skip
    months = dyad_series(store, "KAZ", "RUS", "month")
    assert [p.period for p in months] == ["2001-01", "2001-03"]
    jan = months[0]
    assert jan.events == 2 and jan.goldstein == pytest.approx(0.0)
    assert jan.by_quad == {1: 1, 2: 0, 3: 0, 4: 1}
    years = time_series(store, EventFilter(actor="KAZ"), "year")
    assert [(p.period, p.events) for p in years] == [("2001", 3)]
    filled = fill_gaps(months, "month")
    assert [p.period for p in filled] == ["2001-01", "2001-02", "2001-03"]
    assert filled[1].events == 0


def test_partner_network(store):
    _store(store, [
        make_event("KAZ", "RUS", "057", date="2001"),
        make_event("RUS", "KAZ", "190", date="2001"),
        make_event("KAZ", "CHN", "042", date="2001"),
        make_event("UZB", "KAZ", "111", date="2001"),
    ])  # fmt: skip
    net = partner_network(store, "KAZ", poles=load_poles())
    assert [p["partner"] for p in net] == ["RUS", "UZB", "CHN"]
    rus = net[0]
    assert (rus["coop_events"], rus["conflict_events"]) == (1, 1)
    assert rus["net"] == pytest.approx(8.0 - 10.0)
    assert rus["pole"] == "Russia" and net[1]["pole"] is None
