"""``multivector events``: query the store and export events (table, JSONL, CSV, Parquet,
GDELT 2.0 TSV, PLOVER/POLECAT-style JSON)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import click

from multivector.cli.errors import check_output_file
from multivector.cli.options import db_option, default_db

__all__ = ["db_option", "default_db"]  # shared with the other store commands (cli.options)


def _filter_options(fn: Callable[..., Any], with_actors: bool) -> Callable[..., Any]:
    actor_options = [
        click.option("--actor", help="Source actor (country like KAZ, or a full code)."),
        click.option("--target", help="Target actor."),
        click.option("--dyad", help="Two actors, either direction: KAZ,RUS."),
    ]
    options = (actor_options if with_actors else []) + [
        click.option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive."),
        click.option("--until", help="Up to the end of this date, inclusive."),
        click.option("--cameo", help="CAMEO code prefix, e.g. 04 or 057 (comma for several)."),
        click.option("--plover", help="PLOVER event type, e.g. CONSULT."),
        click.option("--quad", help="Quad class 1-4 (comma for several)."),
        click.option("--text", "text_", help="Only events whose sentence matches this search."),
        click.option("--doc", "doc_id", help="Only this document's events."),
        click.option(
            "--status",
            default="accepted",
            show_default=True,
            type=click.Choice(["accepted", "pending", "rejected", "all"]),
            help="Document status to include.",
        ),
        click.option(
            "--include-not-events", is_flag=True, help="Include events marked not-an-event."
        ),
        click.option(
            "--one-a-day",
            is_flag=True,
            help="De-duplicate: one event per date, source, target and CAMEO code.",
        ),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The event filter options of ``events``."""
    return _filter_options(fn, with_actors=True)


def period_filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The filter options of the per-actor analyses (no --actor/--target/--dyad)."""
    return _filter_options(fn, with_actors=False)


def build_filter(**kw: Any):
    from multivector.store import EventFilter

    status = kw.get("status", "accepted")
    try:
        f = EventFilter(
            actor=kw.get("actor"),
            target=kw.get("target"),
            dyad=kw.get("dyad"),
            since=kw.get("since"),
            until=kw.get("until"),
            cameo=kw.get("cameo"),
            plover=kw.get("plover"),
            quad=kw.get("quad"),
            text=kw.get("text_"),
            doc_id=kw.get("doc_id"),
            status=None if status == "all" else status,
            include_not_events=bool(kw.get("include_not_events")),
            one_a_day=bool(kw.get("one_a_day")),
        )
        f.validate()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    return f


def open_store_or_fail(db: str, *, create: bool = True, writable: bool = False):
    """Open the store at ``db``; read commands pass ``create=False`` ("no store at PATH"),
    writers ``writable=True`` (a read-only store is refused before any work)."""
    from multivector.store import open_store
    from multivector.store.errors import StoreError

    try:
        store = open_store(db, create=create)
        if writable:
            store.check_writable()
        return store
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


FORMATS = ["table", "jsonl", "csv", "parquet", "gdelt", "plover"]


@click.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="At most this many events (default: all; table: 50).",
)
@click.option(
    "--order",
    type=click.Choice(["date", "-date", "doc", "goldstein", "-goldstein"]),
    default="date",
)
@click.option(
    "--out", "out", type=click.Path(dir_okay=False), help="Write to this file (parquet needs it)."
)
@click.option(
    "--gdelt-header", is_flag=True, help="gdelt: write a header line (GDELT's files have none)."
)
@click.option(
    "--gdelt-extra",
    is_flag=True,
    help="gdelt: append MV_EVENT_ID, MV_CORRECTED, MV_PLOVER, MV_SENTENCE after the 61 columns.",
)
@db_option
def events(
    fmt: str, limit: int | None, order: str, out: str | None, gdelt_header: bool,
    gdelt_extra: bool, db: str, **kw: Any,
) -> None:  # fmt: skip
    """Query stored events and print or export them.

    \b
    Examples:
      multivector events --dyad KAZ,RUS --since 1995 --until 2003
      multivector events --actor KAZ --cameo 04 --format csv --out kaz.csv
      multivector events --format gdelt --out events.tsv     # GDELT 2.0 event table columns
      multivector events --format plover --one-a-day         # POLECAT-style JSON lines
    """
    from multivector import formats as export

    f = build_filter(**kw)
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    check_output_file(out, "--out")
    store = open_store_or_fail(db, create=False)
    if fmt == "table" and limit is None:
        limit = 50
    rows = store.iter_events(f, limit=limit, order=order)
    if fmt == "parquet":
        n = export.write_parquet(rows, out)
        click.echo(f"wrote {n} events to {out}", err=True)
        return
    if fmt == "table":
        total = store.count_events(f)
        text = export.format_table(list(rows))
        _emit(
            text + f"\n{total if limit is None else min(total, limit)} of {total} events shown\n",
            out,
        )
        return
    writer = {
        "jsonl": export.write_jsonl,
        "csv": export.write_csv,
        "gdelt": functools.partial(export.write_gdelt, header=gdelt_header, extra=gdelt_extra),
        "plover": export.write_plover,
    }[fmt]
    if out:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            n = writer(rows, fh)
        click.echo(f"wrote {n} events to {out}", err=True)
    else:
        writer(rows, sys.stdout)


def _emit(text: str, out: str | None) -> None:
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
