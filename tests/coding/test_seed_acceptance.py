"""Acceptance: the seed page, scored by the reference scorer in ../shared."""

from __future__ import annotations

import importlib.util
import json

import pytest

from multivector.ingest import read_inputs


@pytest.fixture(scope="module")
def seed_scores(shared_dir, coder, tmp_path_factory):
    seed = shared_dir / "seed" / "kazakhstan-foreign-policy.txt"
    gold_path = shared_dir / "seed" / "kazakhstan-foreign-policy.gold.jsonl"
    [doc] = [d for d in read_inputs([str(seed)])]
    [coded] = list(coder.code_documents([doc]))
    pred = [e.to_dict() for e in coded.events]
    spec = importlib.util.spec_from_file_location("score_events", shared_dir / "eval" / "score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return scorer.score(gold, pred), coded


def test_seed_recall_and_precision(seed_scores):
    (recall, precision, _f1, missed, extra), _ = seed_scores
    detail = [m["id"] for m in missed], [(e["source"]["code"], (e["target"] or {}).get("code"), e["cameo"], e["sentence"][:40]) for e in extra]
    assert recall >= 0.95, detail
    assert precision >= 0.95, detail


def test_seed_page_chrome_is_not_coded(seed_scores):
    _, coded = seed_scores
    assert not any("User Contributions" in s for _, _, s in coded.sentences)
    assert not any("Also read" in s for _, _, s in coded.sentences)


def test_every_seed_event_has_provenance(seed_scores):
    _, coded = seed_scores
    text = coded.document.text
    for e in coded.events:
        d = e.to_dict()
        # a dictionary pattern, or the classifier that proposed it (which says so)
        assert d["rule"].startswith(("verbs.yaml:", "model:event-classifier "))
        s0, s1 = d["spans"]["source"]
        v0, v1 = d["spans"]["verb"]
        assert text[s0:s1] == e.source.text
        assert text[v0:v1].split()[0] in e.verb_text
        assert e.sentence in text
