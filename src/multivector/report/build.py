"""Build an actor report: one self-contained HTML file (inline SVG charts, no network needed)
and, optionally, the same charts as PNG files."""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from multivector.analysis.network import partner_network
from multivector.analysis.orientation import OrientationRow, orientation
from multivector.analysis.poles import OTHER_COLOR, Pole, load_poles
from multivector.analysis.series import SeriesPoint, time_series
from multivector.report import charts
from multivector.store.core import Store
from multivector.store.filters import EventFilter

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;
color:#222;padding:0 1em}
h1{margin-bottom:.2em} .muted{color:#666}
table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.9em}
th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4} td.num{text-align:right;font-variant-numeric:tabular-nums}
.chart svg{max-width:100%;height:auto} .swatch{display:inline-block;width:.9em;height:.9em;
border-radius:2px;margin-right:.3em;vertical-align:middle}
.corrected{background:#fff7d6} mark{background:#e8f0ff}
"""


@dataclass(slots=True)
class Report:
    actor: str
    html: str
    figures: dict[str, Figure]
    n_events: int

    def write(self, out: str | Path, png_dir: str | Path | None = None) -> list[Path]:
        """Write the HTML (and PNGs); returns the paths written."""
        written = []
        out = Path(out)
        out.write_text(self.html, encoding="utf-8")
        written.append(out)
        if png_dir is not None:
            d = Path(png_dir)
            d.mkdir(parents=True, exist_ok=True)
            for name, fig in self.figures.items():
                path = d / f"{self.actor.lower()}-{name}.png"
                path.write_bytes(charts.to_png(fig))
                written.append(path)
        return written


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _orientation_table(rows: list[OrientationRow], poles: list[Pole]) -> str:
    head = "".join(
        f'<th colspan="3"><span class="swatch" style="background:{_e(p.color)}"></span>{_e(p.name)}</th>'
        for p in poles
    )
    sub = "".join("<th>coop (n)</th><th>conflict (n)</th><th>share</th>" for _ in poles)
    body = []
    for r in rows:
        cells = []
        for p in poles:
            s = r.poles[p.name]
            share = "–" if s.share is None else f"{s.share:.0%}"
            cells.append(
                f'<td class="num">{s.coop_weight:.1f} ({s.coop_events})</td>'
                f'<td class="num">{s.conflict_weight:.1f} ({s.conflict_events})</td>'
                f'<td class="num">{share}</td>'
            )
        mp = "–" if r.multipolarity is None else f"{r.multipolarity:.2f}"
        body.append(
            f"<tr><td>{_e(r.period)}</td>{''.join(cells)}"
            f'<td class="num">{r.other.coop_weight:.1f} ({r.other.coop_events})</td>'
            f'<td class="num">{mp}</td><td>{_e(r.lean or "–")}</td></tr>'
        )
    return (
        f'<table class="orientation"><thead><tr><th rowspan="2">period</th>{head}'
        f'<th rowspan="2">other coop</th><th rowspan="2">multipolarity</th>'
        f'<th rowspan="2">lean</th></tr><tr>{sub}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def _partners_table(partners: list[dict[str, Any]], poles: list[Pole], top: int) -> str:
    colors = {p.name: p.color for p in poles}
    rows = []
    for p in partners[:top]:
        color = colors.get(p.get("pole") or "", OTHER_COLOR)
        rows.append(
            f'<tr><td><span class="swatch" style="background:{_e(color)}"></span>{_e(p["partner"])}</td>'
            f"<td>{_e(p.get('pole') or '–')}</td><td class=\"num\">{p['events']}</td>"
            f'<td class="num">{p["coop_weight"]:.1f}</td><td class="num">{p["conflict_weight"]:.1f}</td>'
            f'<td class="num">{p["net"]:.1f}</td></tr>'
        )
    return (
        '<table class="partners"><thead><tr><th>partner</th><th>pole</th><th>events</th>'
        "<th>cooperation</th><th>conflict</th><th>net</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _highlight(sentence: str, spans: dict[str, Any] | None, start: int) -> str:
    """The sentence with the source, verb and target spans marked (spans are document offsets)."""
    marks = []
    for key in ("source", "verb", "target"):
        span = (spans or {}).get(key)
        if span and start <= span[0] < span[1] <= start + len(sentence):
            marks.append((span[0] - start, span[1] - start))
    marks.sort()
    out, pos = [], 0
    for a, b in marks:
        if a < pos:
            continue
        out.append(_e(sentence[pos:a]))
        out.append(f"<mark>{_e(sentence[a:b])}</mark>")
        pos = b
    out.append(_e(sentence[pos:]))
    return "".join(out)


def _events_table(events: list[dict[str, Any]]) -> str:
    rows = []
    for ev in events:
        tgt = ev.get("target") or {}
        cls = ' class="corrected"' if ev.get("corrected") else ""
        flag = " (corrected)" if ev.get("corrected") else ""
        rows.append(
            f"<tr{cls}><td>{_e(ev.get('date') or '–')}</td><td>{_e(ev['source']['code'])}</td>"
            f"<td>{_e(tgt.get('code') or '–')}</td><td>{_e(ev['cameo'])}{flag}</td>"
            f"<td>{_e(ev.get('plover') or '–')}</td><td class=\"num\">{ev['goldstein']:+.1f}</td>"
            f"<td>{_highlight(ev.get('sentence') or '', ev.get('spans'), ev.get('sentence_start') or 0)}"
            f'<div class="muted">{_e(ev.get("document_title") or ev["doc_id"])}</div></td></tr>'
        )
    return (
        '<table class="events"><thead><tr><th>date</th><th>source</th><th>target</th><th>CAMEO</th>'
        "<th>PLOVER</th><th>Goldstein</th><th>sentence</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _merge_series(a: list[SeriesPoint], b: list[SeriesPoint]) -> list[SeriesPoint]:
    merged: dict[str, SeriesPoint] = {}
    for pt in a + b:
        m = merged.setdefault(pt.period, SeriesPoint(pt.period))
        m.events += pt.events
        m.goldstein += pt.goldstein
        for q, n in pt.by_quad.items():
            m.by_quad[q] = m.by_quad.get(q, 0) + n
    return [merged[k] for k in sorted(merged)]


def build_report(
    store: Store,
    actor: str,
    *,
    by: str = "year",
    poles: list[Pole] | None = None,
    f: EventFilter | None = None,
    max_events: int = 500,
    top_partners: int = 20,
) -> Report:
    """Everything the report shows for ``actor``, as HTML plus matplotlib figures."""
    actor = actor.strip().upper()
    poles = poles if poles is not None else load_poles()
    base = replace(f or EventFilter(), actor=None, target=None, dyad=None)
    series = _merge_series(
        time_series(store, replace(base, actor=actor), by),
        time_series(store, replace(base, target=actor), by),
    )
    overall = orientation(store, actor, poles=poles, f=base)
    per_period = orientation(store, actor, by=by, poles=poles, f=base)
    partners = partner_network(store, actor, base, poles=poles)
    as_source = store.query_events(replace(base, actor=actor), limit=max_events)
    as_target = store.query_events(replace(base, target=actor), limit=max_events)
    seen: set[str] = set()
    events = []
    for ev in sorted(as_source + as_target, key=lambda e: (e.get("date") is None, e.get("date") or "", e["doc_id"], e["sentence_id"])):
        if ev["event_id"] not in seen:
            seen.add(ev["event_id"])
            events.append(ev)
    total = store.count_events(replace(base, actor=actor)) + store.count_events(replace(base, target=actor))
    events = events[:max_events]
    figures = {
        "timeline": charts.timeline_figure(series, actor, by),
        "orientation": charts.orientation_figure(per_period, poles, actor, by),
        "network": charts.network_figure(partners, poles, actor, top_partners),
    }
    o = overall[0]
    summary = ", ".join(
        f"{name} {s.share:.0%}" for name, s in o.poles.items() if s.share is not None
    ) or "no cooperation with any pole"
    mp = "–" if o.multipolarity is None else f"{o.multipolarity:.2f}"
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    filters = ", ".join(f"{k}={v}" for k, v in (("since", base.since), ("until", base.until),
                        ("cameo", base.cameo), ("status", base.status)) if v) or "none"  # fmt: skip
    more = f" (first {len(events)} of {total})" if total > len(events) else ""
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(actor)} — multivector report</title>
<style>{CSS}</style></head><body>
<h1>{_e(actor)}: foreign-policy events</h1>
<p class="muted">Generated by multivector on {generated}. Filters: {_e(filters)}.
{total} events involve {_e(actor)} as source or target.</p>
<h2>Orientation</h2>
<p>Share of cooperation with the poles: <strong>{_e(summary)}</strong>; multipolarity index
<strong>{mp}</strong> (1 = evenly spread over {len(poles)} poles, 0 = one pole);
lean: <strong>{_e(o.lean or "none")}</strong>. Cooperation and conflict are Goldstein-weighted
(each event at least 1), event counts in brackets.</p>
{_orientation_table(overall, poles)}
<div class="chart" id="chart-orientation">{charts.to_svg(figures["orientation"])}</div>
{_orientation_table(per_period, poles)}
<h2>Event timeline</h2>
<div class="chart" id="chart-timeline">{charts.to_svg(figures["timeline"])}</div>
<h2>Partner network</h2>
<div class="chart" id="chart-network">{charts.to_svg(figures["network"])}</div>
{_partners_table(partners, poles, top_partners)}
<h2>Events{more}</h2>
{_events_table(events)}
</body></html>
"""
    return Report(actor=actor, html=doc, figures=figures, n_events=total)
