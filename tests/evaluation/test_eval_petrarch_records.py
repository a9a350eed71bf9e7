"""PETRARCH validation XML reader and record scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from multivector.evaluation.gold import GoldFormatError, Triple, read_petrarch_records
from multivector.evaluation.petrarch_suite import score_petrarch

XML = """<Validation>
<Environment>
  <Verbfile>v.txt</Verbfile>
  <Actorfile>a.txt</Actorfile>
</Environment>
<Sentences>
<Sentence date="20010203" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="FRE" targetcode="SYL" eventcode="042"></EventCoding>
<EventCoding sourcecode="SYL" targetcode="FRE" eventcode="043"></EventCoding>
<Text>
Freedonia   visited
Sylvania.
</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20010203" id="T-2" category="VERB" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20010203" id="T-3" category="VERB" sentence="false">
<EventCoding error="storydiscard"></EventCoding>
<Text>Ignored.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_reader(tmp_path: Path):
    path = tmp_path / "suite.xml"
    path.write_text(XML, encoding="utf-8")
    suite = read_petrarch_records(path)
    assert suite.verbfile == "v.txt" and suite.actorfiles == ["a.txt"]
    r1, r2, r3 = suite.records
    assert r1.text == "Freedonia visited Sylvania." and r1.date == "2001-02-03"
    assert r1.expected == {Triple("FRE", "SYL", "042"), Triple("SYL", "FRE", "043")}
    assert r1.options.get("require_dyad") is None and r2.options["require_dyad"] == "false"
    assert r2.expected == frozenset() and not r3.active and r3.error == "storydiscard"
    with pytest.raises(GoldFormatError, match="dictionaries"):
        suite.dictionary_paths()


def test_scoring(tmp_path: Path):
    path = tmp_path / "suite.xml"
    path.write_text(XML, encoding="utf-8")
    records = read_petrarch_records(path).records
    preds = [
        {"doc_id": "T-1", "source": {"code": "FRE"}, "target": {"code": "SYL"}, "cameo": "042"},
        {"doc_id": "T-1", "source": {"code": "FRE"}, "target": None, "cameo": "010"},  # no dyad
        {"doc_id": "T-2", "source": {"code": "FRE"}, "target": None, "cameo": "010"},
    ]
    report = score_petrarch(records, preds, deliberate={"T-2": "we code this"})
    assert report.records.total == 2 and report.records.passed == 0
    assert report.overall.gold == 2 and report.overall.gold_hit == 1
    # T-1's dyad-less event is dropped (require_dyad on); T-2's is kept (require_dyad off)
    assert report.overall.pred == 2
    assert any("deliberate: we code this" in f for f in report.failed_records)
    preds.append({"doc_id": "T-1", "source": "SYL", "target": "FRE", "cameo": "043"})
    report = score_petrarch(records, preds[:1] + preds[3:])
    assert report.record_categories["DEMO"].passed == 1


def test_reads_shared_suite(shared_dir: Path):
    suite = read_petrarch_records(shared_dir / "benchmarks" / "petrarch2" / "PETR.UnitTest.records.xml")
    active = [r for r in suite.records if r.active]
    assert len(suite.records) == 284 and len(active) == 279
    assert {p.name for p in suite.dictionary_paths()} >= {"PETR.Validate.verbs.txt",
                                                          "PETR.Validate.actors.txt"}


def test_deliberate_failures_have_reasons():
    from multivector.evaluation.deliberate import load_deliberate

    reasons = load_deliberate()
    assert reasons and all(len(r) > 30 for r in reasons.values())


def test_bad_input_names_the_file(tmp_path: Path):
    bad = tmp_path / "broken.xml"
    bad.write_text("<Validation><Sentences><Sentence id='x'>\n</Validation>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"broken.xml:\d+: not well-formed"):
        read_petrarch_records(bad)
    other = tmp_path / "other.xml"
    other.write_text("<Other/>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="expected <Validation>"):
        read_petrarch_records(other)
    empty = tmp_path / "empty.xml"
    empty.write_text("<Validation><Sentences><Sentence id='E-1' category='X'>"
                     "<Text> </Text></Sentence></Sentences></Validation>", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="record E-1 has no <Text>"):
        read_petrarch_records(empty)


def test_cli_scores_injected_predictions(tmp_path: Path):
    import json

    from click.testing import CliRunner

    from multivector.cli import main

    path = tmp_path / "suite.xml"
    path.write_text(XML, encoding="utf-8")
    preds = tmp_path / "p.jsonl"
    preds.write_text(
        json.dumps({"doc_id": "T-1", "source": {"code": "FRE"}, "target": {"code": "SYL"},
                    "cameo": "042"}) + "\n"
        + json.dumps({"doc_id": "T-1", "source": {"code": "SYL"}, "target": {"code": "FRE"},
                      "cameo": "043"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    assert "records correct 2 of 2" in result.stdout


@pytest.mark.slow
def test_petrarch_dictionaries_are_coded_without_the_classifier_by_default(shared_dir):
    from multivector.evaluation.runner import build_coder

    d = shared_dir / "benchmarks" / "petrarch2" / "dictionaries"
    paths = sorted(d.glob("PETR.Validate.*"))
    coder = build_coder(paths, "petrarch", replace=True)
    inner = getattr(coder, "coder", coder)
    assert inner.second_opinion is None
