"""Migration 0003: stores written before issue 10 lose the decade's first year and learn CAMEO's
historical countries."""

from __future__ import annotations

import sqlalchemy as sa

from multivector.store import open_store
from multivector.store import schema as S
from multivector.store.synthetic import coded_document, make_event


def test_old_rows_are_fixed(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}")
    events = [make_event("KAZ", "RUS", "057", date="199"), make_event("USRGOV", "KAZ", "057")]
    for i, ev in enumerate(events):
        ev.sentence_id = i
    events[1].source.country = None
    store.add_coded_documents([coded_document("doc", events)])
    e = S.events
    with store.engine.begin() as conn:  # as a store written before issue 10 held them
        conn.execute(sa.update(e).where(e.c.date == "199").values(year=1990))
        conn.execute(sa.update(e).where(e.c.source_code == "USRGOV")
                     .values(source_country=None, source_root="USRGOV"))  # fmt: skip
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0002_community'"))
    store.migrate()
    with store.engine.connect() as conn:
        rows = {r.source_code: r for r in conn.execute(sa.select(e))}
    assert rows["KAZ"].year is None
    assert (rows["USRGOV"].source_country, rows["USRGOV"].source_root) == ("USR", "USR")
    store.close()
