"""CAMEO's historical country codes work end to end: a correction to ``USRGOV`` made through the
API is stored with country ``USR`` and counts for ``USR`` in ``events`` and ``orient``."""

from __future__ import annotations

import json

from click.testing import CliRunner
from test_web_api import token_for

from multivector.actors import country_name, country_of
from multivector.cli import main


def test_correction_to_a_soviet_code_counts_for_usr(client, store):
    cora, mod = token_for(client, "cora"), token_for(client, "mod")
    events = client.get("/api/v1/events", params={"actor": "KAZ", "target": "CHN"}).json()
    ev = events["events"][0]
    r = client.post(
        f"/api/v1/events/{ev['event_id']}/corrections",
        headers=cora,
        json={"changes": {"source": "USRGOV"}, "reason": "the Soviet government, not Kazakhstan"},
    )
    assert r.status_code == 201, r.text
    r = client.post(
        f"/api/v1/moderation/correction/{r.json()['id']}",
        headers=mod,
        json={"decision": "accept", "reason": "right"},
    )
    assert r.status_code == 200, r.text
    after = client.get(f"/api/v1/events/{ev['event_id']}").json()
    assert after["source"]["code"] == "USRGOV" and after["source"]["country"] == "USR"

    db = store.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    listed = runner.invoke(main, ["events", "--actor", "USR", "--format", "jsonl", "--db", db])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert [r["event_id"] for r in rows] == [ev["event_id"]]
    oriented = runner.invoke(main, ["orient", "USR", "--format", "json", "--db", db])
    assert oriented.exit_code == 0, oriented.output
    (row,) = json.loads(oriented.stdout)
    china = row["poles"]["China"]
    assert china["coop_events"] + china["conflict_events"] == 1


def test_historical_codes_are_countries():
    assert country_of("USRGOV") == "USR" and country_of("YUGMIL") == "YUG"
    assert country_of("IGOEUREEC") is None
    assert {country_name(c) for c in ("USR", "CSK", "DDR")} == {
        "Soviet Union", country_name("CSK"), country_name("DDR")
    }
    assert all(country_name(c) for c in ("USR", "YUG", "CSK", "DDR", "SCG", "KSV"))
