"""Corrections (with their audit trail) and the actor table: the store methods the web
application's curators use. Mixed into :class:`multivector.store.core.Store`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, func, select, update

from multivector.actors import country_of
from multivector.store import schema as S
from multivector.store.dates import date_columns
from multivector.store.dates import utc_now as _now
from multivector.store.rows import actor_root, event_weight

_EDITABLE = {
    "source", "target", "object", "cameo", "plover", "plover_mode", "quad_class", "goldstein",
    "date", "date_precision", "not_an_event",
}  # fmt: skip


class CurationMixin:
    """Event corrections, their history, and the actor table (needs ``engine``, ``dialect``,
    ``get_event`` and ``_insert`` from the store)."""

    engine: Engine
    dialect: str

    def update_event(
        self, event_id: str, changes: dict[str, Any], user: str, reason: str
    ) -> dict[str, Any]:
        """Correct an event; returns the audit row (id, event_id, user, at, reason, before, after).

        ``changes`` may set source/target (a code or {"code", "country", "text"}), object, cameo
        (quad class, Goldstein and PLOVER follow from the ontology unless given), plover,
        plover_mode, quad_class, goldstein, date, date_precision and not_an_event.
        """
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}; editable: {sorted(_EDITABLE)}")
        before = self.get_event(event_id)
        if before is None:
            raise KeyError(f"no event {event_id!r}")
        values: dict[str, Any] = {"corrected": True}
        actors: list[dict[str, Any]] = []
        for side in ("source", "target"):
            if side not in changes:
                continue
            new = changes[side]
            if new is None:
                if side == "source":
                    raise ValueError("an event needs a source")
                values.update(target_code=None, target_text=None, target_country=None,
                              target_root=None)  # fmt: skip
                continue
            if isinstance(new, str):
                new = {"code": new}
            code = str(new["code"]).strip().upper()
            country = new.get("country") or country_of(code)  # USRGOV -> USR, as the coder
            text_ = new.get("text", before[side]["text"] if before.get(side) else "")
            values.update({f"{side}_code": code, f"{side}_text": text_,
                           f"{side}_country": country, f"{side}_root": actor_root(code, country)})  # fmt: skip
            actors.append({"code": code, "country": country, "name": text_})
        if "cameo" in changes:
            code = str(changes["cameo"]).strip()
            values.update(cameo=code, cameo_root=code[:2])
            try:
                from multivector.ontology import load_ontology

                onto = load_ontology()
                values.setdefault("quad_class", onto.quad_class(code))
                values.setdefault("goldstein", onto.goldstein(code))
                plover, mode = onto.plover(code)
                values.setdefault("plover", plover)
                values.setdefault("plover_mode", mode)
            except (ImportError, KeyError):
                pass
        for key in ("object", "plover", "plover_mode", "date_precision"):
            if key in changes:
                values[key] = changes[key]
        if "quad_class" in changes:
            values["quad_class"] = int(changes["quad_class"])
        if "goldstein" in changes:
            values["goldstein"] = float(changes["goldstein"])
        if "goldstein" in values:
            values["weight"] = event_weight(values["goldstein"])
        if "not_an_event" in changes:
            values["not_an_event"] = bool(changes["not_an_event"])
        if "date" in changes:
            columns = date_columns(changes["date"])
            if changes["date"] and columns["date_start"] is None:
                raise ValueError(f"not a date: {changes['date']!r}")
            values.update(date=changes["date"], **columns)
        with self.engine.begin() as conn:
            if actors:
                conn.execute(
                    self._insert(S.actors).on_conflict_do_nothing(index_elements=["code"]), actors
                )
            conn.execute(update(S.events).where(S.events.c.event_id == event_id).values(**values))
        after = self.get_event(event_id)
        audit = {
            "event_id": event_id, "user": user, "at": _now(), "reason": reason,
            "before": json.dumps(before, sort_keys=True), "after": json.dumps(after, sort_keys=True),
        }  # fmt: skip
        with self.engine.begin() as conn:
            new_id = conn.execute(S.event_history.insert().values(**audit)).inserted_primary_key[0]
        return {**audit, "id": new_id, "before": before, "after": after}

    def event_history(self, event_id: str) -> list[dict[str, Any]]:
        H = S.event_history
        with self.engine.connect() as conn:
            rows = conn.execute(select(H).where(H.c.event_id == event_id).order_by(H.c.id))
            out = []
            for r in rows:
                d = dict(r._mapping)
                d["before"] = json.loads(d["before"])
                d["after"] = json.loads(d["after"])
                out.append(d)
        return out

    # -- actors ----------------------------------------------------------------------------
    def actors(self) -> list[dict[str, Any]]:
        """Every actor code with its country, a name seen in text and its event count."""
        e = S.events
        with self.engine.connect() as conn:
            counts: dict[str, int] = {}
            for col in (e.c.source_code, e.c.target_code):
                for code, n in conn.execute(select(col, func.count()).group_by(col)):
                    if code is not None:
                        counts[code] = counts.get(code, 0) + n
            rows = conn.execute(select(S.actors).order_by(S.actors.c.code))
            return [{**dict(r._mapping), "n_events": counts.get(r.code, 0)} for r in rows]
