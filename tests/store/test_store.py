from __future__ import annotations

from sqlalchemy import inspect, text

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store import EventFilter
from multivector.store.synthetic import coded_document, make_event


def _kaz_corpus():
    d1 = coded_document(
        "d1",
        [
            make_event("KAZ", "RUS", "057", date="1995-01-20", sentence_id=0,
                       sentence="Kazakhstan joined a customs union formed by Russia and Belarus."),
            make_event("KAZ", "CHN", "042", date="2003-04", sentence_id=1,
                       sentence="Nazarbayev met officials from China."),
            make_event("RUS", "KAZ", "111", date="1999", sentence_id=2,
                       sentence="Russia criticized Kazakh tariffs."),
        ],
        date="2004-01-01",
    )
    d2 = coded_document(
        "d2",
        [
            make_event("USA", "KAZ", "061", date="2001-11-15", sentence_id=0,
                       sentence="The United States invested in Kazakh oil."),
            make_event("KAZ", None, "057", date="1992", sentence_id=1, object="START Treaty",
                       sentence="The legislature ratified the START Treaty."),
        ],
    )
    return [d1, d2]


def test_migration_creates_the_core_schema(store):
    names = set(inspect(store.engine).get_table_names())
    assert {"documents", "sentences", "events", "actors", "event_history", "failures"} <= names
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() is not None
    store.migrate()  # idempotent


def test_add_is_idempotent_by_content_hash(store):
    stats = store.add_coded_documents(_kaz_corpus())
    assert (stats.documents, stats.events, stats.skipped) == (2, 5, 0)
    again = store.add_coded_documents(_kaz_corpus())
    assert (again.documents, again.events, again.skipped) == (0, 0, 2)
    assert store.count_events() == 5
    assert store.has_document(_kaz_corpus()[0].document.content_hash)
    assert not store.has_document("0" * 64)


def test_same_id_different_text_keeps_both(store):
    a = coded_document("same", [make_event("KAZ", "RUS", "042", sentence="A.")])
    b = coded_document("same", [make_event("KAZ", "CHN", "042", sentence="B.")])
    store.add_coded_documents([a])
    store.add_coded_documents([b])
    assert store.count_documents() == 2
    ids = {e["doc_id"] for e in store.query_events()}
    assert "same" in ids and len(ids) == 2


def test_filters(store):
    store.add_coded_documents(_kaz_corpus())
    count = lambda **kw: store.count_events(EventFilter(**kw))  # noqa: E731
    assert count(actor="KAZ") == 3
    assert count(target="KAZ") == 2
    assert count(dyad="KAZ,RUS") == 2  # both directions
    assert count(dyad=("RUS", "KAZ")) == 2
    assert count(since="1995", until="2001") == 3  # 1995-01-20, 1999, 2001-11-15
    assert count(since="2003-04-15") == 0  # "2003-04" starts on the 1st
    assert count(until="2003-04") == 5
    assert count(cameo="05") == 2
    assert count(cameo="057") == 2
    assert count(cameo="04,06") == 2
    assert count(plover="agree") == 2
    assert count(quad=3) == 1
    assert count(quad="1,2") == 4
    assert count(doc_id="d2") == 2
    assert count(text="customs union") == 1
    assert count(text="tariffs", actor="RUS") == 1
    assert count(text="tariffs", actor="KAZ") == 0
    rows = store.query_events(EventFilter(actor="KAZ"), order="date")
    assert [r["date"] for r in rows] == ["1992", "1995-01-20", "2003-04"]
    assert rows[0]["target"] is None and rows[0]["object"] == "START Treaty"


def test_query_returns_contract_dicts_plus_store_fields(store):
    cd = _kaz_corpus()[0]
    expected = {ev.event_id: ev.to_dict() for ev in cd.events}
    store.add_coded_documents([cd])
    for row in store.query_events():
        contract = expected[row["event_id"]]
        for key, value in contract.items():
            assert row[key] == value, key
        assert row["status"] == "accepted"
        assert row["corrected"] is False
        assert row["document_title"] == "Document d1"
        assert row["doc_date"] == "2004-01-01"


def test_pending_documents_are_hidden_by_default(store):
    corpus = _kaz_corpus()
    store.add_coded_documents(corpus[:1], status="pending")
    store.add_coded_documents(corpus[1:])
    assert store.count_events() == 2
    assert store.count_events(EventFilter(status="pending")) == 3
    assert store.count_events(EventFilter(status=None)) == 5
    store.set_document_status("d1", "accepted")
    assert store.count_events() == 5


