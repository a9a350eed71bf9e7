"""``multivector documents``: the stored documents with their origin, story and event count."""

from __future__ import annotations

import csv
import json
import sys

import click

from multivector.cli.events import db_option, open_store_or_fail

COLUMNS = ("id", "title", "url", "outlet", "published", "fetched_at", "status", "story_id",
           "n_articles", "n_outlets", "n_events")  # fmt: skip


@click.command()
@db_option
@click.option("--source", help="Only documents of this outlet or fetch source (name or URL).")
@click.option("--story", help="Only the documents of this story.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most this many documents (table: 50).")  # fmt: skip
def documents(db: str, source: str | None, story: str | None, fmt: str, limit: int | None) -> None:
    """List documents: id, title, URL, outlet, published and fetched dates, status, story (with
    how many articles and outlets reported it) and event count."""
    store = open_store_or_fail(db, create=False)
    if fmt == "table" and limit is None:
        limit = 50
    rows = store.list_documents(source=source, story=story, limit=limit)
    counts = store.story_counts([r["id"] for r in rows])
    for r in rows:
        c = counts.get(r["id"], {})
        r["n_articles"] = c.get("n_articles")
        r["n_outlets"] = c.get("n_outlets")
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps({k: r.get(k) for k in COLUMNS}, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return
    from multivector.cli.fetch import format_rows

    header = ("id", "published", "outlet", "story", "art/out", "events", "title")
    table = [(r["id"], (r["published"] or r["date"] or "-")[:10], r["outlet"] or "-",
              r["story_id"] or "-",
              f"{r['n_articles']}/{r['n_outlets']}" if r["n_articles"] else "-",
              str(r["n_events"]), _short(r["title"] or ""))
             for r in rows]  # fmt: skip
    click.echo(format_rows(header, table))
    click.echo(f"{len(rows)} documents shown")


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
