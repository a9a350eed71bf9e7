"""Bad input to the news commands ends with a one-line error (exit 1 or 2), never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from multivector.cli import main


@pytest.mark.parametrize("args", [
    ["fetch", "not-a-url-or-file"],
    ["fetch", "ftp://example.org/feed"],
    ["fetch", "--workers", "0", "http://example.org/"],
    ["fetch", "--interval", "-1", "http://example.org/"],
    ["fetch", "--max-bytes", "abc", "http://example.org/"],
    ["watch", "missing.yaml"],
    ["watch", "{bad}"],
    ["sources", "--format", "xml"],
    ["documents", "--format", "xml"],
    ["archive", "export"],
    ["archive", "export", "--warc", "{dir}"],
])  # fmt: skip
def test_bad_input_is_refused_cleanly(tmp_path, args):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: no url\n")
    args = [a.replace("{bad}", str(bad)).replace("{dir}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, [*args, "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_read_commands_on_a_missing_store(tmp_path):
    for args in (["sources"], ["documents"], ["archive", "export", "--warc", str(tmp_path / "o.warc")]):
        result = CliRunner().invoke(main, [*args, "--db", str(tmp_path / "none.db")])
        assert result.exit_code == 1 and "no store at" in result.output
        assert not (tmp_path / "none.db").exists()
