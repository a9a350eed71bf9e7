"""The spark-code and spark-load commands, end to end (real coder, local Spark)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from multivector.cli import main
from multivector.samples import sample_paths

pytestmark = [pytest.mark.spark, pytest.mark.slow]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-samples")
    for p in sample_paths():
        shutil.copy(p, root / p.name)
    return root


def test_spark_code_then_spark_load(spark, corpus, tmp_path):
    out, docs = tmp_path / "events", tmp_path / "docs"
    result = CliRunner().invoke(
        main, ["spark-code", str(corpus), str(out), "--documents", str(docs), "--batch-size", "4"]
    )
    assert result.exit_code == 0, result.output
    assert "not-english.txt: does not look like English" in result.stderr
    assert "1 skipped" in result.stderr
    assert list(out.glob("year=*/*.parquet"))
    [problem] = [
        json.loads(x)
        for p in (out / "_problems").glob("part-*")
        for x in p.read_text().splitlines()
    ]
    assert problem["name"].endswith("not-english.txt")

    # the same OUTPUT again without --overwrite is refused with a clear message
    again = CliRunner().invoke(main, ["spark-code", str(corpus), str(out)])
    assert again.exit_code != 0 and "already exists (use --overwrite)" in again.output

    db = tmp_path / "store.db"
    loaded = CliRunner().invoke(
        main,
        ["spark-load", str(docs), "--problems", str(out / "_problems"), "--db", f"sqlite:///{db}"],
    )
    assert loaded.exit_code == 0, loaded.output
    assert "failures recorded" in loaded.stderr and "stored 11 document(s)" in loaded.stderr


def test_spark_code_refuses_a_bad_date(corpus, tmp_path):
    result = CliRunner().invoke(
        main, ["spark-code", str(corpus), str(tmp_path / "o"), "--date", "May 1"]
    )
    assert result.exit_code == 2 and "not a date" in result.output


def test_spark_code_refuses_stdin_and_explains_a_missing_java(corpus, tmp_path, monkeypatch):
    result = CliRunner().invoke(main, ["spark-code", "-", str(tmp_path / "o")])
    assert result.exit_code == 2 and "not standard input" in result.output
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = CliRunner().invoke(main, ["spark-code", str(corpus), str(tmp_path / "o")])
    assert result.exit_code == 1 and "Spark needs Java" in result.output
