"""Analytical questions: comparisons, change over time, partners, busiest dyads, what is new.

A small typed interpreter. :func:`read` recognises the kind of question from the cue words of
``data/analytical.yaml`` and its arguments (the actor, from the same gazetteer the factoid
reader uses; poles from ``analysis/data/poles.yaml`` as questions name them; a period from the
factoid reader's dates); :func:`answer` calls the analyses and returns an
:class:`AnalyticalAnswer`: what the question was understood as, the figures, a chart (as data,
drawn by the web layer) and the events behind the figures. When the data holds nothing for the
question it declines and says so, never offering a nearest sentence instead.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from multivector.analysis import load_poles, orientation, partner_network
from multivector.analysis.poles import Pole
from multivector.analysis.series import dyad_series, fill_gaps, time_series
from multivector.qa import figures
from multivector.qa.reading import Gazetteer, parse_question
from multivector.store.dates import lower_bound, upper_bound
from multivector.store.filters import EventFilter

DATA = Path(__file__).parent / "data"
SEARCHED_DOCUMENTS = 200  # "what is new with X": the newest documents added searched for X
KINDS = ("recent", "busiest", "partners", "compare", "change")
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}  # fmt: skip


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue words (``data/analytical.yaml``)."""
    return yaml.safe_load((DATA / "analytical.yaml").read_text(encoding="utf-8"))


def _has(text: str, phrase: str) -> re.Match[str] | None:
    return re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w])", text)


@dataclass(slots=True)
class Option:
    """One side of a comparison: a pole (or a group of poles) or an actor."""

    label: str
    poles: tuple[str, ...] = ()
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "poles": list(self.poles), "code": self.code}


@dataclass(slots=True)
class Reading:
    """What an analytical question asks."""

    kind: str
    text: str
    subject: tuple[str, str] | None = None  # (mention, code)
    options: list[Option] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    measure: str = "cooperation"
    window: tuple[str, str] | None = None  # recent: first and last day
    window_label: str = ""

    def to_dict(self) -> dict[str, Any]:
        actors = [self.subject] if self.subject else []
        actors += [(o.label, o.code) for o in self.options if o.code]
        return {
            "kind": self.kind,
            "role": None,
            "actors": [{"mention": m, "code": c} for m, c in actors],
            "options": [o.to_dict() for o in self.options],
            "since": self.window[0] if self.window else self.since,
            "until": self.window[1] if self.window else self.until,
            "measure": self.measure,
            "cameo": [],
            "event_words": [],
            "keywords": [],
            "relaxed": [],
        }


@dataclass(slots=True)
class AnalyticalAnswer:
    """An answer from the analyses: a sentence, figures, a chart and the evidence."""

    question: str
    reading: Reading
    understood_as: str
    answer: str
    declined: bool = False
    columns: list[tuple[str, str]] = field(default_factory=list)  # (key, heading)
    rows: list[dict[str, Any]] = field(default_factory=list)
    chart: dict[str, Any] | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The question box's answer shape (as the factoid answers), plus the analysis."""
        return {
            "question": self.question,
            "understood": self.reading.to_dict(),
            "understood_as": self.understood_as,
            "method": "none" if self.declined else "analysis",
            "declined": self.declined,
            "answer": self.answer,
            "figures": {"columns": [list(c) for c in self.columns], "rows": self.rows},
            "chart": self.chart,
            "evidence": self.evidence,
            "events": self.evidence,
            "sentences": [],
        }


# -- reading ------------------------------------------------------------------------------------


def kind_of(text: str) -> str | None:
    """The analytical kind of a (lower-cased) question, or None for a factoid question."""
    for kind in KINDS:
        spec = cues()["kinds"][kind]
        if any(_has(text, w) for w in spec.get("unless") or []):
            continue
        if any(_has(text, c) for c in spec["cues"]):
            return kind
    return None


