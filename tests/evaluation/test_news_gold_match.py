"""Matching coded events against gold lines of our news-gold format (evaluation/news_gold.py)."""

from __future__ import annotations

import json

from multivector.evaluation.news_gold import actor_fits, line_fits, matched_events, read_batch


def _event(source="FRA", target="DEU", cameo="0421", date="2024-05-02", sentence="A met B."):
    return {"sentence": sentence, "source": {"code": source, "country": source[:3]},
            "target": None if target is None else {"code": target, "country": target[:3]},
            "cameo": cameo, "date": date}  # fmt: skip


def _line(**kw):
    line = {"id": "x", "sentence": "met B", "source": "FRA", "target": "DEU", "cameo": ["042"],
            "date": None, "required": True}  # fmt: skip
    line.update(kw)
    return line


def test_actor_tags_match_country_code_or_organisation_inside_the_code():
    assert actor_fits("FRA", {"code": "FRAGOV", "country": "FRA"})
    assert actor_fits("EEC", {"code": "IGOEUREEC", "country": None})
    assert not actor_fits("DEU", {"code": "FRAGOV", "country": "FRA"})
    assert actor_fits(["DEU", "FRA"], "FRAMIL")
    assert actor_fits("*", None) and not actor_fits("FRA", None)


def test_a_line_wants_its_sentence_code_prefix_date_and_actors():
    assert line_fits(_line(), _event())
    assert not line_fits(_line(sentence="signed"), _event())
    assert not line_fits(_line(cameo=["043"]), _event())
    assert line_fits(_line(date="2024-05"), _event())
    assert not line_fits(_line(date=["2024-04", "2023"]), _event())
    assert not line_fits(_line(date="2024"), _event(date=None))
    assert not line_fits(_line(), _event(source="DEU", target="FRA"))
    assert line_fits(_line(symmetric=True), _event(source="DEU", target="FRA"))
    assert line_fits(_line(target="*"), _event(target=None))


def test_each_event_answers_one_line_and_required_lines_choose_first():
    optional = _line(id="o", required=False, cameo=["04"])
    required = _line(id="r")
    events = [_event(), _event(cameo="040")]
    assert matched_events([optional, required], events) == {0, 1}
    assert matched_events([optional, required], events[:1]) == {0}  # the required line took it
    assert matched_events([required], [_event(), _event()]) == {0}  # a duplicate is not right


def test_read_batch_reads_text_date_and_lines(tmp_path):
    batch = tmp_path / "batch99"
    batch.mkdir()
    (batch / "a.txt").write_text("A met B.\n", encoding="utf-8")
    (batch / "a.date").write_text("2024-05-02\n", encoding="utf-8")
    (batch / "a.gold.jsonl").write_text(json.dumps(_line()) + "\n\n", encoding="utf-8")
    [article] = read_batch(batch)
    assert (article.name, article.date, len(article.lines)) == ("batch99/a", "2024-05-02", 1)
