"""The store's query module: one visibility rule everywhere, one full-text search, profiles."""

from __future__ import annotations

from multivector.store import EventFilter, queries
from multivector.store.fts import any_word_query
from multivector.store.synthetic import coded_document, make_event


def _corpus():
    public = coded_document("pub", [
        make_event("KAZ", "RUS", "057", date="1995-01-20", sentence_id=0, doc_id="pub",
                   sentence="Kazakhstan joined a customs union with Russia."),
        make_event("KAZ", "CHN", "042", date="2003-04", sentence_id=1, doc_id="pub",
                   sentence="Nazarbayev visited China to discuss the pipeline."),
        make_event("USA", "KAZ", "061", date=None, sentence_id=2, doc_id="pub",
                   sentence="The United States invested in the pipeline."),
    ])  # fmt: skip
    pending = coded_document("pend", [
        make_event("KAZ", "RUS", "057", date="1996-02-02", sentence_id=0, doc_id="pend",
                   sentence="Kazakhstan signed another customs union pipeline deal."),
    ])  # fmt: skip
    return public, pending


def _store(store):
    public, pending = _corpus()
    store.add_coded_documents([public])
    store.add_coded_documents([pending], status="pending")
    return store


def test_one_visibility_rule_for_events_search_and_profiles(store):
    _store(store)
    assert store.count_events() == 3
    assert {s["doc_id"] for s in store.search("pipeline")} == {"pub"}
    assert {s["doc_id"] for s in store.search("pipeline", EventFilter(status=None))} == {
        "pub", "pend"
    }
    assert queries.actor_profile(store, "KAZ")["n_events"] == 3
    assert queries.has_events(store, "KAZ", "RUS")
    assert [e["doc_id"] for e in queries.recent_events(store, 5)] == ["pub", "pub"]
    store.set_document_status("pend", "accepted")
    assert store.count_events() == 4
    assert queries.actor_profile(store, "KAZ")["n_events"] == 4
    store.set_document_status("pub", "rejected")
    assert store.count_events() == 1
    assert store.count_events(EventFilter(status="rejected")) == 3
    assert not queries.has_events(store, "USA")


def test_text_filter_alone_and_with_an_actor_agree(store):
    _store(store)
    alone = {e["event_id"] for e in store.query_events(EventFilter(text="pipeline"))}
    with_actor = {e["event_id"] for e in store.query_events(EventFilter(text="pipeline", actor="KAZ"))}
    by_hand = {e["event_id"] for e in store.query_events(EventFilter(text="pipeline"))
               if e["source"]["code"] == "KAZ"}  # fmt: skip
    assert len(alone) == 2 and with_actor == by_hand and len(with_actor) == 1
    assert store.count_events(EventFilter(text="pipeline", actor="KAZ")) == 1


def test_any_word_search_and_actor_names(store):
    _store(store)
    words = any_word_query(store.dialect, ["customs", "invested"])
    rows = queries.search_sentences(store, words, limit=10, any_word=True)
    assert {r["sentence_id"] for r in rows} == {0, 2}
    assert all(r["document_date"] is None or isinstance(r["document_date"], str) for r in rows)
    names = {(name, code) for name, code, _ in queries.actor_names(store)}
    assert any(code == "KAZ" for _, code in names)


def test_actor_profile_recent_and_partners(store):
    _store(store)
    p = queries.actor_profile(store, "kaz")
    assert p["code"] == "KAZ"
    assert [e["date"] for e in p["recent"]] == ["2003-04", "1995-01-20", None]
    assert {x["code"] for x in p["partners"]} == {"RUS", "CHN", "USA"}
    assert dict(p["timeline"]) == {1995: 1, 2003: 1}
    d = queries.dyad_profile(store, "KAZ", "RUS")
    assert d["n_events"] == 1 and d["series"][0]["a_to_b"] == 1


def test_get_events_keeps_the_order_given(store):
    _store(store)
    ids = [e["event_id"] for e in store.query_events(EventFilter(status=None), order="doc")]
    assert [e["event_id"] for e in store.get_events(ids[::-1] + ["nope"])] == ids[::-1]


def _copies(store):
    """Two articles of one story reporting the same event, and a third, unrelated one."""
    docs = [
        coded_document(doc, [
            make_event("KAZ", "RUS", "057", date=date, sentence_id=0, doc_id=doc,
                       sentence=f"Kazakhstan signed a transit accord with Russia ({doc}).")
        ])  # fmt: skip
        for doc, date in (("wire-a", "2024-05-02"), ("wire-b", "2024-05-02"), ("other", "2024-06-01"))
    ]
    store.add_coded_documents(docs)
    store.assign_story("wire-a", "story-1", None)
    store.assign_story("wire-b", "story-1", None)
    return store


def test_profiles_count_a_storys_event_once_like_the_event_list(store):
    _copies(store)
    assert store.count_events(EventFilter(actor="KAZ")) == 2
    assert store.count_events(EventFilter(actor="KAZ", per_article=True)) == 3
    profile = queries.actor_profile(store, "KAZ")
    assert profile["n_events"] == 2
    assert profile["partners"] == [{"code": "RUS", "n": 2, "goldstein": profile["partners"][0]["goldstein"]}]
    assert dict(profile["timeline"]) == {2024: 2}
    assert len(profile["recent"]) == 2
    dyad = queries.dyad_profile(store, "KAZ", "RUS")
    assert dyad["n_events"] == 2 and [y["a_to_b"] for y in dyad["series"]] == [2]


def test_event_page_is_the_event_list_and_its_count(store):
    _store(store)
    _copies(store)
    for f in (EventFilter(), EventFilter(actor="KAZ"), EventFilter(text="pipeline"),
              EventFilter(actor="USA", since="2030")):  # fmt: skip
        for offset in (0, 1, 10):
            events, total = queries.event_page(store, f, limit=2, offset=offset, order="-date")
            assert total == store.count_events(f)
            want = store.query_events(f, limit=2, offset=offset, order="-date")
            assert [e["event_id"] for e in events] == [e["event_id"] for e in want]
