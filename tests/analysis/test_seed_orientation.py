"""End to end on the seed page: ingest it with the real coder, then ask for KAZ's orientation."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from multivector.analysis import orientation
from multivector.store import open_store
from multivector.store.ingest import ingest_documents

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, shared_dir, coder):
    from multivector.ingest import read_inputs

    seed = shared_dir / "seed" / "kazakhstan-foreign-policy.txt"
    url = f"sqlite:///{tmp_path_factory.mktemp('seed') / 'seed.db'}"
    store = open_store(url)
    stats = ingest_documents(store, read_inputs([str(seed)]), coder)
    assert stats.documents == 1 and stats.failed == 0
    store.close()
    return url


def test_seed_gives_a_multipolar_profile(seed_db):
    store = open_store(seed_db)
    (row,) = orientation(store, "KAZ")
    coop = {name: s.coop_events for name, s in row.poles.items()}
    assert all(n > 0 for n in coop.values()), coop  # cooperation with every default pole
    assert row.lean == "Russia"
    shares = {name: s.share for name, s in row.poles.items()}
    assert max(shares, key=shares.get) == "Russia"
    assert 0.3 < row.multipolarity < 1.0


def test_orient_command_prints_shares_and_index(seed_db):
    from multivector.cli import main

    runner = CliRunner()
    res = runner.invoke(main, ["orient", "KAZ", "--db", seed_db])
    assert res.exit_code == 0, res.output
    for word in ("West share", "Russia share", "China share", "multipolarity", "Russia"):
        assert word in res.output
    res = runner.invoke(main, ["orient", "KAZ", "--db", seed_db, "--json"])
    data = json.loads(res.output)
    assert data[0]["lean"] == "Russia"
    assert sum(p["share"] for p in data[0]["poles"].values()) == pytest.approx(1.0, abs=1e-3)


def test_seed_decade_events_are_not_placed_at_1990(seed_db):
    """The seed dates six events only to "the late 1990s" ("199"): by year they are counted
    as unplaced, never tabulated at 1990; by decade they are in the 1990s."""
    from multivector.cli import main

    runner = CliRunner()
    by_year = runner.invoke(main, ["series", "KAZ", "--by", "year", "--db", seed_db])
    assert by_year.exit_code == 0, by_year.output
    periods = [line.split()[0] for line in by_year.output.splitlines()[1:] if line[:1].isdigit()]
    assert "1990" not in periods
    assert "dated more vaguely than a year" in by_year.output
    by_decade = runner.invoke(
        main, ["series", "KAZ", "--by", "decade", "--format", "json", "--db", seed_db]
    )
    assert by_decade.exit_code == 0, by_decade.output
    decades = {p["period"] for p in json.loads(by_decade.stdout)}
    assert "1990s" in decades
    rows = orientation(open_store(seed_db), "KAZ", by="year")
    assert "1990" not in {r.period for r in rows}
