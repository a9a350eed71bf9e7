"""Charts for reports (matplotlib, no pyplot state): timeline, orientation, partner network.

Pole colours come from the poles file, quad-class colours from :data:`QUAD_COLORS`, so that a
pole or a quad class has the same colour in every chart.
"""

from __future__ import annotations

import io
import math
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from multivector.analysis.orientation import OrientationRow
from multivector.analysis.poles import OTHER_COLOR, Pole
from multivector.analysis.series import SeriesPoint, fill_gaps, period_range

QUAD_LABELS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_COLORS = {1: "#8fd18f", 2: "#2e8b57", 3: "#f0a050", 4: "#c0392b"}
COOP_EDGE, CONFLICT_EDGE = "#2e8b57", "#c0392b"

# Pixel sizes of the charts (width, height) at DPI.
DPI = 100
SIZES = {"timeline": (1000, 450), "orientation": (1000, 600), "network": (800, 800)}


def _figure(kind: str) -> Figure:
    w, h = SIZES[kind]
    return Figure(figsize=(w / DPI, h / DPI), dpi=DPI)


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def timeline_figure(points: list[SeriesPoint], actor: str, by: str) -> Figure:
    """Stacked bars of the actor's events per period by quad class."""
    fig = _figure("timeline")
    ax = fig.add_subplot()
    ax.set_title(f"{actor}: events per {by} by quad class")
    ax.set_xlabel(by.capitalize())
    ax.set_ylabel("Events")
    points = fill_gaps(points, by)
    if not points:
        _empty(ax, "no dated events")
    else:
        x = list(range(len(points)))
        bottom = [0] * len(points)
        for q in (1, 2, 3, 4):
            heights = [p.by_quad.get(q, 0) for p in points]
            ax.bar(x, heights, bottom=bottom, color=QUAD_COLORS[q], label=f"{q} {QUAD_LABELS[q]}")
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        step = max(1, math.ceil(len(points) / 20))
        ax.set_xticks(x[::step], [p.period for p in points][::step], rotation=45, ha="right")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", title="Quad class")
    fig.tight_layout()
    return fig


def orientation_figure(rows: list[OrientationRow], poles: list[Pole], actor: str, by: str) -> Figure:
    """Per period: each pole's share of cooperation (top) and the multipolarity index (bottom)."""
    fig = _figure("orientation")
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    rows = [r for r in rows if r.period not in ("undated", "unplaced")]
    top.set_title(f"{actor}: orientation per {by}")
    top.set_ylabel("Share of cooperation")
    bottom.set_ylabel("Multipolarity index")
    bottom.set_xlabel(by.capitalize())
    if not rows:
        _empty(top, "no dated events")
        _empty(bottom, "")
        fig.tight_layout()
        return fig
    labels = period_range(rows[0].period, rows[-1].period, by) if by in ("year", "month") else [
        r.period for r in rows
    ]
    index = {label: i for i, label in enumerate(labels)}
    x = list(range(len(labels)))
    nan = float("nan")

    def over_labels(values: list[float | None]) -> list[float]:
        # Periods without events stay NaN, so lines break instead of bridging the gap.
        ys = [nan] * len(labels)
        for r, v in zip(rows, values, strict=True):
            ys[index[r.period]] = nan if v is None else v
        return ys

    for n, pole in enumerate(poles):
        ys = over_labels([r.poles[pole.name].share for r in rows])
        # Different markers and dashes keep overlapping lines apart.
        top.plot(x, ys, marker="osD^v<>"[n % 7], linestyle=["-", "--", ":", "-."][n % 4],
                 color=pole.color, label=pole.name, linewidth=2)  # fmt: skip
    top.set_ylim(-0.02, 1.02)
    top.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", title="Pole")
    top.grid(alpha=0.3)
    mp = over_labels([r.multipolarity for r in rows])
    bottom.plot(x, mp, marker="s", color="#444444", label="multipolarity (1 = even)")
    bottom.set_ylim(-0.02, 1.02)
    bottom.grid(alpha=0.3)
    bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    step = max(1, math.ceil(len(labels) / 20))
    bottom.set_xticks(x[::step], labels[::step], rotation=45, ha="right")
    bottom.set_xlim(-0.5, len(labels) - 0.5)
    fig.tight_layout()
    return fig


def network_figure(partners: list[dict[str, Any]], poles: list[Pole], actor: str, top: int = 20) -> Figure:
    """The actor in the centre, its heaviest partners around it; node colour = pole, edge
    width = cooperation + conflict weight, edge colour = whether cooperation or conflict dominates."""
    fig = _figure("network")
    ax = fig.add_subplot()
    ax.set_title(f"{actor}: partners by cooperation and conflict (top {top})")
    ax.set_aspect("equal")
    ax.axis("off")
    shown = partners[:top]
    colors = {p.name: p.color for p in poles}
    if not shown:
        _empty(ax, "no partners")
        return fig
    heaviest = max(p["coop_weight"] + p["conflict_weight"] for p in shown) or 1.0
    n = len(shown)
    for i, p in enumerate(shown):
        angle = 2 * math.pi * i / n + math.pi / 2
        x, y = math.cos(angle), math.sin(angle)
        weight = p["coop_weight"] + p["conflict_weight"]
        edge = COOP_EDGE if p["coop_weight"] >= p["conflict_weight"] else CONFLICT_EDGE
        ax.plot([0, x], [0, y], color=edge, linewidth=0.5 + 7 * weight / heaviest, alpha=0.7, zorder=1)
        ax.scatter([x], [y], s=300, color=colors.get(p.get("pole") or "", OTHER_COLOR),
                   edgecolors="black", zorder=2)  # fmt: skip
        ax.annotate(f"{p['partner']}\n+{p['coop_weight']:.0f} / -{p['conflict_weight']:.0f}",
                    (x * 1.18, y * 1.18), ha="center", va="center", fontsize=8)  # fmt: skip
    ax.scatter([0], [0], s=900, color="white", edgecolors="black", zorder=3)
    ax.annotate(actor, (0, 0), ha="center", va="center", fontsize=11, weight="bold", zorder=4)
    ax.set_xlim(-1.45, 1.45)
    ax.set_ylim(-1.45, 1.45)
    handles = [Patch(color=p.color, label=p.name) for p in poles]
    handles.append(Patch(color=OTHER_COLOR, label="no pole"))
    handles.append(Line2D([0], [0], color=COOP_EDGE, lw=3, label="mostly cooperation"))
    handles.append(Line2D([0], [0], color=CONFLICT_EDGE, lw=3, label="mostly conflict"))
    ax.legend(handles=handles, loc="lower left", fontsize="small", title="Pole / tie",
              bbox_to_anchor=(-0.02, -0.04))  # fmt: skip
    fig.tight_layout()
    return fig


def to_png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()


def to_svg(fig: Figure) -> str:
    """SVG markup for inline use in HTML (XML prolog and DOCTYPE dropped)."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    svg = buf.getvalue()
    return svg[svg.index("<svg") :]
