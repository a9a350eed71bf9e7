"""The community tables have one runtime definition (store/community_schema.py); the migration
0002_community is their history. Alembic's autogenerate comparison finds no difference."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from multivector.store import open_store
from multivector.store.community_schema import metadata


def _diff(store) -> list:
    names = set(metadata.tables)

    def include(obj, name, kind, reflected, compare_to) -> bool:
        table = obj if kind == "table" else getattr(obj, "table", None)
        return (name if kind == "table" else getattr(table, "name", None)) in names

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "compare_server_default": True, "include_object": include},
        )
        return compare_metadata(ctx, metadata)


def test_migrated_schema_matches_runtime_tables(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        assert _diff(store) == []
    finally:
        store.close()


def test_web_uses_the_store_tables():
    from multivector.store import community as store_community
    from multivector.web import community as web_community

    assert web_community.metadata is metadata
    assert issubclass(web_community.Community, store_community.Community)
