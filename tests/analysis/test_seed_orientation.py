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