def test_get_document_and_event(store):
    store.add_coded_documents(_kaz_corpus())
    doc = store.get_document("d1")
    assert doc["title"] == "Document d1" and doc["status"] == "accepted"
    assert [s["sentence_id"] for s in doc["sentences"]] == [0, 1, 2]
    assert doc["text"][doc["sentences"][1]["start"] : doc["sentences"][1]["end"]] == doc["sentences"][1]["text"]
    assert len(doc["events"]) == 3
    ev = store.get_event(doc["events"][0]["event_id"])
    assert ev["doc_id"] == "d1"
    assert store.get_event("nope") is None
    assert store.get_document("nope") is None


def test_search_ranks_and_marks_matches(store):
    store.add_coded_documents(_kaz_corpus())
    hits = store.search("customs union")
    assert len(hits) == 1
    assert hits[0]["doc_id"] == "d1" and hits[0]["sentence_id"] == 0
    assert "«" in hits[0]["snippet"]
    assert store.search("Kazakh", EventFilter(actor="USA"))[0]["doc_id"] == "d2"
    assert store.search("zebra") == []


def test_update_event_keeps_an_audit_trail(store):
    store.add_coded_documents(_kaz_corpus())
    ev = store.query_events(EventFilter(dyad="KAZ,CHN"))[0]
    audit = store.update_event(ev["event_id"], {"cameo": "043", "target": "CHNGOV"}, "ana", "host visit")
    assert audit["user"] == "ana" and audit["reason"] == "host visit"
    assert audit["before"]["cameo"] == "042" and audit["after"]["cameo"] == "043"
    after = store.get_event(ev["event_id"])
    assert after["corrected"] is True
    assert after["target"]["code"] == "CHNGOV"
    assert after["quad_class"] == 1  # from the ontology
    assert store.count_events(EventFilter(target="CHN")) == 1  # still CHN by country
    store.update_event(ev["event_id"], {"not_an_event": True}, "bo", "hypothetical")
    history = store.event_history(ev["event_id"])
    assert [h["user"] for h in history] == ["ana", "bo"]
    assert store.count_events(EventFilter(dyad="KAZ,CHN")) == 0
    assert store.count_events(EventFilter(dyad="KAZ,CHN", include_not_events=True)) == 1


def test_recode_replaces_events_but_keeps_corrections(store):
    corpus = _kaz_corpus()
    store.add_coded_documents(corpus)
    corrected = store.query_events(EventFilter(doc_id="d1"))[0]
    store.update_event(corrected["event_id"], {"goldstein": 9.0}, "ana", "fix")
    recoded = coded_document("d1", [make_event("KAZ", "UZB", "036", sentence_id=0,
                             sentence="Kazakhstan joined a customs union formed by Russia and Belarus.")])
    recoded.document = corpus[0].document  # same text: a recode of the same document
    stats = store.add_coded_documents([recoded], recode=True)
    assert stats.recoded == 1 and stats.documents == 0
    events = store.query_events(EventFilter(doc_id="d1"))
    ids = {e["event_id"] for e in events}
    assert corrected["event_id"] in ids
    assert any(e["target"] and e["target"]["code"] == "UZB" for e in events)
    assert len(events) == 2


def test_problems_are_recorded_as_failures(store):
    bad = CodedDocument(document=Document(id="broken", text="x"),
                        problem=DocumentProblem("broken", "not English"))
    stats = store.add_coded_documents([bad])
    assert stats.failed == 1
    store.record_failure("feed.jsonl:3", "invalid JSON")
    store.record_failure("feed.jsonl:3", "invalid JSON")
    fails = {f["name"]: f for f in store.failures()}
    assert fails["broken"]["reason"] == "not English"
    assert fails["feed.jsonl:3"]["attempts"] == 2
    assert store.count_documents() == 0


def test_one_a_day_dedupes_news_repeats(store):
    docs = [
        coded_document(f"n{i}", [make_event("KAZ", "RUS", "042", date="2001-05-01",
                                            sentence=f"Report {i} of the visit.")])
        for i in range(3)
    ]
    docs.append(coded_document("n9", [make_event("KAZ", "RUS", "042", date="2001-05-02",
                                                 sentence="Another day.")]))
    store.add_coded_documents(docs)
    assert store.count_events() == 4
    assert store.count_events(EventFilter(one_a_day=True)) == 2
    assert len(store.query_events(EventFilter(one_a_day=True))) == 2


def test_actors_and_profile(store):
    from multivector.store.queries import actor_profile

    store.add_coded_documents(_kaz_corpus())
    actors = {a["code"]: a for a in store.actors()}
    assert actors["KAZ"]["n_events"] == 5
    profile = actor_profile(store, "KAZ")
    assert profile["n_events"] == 5
    assert profile["timeline"][0][0] == 1992
    assert profile["partners"][0]["code"] in {"RUS", "USA", "CHN"}
    assert [e["event_id"] for e in profile["recent"]] == [
        e["event_id"] for e in store.query_events(order="-date")
    ]
