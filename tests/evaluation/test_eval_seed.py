"""The seed-format scorer: matching semantics, and agreement with the reference scorer."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

from click.testing import CliRunner

from multivector.cli import main
from multivector.evaluation.gold import SeedGold, read_seed_gold, seed_text_path
from multivector.evaluation.seed import assign, gold_matches, score_seed

SENT = "Freedonia sent envoys to Sylvania in 1933."


def ev(source, target, cameo, sentence=SENT, date=None):
    return {"sentence": sentence, "source": source, "target": target, "cameo": cameo, "date": date}


def g(**kw):
    base = dict(id="x", sentence="sent envoys", source="FRE", target="SYL", cameo=("04",))
    base.update(kw)
    return SeedGold(**base)


def test_code_prefix_and_country_keys():
    assert gold_matches(g(), ev({"code": "FREGOV", "country": "FRE"}, {"code": "SYL"}, "042"))
    assert not gold_matches(g(), ev({"code": "FREGOV", "country": "FRE"}, {"code": "SYL"}, "057"))
    # no country: the first three upper-case letters of the code stand in
    assert gold_matches(g(), ev("FREGOV", "SYL", "042"))
    # an organisation tag matches inside a longer code, but not inside a 3-letter one
    assert gold_matches(g(source="UNO"), ev({"code": "IGOUNO"}, "SYL", "042"))
    assert not gold_matches(g(source="FR"), ev({"code": "FRE"}, "SYL", "042"))
    assert not gold_matches(g(), ev({"code": "XYZ", "country": "ABC"}, "SYL", "042"))


def test_wildcards_lists_dates_symmetry():
    assert gold_matches(g(target="*"), ev("FRE", None, "042"))
    assert gold_matches(g(target=["XXX", "SYL"]), ev("FRE", "SYL", "042"))
    assert not gold_matches(g(date="1934"), ev("FRE", "SYL", "042", date="1933-05"))
    assert gold_matches(g(date=["1934", "1933"]), ev("FRE", "SYL", "042", date="1933-05"))
    assert not gold_matches(g(date="1933"), ev("FRE", "SYL", "042", date=None))
    assert not gold_matches(g(), ev("SYL", "FRE", "042"))
    assert gold_matches(g(symmetric=True), ev("SYL", "FRE", "042"))
    assert not gold_matches(g(sentence="other words"), ev("FRE", "SYL", "042"))


def test_required_lines_claim_events_first():
    optional = g(id="opt", required=False)
    required = g(id="req")
    pairs = assign([optional, required], [ev("FRE", "SYL", "042")])
    assert pairs == {1: 0}
    report = score_seed([optional, required], [ev("FRE", "SYL", "042"), ev("FRE", "SYL", "190")])
    assert report.overall.recall == 1.0
    assert report.overall.precision == 0.5
    assert len(report.extras) == 1 and "190" in report.extras[0]


def test_text_path_beside_gold(tmp_path: Path):
    assert seed_text_path(tmp_path / "doc.gold.jsonl") == tmp_path / "doc.txt"


def _reference_scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("score_events", shared_dir / "eval" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _perturbed_predictions(gold_lines: list[dict], seed: int) -> list[dict]:
    """Events derived from the gold, some right, some wrong, some dropped, some duplicated."""
    rnd = random.Random(seed)
    preds = []
    for line in gold_lines:
        roll = rnd.random()
        if roll < 0.2:
            continue
        src = line["source"] if isinstance(line["source"], str) else line["source"][0]
        tgt = line["target"] if isinstance(line["target"], str) else line["target"][0]
        src = "XYZ" if src == "*" else src
        tgt = None if tgt == "*" else tgt
        code = line["cameo"][0] + "1" if rnd.random() < 0.5 else line["cameo"][0]
        if roll > 0.85:
            code = "190"  # wrong code
        date = line.get("date")
        date = date[0] if isinstance(date, list) else date
        if rnd.random() < 0.1:
            date = "1800"
        source = rnd.choice([{"code": src + "GOV", "country": src}, src, {"code": src}])
        target = {"code": tgt, "country": tgt} if tgt and rnd.random() < 0.5 else tgt
        if rnd.random() < 0.2:
            source, target = target, source
        pred = {"sentence": "Context. " + line["sentence"] + " More.", "source": source,
                "target": target, "cameo": code, "date": date}
        preds.append(pred)
        if rnd.random() < 0.15:
            preds.append(dict(pred))
    return preds


def test_agrees_with_reference_scorer(shared_dir: Path):
    ref = _reference_scorer(shared_dir)
    gold_path = shared_dir / "seed" / "kazakhstan-foreign-policy.gold.jsonl"
    gold_lines = ref.load(str(gold_path))
    ours_gold = read_seed_gold(gold_path)
    for seed in range(25):
        preds = _perturbed_predictions(gold_lines, seed)
        recall, precision, f1, missed, unmatched = ref.score(gold_lines, preds)
        report = score_seed(ours_gold, preds)
        assert abs(report.overall.recall - recall) < 1e-12, seed
        assert abs(report.overall.precision - precision) < 1e-12, seed
        assert abs(report.overall.f1 - f1) < 1e-12, seed
        assert len(report.misses) == len(missed)
        assert len(report.extras) == len(unmatched)


def test_cli_with_injected_predictions(shared_dir: Path, tmp_path: Path):
    ref = _reference_scorer(shared_dir)
    gold_path = shared_dir / "seed" / "kazakhstan-foreign-policy.gold.jsonl"
    preds = _perturbed_predictions(ref.load(str(gold_path)), 7)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    report_path = tmp_path / "report.json"
    result = CliRunner().invoke(
        main, ["eval", str(gold_path), "--predictions", str(pred_path), "--report", str(report_path)]
    )
    assert result.exit_code == 0, result.output
    recall, precision, _, missed, unmatched = ref.score(ref.load(str(gold_path)), preds)
    last = result.stdout.strip().splitlines()[-1]
    assert f"recall {recall:.3f}" in last and f"precision {precision:.3f}" in last
    assert result.output.count("missed  ") == len(missed)
    assert result.output.count("extra   ") == len(unmatched)
    data = json.loads(report_path.read_text(encoding="utf-8"))
    assert data["format"] == "seed" and len(data["misses"]) == len(missed)


def test_cli_rejects_bad_gold(tmp_path: Path):
    bad = tmp_path / "bad.gold.jsonl"
    bad.write_text('{"id": "a", "sentence": "x"}\n', encoding="utf-8")
    pred = tmp_path / "p.jsonl"
    pred.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad), "--predictions", str(pred)])
    assert result.exit_code != 0
    assert "bad.gold.jsonl:1" in result.output and "missing" in result.output
