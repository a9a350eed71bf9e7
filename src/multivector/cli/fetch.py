"""``multivector fetch``, ``watch``, ``sources`` and ``archive export``: follow the news."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from multivector.cli.code import MODEL_OPTION, STRICT_OPTION, worker_factory
from multivector.cli.events import db_option, open_store_or_fail


def _fetch_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Pages fetched at once and coding processes."),
        click.option("--interval", type=click.FloatRange(min=0), default=None,
                     help="Seconds between two requests to one host (default: 5)."),
        click.option("--contact", default=None,
                     help="E-mail or URL named in the User-Agent, for the sites' operators."),
        click.option("--allow-private", is_flag=True,
                     help="Allow private-network and loopback addresses (off: no SSRF)."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=None,
                     help="Largest response read, in bytes (default: 10,000,000)."),
        click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
                     help="Documents per transaction."),
        click.option("--ignore-robots", is_flag=True, hidden=True,
                     help="Do not read robots.txt (only for your own sites)."),
    ]  # fmt: skip
    for opt in reversed(options):
        fn = opt(fn)
    return MODEL_OPTION(STRICT_OPTION(fn))


def build_options(interval: float | None, contact: str | None, allow_private: bool,
                  max_bytes: int | None, ignore_robots: bool = False):  # fmt: skip
    from multivector.fetch.http import FetchOptions
    from multivector.fetch.stories import settings

    polite = dict(settings().get("politeness", {}))
    if interval is not None:
        polite["min_interval"] = interval
    if max_bytes is not None:
        polite["max_bytes"] = max_bytes
    return FetchOptions(contact=contact, allow_private=allow_private,
                        respect_robots=not ignore_robots, **polite)  # fmt: skip


def _coder(model: bool, strict: bool = False):
    from functools import partial

    from multivector.coding.coder import Coder, default_coder
    from multivector.scale.parallel import LazyCoder

    # built on the first new document: a round with nothing new loads no model
    if model and not strict:
        return LazyCoder(default_coder)
    return LazyCoder(partial(Coder, model=model, strict=strict))


def _say(msg: str) -> None:
    click.echo(msg, err=True)


class _Progress:
    """A progress bar of pages on a terminal (standard error); messages printed above it."""

    def __init__(self, show: bool | None) -> None:
        self.bar = None
        if sys.stderr.isatty() if show is None else show:
            from tqdm import tqdm

            self.bar = tqdm(unit="page", file=sys.stderr, dynamic_ncols=True)

    def say(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.write(msg, file=sys.stderr)
        else:
            _say(msg)

    def update(self, stats: Any) -> None:
        if self.bar is not None:
            self.bar.n = len(stats.outcomes)
            self.bar.set_postfix(fetched=stats.fetched, failed=stats.failed, refresh=False)
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@_fetch_options
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: only on a terminal).")  # fmt: skip
def fetch(sources: tuple[str, ...], db: str, workers: int, interval: float | None,
          contact: str | None, allow_private: bool, max_bytes: int | None, batch_size: int,
          ignore_robots: bool, model: bool, strict: bool, progress: bool | None) -> None:  # fmt: skip
    """Fetch SOURCE... (feed, sitemap or page URLs, or files of URLs), code and store the articles.

    Polite by default: robots.txt, one request per host every 5 s, conditional GET. Every URL's
    outcome is recorded (see `multivector sources`). Run it again: only new articles are fetched.
    """
    from multivector.fetch.run import fetch_round
    from multivector.fetch.sources import sources_from_args

    try:
        parsed = sources_from_args(list(sources))
    except (ValueError, OSError) as exc:
        raise click.UsageError(str(exc)) from None
    options = build_options(interval, contact, allow_private, max_bytes, ignore_robots)
    store = open_store_or_fail(db, writable=True)
    bar = _Progress(progress)
    try:
        stats = fetch_round(store, parsed, _coder(model, strict), options=options,
                            workers=workers, batch_size=batch_size, say=bar.say,
                            progress=bar.update, coder_factory=worker_factory((), model, strict))  # fmt: skip
    finally:
        bar.close()
    click.echo(stats.summary(), err=True)


@click.command()
@click.argument("sources_file", type=click.Path(exists=True, dir_okay=False))
@db_option
@_fetch_options
@click.option("--rounds", type=click.IntRange(min=1), default=None, hidden=True,
              help="Stop after this many rounds (tests).")  # fmt: skip
def watch(sources_file: str, db: str, workers: int, interval: float | None, contact: str | None,
          allow_private: bool, max_bytes: int | None, batch_size: int, ignore_robots: bool,
          model: bool, strict: bool, rounds: int | None) -> None:  # fmt: skip
    """Fetch the sources of SOURCES_FILE (YAML: url, name, outlet, interval) on a schedule.

    Runs in the foreground and logs each round; Ctrl-C (SIGINT) or SIGTERM stops it cleanly
    between documents.
    """
    from multivector.fetch.run import StopFlag
    from multivector.fetch.sources import load_sources
    from multivector.fetch.watch import stop_on_signals
    from multivector.fetch.watch import watch as run_watch

    try:
        parsed = load_sources(sources_file)
    except (ValueError, OSError) as exc:
        raise click.UsageError(str(exc)) from None
    options = build_options(interval, contact, allow_private, max_bytes, ignore_robots)
    store = open_store_or_fail(db, writable=True)
    _say(f"watching {len(parsed)} sources; stop with Ctrl-C")
    with stop_on_signals(StopFlag()) as stop:
        run_watch(store, parsed, _coder(model, strict), options=options, say=_say, stop=stop,
                  max_rounds=rounds, workers=workers, batch_size=batch_size,
                  coder_factory=worker_factory((), model, strict))  # fmt: skip
    _say("stopped")


@click.command()
@db_option
@click.option("--source", help="Only URLs found through this source (its name or URL).")
@click.option("--status", help="Only this outcome (fetched, not-modified, robots-denied, "
                                "too-large, not-html, failed).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), default=None)
def sources(db: str, source: str | None, status: str | None, fmt: str, limit: int | None) -> None:
    """What the fetcher decided for each URL: outcome, reason, HTTP status, time, document."""
    store = open_store_or_fail(db, create=False)
    rows = store.fetch_records(source=source, status=status, limit=limit)
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    header = ("fetched_at", "status", "http", "kind", "url", "document / reason")
    table = [(r["fetched_at"], r["status"].split(":", 1)[0], str(r["http_status"] or "-"),
              r["kind"] or "-", r["url"], r["doc_id"] or r["reason"] or "")
             for r in rows]  # fmt: skip
    click.echo(format_rows(header, table))
    click.echo(f"{len(rows)} URLs")


def format_rows(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A fixed-width table."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


@click.group()
def archive() -> None:
    """The archive of raw responses kept by `fetch` and `watch`."""


@archive.command("export")
@db_option
@click.option("--warc", "warc_path", required=True, type=click.Path(dir_okay=False),
              help="WARC file to write (gzip-compressed records when it ends in .gz).")  # fmt: skip
def archive_export(db: str, warc_path: str) -> None:
    """Write the archive as a WARC file (one response record per archived response)."""
    from multivector.cli.errors import check_output_file
    from multivector.fetch.warc import export_warc

    check_output_file(warc_path, "--warc")
    store = open_store_or_fail(db, create=False)
    n = export_warc(store, warc_path)
    click.echo(f"wrote {n} records to {warc_path}", err=True)
