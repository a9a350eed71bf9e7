"""With the real coder: the CLI's output is the same with 1 or 2 workers, and on Spark."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from multivector.cli import main
from multivector.samples import sample_paths

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("samples")
    for p in sample_paths():
        shutil.copy(p, root / p.name)
    (root / "extra.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Japan provided aid to Nepal.", "date": "2015-05-01"})
        + "\n{broken\n"
        + json.dumps({"id": "x3", "title": "no text"})
        + "\n"
    )
    return root


def cli_code(*args: str) -> tuple[list[dict], list[str]]:
    result = CliRunner().invoke(main, ["code", *args])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    return events, skipped


@pytest.fixture(scope="module")
def cli_one_worker(corpus):
    return cli_code(str(corpus), "--workers", "1")


def test_two_workers_give_the_one_worker_output(corpus, cli_one_worker):
    events, skipped = cli_one_worker
    assert events, "the coder found no events in the sample corpus"
    assert len(skipped) == 3  # not-english.txt, extra.jsonl:2 and :3
    assert cli_code(str(corpus), "--workers", "2", "--batch-size", "2") == (events, skipped)


@pytest.mark.spark
def test_spark_output_equals_cli_output(spark, corpus, cli_one_worker, tmp_path):
    from multivector.scale.spark import read_spark_events, spark_code

    events, skipped = cli_one_worker
    out = tmp_path / "events"
    stats = spark_code(spark, [str(corpus)], str(out), batch_size=4)
    got = read_spark_events(spark, str(out))

    def key(e):
        return (e["doc_id"], e["sentence_id"], e["event_id"])

    assert sorted(got, key=key) == sorted(events, key=key)
    problems = [
        json.loads(line)
        for part in (out / "_problems").glob("part-*")
        for line in part.read_text().splitlines()
    ]
    assert sorted(f"skipped {p['name']}: {p['reason']}" for p in problems) == sorted(skipped)
    assert stats.problems == 3 and stats.events == len(events)
