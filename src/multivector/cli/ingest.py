"""``multivector ingest``: code documents and store them (idempotent, resumable)."""

from __future__ import annotations

import sys
import time

import click

from multivector.cli.code import (
    DEFAULT_MAX_BYTES,
    MAX_BYTES_OPTION,
    MODEL_OPTION,
    STRICT_OPTION,
    worker_factory,
)
from multivector.cli.errors import check_date
from multivector.cli.events import db_option, open_store_or_fail

#: Duplicate documents named one by one on standard error; the rest are counted.
MAX_DUPLICATE_LINES = 20


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Coding processes (default: all cores).")  # fmt: skip
@click.option("--recode", is_flag=True,
              help="Code again documents already stored (after a dictionary change).")  # fmt: skip
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Documents per transaction: a crash loses at most one batch of work.")  # fmt: skip
@click.option("--date", help="Default document date (YYYY-MM-DD) for inputs without one.")
@click.option("--status", type=click.Choice(["accepted", "pending"]), default="accepted",
              show_default=True, help="Status of new documents (pending: hidden until accepted).")  # fmt: skip
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True),
              help="Extra coder dictionary file (repeatable).")  # fmt: skip
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: only on a terminal).")  # fmt: skip
@MODEL_OPTION
@STRICT_OPTION
@MAX_BYTES_OPTION
def ingest(
    paths: tuple[str, ...], db: str, workers: int, recode: bool, batch_size: int,
    date: str | None, status: str, dictionaries: tuple[str, ...], progress: bool | None,
    model: bool, strict: bool, max_bytes: int | None,
) -> None:  # fmt: skip
    """Code PATH... (files, directories, JSON Lines, '-' for stdin) and store the events.

    A document already stored (same text) is skipped; kill it at any time and run it again to
    resume. Documents that cannot be read or coded are reported and recorded as failed.
    """
    date = check_date(date)  # every option is checked before the store opens or the model loads
    from functools import partial

    from multivector.coding.coder import Coder, default_coder
    from multivector.ingest import read_inputs
    from multivector.scale.parallel import LazyCoder
    from multivector.store.ingest import ingest_documents, parallel_coder

    if workers is None:
        from multivector.scale import default_workers

        workers = default_workers()
    store = open_store_or_fail(db, writable=True)
    # built on the first document to code: a run with nothing new loads no model
    if dictionaries or not model or strict:
        coder = LazyCoder(partial(Coder, dictionary_paths=dictionaries, model=model, strict=strict))
    else:
        coder = LazyCoder(default_coder)
    if workers > 1 and parallel_coder(workers) is None:
        click.echo("note: multivector.scale is not available; coding in one process", err=True)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: workers can then be forked (one model load)
        bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)
    t0 = time.perf_counter()

    def on_progress(stats, seen: int) -> None:
        if bar is not None:
            bar.n = seen
            bar.set_postfix(stored=stats.documents + stats.recoded, skipped=stats.skipped,
                            failed=stats.failed, sentences=stats.sentences, events=stats.events,
                            refresh=False)  # fmt: skip
            bar.refresh()

    def say(msg: str) -> None:
        if bar is not None:
            bar.write(msg, file=sys.stderr)
        else:
            click.echo(msg, err=True)

    def on_problem(name: str, reason: str) -> None:
        say(f"failed: {name}: {reason}")

    duplicates_shown = [0]

    def on_duplicate(doc_id: str, stored: str) -> None:
        duplicates_shown[0] += 1
        if duplicates_shown[0] <= MAX_DUPLICATE_LINES:
            say(f"skipped {doc_id}: same text as {stored}, not stored again")
        elif duplicates_shown[0] == MAX_DUPLICATE_LINES + 1:
            say("(more documents with the same text as a stored one: see the summary)")

    try:
        stats = ingest_documents(
            store, read_inputs(list(paths), date=date, max_bytes=max_bytes or DEFAULT_MAX_BYTES),
            coder, batch_size=batch_size,
            recode=recode, status=status, workers=workers, dictionary_paths=dictionaries,
            coder_factory=worker_factory(dictionaries, model, strict),
            progress=on_progress,
            on_problem=on_problem, on_duplicate=on_duplicate,
        )  # fmt: skip
    finally:
        if bar is not None:
            bar.close()
    elapsed = time.perf_counter() - t0
    dup = (
        f" and {stats.duplicates} with the same text as a stored document under another id"
        if stats.duplicates
        else ""
    )
    done = stats.documents + stats.recoded
    rate = done / elapsed if elapsed > 0 else 0.0
    click.echo(
        f"stored {stats.documents} new and {stats.recoded} recoded documents "
        f"({stats.sentences} sentences, {stats.events} events), skipped {stats.skipped} already "
        f"stored{dup}, {stats.failed} failed; {elapsed:.1f}s, {rate:.1f} docs/s",
        err=True,
    )
