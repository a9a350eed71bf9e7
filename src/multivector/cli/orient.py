"""``multivector orient`` / ``series`` / ``partners``: analyses over the store."""

from __future__ import annotations

import json
from typing import Any

import click

from multivector.cli.events import build_filter, open_store_or_fail, period_filter_options
from multivector.cli.options import db_option, format_options, output_format


def _poles(path: str | None):
    from multivector.analysis.poles import PoleError, load_poles

    try:
        return load_poles(path)
    except PoleError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.argument("who", metavar="ACTOR")
@click.option("--by", type=click.Choice(["decade", "year", "month", "day"]),
              help="One row per period ('unplaced': dated more vaguely than the period).")
@click.option("--poles", "poles_file", type=click.Path(exists=True, dir_okay=False),
              help="YAML file of poles (default: West, Russia, China).")  # fmt: skip
@format_options(("table", "json"))
@period_filter_options
@db_option
def orient(
    who: str, by: str | None, poles_file: str | None, fmt: str, as_json: bool, db: str, **kw: Any
) -> None:
    """How ACTOR's cooperation divides among the poles, and how multipolar it is.

    Prints, per pole, the Goldstein-weighted cooperation and conflict (event counts in
    brackets), the pole's share of the actor's cooperation with the poles, the multipolarity
    index (1 = evenly spread, 0 = one pole) and the lean.
    """
    from multivector.analysis.orientation import format_orientation, orientation

    poles = _poles(poles_file)
    f = build_filter(**kw)
    store = open_store_or_fail(db, create=False)
    rows = orientation(store, who, by=by, poles=poles, f=f)
    if output_format(fmt, as_json) == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], indent=2))
        return
    click.echo(f"Orientation of {who.upper()} toward {', '.join(p.name for p in poles)}"
               " (cooperation = Goldstein-weighted, events in brackets)")  # fmt: skip
    click.echo(format_orientation(rows))


@click.command()
@click.argument("pair", metavar="DYAD")
@click.option(
    "--by", type=click.Choice(["decade", "year", "month", "day"]), default="month",
    show_default=True,
    help="Period; an event dated more vaguely (a decade, by year) is counted, not placed.",
)
@format_options(("table", "json"))
@period_filter_options
@db_option
def series(pair: str, by: str, fmt: str, as_json: bool, db: str, **kw: Any) -> None:
    """Time series of events between two actors (DYAD = KAZ,RUS), or of one actor's (KAZ).

    Per period: event count, Goldstein sum and the split by quad class (1 verbal cooperation,
    2 material cooperation, 3 verbal conflict, 4 material conflict).
    """
    from dataclasses import replace

    from multivector.analysis.series import time_series, unplaced_count, unplaced_note

    f = build_filter(**kw)
    parts = [p.strip().upper() for p in pair.split(",") if p.strip()]
    if len(parts) == 2:
        f = replace(f, dyad=(parts[0], parts[1]))
    elif len(parts) != 1:
        raise click.UsageError("give one actor (KAZ) or a dyad (KAZ,RUS)")
    store = open_store_or_fail(db, create=False)
    if len(parts) == 1:
        # One actor: its events in either direction, as the sum of two directed series.
        out = replace(f, actor=parts[0])
        inn = replace(f, target=parts[0])
        merged: dict[str, Any] = {}
        for pt in time_series(store, out, by) + time_series(store, inn, by):
            m = merged.setdefault(pt.period, pt.__class__(pt.period))
            m.events += pt.events
            m.goldstein += pt.goldstein
            for q, n in pt.by_quad.items():
                m.by_quad[q] = m.by_quad.get(q, 0) + n
        points = [merged[k] for k in sorted(merged)]
        unplaced = unplaced_count(store, out, by) + unplaced_count(store, inn, by)
    else:
        points = time_series(store, f, by)
        unplaced = unplaced_count(store, f, by)
    note = unplaced_note(unplaced, by)
    if output_format(fmt, as_json) == "json":
        click.echo(json.dumps([p.to_dict() for p in points], indent=2))
        if note:
            click.echo(note, err=True)
        return
    click.echo(
        f"{'period':<10} {'events':>7} {'goldstein':>10} {'q1':>5} {'q2':>5} {'q3':>5} {'q4':>5}"
    )
    for p in points:
        q = p.by_quad
        click.echo(
            f"{p.period:<10} {p.events:>7} {p.goldstein:>10.1f} {q[1]:>5} {q[2]:>5} {q[3]:>5} {q[4]:>5}"
        )
    if note:
        click.echo(note)


@click.command()
@click.argument("who", metavar="ACTOR")
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True)
@click.option("--poles", "poles_file", type=click.Path(exists=True, dir_okay=False))
@format_options(("table", "json"))
@period_filter_options
@db_option
def partners(
    who: str, top: int, poles_file: str | None, fmt: str, as_json: bool, db: str, **kw: Any
) -> None:
    """ACTOR's partners weighted by cooperation and conflict (both directions)."""
    from multivector.analysis.network import partner_network

    f = build_filter(**kw)
    poles = _poles(poles_file)
    store = open_store_or_fail(db, create=False)
    rows = partner_network(store, who, f, poles=poles)[:top]
    if output_format(fmt, as_json) == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'partner':<12} {'pole':<8} {'events':>6} {'coop':>8} {'conflict':>8} {'net':>8}")
    for r in rows:
        click.echo(f"{r['partner']:<12} {(r['pole'] or '-'):<8} {r['events']:>6} "
                   f"{r['coop_weight']:>8.1f} {r['conflict_weight']:>8.1f} {r['net']:>8.1f}")  # fmt: skip
