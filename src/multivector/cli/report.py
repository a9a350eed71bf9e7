"""``multivector report``: a self-contained HTML report (and PNG charts) for one actor."""

from __future__ import annotations

from typing import Any

import click

from multivector.cli.errors import check_output_dir, check_output_file
from multivector.cli.events import (
    build_filter,
    db_option,
    open_store_or_fail,
    period_filter_options,
)


@click.command()
@click.argument("who", metavar="ACTOR")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="HTML file to write [default: ACTOR-report.html].")  # fmt: skip
@click.option("--png", "png_dir", type=click.Path(file_okay=False),
              help="Also write the charts as PNG files into this directory.")  # fmt: skip
@click.option("--by", type=click.Choice(["year", "month"]), default="year", show_default=True)
@click.option("--poles", "poles_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--max-events", type=click.IntRange(min=0), default=500, show_default=True,
              help="Events listed with their sentences.")  # fmt: skip
@period_filter_options
@db_option
def report(
    who: str, out: str | None, png_dir: str | None, by: str, poles_file: str | None,
    max_events: int, db: str, **kw: Any,
) -> None:  # fmt: skip
    """Write ACTOR's report: event timeline, orientation over time, partner network, events.

    The HTML file embeds its charts (SVG) and needs no network to open.
    """
    from multivector.cli.orient import _poles
    from multivector.report import build_report

    f = build_filter(**kw)
    out = out or f"{who.lower()}-report.html"
    check_output_file(out, "--out")
    check_output_dir(png_dir, "--png")
    poles = _poles(poles_file)
    store = open_store_or_fail(db, create=False)
    rep = build_report(store, who, by=by, poles=poles, f=f, max_events=max_events)
    paths = rep.write(out, png_dir)
    for p in paths:
        click.echo(f"wrote {p}", err=True)
