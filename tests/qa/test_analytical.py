"""Analytical questions: read into a kind and arguments, answered from the analyses.

The store is built from our own bundled sample texts with the real coder (slow tests); every
figure is checked against the analysis function called directly with the same arguments.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from multivector.analysis import load_poles, orientation, partner_network
from multivector.qa import Answerer, Gazetteer
from multivector.qa.analytical import QUADS, read
from multivector.store import EventFilter, open_store
from multivector.store.rows import actor_root

FACTOID = (
    "Who did Nazarbayev visit?",
    "What treaties did Kazakhstan ratify?",
    "When did Kazakhstan join the customs union?",
    "What did Kazakhstan agree with Russia in 1995?",
    "When did Kazakhstan change its capital?",
    "Who are the partners of the pipeline agreement?",
    "Who did Nazarbayev visit recently?",
)


def gaz() -> Gazetteer:
    return Gazetteer({"kazakhstan": "KAZ", "russia": "RUS", "china": "CHN", "turkey": "TUR",
                      "iran": "IRN", "nazarbayev": "KAZ"})


# -- reading (no store) -------------------------------------------------------------------------


def test_reads_a_comparison_between_poles():
    r = read("Did Kazakhstan cooperate more with Russia or the West?", gaz())
    assert r is not None and r.kind == "compare" and r.subject == ("Kazakhstan", "KAZ")
    assert [(o.label, o.poles) for o in r.options] == [("Russia", ("Russia",)),
                                                       ("the West", ("West",))]
    assert r.measure == "cooperation" and (r.since, r.until) == (None, None)


def test_reads_periods_groups_of_poles_and_conflict():
    r = read("Did Kazakhstan quarrel more with the East or the West in the 1990s?", gaz())
    assert r.options[0].poles == ("Russia", "China") and r.measure == "conflict"
    assert (r.since, r.until) == ("1990", "1999")
    r = read("Did Kazakhstan cooperate more with Turkey compared with Iran between 1995 and 2005?",
             gaz())
    assert [o.code for o in r.options] == ["TUR", "IRN"] and (r.since, r.until) == ("1995", "2005")


def test_reads_change_partners_busiest_and_recent():
    r = read("How has Kazakhstan's orientation changed since 2000?", gaz())
    assert r.kind == "change" and r.subject[1] == "KAZ" and (r.since, r.until) == ("2000", None)
    r = read("How have relations between Kazakhstan and China changed over time?", gaz())
    assert r.kind == "change" and r.options[0].code == "CHN"
    assert read("Who are Kazakhstan's main partners?", gaz()).kind == "partners"
    assert read("Who does Russia deal with most?", gaz()).subject == ("Russia", "RUS")
    assert read("What are the busiest dyads?", gaz()).kind == "busiest"
    assert read("What are Kazakhstan's busiest dyads?", gaz()).kind == "partners"
    assert read("Which dyads were most active in 2015?", gaz()).kind == "busiest"
    r = read("What is new this month?", gaz(), today=date(2026, 3, 17))
    assert r.kind == "recent" and r.window == ("2026-03-01", "2026-03-17")
    r = read("What is new with Kazakhstan this week?", gaz(), today=date(2026, 3, 17))
    assert r.window == ("2026-03-11", "2026-03-17") and r.subject[1] == "KAZ"
    r = read("What was new lately?", gaz(), today=date(2026, 3, 17))
    assert r.window == ("2026-02-16", "2026-03-17") and r.window_label == "lately"
    r = read("What was new in 2015?", gaz(), today=date(2026, 3, 17))
    assert r.window == ("2015-01-01", "2015-12-31") and r.window_label == "in 2015"
    r = read("What is new?", gaz(), today=date(2026, 3, 17))
    assert r.window == ("2026-02-16", "2026-03-17") and r.window_label == "in the last 30 days"


@pytest.mark.parametrize("question", FACTOID)
def test_factoid_questions_are_left_to_the_factoid_reader(question):
    assert read(question, gaz()) is None


# -- answering on the sample corpus -------------------------------------------------------------


@pytest.fixture(scope="module")
def samples_url(tmp_path_factory, coder):
    from multivector.ingest import read_inputs
    from multivector.samples import sample_paths
    from multivector.store.ingest import ingest_documents

    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    store = open_store(url)
    stats = ingest_documents(store, read_inputs([str(p) for p in sample_paths()]), coder)
    assert stats.events > 50
    store.close()
    return url


@pytest.fixture
def samples(samples_url):
    store = open_store(samples_url)
    yield store
    store.close()


def ask(store, question: str) -> dict:
    return Answerer(store).answer(question)


def assert_cited(store, a: dict, *codes: str) -> None:
    """Evidence events are real events of the store, each involving one of ``codes``."""
    assert a["evidence"] and a["events"] == a["evidence"] and len(a["evidence"]) <= 8
    for e in a["evidence"]:
        stored = store.get_event(e["event_id"])
        assert stored is not None and stored["sentence"] == e["sentence"]
        roots = {actor_root(x["code"], x.get("country")) for x in (e["source"], e["target"]) if x}
        assert not codes or roots & set(codes), (e["event_id"], roots)


@pytest.mark.slow
def test_comparison_with_poles_gives_the_orientation_figures(samples):
    a = ask(samples, "Did Kazakhstan cooperate more with Russia or the West?")
    assert a["method"] == "analysis" and not a["declined"]
    assert "comparison" in a["understood_as"] and "Russia or the West" in a["understood_as"]
    (row,) = orientation(samples, "KAZ")
    by_option = {r["option"]: r for r in a["figures"]["rows"]}
    for option, pole in (("Russia", "Russia"), ("the West", "West")):
        want = row.poles[pole].to_dict()
        got = by_option[option]
        assert {k: got[k] for k in want} == want
    assert a["answer"].startswith(f"Kazakhstan had more cooperation with {row.lean}")
    assert a["chart"]["series"]["Russia"] == [by_option["Russia"]["coop_events"],
                                              by_option["Russia"]["conflict_events"]]
    west = {p.name: p for p in load_poles()}["West"]
    assert_cited(samples, a, "RUS", *west.codes)
    assert {"RUS"} & {actor_root(e["target"]["code"], None) for e in a["evidence"] if e["target"]}


@pytest.mark.slow
def test_change_since_a_year_gives_the_yearly_orientation(samples):
    a = ask(samples, "How has Kazakhstan's orientation changed since 2000?")
    assert a["method"] == "analysis" and "changed since 2000" in a["understood_as"]
    want = {r.period: r.to_dict() for r in orientation(samples, "KAZ", by="year",
                                                        f=EventFilter(since="2000"))}
    rows = a["figures"]["rows"]
    assert rows and all(r["period"] >= "2000" for r in rows)
    for r in rows:
        for pole in ("West", "Russia", "China"):
            assert r[f"{pole} share"] == want[r["period"]]["poles"][pole]["share"]
        assert r["multipolarity"] == want[r["period"]]["multipolarity"]
    assert a["chart"]["type"] == "line" and set(a["chart"]["series"]) == {"West", "Russia", "China"}
    assert_cited(samples, a, "KAZ")
    assert all((e["date"] or "9999") >= "2000" for e in a["evidence"])


@pytest.mark.slow
def test_main_partners_come_from_the_partner_network(samples):
    a = ask(samples, "Who are Kazakhstan's main partners?")
    assert a["method"] == "analysis" and "main partners" in a["understood_as"]
    want = partner_network(samples, "KAZ", EventFilter(), poles=load_poles())[:10]
    got = a["figures"]["rows"]
    assert [(r["partner"], r["events"], r["coop_events"], r["pole"]) for r in got] == [
        (p["partner"], p["events"], p["coop_events"], p["pole"]) for p in want]
    assert got[0]["partner"] == "RUS" and got[0]["name"] == "Russia (RUS)"
    assert a["answer"].startswith(f"Kazakhstan's main partners: Russia (RUS): {got[0]['events']} ")
    assert_cited(samples, a, "KAZ")


@pytest.mark.slow
def test_busiest_dyads_are_the_largest_partner_counts(samples):
    a = ask(samples, "What are the busiest dyads?")
    assert a["method"] == "analysis" and "busiest dyads" in a["understood_as"]
    everything: dict[tuple[str, str], int] = {}
    roots = {actor_root(x["code"], x.get("country")) for x in samples.actors()}
    for root in roots:  # every actor's partner network: the brute-force answer
        for p in partner_network(samples, root):
            everything[tuple(sorted((root, p["partner"])))] = p["events"]
    want = sorted(everything.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    assert [((r["a"], r["b"]), r["events"]) for r in a["figures"]["rows"]] == want
    top = a["figures"]["rows"][0]
    assert_cited(samples, a)
    assert any({top["a"], top["b"]} <= {actor_root(x["code"], x.get("country"))
                                        for x in (e["source"], e["target"]) if x}
               for e in a["evidence"])


@pytest.mark.slow
def test_what_is_new_this_month_counts_dated_and_added_events(samples):
    a = ask(samples, "What is new this month?")
    today = datetime.now(UTC).date()
    first = today.replace(day=1).isoformat()
    assert a["method"] == "analysis" and f"this month ({first} to" in a["understood_as"]
    figures = {r["measure"]: r["value"] for r in a["figures"]["rows"]}
    assert figures["events dated in this time"] == samples.count_events(
        EventFilter(since=first, until=today.isoformat()))
    # the store was built just now: every accepted document is new this month
    assert figures["documents added"] == samples.count_documents("accepted")
    assert figures["events coded in the documents added"] == samples.count_events(EventFilter())
    assert sum(a["chart"]["series"]["in documents added that day"]) == samples.count_events()
    assert_cited(samples, a)


@pytest.mark.slow
def test_what_is_new_on_a_given_day_with_an_actor(samples):
    from multivector.qa.analytical import answer_question

    # as if asked on 17 March 2015, when the news feed's events were new
    a = answer_question(samples, "What is new with Kazakhstan this month?",
                        Answerer(samples).gazetteer(), today=date(2015, 3, 17))
    assert "this month (2015-03-01 to 2015-03-17) involving Kazakhstan (KAZ)" in a["understood_as"]
    window = {"since": "2015-03-01", "until": "2015-03-17"}
    both = (samples.count_events(EventFilter(actor="KAZ", **window))
            + samples.count_events(EventFilter(target="KAZ", **window))
            - samples.count_events(EventFilter(actor="KAZ", target="KAZ", **window)))
    figures = {r["measure"]: r["value"] for r in a["figures"]["rows"]}
    assert figures["events dated in this time"] == both > 0
    dated = {r["measure"]: r for r in a["figures"]["rows"]}["events dated in this time"]
    for quad, name in QUADS.items():
        kaz = [samples.count_events(EventFilter(quad=quad, **side, **window))
               for side in ({"actor": "KAZ"}, {"target": "KAZ"}, {"actor": "KAZ", "target": "KAZ"})]
        assert dated[name] == kaz[0] + kaz[1] - kaz[2]
    assert sum(a["chart"]["series"]["dated that day"]) == both
    assert figures["documents added"] == 0  # the store was built today, not in 2015
    assert_cited(samples, a, "KAZ")
    assert all("2015-03-01" <= e["date"] <= "2015-03-17" for e in a["evidence"])


@pytest.mark.slow
def test_a_pair_without_events_declines(samples):
    assert samples.count_events(EventFilter(dyad=("KAZ", "CHN"), since="2010", until="2012")) == 0
    a = ask(samples, "How have relations between Kazakhstan and China changed between 2010 "
                     "and 2012?")
    assert a["declined"] and a["method"] == "none"
    assert a["answer"] == "The data holds no events of Kazakhstan with China between 2010 and 2012."
    assert a["evidence"] == [] and a["sentences"] == [] and a["figures"]["rows"] == []
    a = ask(samples, "Did Kazakhstan cooperate more with China or Russia between 2010 and 2012?")
    assert a["declined"] and a["answer"].startswith("The data holds no events of Kazakhstan with")


@pytest.mark.slow
def test_factoid_questions_still_answer_from_events(samples):
    a = ask(samples, "Who did Nazarbayev visit?")
    assert a["method"] == "events" and "understood_as" not in a
