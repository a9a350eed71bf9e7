"""Issue 13, finding 4: bad option values and store faults are one-line errors (exit 2 for
usage, 1 for faults), checked before the model loads, never a traceback."""

from __future__ import annotations

import json
import sqlite3

import pytest
from cli_helpers import assert_clean_failure, forbid_model, tiny_store, use_fake_coder
from click.testing import CliRunner

from multivector.cli import main


@pytest.fixture()
def db(tmp_path):
    return tiny_store(tmp_path / "tiny.db")


@pytest.fixture()
def text_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Kazakhstan signed a trade agreement with China.\n", encoding="utf-8")
    return str(p)


def invoke(*args: str, **kw):
    return CliRunner().invoke(main, list(args), **kw)


BAD_CODE_OPTIONS = [
    (["--date", "garbage"], "not a date"),
    (["--date", "2024-02-30"], "not a date"),
    (["--batch-size", "0"], "--batch-size"),
    (["--batch-size", "-3"], "--batch-size"),
    (["--workers", "0"], "--workers"),
    (["--workers", "-1"], "--workers"),
    (["--workers", "two"], "--workers"),
    (["--out", "/no/such/dir/events.jsonl"], "no directory"),
]


@pytest.mark.parametrize(("args", "says"), BAD_CODE_OPTIONS)
def test_code_refuses_bad_options_before_loading_the_model(monkeypatch, text_file, args, says):
    forbid_model(monkeypatch)
    result = invoke("code", text_file, *args)
    assert_clean_failure(result, 2)
    assert says in result.output


@pytest.mark.parametrize(("args", "says"), BAD_CODE_OPTIONS[:7])
def test_ingest_refuses_bad_options_before_loading_the_model(
    monkeypatch, tmp_path, text_file, args, says
):
    forbid_model(monkeypatch)
    db_path = tmp_path / "new.db"
    result = invoke("ingest", text_file, "--db", str(db_path), *args)
    assert_clean_failure(result, 2)
    assert says in result.output
    assert not db_path.exists(), "a refused command must not create the store"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--text", "*"], "nothing to search for"),
        (["--text", '""'], "nothing to search for"),
        (["--cameo", "04-1"], "not a CAMEO code"),
        (["--cameo", "abc"], "not a CAMEO code"),
        (["--quad", "5"], "quad class"),
        (["--quad", "x"], "quad class"),
        (["--since", "garbage"], "not a date"),
        (["--dyad", "KAZ"], "dyad"),
        (["--limit", "-1"], "--limit"),
        (["--format", "parquet"], "--out"),
        (["--out", "/no/such/dir/e.csv", "--format", "csv"], "no directory"),
    ],
)
def test_events_refuses_bad_values(db, args, says):
    result = invoke("events", "--db", db, *args)
    assert_clean_failure(result, 2)
    assert says in result.output


def test_limit_zero_is_allowed_and_the_footer_is_honest(db):
    result = invoke("events", "--db", db, "--limit", "0")
    assert result.exit_code == 0, result.output
    assert "0 of 12 events shown" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["report", "KAZ", "--out", "/no/such/dir/r.html"],
        ["report", "KAZ", "--max-events", "-1"],
        ["partners", "KAZ", "--top", "-2"],
        ["orient", "KAZ", "--cameo", "x1"],
        ["series", "KAZ,RUS,CHN"],
    ],
)
def test_analysis_commands_refuse_bad_values(db, tmp_path, args):
    result = invoke(*args, "--db", db)
    assert_clean_failure(result, 2)
    assert not list(tmp_path.glob("*.html"))


def _readonly_url(path) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def test_ingest_into_a_read_only_store_is_one_line_without_document_text(monkeypatch, tmp_path, db):
    forbid_model(monkeypatch)  # refused before the model loads
    secret = "KAZ 042 RUS and the whole secret text of the document"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "s1", "text": secret}) + "\n", encoding="utf-8")
    result = invoke("ingest", str(feed), "--db", _readonly_url(tmp_path / "tiny.db"))
    assert_clean_failure(result, 1)
    assert "cannot write to the store" in result.output and "readonly" in result.output
    assert "secret" not in result.output and "INSERT" not in result.output


def test_a_write_that_fails_later_is_one_line_without_document_text(monkeypatch, tmp_path, db):
    """The store turns read-only after the check (e.g. a full disk): still one line."""
    from multivector.store.core import Store

    use_fake_coder(monkeypatch)
    monkeypatch.setattr(Store, "check_writable", lambda self: None)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "s1", "text": "the secret text"}) + "\n", encoding="utf-8")
    result = invoke("ingest", str(feed), "--db", _readonly_url(tmp_path / "tiny.db"))
    assert_clean_failure(result, 1)
    assert "store error: attempt to write a readonly database" in result.output
    assert "secret" not in result.output and "INSERT" not in result.output


