"""``multivector demo``: the whole journey on the bundled sample corpus."""

from __future__ import annotations

from pathlib import Path

import click


def _step(title: str) -> None:
    click.echo("")
    click.secho(f"== {title}", bold=True)


@click.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="demo-out", show_default=True,
              help="Folder for the demo's event file, database and report.")
@click.option("--actor", default="KAZ", show_default=True, help="Actor for the orientation and report.")
def demo(out_dir: str, actor: str) -> None:
    """Code the bundled sample texts, store them in SQLite, analyse and report.

    Writes OUT/events.jsonl, OUT/multivector.db and OUT/report-ACTOR.html, and prints how to
    explore the result in the web application.
    """
    from multivector.cli.code import EventWriter
    from multivector.coding.coder import default_coder
    from multivector.ingest import read_inputs
    from multivector.samples import sample_paths

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [str(p) for p in sample_paths()]
    coder = default_coder()

    _step("1. Code the sample corpus (plain text, JSON Lines news, HTML; one bad file)")
    for p in paths:
        click.echo(f"   {Path(p).name}")
    events_path = out / "events.jsonl"
    n_docs = n_events = 0
    shown = []
    with events_path.open("w", encoding="utf-8") as fh:
        writer = EventWriter(fh, "jsonl")
        for coded in coder.code_documents(read_inputs(paths)):
            if coded.problem is not None:
                click.echo(f"   skipped {coded.problem}")
                continue
            n_docs += 1
            for e in coded.events:
                writer.write(e)
                n_events += 1
                shown.append(e)
    click.echo(f"   coded {n_docs} documents into {n_events} events -> {events_path}")
    _step("2. A few of the events (date, source, target, CAMEO, PLOVER, Goldstein)")
    import sys

    table = EventWriter(sys.stdout, "table")
    for e in shown[:15]:
        table.write(e)
    if shown:
        e = shown[0]
        click.echo(f"\n   provenance of the first: rule {e.rule!r}, verb '{e.verb_text}', "
                   f"source '{e.source.text}' at {e.source.span.start if e.source.span else '-'}")

    _step("3. Store them (SQLite) — idempotent: running the demo again stores nothing twice")
    from multivector.store import open_store
    from multivector.store.ingest import ingest_documents

    db_url = f"sqlite:///{(out / 'multivector.db').resolve()}"
    store = open_store(db_url)
    stats = ingest_documents(store, read_inputs(paths), coder,
                             on_problem=lambda name, reason: click.echo(f"   failed: {name}: {reason}"))
    click.echo(f"   {stats.to_dict()}")
    click.echo(f"   database: {db_url}")

    _step(f"4. Orientation of {actor}: cooperation shares by pole and the multipolarity index")
    from multivector.analysis.orientation import format_orientation, orientation

    click.echo(format_orientation(orientation(store, actor)))
    click.echo("")
    click.echo(format_orientation(orientation(store, actor, by="year")))

    _step(f"5. Report for {actor}")
    ctx = click.get_current_context()
    from multivector.cli.report import report

    report_path = out / f"report-{actor}.html"
    ctx.invoke(report, who=actor, out=str(report_path), db=db_url)
    click.echo(f"   {report_path}")

    _follow_the_news(store, coder)

    _step("7. Explore it in the browser")
    click.echo(f"   .venv/bin/multivector create-admin --db {db_url} YOURNAME   # an admin account")
    click.echo(f"   .venv/bin/multivector serve --db {db_url}")
    click.echo("   then open http://127.0.0.1:8000/ (the JSON API is documented at /api/docs)")


DEMO_PORT = 47312


def _follow_the_news(store, coder) -> None:
    """Serve the samples as two outlets' feeds on 127.0.0.1 and run one fetch round."""
    _step("6. Follow the news: the samples as a local news site, fetched, coded and grouped")
    from multivector.fetch.http import FetchOptions
    from multivector.fetch.localsite import LocalSite
    from multivector.fetch.run import fetch_round
    from multivector.fetch.samplefeed import sample_site
    from multivector.fetch.sources import Source

    # loopback is refused by default (no SSRF); the demo's own site is allowed explicitly
    options = FetchOptions(contact="demo@localhost", min_interval=0.0, allow_private=True)
    # a fixed port when free, so a second demo run finds the same URLs (and fetches none again)
    with LocalSite({}, port=DEMO_PORT) as site:
        site.pages.update(sample_site(site.base_url))
        sources = [Source(site.base_url + "/wire/feed.xml", name="wire", outlet="Sample Wire"),
                   Source(site.base_url + "/daily/feed.xml", name="daily", outlet="Sample Daily")]
        for s in sources:
            click.echo(f"   {s.outlet}: {s.url}")
        stats = fetch_round(store, sources, coder, options=options,
                            say=lambda m: click.echo(f"   {m}"))  # fmt: skip
    click.echo(f"   fetch: {stats.fetched} articles fetched, {stats.skipped} already fetched "
               f"before, {stats.failed} failed")
    click.echo(f"   code:  {stats.stored} new documents stored ({stats.events} events); "
               f"{stats.duplicates} had the text of a stored document")
    multi = [s for s in store.stories(limit=None) if s["n_articles"] > 1]
    click.echo(f"   stories: {len(multi)} reported by more than one article (events counted once)")
    for s in multi[:5]:
        n, m = s['n_articles'], s['n_outlets']
        click.echo(f"     {n} article{'s' * (n != 1)}, {m} outlet{'s' * (m != 1)}: {s['title']}")
    click.echo("   multivector sources / documents --db URL list every URL and document")
