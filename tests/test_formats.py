"""Every event format comes from the one declaration of the event's fields (model.EVENT_FIELDS),
and ``multivector code`` writes them without the store (no SQLAlchemy)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

from multivector import formats
from multivector.model import EVENT_FIELDS
from multivector.store.synthetic import make_event


def test_the_contract_is_the_declaration():
    ev = make_event("USRGOV", "KAZ", "042", date="1991-05-02")
    assert tuple(ev.to_dict()) == formats.CONTRACT_KEYS == tuple(f.name for f in EVENT_FIELDS)
    names = {f.name for f in EVENT_FIELDS}
    assert set(formats.FLAT_FIELDS) <= names


def test_flat_columns_and_csv():
    assert formats.CONTRACT_COLUMNS[:9] == (
        "event_id", "doc_id", "sentence_id", "date", "date_precision", "date_source",
        "source_code", "source_text", "source_country",
    )  # fmt: skip
    assert formats.FLAT_COLUMNS[-1] == "sentence"
    ev = make_event("KAZ", "RUS", "042", date="2001-11-05").to_dict()
    row = formats.flatten(ev)
    assert tuple(row) == formats.FLAT_COLUMNS
    assert row["source_code"] == "KAZ" and row["target_code"] == "RUS" and row["corrected"] is False
    out = io.StringIO()
    formats.write_csv([ev], out)
    assert next(csv.reader(io.StringIO(out.getvalue()))) == list(formats.FLAT_COLUMNS)


def test_gdelt_dates_follow_precision():
    def row(date):
        r = formats.gdelt_row(make_event("USRGOV", "KAZ", "042", date=date).to_dict())
        return dict(zip(formats.GDELT_COLUMNS, r, strict=True))

    day = row("1991-05-02")
    assert (day["SQLDATE"], day["MonthYear"], day["Year"]) == ("19910502", "199105", "1991")
    assert day["Actor1Type1Code"] == "GOV"  # USR is a country: the role follows it
    year = row("1991")
    assert (year["SQLDATE"], year["MonthYear"], year["Year"]) == ("", "", "1991")
    decade = row("199")
    assert (decade["SQLDATE"], decade["MonthYear"], decade["Year"]) == ("", "", "")


def test_arrow_schema_types():
    import pytest

    pa = pytest.importorskip("pyarrow")
    schema = formats.arrow_schema()
    assert schema.names == list(formats.FLAT_COLUMNS)
    assert schema.field("quad_class").type == pa.int64()
    assert schema.field("goldstein").type == pa.float64()
    assert schema.field("corrected").type == pa.bool_()


def test_code_never_imports_sqlalchemy(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Kazakhstan and Russia signed a treaty on Monday.", encoding="utf-8")
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from multivector.cli import main\n"
        f"r = CliRunner().invoke(main, ['code', '--no-model', '--workers', '1', {str(text)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert '\"cameo\"' in r.output, r.output\n"
        "import multivector.cli.code, multivector.formats, multivector.ingest\n"
        "import multivector.scale.parallel, multivector.coding.coder, multivector.petrarch\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')\n"
        "assert not bad, bad[:5]\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