def _pole_mentions(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Pole names in the (lower-cased) question: (start, end, mention, poles), longest first."""
    known = {p.name for p in load_poles()}
    found: list[tuple[int, int, str, tuple[str, ...]]] = []
    for name in sorted(cues()["poles"], key=len, reverse=True):
        poles = tuple(p for p in cues()["poles"][name] if p in known)
        if not poles:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text):
            if not any(m.start() < e and s < m.end() for s, e, _, _ in found):
                found.append((m.start(), m.end(), m.group(0), poles))
    return sorted(found)


def _window(text: str, today: date) -> tuple[str, str, str]:
    """The recent window a question names: (first day, last day, its phrase or "" for the
    default window)."""
    phrase, spec = "", cues()["default_window"]
    for name, s in cues()["windows"].items():
        if _has(text, name):
            phrase, spec = name, s
            break
    if spec.get("calendar") == "month":
        first = today.replace(day=1)
    elif spec.get("calendar") == "year":
        first = today.replace(month=1, day=1)
    else:
        first = today - timedelta(days=int(spec.get("days", 30)) - 1)
    return first.isoformat(), today.isoformat(), phrase


def read(question: str, gazetteer: Gazetteer, today: date | None = None) -> Reading | None:
    """The reading of an analytical question, or None when it is not one."""
    text = " ".join(question.split())
    lowered = text.lower()
    kind = kind_of(lowered)
    if kind is None:
        return None
    parsed = parse_question(text, gazetteer)
    poles = _pole_mentions(lowered)
    actors: list[tuple[int, int, str, str]] = []
    for mention, code in parsed.actors:
        at = lowered.find(mention.lower())
        actors.append((at, at + len(mention), mention, code))
    # A mention's place decides: the first names the subject (an actor, even if it is also a
    # pole's name, as "Russia" is); later ones are what it is compared with (a pole first).
    mentions: list[tuple[int, str, Option | None, tuple[str, str] | None]] = []
    same = len(lowered) == len(text)  # lower() kept every offset: show the question's own case
    for s, e, mention, pole_names in poles:
        mention = text[s:e] if same else mention
        actor = next(((m, c) for a_s, a_e, m, c in actors if a_s < e and s < a_e), None)
        mentions.append((s, mention, Option(mention, pole_names, actor[1] if actor else None), actor))
    for s, e, mention, code in actors:
        if not any(p_s < e and s < p_e for p_s, p_e, _, _ in poles):
            mentions.append((s, mention, None, (mention, code)))
    mentions.sort(key=lambda m: m[0])
    r = Reading(kind=kind, text=text, since=parsed.since, until=parsed.until)
    if mentions and mentions[0][3] is not None:
        r.subject = mentions[0][3]
        mentions = mentions[1:]
    for _, mention, option, actor in mentions:
        r.options.append(option or Option(mention, (), actor[1] if actor else None))
    if any(_has(lowered, w) for w in cues()["conflict_words"]):
        r.measure = "conflict"
    if kind == "recent":
        first, last, label = _window(lowered, today or datetime.now(UTC).date())
        if not label and (r.since or r.until):  # "What was new in 2015?": the period named
            first, last = lower_bound(r.since or r.until or ""), upper_bound(r.until or r.since or "")
            label = period_phrase(r.since, r.until).strip()
        elif not label:
            label = f"in the last {cues()['default_window'].get('days', 30)} days"
        r.window, r.window_label = (first, last), label
    if kind == "compare" and (r.subject is None or not r.options):
        return None  # "more with" whom? the factoid reader may still find the sentence
    if kind == "partners" and r.subject is None:
        return None  # whose partners? ("the partners of the agreement" is a factoid question)
    if kind == "busiest" and r.subject is not None:
        r.kind = "partners"  # "X's busiest dyads", "who is X most active with"
    if kind == "change" and r.subject is None:
        return None
    return r


# -- answering ----------------------------------------------------------------------------------


def period_phrase(since: str | None, until: str | None) -> str:
    """' between 1995 and 2005', ' since 2000', ' in 2013', or '' for all dates."""
    if since and until:
        return f" in {since}" if since == until else f" between {since} and {until}"
    if since:
        return f" since {since}"
    if until:
        return f" until {until}"
    return ""


def _filter(r: Reading, **kw: Any) -> EventFilter:
    return EventFilter(since=r.since, until=r.until, **kw)


def answer(store: Any, r: Reading, limit: int = 8) -> AnalyticalAnswer:
    """Answer a reading from the analyses."""
    handler = {"compare": _compare, "change": _change, "partners": _partners,
               "busiest": _busiest, "recent": _recent}[r.kind]  # fmt: skip
    return handler(store, r, limit)


def answer_question(
    store: Any, question: str, gazetteer: Gazetteer, limit: int = 8, today: date | None = None
) -> dict[str, Any] | None:
    """The analytical answer to ``question`` as a dict, or None when it is not analytical."""
    r = read(question, gazetteer, today)
    return None if r is None else answer(store, r, limit).to_dict()


def _decline(r: Reading, what: str, understood_as: str) -> AnalyticalAnswer:
    return AnalyticalAnswer(r.text, r, understood_as, f"The data holds no events {what}.",
                            declined=True)  # fmt: skip


def _subject(r: Reading) -> tuple[str, str]:
    assert r.subject is not None
    return r.subject[0], r.subject[1]


def _pole_events(
    store: Any, code: str, pole: Pole, r: Reading, n: int, partners: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Events between ``code`` and the pole's members on their dates, newest first: from the
    ``n`` members it has most events with (``partners``: its partner network)."""
    members = sorted((m for m in pole.codes if m in partners),
                     key=lambda m: (-partners[m]["events"], m))[:n]  # fmt: skip
    out: list[dict[str, Any]] = []
    for member in members:
        for e in store.query_events(_filter(r, dyad=(code, member)), limit=n, order="-date"):
            day = lower_bound(e["date"]) if e.get("date") else None
            if pole.contains(member, day):
                out.append(e)
    return _newest(out, n)


def _newest(events: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    seen: set[str] = set()
    unique = [e for e in events if not (e["event_id"] in seen or seen.add(e["event_id"]))]
    unique.sort(key=lambda e: (e.get("date") or "", e["event_id"]), reverse=True)
    return unique[:n]


def _spread(parts: list[list[dict[str, Any]]], n: int) -> list[dict[str, Any]]:
    """Up to ``n`` events taken in turn from each list, so every option is cited."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i in range(n):
        for part in parts:
            if i < len(part) and part[i]["event_id"] not in seen and len(out) < n:
                seen.add(part[i]["event_id"])
                out.append(part[i])
    return out


_COMPARE_COLUMNS = [("option", "With"), ("coop_events", "Cooperative events"),
                    ("conflict_events", "Conflictual events"), ("coop_weight", "Cooperation weight"),
                    ("conflict_weight", "Conflict weight"), ("net", "Net"),
                    ("share", "Share of cooperation with the poles")]  # fmt: skip


def _compare(store: Any, r: Reading, limit: int) -> AnalyticalAnswer:
    mention, code = _subject(r)
    names = " or ".join(o.label for o in r.options)
    period = period_phrase(r.since, r.until)
    all_poles = all(o.poles for o in r.options)
    how = "the poles of the analysis" if all_poles else "its partner network"
    understood = (f"A comparison of {mention}'s ({code}) {r.measure} with {names}{period}, "
                  f"from {how}.")  # fmt: skip
    poles = {p.name: p for p in load_poles()}
    rows: list[dict[str, Any]] = []
    parts: list[list[dict[str, Any]]] = []
    pole_rows = orientation(store, code, f=_filter(r)) if any(o.poles for o in r.options) else []
    partners = {p["partner"]: p for p in partner_network(store, code, _filter(r))}
    for o in r.options:
        if o.poles and pole_rows:
            scores = [pole_rows[0].poles[p].to_dict() for p in o.poles]
            row = {k: round(sum(s[k] for s in scores), 4) for k in
                   ("coop_events", "conflict_events", "coop_weight", "conflict_weight", "net")}
            shares = [s["share"] for s in scores if s["share"] is not None]
            row["share"] = round(sum(shares), 4) if shares else None
            parts.append(_newest([e for p in o.poles
                                  for e in _pole_events(store, code, poles[p], r, limit, partners)],
                                 limit))
        else:
            p = partners.get(o.code or "", {})
            row = {"coop_events": p.get("coop_events", 0),
                   "conflict_events": p.get("conflict_events", 0),
                   "coop_weight": round(p.get("coop_weight", 0.0), 4),
                   "conflict_weight": round(p.get("conflict_weight", 0.0), 4),
                   "net": round(p.get("net", 0.0), 4), "share": None}  # fmt: skip
            parts.append(store.query_events(_filter(r, dyad=(code, o.code)), limit=limit,
                                            order="-date") if o.code else [])  # fmt: skip
        rows.append({"option": o.label, "poles": list(o.poles), "code": o.code, **row})
    if not any(x["coop_events"] + x["conflict_events"] for x in rows):
        return _decline(r, f"of {mention} with {names}{period}", understood)
    key = "coop_weight" if r.measure == "cooperation" else "conflict_weight"
    events = "coop_events" if r.measure == "cooperation" else "conflict_events"
    ranked = sorted(rows, key=lambda x: -x[key])
    if len(ranked) > 1 and ranked[0][key] == ranked[1][key]:
        lead = f"{mention}'s {r.measure} was as strong with {ranked[0]['option']} as with {ranked[1]['option']}"
    else:
        lead = f"{mention} had more {r.measure} with {ranked[0]['option']}"
    detail = "; ".join(f"{x['option']}: {x[events]} {r.measure} event(s), weight {x[key]:g}"
                       + (f", {x['share']:.0%} of its cooperation with the poles"
                          if x["share"] is not None and r.measure == "cooperation" else "")
                       for x in rows)  # fmt: skip
    colors = {o.label: poles[o.poles[0]].color for o in r.options if len(o.poles) == 1}
    chart = {"type": "bar", "title": f"{mention}: events with {names}{period}",
             "labels": ["cooperative events", "conflictual events"],
             "series": {x["option"]: [x["coop_events"], x["conflict_events"]] for x in rows},
             "colors": colors}  # fmt: skip
    return AnalyticalAnswer(r.text, r, understood, f"{lead}{period}. {detail}.",
                            columns=_COMPARE_COLUMNS, rows=rows, chart=chart,
                            evidence=_spread(parts, limit))  # fmt: skip


def _change(store: Any, r: Reading, limit: int) -> AnalyticalAnswer:
    mention, code = _subject(r)
    period = period_phrase(r.since, r.until)
    other = next((o for o in r.options if o.code), None)
    if other is not None and other.code != code:
        return _dyad_change(store, r, mention, code, other, limit)
    understood = (f"How {mention}'s ({code}) orientation toward the poles changed{period}: its "
                  f"cooperation with each pole, year by year.")  # fmt: skip
    years = [x for x in orientation(store, code, by="year", f=_filter(r)) if x.period.isdigit()]
    years = [x for x in years if any(s.coop_events + s.conflict_events
                                     for s in (*x.poles.values(), x.other))]  # fmt: skip
    if not years:
        return _decline(r, f"of {mention}{period}", understood)
    names = list(years[0].poles)
    rows = []
    for x in years:
        d = x.to_dict()
        row: dict[str, Any] = {"period": x.period}
        for n in names:
            row[f"{n} share"] = d["poles"][n]["share"]
        row["events"] = sum(s.coop_events + s.conflict_events for s in (*x.poles.values(), x.other))
        row.update(multipolarity=d["multipolarity"], lean=d["lean"])
        rows.append(row)
    columns = [("period", "Year")] + [(f"{n} share", f"{n} share") for n in names]
    columns += [("events", "Events with a partner"), ("multipolarity", "Multipolarity"),
                ("lean", "Leans to")]  # fmt: skip
    shared = [x for x in rows if x["lean"] or x["multipolarity"] is not None]
    if shared:
        first, last = shared[0], shared[-1]
        text = (f"{mention}'s cooperation with the poles{period}: {_shares(first, names)} in "
                f"{first['period']}" + ("" if first is last else
                f"; {_shares(last, names)} in {last['period']}") + ".")  # fmt: skip
    else:
        text = f"{mention} had no cooperation with any pole{period}; events per year are shown."
    labels = [str(y) for y in range(int(rows[0]["period"]), int(rows[-1]["period"]) + 1)]
    by = {x["period"]: x for x in rows}
    chart = {"type": "line", "title": f"{mention}: share of cooperation per pole{period}",
             "labels": labels, "y_min": 0.0, "y_max": 1.0,
             "series": {n: [(by.get(y) or {}).get(f"{n} share") for y in labels] for n in names},
             "colors": {p.name: p.color for p in load_poles()}}  # fmt: skip
    evidence = _newest(store.query_events(_filter(r, actor=code), limit=limit, order="date")
                       + store.query_events(_filter(r, target=code), limit=limit, order="-date"),
                       limit)  # fmt: skip
    return AnalyticalAnswer(r.text, r, understood, text, columns=columns, rows=rows, chart=chart,
                            evidence=evidence)  # fmt: skip


def _shares(row: dict[str, Any], names: list[str]) -> str:
    parts = [f"{n} {row[f'{n} share']:.0%}" for n in names if row.get(f"{n} share")]
    return ", ".join(parts) or "no pole"


def _dyad_change(
    store: Any, r: Reading, mention: str, code: str, other: Option, limit: int
) -> AnalyticalAnswer:
    period = period_phrase(r.since, r.until)
    understood = (f"How relations between {mention} ({code}) and {other.label} ({other.code}) "
                  f"changed{period}: their events per year and mean Goldstein score.")  # fmt: skip
    points = dyad_series(store, code, other.code or "", by="year", f=_filter(r))
    if not points:
        return _decline(r, f"of {mention} with {other.label}{period}", understood)
    rows = [{"period": p.period, "events": p.events,
             "cooperative": p.by_quad.get(1, 0) + p.by_quad.get(2, 0),
             "conflictual": p.by_quad.get(3, 0) + p.by_quad.get(4, 0),
             "mean_goldstein": None if p.mean_goldstein is None else round(p.mean_goldstein, 4)}
            for p in points]  # fmt: skip
    first, last = rows[0], rows[-1]
    text = (f"{mention} and {other.label}: {sum(x['events'] for x in rows)} event(s){period}, "
            f"from {first['events']} in {first['period']} (mean Goldstein "
            f"{first['mean_goldstein']:+.1f}) to {last['events']} in {last['period']} "
            f"({last['mean_goldstein']:+.1f}).")  # fmt: skip
    filled = fill_gaps(points, "year")
    chart = {"type": "bar", "title": f"Events per year, {mention} and {other.label}{period}",
             "labels": [p.period for p in filled],
             "series": {"cooperative": [p.by_quad.get(1, 0) + p.by_quad.get(2, 0) for p in filled],
                        "conflictual": [p.by_quad.get(3, 0) + p.by_quad.get(4, 0) for p in filled]},
             "colors": {"cooperative": "#2e7d32", "conflictual": "#c62828"}}  # fmt: skip
    columns = [("period", "Year"), ("events", "Events"), ("cooperative", "Cooperative"),
               ("conflictual", "Conflictual"), ("mean_goldstein", "Mean Goldstein")]
    evidence = store.query_events(_filter(r, dyad=(code, other.code)), limit=limit, order="-date")
    return AnalyticalAnswer(r.text, r, understood, text, columns=columns, rows=rows, chart=chart,
                            evidence=evidence)  # fmt: skip


def _partners(store: Any, r: Reading, limit: int, n: int = 10) -> AnalyticalAnswer:
    mention, code = _subject(r)
    period = period_phrase(r.since, r.until)
    understood = (f"{mention}'s ({code}) main partners{period}: the actors it has events with, "
                  f"in either direction, ranked by the weight of those events (each event's "
                  f"Goldstein magnitude, at least 1).")  # fmt: skip
    poles = load_poles()
    net = partner_network(store, code, _filter(r), poles=poles)[:n]
    if not net:
        return _decline(r, f"of {mention} with any partner{period}", understood)
    rows = [{"partner": p["partner"], "name": figures.actor_title(p["partner"]),
             "events": p["events"], "coop_events": p["coop_events"],
             "conflict_events": p["conflict_events"], "net": round(p["net"], 4),
             "mean_goldstein": round(p["goldstein"] / p["events"], 4), "pole": p["pole"]}
            for p in net]  # fmt: skip
    columns = [("name", "Partner"), ("events", "Events"), ("coop_events", "Cooperative"),
               ("conflict_events", "Conflictual"), ("net", "Net weight"),
               ("mean_goldstein", "Mean Goldstein"), ("pole", "Pole")]  # fmt: skip
    top = ", ".join(f"{x['name']}: {x['events']} event(s)" for x in rows[:5])
    text = f"{mention}'s main partners{period}: {top}."
    groups = [p.name for p in poles] + ["other"]
    labels = [x["partner"] for x in rows]
    chart = {"type": "bar", "title": f"{mention}'s partners{period}: events",
             "labels": labels,
             "series": {g: [x["events"] if (x["pole"] or "other") == g else 0 for x in rows]
                        for g in groups if any((x["pole"] or "other") == g for x in rows)},
             "colors": {**{p.name: p.color for p in poles}, "other": "#8c8c8c"}}  # fmt: skip
    parts = [store.query_events(_filter(r, dyad=(code, x["partner"])), limit=2, order="-date")
             for x in rows[:limit]]  # fmt: skip
    return AnalyticalAnswer(r.text, r, understood, text, columns=columns, rows=rows, chart=chart,
                            evidence=_spread(parts, limit))  # fmt: skip


def _busiest(store: Any, r: Reading, limit: int, n: int = 10) -> AnalyticalAnswer:
    period = period_phrase(r.since, r.until)
    understood = (f"The busiest dyads{period}: the pairs of actors (countries and "
                  f"organisations) with the most events between them, either direction.")
    rows = figures.busiest_dyads(store, _filter(r), n=n)
    if not rows:
        return _decline(r, f"between two actors{period}", understood)
    for x in rows:
        x["pair"] = f"{figures.actor_title(x['a'])} – {figures.actor_title(x['b'])}"
    columns = [("pair", "Dyad"), ("events", "Events"), ("coop_events", "Cooperative"),
               ("conflict_events", "Conflictual"), ("mean_goldstein", "Mean Goldstein")]
    top = ", ".join(f"{x['pair']}: {x['events']}" for x in rows[:5])
    text = f"The busiest dyads{period}, by events: {top}."
    chart = {"type": "bar", "title": f"Busiest dyads{period}: events",
             "labels": [f"{x['a']}–{x['b']}" for x in rows],
             "series": {"cooperative": [x["coop_events"] for x in rows],
                        "conflictual": [x["conflict_events"] for x in rows]},
             "colors": {"cooperative": "#2e7d32", "conflictual": "#c62828"}}  # fmt: skip
    parts = [store.query_events(_filter(r, dyad=(x["a"], x["b"])), limit=2, order="-date")
             for x in rows[:limit]]  # fmt: skip
    return AnalyticalAnswer(r.text, r, understood, text, columns=columns, rows=rows, chart=chart,
                            evidence=_spread(parts, limit))  # fmt: skip


def _count(store: Any, r: Reading, **kw: Any) -> int:
    """Events matching ``kw`` that involve the subject (as source or target), or all."""
    if not r.subject:
        return store.count_events(EventFilter(**kw))
    code = r.subject[1]
    return (store.count_events(EventFilter(actor=code, **kw))
            + store.count_events(EventFilter(target=code, **kw))
            - store.count_events(EventFilter(actor=code, target=code, **kw)))  # fmt: skip


def _recent(store: Any, r: Reading, limit: int) -> AnalyticalAnswer:
    assert r.window is not None
    first, last = r.window
    who = f" involving {r.subject[0]} ({r.subject[1]})" if r.subject else ""
    span = f"{r.window_label} ({first} to {last})"
    understood = (f"What is new {span}{who}: events dated in that time, and documents added to "
                  f"the knowledge base in it with the events coded in them.")  # fmt: skip
    sides = [{"actor": r.subject[1]}, {"target": r.subject[1]}] if r.subject else [{}]
    dated_q = [_count(store, r, since=first, until=last, quad=q) for q in QUADS]
    dated_n = sum(dated_q)
    dated = _newest([e for s in sides for e in store.query_events(
        EventFilter(since=first, until=last, **s), limit=limit, order="-date")], limit)  # fmt: skip
    docs = figures.documents_added(store, first, last, cap=figures.MAX_DOCUMENTS)
    # Without an actor the documents' own counts do; with one, its events are looked up in the
    # newest documents only (one query each).
    searched = docs[:SEARCHED_DOCUMENTS] if r.subject else docs[:limit]
    day_of = {d["id"]: str(d.get("ingested_at") or "")[:10] for d in docs}
    found: dict[str, dict[str, Any]] = {}
    holding = set()
    for d in searched:
        for s in sides:
            for e in store.query_events(EventFilter(doc_id=d["id"], **s),
                                        limit=None if r.subject else limit):  # fmt: skip
                found[e["event_id"]] = e
                holding.add(d["id"])
    if r.subject:
        n_docs, n_added = len(holding), len(found)
        added_by_day = Counter(day_of[e["doc_id"]] for e in found.values())
        if len(docs) > len(searched):
            understood += (f" Of the {len(docs)} documents added, the newest "
                           f"{len(searched)} were searched for its events.")  # fmt: skip
    else:
        n_docs, n_added = len(docs), sum(int(d.get("n_events") or 0) for d in docs)
        added_by_day = Counter()
        for d in docs:
            added_by_day[day_of[d["id"]]] += int(d.get("n_events") or 0)
    if len(docs) >= figures.MAX_DOCUMENTS:
        understood += f" Documents added are counted up to {figures.MAX_DOCUMENTS}."
    if not dated_n and not n_added:
        return _decline(r, f"dated or added {span}{who}", understood)
    names = list(QUADS.values())
    rows = [{"measure": "events dated in this time", "value": dated_n,
             **dict(zip(names, dated_q, strict=True))},
            {"measure": "documents added", "value": n_docs, **dict.fromkeys(names)},
            {"measure": "events coded in the documents added", "value": n_added,
             **dict.fromkeys(names)}]  # fmt: skip
    columns = [("measure", "What"), ("value", "Count")] + [(n, n.capitalize()) for n in names]
    text = (f"New {span}{who}: {dated_n} event(s) dated in this time; {n_docs} document(s) "
            f"added, holding {n_added} event(s){' of it' if r.subject else ''}.")  # fmt: skip
    dated_by_day = _tally_series(store, r, first, last)
    days = [(date.fromisoformat(first) + timedelta(days=i)).isoformat()
            for i in range((date.fromisoformat(last) - date.fromisoformat(first)).days + 1)]
    short = first[:4] == last[:4]  # the title names the year: the axis shows MM-DD
    chart = {"type": "bar", "title": f"New events per day, {span}",
             "labels": [d[5:] if short else d for d in days],
             "series": {"dated that day": [dated_by_day.get(d, 0) for d in days],
                        "in documents added that day": [added_by_day.get(d, 0) for d in days]},
             "colors": {"dated that day": "#1f5fbf", "in documents added that day": "#8c8c8c"}}
    evidence = _spread([dated, _newest(list(found.values()), limit)], limit)
    return AnalyticalAnswer(r.text, r, understood, text, columns=columns, rows=rows, chart=chart,
                            evidence=evidence)  # fmt: skip


def _tally_series(store: Any, r: Reading, first: str, last: str) -> dict[str, int]:
    """Events dated each day of the window (the subject's, either side, counted once)."""
    if not r.subject:
        filters = [(1, EventFilter(since=first, until=last))]
    else:
        code = r.subject[1]
        filters = [(1, EventFilter(since=first, until=last, actor=code)),
                   (1, EventFilter(since=first, until=last, target=code)),
                   (-1, EventFilter(since=first, until=last, actor=code, target=code))]
    out: dict[str, int] = {}
    for sign, f in filters:
        for p in time_series(store, f, by="day"):
            out[p.period] = out.get(p.period, 0) + sign * p.events
    return out
