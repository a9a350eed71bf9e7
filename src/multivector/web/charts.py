"""Small server-side SVG charts: they render without JavaScript and carry hover titles.

Bars for counts (a year without events is simply no bar), lines for shares and means (a
missing value breaks the line: it is a gap, never a zero). The y axis has ticks between its
ends, a range that crosses zero gets a zero line, and the legend sits below the plot, never
over the data.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")
PAD_L, PAD_R, PAD_T, PAD_X = 40, 12, 10, 22  # left, right, top; PAD_X: the x labels' band
LEGEND_ROW = 18


def ticks(lo: float, hi: float, n: int = 4, integer: bool = False) -> list[float]:
    """Round tick values from ``lo`` to ``hi`` (both included when round), about ``n`` steps;
    whole numbers only with ``integer`` (counts)."""
    span = hi - lo
    if span <= 0:
        return [lo]
    raw = max(span / n, 1.0) if integer else span / n
    mag = 10 ** math.floor(math.log10(raw))
    mults = (1, 2, 5, 10) if integer else (1, 2, 2.5, 5, 10)
    step = next(m * mag for m in mults if m * mag >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    out = []
    v = first
    while v <= hi + 1e-9:
        out.append(round(v, 10))
        v += step
    return out


def _fmt(v: float) -> str:
    return f"{v:g}" if abs(v) >= 0.01 or v == 0 else f"{v:.2g}"


def _colors(names: Sequence[str], colors: Mapping[str, str] | None) -> dict[str, str]:
    colors = colors or {}
    return {n: colors.get(n) or PALETTE[k % len(PALETTE)] for k, n in enumerate(names)}


class _Frame:
    """The plot area, its y scale and axis, the x labels and the legend below."""

    def __init__(
        self, width: int, height: int, lo: float, hi: float, n_legend: int, integer: bool = False
    ) -> None:
        self.width, self.lo, self.hi, self.integer = width, lo, hi, integer
        self.legend_rows = math.ceil(n_legend / 3) if n_legend > 1 else 0
        self.height = height + self.legend_rows * LEGEND_ROW
        self.plot_w = width - PAD_L - PAD_R
        self.plot_h = height - PAD_T - PAD_X
        self.body: list[str] = []

    def y(self, v: float) -> float:
        return PAD_T + self.plot_h - self.plot_h * (v - self.lo) / ((self.hi - self.lo) or 1.0)

    def axes(self) -> None:
        right = PAD_L + self.plot_w
        for t in ticks(self.lo, self.hi, integer=self.integer):
            y = self.y(t)
            self.body.append(
                f'<line x1="{PAD_L}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" class="grid"/>'
                f'<text x="{PAD_L - 4}" y="{y + 3.5:.1f}" class="axis tick" '
                f'text-anchor="end">{_fmt(t)}</text>'
            )
        base = self.y(max(self.lo, 0.0) if self.lo < 0 < self.hi else self.lo)
        self.body.append(
            f'<line x1="{PAD_L}" y1="{PAD_T}" x2="{PAD_L}" y2="{PAD_T + self.plot_h}" class="axis"/>'
        )
        if self.lo < 0 < self.hi:
            self.body.append(
                f'<line x1="{PAD_L}" y1="{base:.1f}" x2="{right}" y2="{base:.1f}" class="zero"/>'
            )
        self.body.append(
            f'<line x1="{PAD_L}" y1="{PAD_T + self.plot_h}" x2="{right}" '
            f'y2="{PAD_T + self.plot_h}" class="axis"/>'
        )

    def x_labels(self, labels: Sequence[str], xs: Sequence[float]) -> None:
        every = max(1, math.ceil(len(labels) / 10))
        y = PAD_T + self.plot_h + 15
        for i, (name, x) in enumerate(zip(labels, xs, strict=True)):
            if i % every == 0:
                self.body.append(
                    f'<text x="{x:.1f}" y="{y}" class="axis" text-anchor="middle">'
                    f"{escape(str(name))}</text>"
                )

    def legend(self, colors: dict[str, str]) -> None:
        if len(colors) < 2:
            return
        top = PAD_T + self.plot_h + PAD_X + 4
        col_w = self.plot_w / 3
        for k, (name, color) in enumerate(colors.items()):
            x = PAD_L + (k % 3) * col_w
            y = top + (k // 3) * LEGEND_ROW + 10
            self.body.append(
                f'<g class="legend-item"><rect x="{x:.1f}" y="{y - 9}" width="10" height="10" '
                f'fill="{color}"/><text x="{x + 14:.1f}" y="{y}" class="legend">'
                f"{escape(str(name))}</text></g>"
            )

    def svg(self, label: str) -> str:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
            f'viewBox="0 0 {self.width} {self.height}" width="{self.width}" '
            f'height="{self.height}" aria-label="{escape(label)}">' + "".join(self.body) + "</svg>"
        )


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float] | Mapping[str, Sequence[float]],
    label: str,
    width: int = 640,
    height: int = 180,
    colors: Mapping[str, str] | None = None,
) -> str:
    """Bars per label (one series, or several side by side), each with a hover title.

    A zero is no bar, so a year without events shows as a gap on the axis."""
    series = dict(values) if isinstance(values, Mapping) else {"": list(values)}
    if not labels or not any(len(vs) for vs in series.values()):
        return '<p class="muted">No data.</p>'
    top = max([v for vs in series.values() for v in vs] + [1])
    marks = ticks(0, top, integer=True)
    if len(marks) > 1:  # round the top up to a tick, so the axis' end is labelled too
        top = math.ceil(top / (marks[1] - marks[0])) * (marks[1] - marks[0])
    frame = _Frame(width, height, 0.0, float(top), len(series), integer=True)
    frame.axes()
    step = frame.plot_w / len(labels)
    bar_w = max((step - 2) / len(series), 1)
    cols = _colors(list(series), colors)
    for k, (name, vs) in enumerate(series.items()):
        for i, (x_label, v) in enumerate(zip(labels, vs, strict=True)):
            if not v:
                continue
            x = PAD_L + i * step + 1 + k * bar_w
            y = frame.y(v)
            what = f"{escape(str(name))}, " if name else ""
            frame.body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{PAD_T + frame.plot_h - y:.1f}" fill="{cols[name]}">'
                f"<title>{what}{escape(str(x_label))}: {v:g}</title></rect>"
            )
    frame.x_labels(labels, [PAD_L + (i + 0.5) * step for i in range(len(labels))])
    frame.legend(cols)
    return frame.svg(label)


def line_chart(
    xs: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    label: str,
    y_max: float | None = None,
    y_min: float = 0.0,
    width: int = 640,
    height: int = 200,
    colors: Mapping[str, str] | None = None,
) -> str:
    """Several lines over the same x labels, with a legend and a hover title per point.

    A missing value (None) breaks its line: years without data are gaps, not zeros."""
    if not xs or not series:
        return '<p class="muted">No data.</p>'
    values = [v for vs in series.values() for v in vs if v is not None]
    top = y_max if y_max is not None else max(values + [y_min + 1e-9])
    frame = _Frame(width, height, y_min, top, len(series))
    frame.axes()
    step = frame.plot_w / max(len(xs) - 1, 1)
    x_of = [PAD_L + i * step if len(xs) > 1 else PAD_L + frame.plot_w / 2 for i in range(len(xs))]
    cols = _colors(list(series), colors)
    for name, vs in series.items():
        color = cols[name]
        runs: list[list[tuple[float, float]]] = [[]]
        for i, v in enumerate(vs):
            if v is None:
                runs.append([])
            else:
                runs[-1].append((x_of[i], frame.y(v)))
        for run in runs:
            if len(run) > 1:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in run)
                frame.body.append(
                    f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>'
                )
        for i, (x, v) in enumerate(zip(xs, vs, strict=True)):
            if v is not None:
                frame.body.append(
                    f'<circle cx="{x_of[i]:.1f}" cy="{frame.y(v):.1f}" r="3.5" fill="{color}">'
                    f"<title>{escape(str(name))}, {escape(str(x))}: {v:.3g}</title></circle>"
                )
    frame.x_labels(xs, x_of)
    frame.legend(cols)
    return frame.svg(label)
