"""PLOVER gold-standard reader and scorer."""

from __future__ import annotations

import json
from pathlib import Path

from multivector.evaluation.gold import OLD_PLOVER_TYPES, read_plover_gsr
from multivector.evaluation.plover import score_plover


def write_records(path: Path) -> Path:
    records = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "about this file"},
        {"id": "r1", "event": "DEMAND", "text": "Freedonia demanded that Sylvania pay.",
         "source": [{"actorText": "Freedonia", "code": "FRE"}],
         "target": [{"actorText": "Sylvania", "code": "SYL"}], "date": "2000-01-01"},
        {"id": "r2", "event": "AGREE", "text": "Freedonian and Sylvanian ministers agreed.",
         "source": [{"actorText": "Freedonian", "code": "FRE"},
                    {"actorText": "Sylvanian", "code": "SYL"}], "target": None},
        {"id": "r3", "event": "FIGHT", "text": "Troops shelled the town.",
         "source": [{"actorText": "Troops", "code": "IGO"}], "target": []},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_reader_maps_old_type_names(tmp_path: Path):
    recs = read_plover_gsr(write_records(tmp_path / "gsr.txt"))
    assert [r.id for r in recs] == ["r1", "r2", "r3"]
    assert recs[0].event == "REQUEST" and recs[0].original_event == "DEMAND"
    assert recs[2].event == OLD_PLOVER_TYPES["FIGHT"] == "ASSAULT"
    assert recs[1].targets == () and len(recs[1].sources) == 2


def test_scoring(tmp_path: Path):
    recs = read_plover_gsr(write_records(tmp_path / "gsr.txt"))
    preds = [
        {"doc_id": "r1", "source": {"code": "FREGOV", "country": "FRE"},
         "target": {"code": "SYL", "country": "SYL"}, "plover": "REQUEST", "cameo": "100"},
        {"doc_id": "r2", "source": {"code": "SYL", "country": "SYL"}, "target": None,
         "plover": "AGREE", "cameo": "030"},
        {"doc_id": "r3", "source": {"code": "IGOUNO", "country": None}, "target": None,
         "plover": "COERCE", "cameo": "170"},
    ]
    report = score_plover(recs, preds)
    assert report.overall.gold == 3 and report.overall.gold_hit == 2
    assert report.overall.pred == 3 and report.overall.pred_hit == 2
    assert report.figures["event-type accuracy"] == 2 / 3
    assert report.categories["ASSAULT"].recall == 0.0
    assert len(report.misses) == 1 and report.misses[0].startswith("r3")


def test_reads_shared_gsr(shared_dir: Path):
    recs = read_plover_gsr(shared_dir / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt")
    assert len(recs) > 300
    types = {r.event for r in recs}
    assert not types & set(OLD_PLOVER_TYPES)
