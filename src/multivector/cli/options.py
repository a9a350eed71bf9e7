"""The command line's shared vocabulary: one ``--db`` option for every command that opens a
store, and one ``--format`` (with ``--json`` as its alias) for every command that prints data.

Nothing here imports the store: ``multivector code`` loads this module too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

import click

#: The store used when neither ``--db`` nor ``$MULTIVECTOR_DB`` names one (as the store's own
#: default, ``multivector.store.core.DEFAULT_URL``; a test keeps the two equal).
DEFAULT_DB = "sqlite:///multivector.db"


def default_db() -> str:
    """``$MULTIVECTOR_DB``, else :data:`DEFAULT_DB`."""
    return os.environ.get("MULTIVECTOR_DB") or DEFAULT_DB


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db URL``: the store to read or write (every command that opens a store)."""
    return click.option(
        "--db",
        "db",
        default=default_db,
        show_default="$MULTIVECTOR_DB or sqlite:///multivector.db",
        help="Store URL: sqlite:///FILE, a file path, or postgresql://user@host/db.",
    )(fn)


def format_options(
    choices: Sequence[str] = ("table", "json"), default: str = "table"
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` (one of ``choices``, as ``fmt``) and, when JSON is among them, ``--json``
    (as ``as_json``) as an alias for ``--format json``: see :func:`output_format`."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        if "json" in choices:
            fn = click.option("--json", "as_json", is_flag=True,
                              help="The same as --format json.")(fn)  # fmt: skip
        return click.option(
            "--format", "fmt", type=click.Choice(list(choices)), default=default,
            show_default=True, help="Output format.",
        )(fn)  # fmt: skip

    return decorate


def output_format(fmt: str, as_json: bool = False) -> str:
    """The format a command prints in: ``json`` when ``--json`` was given, else ``--format``."""
    return "json" if as_json else fmt
