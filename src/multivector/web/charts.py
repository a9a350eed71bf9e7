"""Small server-side SVG charts: they render without JavaScript and carry hover titles."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


def _frame(width: int, height: int, label: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(label)}">' + "".join(body) + "</svg>"
    )


def bar_chart(
    labels: Sequence[str], values: Sequence[float], label: str, width: int = 640, height: int = 180
) -> str:
    """Vertical bars, one per label, each with a hover title."""
    if not values:
        return '<p class="muted">No data.</p>'
    pad_l, pad_b, pad_t = 36, 28, 8
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    top = max(max(values), 1)
    step = plot_w / len(values)
    body = [
        f'<text x="4" y="{pad_t + 10}" class="axis">{top:g}</text>',
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 8}" y2="{pad_t + plot_h}" class="axis"/>',
    ]
    every = max(1, len(labels) // 10)
    for i, (name, v) in enumerate(zip(labels, values, strict=True)):
        h = plot_h * v / top
        x = pad_l + i * step
        body.append(
            f'<rect x="{x + 1:.1f}" y="{pad_t + plot_h - h:.1f}" width="{max(step - 2, 1):.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{escape(str(name))}: {v:g}</title></rect>'
        )
        if i % every == 0:
            body.append(
                f'<text x="{x + step / 2:.1f}" y="{height - 8}" class="axis" '
                f'text-anchor="middle">{escape(str(name))}</text>'
            )
    return _frame(width, height, label, body)


def line_chart(
    xs: Sequence[str],
    series: dict[str, Sequence[float | None]],
    label: str,
    y_max: float | None = None,
    y_min: float = 0.0,
    width: int = 640,
    height: int = 200,
) -> str:
    """Several lines over the same x labels, with a legend and a hover title per point."""
    if not xs or not series:
        return '<p class="muted">No data.</p>'
    pad_l, pad_b, pad_t, pad_r = 36, 28, 8, 110
    plot_w, plot_h = width - pad_l - pad_r, height - pad_b - pad_t
    values = [v for vs in series.values() for v in vs if v is not None]
    top = y_max if y_max is not None else max(values + [y_min + 1e-9])
    span = (top - y_min) or 1.0
    step = plot_w / max(len(xs) - 1, 1)
    body = [
        f'<text x="4" y="{pad_t + 10}" class="axis">{top:.2g}</text>',
        f'<text x="4" y="{pad_t + plot_h}" class="axis">{y_min:.2g}</text>',
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{pad_l + plot_w}" y2="{pad_t + plot_h}" class="axis"/>',
    ]
    every = max(1, len(xs) // 8)
    for i, x in enumerate(xs):
        if i % every == 0:
            body.append(
                f'<text x="{pad_l + i * step:.1f}" y="{height - 8}" class="axis" '
                f'text-anchor="middle">{escape(str(x))}</text>'
            )
    for k, (name, vs) in enumerate(series.items()):
        color = PALETTE[k % len(PALETTE)]
        pts = [
            (pad_l + i * step, pad_t + plot_h - plot_h * (v - y_min) / span, x, v)
            for i, (x, v) in enumerate(zip(xs, vs, strict=True))
            if v is not None
        ]
        # one line per run of consecutive values: a missing value breaks the line
        runs: list[list[tuple[float, float]]] = []
        last = None
        for i, v in enumerate(vs):
            if v is None:
                last = None
                continue
            point = (pad_l + i * step, pad_t + plot_h - plot_h * (v - y_min) / span)
            if last is None:
                runs.append([])
            runs[-1].append(point)
            last = i
        for run in runs:
            if len(run) > 1:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in run)
                body.append(
                    f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>'
                )
        for px, py, x, v in pts:
            body.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{color}">'
                f"<title>{escape(str(name))}, {escape(str(x))}: {v:.3g}</title></circle>"
            )
        ly = pad_t + 12 + 16 * k
        body.append(
            f'<rect x="{width - pad_r + 8}" y="{ly - 9}" width="10" height="10" fill="{color}"/>'
            f'<text x="{width - pad_r + 22}" y="{ly}" class="legend">{escape(str(name))}</text>'
        )
    return _frame(width, height, label, body)