def test_a_read_only_store_is_readable(tmp_path, db):
    result = invoke("events", "--db", _readonly_url(tmp_path / "tiny.db"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 12


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
    reason="file permissions do not bind root",
)
def test_a_store_file_without_write_permission_is_readable(tmp_path, db):
    path = tmp_path / "tiny.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.chmod(0o444)
    try:
        result = invoke("events", "--db", str(path), "--format", "jsonl")
        assert result.exit_code == 0, result.output
    finally:
        path.chmod(0o644)


def _damage(path, start_fraction: float = 0.3, end_fraction: float = 0.9) -> None:
    data = bytearray(path.read_bytes())
    lo, hi = int(len(data) * start_fraction), int(len(data) * end_fraction)
    data[lo:hi] = b"\xa5" * (hi - lo)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["events", "--format", "jsonl"], ["orient", "KAZ"]])
def test_a_damaged_store_is_a_one_line_fault(tmp_path, command):
    path = tmp_path / "big.db"
    from multivector.store import open_store
    from multivector.store.synthetic import synthetic_corpus

    store = open_store(str(path))
    store.add_coded_documents(synthetic_corpus(60, events_per_document=10))
    store.close()
    with sqlite3.connect(path) as conn:  # fold the WAL in, so the damage hits the data
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(path)
    result = invoke(*command, "--db", str(path))
    assert_clean_failure(result, 1)
    assert "malformed" in result.output or "not a database" in result.output


@pytest.mark.parametrize("content", [b"", b"garbage, not SQLite\n" * 10])
def test_a_file_that_is_not_a_store(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    result = invoke("events", "--db", str(path))
    assert_clean_failure(result, 1)


def test_an_unreachable_server_hides_the_password():
    result = invoke("events", "--db", "postgresql://me:hunter2@127.0.0.1:9/nothing")
    assert_clean_failure(result, 1)
    assert "hunter2" not in result.output and "cannot open store" in result.output


def test_a_stopped_run_exits_with_128_plus_the_signal():
    import signal

    from multivector.cli.errors import run_guarded
    from multivector.scale.parallel import CodingStopped

    def stopped():
        raise CodingStopped(signal.SIGTERM)

    with pytest.raises(SystemExit) as exit_:
        run_guarded(stopped)
    assert exit_.value.code == 128 + signal.SIGTERM


def test_an_unexpected_error_is_one_line_unless_debugging(monkeypatch):
    import click

    from multivector.cli.errors import run_guarded

    def broken():
        raise RuntimeError("something odd\nsecond line")

    monkeypatch.delenv("MULTIVECTOR_DEBUG", raising=False)
    with pytest.raises(click.ClickException) as err:
        run_guarded(broken)
    assert err.value.message.startswith("internal error: RuntimeError: something odd")
    assert "second line" not in err.value.message
    monkeypatch.setenv("MULTIVECTOR_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run_guarded(broken)


def test_an_unwritable_output_is_one_line(tmp_path, db):
    out = tmp_path / "dir-not-file"
    out.mkdir()
    result = invoke("events", "--db", db, "--format", "csv", "--out", str(out))
    assert_clean_failure(result, 2)
    assert "is a directory" in result.output


def test_one_cli_vocabulary():
    """One --db for every command that opens a store; --format (and --json) where data prints."""
    from multivector.cli import COMMANDS, main
    from multivector.cli.options import DEFAULT_DB
    from multivector.store.core import DEFAULT_URL

    assert DEFAULT_DB == DEFAULT_URL
    store_commands = {"create-admin", "events", "ingest", "orient", "partners", "report",
                      "series", "serve", "spark-load", "users"}  # fmt: skip
    helps = {}
    for name in store_commands:
        cmd = main.get_command(None, name)
        db = [p for p in cmd.params if p.name == "db"]
        assert db and db[0].opts == ["--db"], name
        helps[name] = db[0].help
    assert len(set(helps.values())) == 1, helps
    for name in ("orient", "series", "partners", "users"):
        cmd = main.get_command(None, name)
        opts = {o for p in cmd.params for o in p.opts}
        assert {"--format", "--json"} <= opts, name
    assert set(COMMANDS) >= store_commands


def test_cli_errors_does_not_import_the_store():
    import ast
    from pathlib import Path

    import multivector.cli.errors as errors

    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert not {m for m in imported if m and ("sqlalchemy" in m or "multivector.store" in m)}


def test_users_prints_json(tmp_path):
    import json

    from click.testing import CliRunner

    from multivector.cli import main

    db = f"sqlite:///{tmp_path / 'users.db'}"
    runner = CliRunner()
    made = runner.invoke(main, ["create-admin", "--db", db, "ada", "--password-stdin"],
                         input="a long enough password\n")  # fmt: skip
    assert made.exit_code == 0, made.output
    listed = runner.invoke(main, ["users", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout) == [{"username": "ada", "role": "admin", "active": True}]
    table = runner.invoke(main, ["users", "--db", db, "--format", "table"])
    assert table.stdout.split() == ["ada", "admin", "active"]
