"""``multivector code`` / ``explain`` / the spaCy component, end to end through the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from multivector.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Kazakhstan signed a trade agreement with China in May 2014.\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "n1", "date": "2022-06-15", "text": "Russia criticized Estonia on Monday."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "n2", "text": "Japan invested in Mongolia."}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage\xff\xfe")
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, ["code", "--workers", "1", *args])


def test_codes_a_mixed_batch_and_reports_the_bad_parts(corpus):
    result = run(str(corpus))
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    by_doc = {e["doc_id"] for e in events}
    assert {"n1", "n2"} <= by_doc and any(d.endswith("a") or "a.txt" in d or d == "a" for d in by_doc)
    [crit] = [e for e in events if e["doc_id"] == "n1"]
    assert crit["date"] == "2022-06-13" and crit["source"]["code"] == "RUS" and crit["target"]["code"] == "EST"
    assert "feed.jsonl:2" in result.stderr and "binary.txt" in result.stderr


def test_exit_status_is_nonzero_only_when_nothing_could_be_read(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = run(str(bad))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr


def test_csv_and_table_formats(corpus, tmp_path):
    out = tmp_path / "events.csv"
    result = run(str(corpus / "a.txt"), "--format", "csv", "--out", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and rows[0]["cameo"].startswith("057") and rows[0]["target_country"] == "CHN"
    table = run(str(corpus / "a.txt"), "--format", "table")
    assert "057" in table.stdout and "CHN" in table.stdout


def test_document_date_option_is_validated(corpus):
    result = run(str(corpus / "a.txt"), "--date", "yesterday")
    assert result.exit_code != 0 and "not a date" in result.output


def test_stdin_jsonl(corpus):
    line = json.dumps({"id": "s1", "text": "Germany condemned Russia."})
    result = CliRunner().invoke(main, ["code", "--workers", "1", "-"], input=line + "\n")
    assert result.exit_code == 0
    assert '"doc_id": "s1"' in result.stdout


def test_user_dictionary_adds_a_verb(tmp_path):
    d = tmp_path / "mine.yaml"
    d.write_text('events:\n  "042":\n    verbs: [parachute into]\n', encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Kazakh envoys parachuted into Kyrgyzstan.", encoding="utf-8")
    without = run(str(text))
    with_dict = run(str(text), "--dictionary", str(d))
    assert '"cameo": "042"' not in without.stdout
    assert '"cameo": "042"' in with_dict.stdout and "mine.yaml" in with_dict.stdout


def test_explain_prints_parse_and_reasons():
    result = CliRunner().invoke(main, ["explain", "Turkey wants to join the European Union."])
    assert result.exit_code == 0
    assert "join" in result.stdout and "not coded" in result.stdout


def test_strict_mode_keeps_a_subset_of_the_events(tmp_path):
    text = tmp_path / "news.txt"
    text.write_text(
        "Russia condemned the strike. Gunmen attacked a police post in Kano. Japan and Korea "
        "held talks on Monday. France urged Mali to hold elections.",
        encoding="utf-8",
    )

    def ids(*flags):
        result = CliRunner().invoke(main, ["code", "--workers", "1", *flags, str(text)])
        assert result.exit_code == 0, result.output
        return [json.loads(x)["event_id"] for x in result.stdout.splitlines() if x.startswith("{")]

    default, strict = ids(), ids("--strict")
    assert default and set(strict) <= set(default)


def test_ingest_strict_stores_a_subset_of_the_events(tmp_path, monkeypatch):
    import multivector.coding.coder as coder_module

    built = []

    class Recording(coder_module.Coder):
        def __init__(self, *args, **kwargs):
            built.append(kwargs.get("strict", False))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(coder_module, "Coder", Recording)
    text = tmp_path / "news.txt"
    text.write_text(
        "Russia condemned the strike. Gunmen attacked a police post in Kano. Japan and Korea "
        "held talks on Monday. France urged Mali to hold elections.",
        encoding="utf-8",
    )

    def stored(*flags):
        db = f"sqlite:///{tmp_path / ('s.db' if flags else 'd.db')}"
        args = ["ingest", "--workers", "1", "--db", db, "--no-progress", *flags, str(text)]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        result = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl"])
        return [json.loads(x)["event_id"] for x in result.stdout.splitlines() if x.startswith("{")]

    default, strict = stored(), stored("--strict")
    assert default and set(strict) <= set(default)
    assert built and built[-1] is True  # the stored events came from a strict coder


def test_spacy_component(coder):
    import multivector.coding.component  # noqa: F401  (registers the factory)

    nlp = coder.nlp
    name = "multivector_events"
    if name not in nlp.pipe_names:
        nlp.add_pipe(name, config={"date": "2013-09-07"})
    try:
        doc = nlp("Kazakhstan signed an agreement with China.")
        assert [e.cameo for e in doc._.events] == ["057"]
        from multivector.coding.token_index import USER_DATA_KEY

        assert USER_DATA_KEY not in doc.user_data  # the coder's working index is not left behind
    finally:
        nlp.remove_pipe(name)


def test_max_bytes_skips_larger_documents_and_says_so(tmp_path):
    from click.testing import CliRunner

    from multivector.cli import main

    path = tmp_path / "small.txt"
    path.write_text("Kazakhstan signed a treaty with Russia.", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", "--workers", "1", "--max-bytes", "10", str(path)])
    assert result.exit_code == 1  # nothing could be read
    assert "too large" in result.output and "the limit is 10" in result.output
    bad = CliRunner().invoke(main, ["code", "--max-bytes", "0", str(path)])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
