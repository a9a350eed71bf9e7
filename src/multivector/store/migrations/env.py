"""Alembic environment for the multivector store.

:func:`multivector.store.open_store` runs migrations programmatically and passes its own
connection in ``config.attributes["connection"]``; running ``alembic`` by hand works too with
``-x url=sqlite:///multivector.db`` or ``sqlalchemy.url`` in an ini file.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

config = context.config


def _run(connection) -> None:
    context.configure(connection=connection, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("no database URL: pass -x url=... or set sqlalchemy.url")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
