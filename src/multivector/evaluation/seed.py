"""Scoring predictions against sentence-locator gold (the ``*.gold.jsonl`` format).

Matching semantics (kept identical to the reference scorer so both print the same figures):

* a prediction's actor is known by its code and its country; with no country given, a code
  whose first three characters are upper-case letters (and that is not an ``IGO`` code) also
  answers to those three letters;
* a gold actor (or each of a list of alternatives) matches when it equals one of those keys,
  appears inside a key longer than three characters (``CIS`` in ``IGOCIS``), or is ``*``
  (anything, including no actor at all);
* the gold sentence must be a substring of the predicted event's sentence, the predicted CAMEO
  code must start with one accepted prefix, and a gold date (prefix or list of prefixes) must
  prefix the predicted date; a symmetric gold line also accepts source and target swapped;
* assignment is greedy and one-to-one: required gold lines first (in file order), then optional
  ones, each taking the first still-unused matching prediction;
* recall counts required lines matched, precision counts predictions matched by any line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from multivector.evaluation.gold import SEED, SeedGold
from multivector.evaluation.report import EvalReport, Tally
from multivector.model import PartialDate


def _keys(actor: Any) -> frozenset[str]:
    """The strings a predicted actor answers to."""
    if not actor:
        return frozenset()
    if isinstance(actor, str):
        code, country = actor, None
    else:
        code, country = actor.get("code") or "", actor.get("country")
    keys = set()
    if code:
        keys.add(code.upper())
    head = code[:3]
    if country:
        keys.add(country.upper())
    elif head.isalpha() and head.isupper() and not code.startswith("IGO"):
        keys.add(head)
    return frozenset(keys)


def _actor_ok(want: str | list[str], actor: Any) -> bool:
    alternatives = want if isinstance(want, list) else [want]
    if "*" in alternatives:
        return True
    keys = _keys(actor)
    long_keys = [k for k in keys if len(k) > 3]
    return any(w.upper() in keys or any(w.upper() in k for k in long_keys) for w in alternatives)


def _date_ok(want: str | list[str] | None, got: Any) -> bool:
    if want is None:
        return True
    if not got:
        return False
    prefixes = want if isinstance(want, list) else [want]
    found = PartialDate.parse(str(got))
    if found is None:
        return False
    # the gold date is a period: the predicted date must lie inside it ("1995" holds "1995-04")
    return any((p := PartialDate.parse(w)) is not None and p.covers(found) for w in prefixes)


def gold_matches(gold: SeedGold, event: Mapping[str, Any]) -> bool:
    """Whether one predicted event (a contract dict) satisfies one gold line."""
    if gold.sentence not in (event.get("sentence") or ""):
        return False
    code = str(event.get("cameo", ""))
    if not any(code.startswith(p) for p in gold.cameo):
        return False
    if not _date_ok(gold.date, event.get("date")):
        return False
    src, tgt = event.get("source"), event.get("target")
    orientations = [(src, tgt), (tgt, src)] if gold.symmetric else [(src, tgt)]
    return any(_actor_ok(gold.source, s) and _actor_ok(gold.target, t) for s, t in orientations)


def assign(gold: Sequence[SeedGold], preds: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """Greedy one-to-one assignment: gold index -> prediction index."""
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    # required lines claim events before optional ones; stable within each group
    order = [i for i, g in enumerate(gold) if g.required] + [
        i for i, g in enumerate(gold) if not g.required
    ]
    for gi in order:
        pi = next(
            (p for p, ev in enumerate(preds) if p not in taken and gold_matches(gold[gi], ev)),
            None,
        )
        if pi is not None:
            taken.add(pi)
            pairs[gi] = pi
    return pairs


def _actor_str(actor: Any) -> str:
    return ",".join(sorted(_keys(actor))) or "-"


def score_seed(
    gold: Sequence[SeedGold], preds: Sequence[Mapping[str, Any]], gold_path: str = ""
) -> EvalReport:
    """Score predicted events (contract dicts) against sentence-locator gold."""
    pairs = assign(gold, preds)
    matched_preds = set(pairs.values())
    overall = Tally()
    cats: dict[str, Tally] = {}
    misses: list[str] = []
    for gi, g in enumerate(gold):
        if not g.required:
            continue
        t = cats.setdefault(g.category, Tally())
        t.gold += 1
        overall.gold += 1
        if gi in pairs:
            t.gold_hit += 1
            overall.gold_hit += 1
        else:
            misses.append(
                f"{g.id}: {g.source} -> {g.target} {list(g.cameo)} {g.date} | {g.sentence[:70]}"
            )
    extras: list[str] = []
    for pi, ev in enumerate(preds):
        t = cats.setdefault(str(ev.get("cameo", ""))[:2] or "??", Tally())
        t.pred += 1
        overall.pred += 1
        if pi in matched_preds:
            t.pred_hit += 1
            overall.pred_hit += 1
        else:
            extras.append(
                f"{_actor_str(ev.get('source'))} -> {_actor_str(ev.get('target'))} "
                f"{ev.get('cameo')} {ev.get('date')} | {(ev.get('sentence') or '')[:70]}"
            )
    return EvalReport(
        gold_path=gold_path,
        format=SEED,
        overall=overall,
        categories=cats,
        misses=misses,
        extras=extras,
        notes=["categories are CAMEO roots (gold: first accepted code; predictions: their code)"],
    )
