"""What the pages and the API do, independent of HTTP: queries, contributions, moderation."""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException

from multivector.store import queries
from multivector.web import charts, names, present
from multivector.web.coding import BackgroundCoder, StillCoding
from multivector.web.community import ROLES, Community, CommunityError, NotFound, User
from multivector.web.contributed import read_contribution
from multivector.web.highlight import segments
from multivector.web.security import RateLimiter, WebSettings
from multivector.web.validate import (
    CODE,
    CORRECTABLE_FIELDS,
    FILTER_KEYS,
    clean_changes,
    parse_filters,
    real_date,
)

__all__ = [
    "CORRECTABLE_FIELDS",
    "FILTER_KEYS",
    "ROLES",
    "Service",
    "clean_changes",
    "parse_filters",
    "real_date",
    "require",
    "safe_next",
]


class RateLimited(Exception):
    def __init__(self, what: str, retry_after: float) -> None:
        super().__init__(f"too many {what} requests: wait a minute and try again")
        self.retry_after = retry_after


# -- helpers ------------------------------------------------------------------------------------


def require(user: User, role: str) -> None:
    if not user.can(role):
        raise PermissionError(f"this needs the {role} role (you are {user.role})")


def safe_next(url: str) -> str:
    """A local path to go back to, never another site."""
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    return url[:500]


def _event_link_fields(e: dict[str, Any]) -> dict[str, Any]:
    e = dict(e)
    e.setdefault("status", "accepted")
    e.setdefault("corrected", False)
    return e


@dataclass
class Service:
    store: Any
    community: Community
    settings: WebSettings
    coder_factory: Callable[[], Any]
    limiter: RateLimiter
    coder_grace: float = 1.0  # a contribution waits this long for the coder, then is queued

    def __post_init__(self) -> None:
        from multivector.qa import Answerer

        self.answerer = Answerer(self.store, semantic=self.settings.semantic_ranking)
        self.coder = BackgroundCoder(self.coder_factory)
        self._profiles: dict[tuple[str, ...], tuple[float, int, dict[str, Any]]] = {}
        self._profiles_lock = threading.Lock()

    def _profile(self, key: tuple[str, ...], build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """An actor or dyad profile (or a search result), reused for ``profile_cache_seconds``:
        the aggregates over thousands of events are the costliest pages and change only when
        moderators act (or an ingest adds documents: seen after at most that long). A moderator's
        decision made through any server process (see :meth:`Community.last_decision`) makes
        every process's cached profiles stale at once."""
        ttl = self.settings.profile_cache_seconds
        if ttl <= 0:
            return dict(build())
        now = time.monotonic()
        mark = self.community.last_decision()
        with self._profiles_lock:
            hit = self._profiles.get(key)
        # Callers get their own top-level dict (they add comments and questions to it); the
        # values inside are shared with the cache and are never changed.
        if hit and now - hit[0] < ttl and hit[1] == mark:
            return dict(hit[2])
        value = build()
        with self._profiles_lock:
            if len(self._profiles) > 5000:
                self._profiles.clear()
            self._profiles[key] = (now, mark, value)
        return dict(value)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Any) -> AsyncIterator[None]:
        """The app's start-up and shutdown: load the coder in the background at start-up; at
        shutdown, finish coding the contributions queued."""
        self.coder.start()
        try:
            yield
        finally:
            self.coder.close()

    def forget_profiles(self) -> None:
        with self._profiles_lock:
            self._profiles.clear()

    # -- limits ---------------------------------------------------------------------------------

    def limit(self, bucket: str, key: str) -> None:
        limit, window = self.settings.login_rate if bucket == "login" else self.settings.post_rate
        if not self.limiter.hit(bucket, key, limit, window):
            raise RateLimited(bucket, window)

    # -- explore ---------------------------------------------------------------------------------

    def _filter(self, values: dict[str, Any], **extra: Any) -> Any:
        from multivector.store import EventFilter

        return EventFilter(**{**values, **extra})

    def overview(self) -> dict[str, Any]:
        from multivector.web import explore

        def build() -> dict[str, Any]:
            return {
                "n_events": self.store.count_events(self._filter({})),
                "recent": [_event_link_fields(e) for e in explore.recent_events(self.store, 10)],
            }

        # the count and the newest events change with the data, like profiles; questions do not
        return {**self._profile(("overview",), build),
                "questions": self.community.list_questions(limit=8)}  # fmt: skip

    def search(self, params: dict[str, str]) -> dict[str, Any]:
        """Sentences and events for a search page; a result is reused like a profile (the same
        query within ``profile_cache_seconds``, until a moderator's decision)."""
        key = ("search", *sorted((str(k), str(v)) for k, v in params.items()))
        return self._profile(key, lambda: self._search(params))

    def _search(self, params: dict[str, str]) -> dict[str, Any]:
        values, problems = parse_filters(params)
        q = str(params.get("q", "") or "").strip()[:500]
        try:
            page = max(1, min(int(params.get("page", 1) or 1), 1000))
        except ValueError:
            page = 1
        size = self.settings.page_size
        sentences: list[dict[str, Any]] = []
        if q:
            try:
                sentences = self.store.search(q, self._filter(values), limit=size)
            except ValueError as e:
                problems.append(f"search text not understood: {e}")
                q = ""
        f = self._filter(values, text=q or None)
        events: list[dict[str, Any]] = []
        total = 0
        # An empty search would sort every event in the store: ask for text or a filter first.
        if q or values:
            try:
                events, total = queries.event_page(self.store, f, size, (page - 1) * size)
            except ValueError as e:
                problems.append(str(e))
        return {
            "asked": bool(q or values),
            "q": q,
            "filters": values,
            "problems": problems,
            "sentences": sentences,
            "events": [_event_link_fields(e) for e in events],
            "n_events": total,
            "page": page,
            "pages": max(1, -(-total // size)),
        }

    def events(self, params: dict[str, str], limit: int, offset: int) -> dict[str, Any]:
        """The API's event list: an invalid filter is a 400 (ignoring it would widen the list)."""
        values, problems = parse_filters(params)
        if problems:
            raise HTTPException(400, "; ".join(problems))
        f = self._filter(values)
        return {
            "problems": problems,
            "total": self.store.count_events(f),
            "events": self.store.query_events(f, limit=limit, offset=offset),
        }

    def may_see(self, user: User | None, doc_id: str, status: str | None) -> bool:
        """Accepted documents are public; pending and rejected ones only to moderators and
        the users who contributed them."""
        if status in (None, "accepted"):
            return True
        if user is None or not user.is_active:
            return False
        return user.can("moderator") or user.id in self.community.contributors(doc_id)

    def document(self, doc_id: str, user: User | None = None) -> dict[str, Any]:
        doc = self.store.get_document(doc_id)
        if doc is None and (queued := self.coder.state(doc_id)) is not None and user is not None:
            if user.id == queued["user_id"] or user.can("moderator"):
                raise StillCoding(doc_id, queued)
        if doc is None or not self.may_see(user, doc_id, doc.get("status")):
            raise HTTPException(404, f"no document {doc_id!r}")
        doc = dict(doc)
        events = [_event_link_fields(e) for e in doc.get("events", [])]
        doc["events"] = events
        doc["segments"] = segments(doc.get("text", ""), events)
        doc["titles"] = {e["event_id"]: present.describe(e) for e in events}
        doc["comments"] = self.community.list_comments("document", doc_id)
        doc["questions"] = self.community.list_questions("document", doc_id)
        # the other articles of its story (issue 12): other documents, and other URLs of this text
        doc["story_others"] = [a for a in self.store.story_articles(doc["story_id"])
                               if a["doc_id"] != doc_id or a["url"] != doc.get("url")] if doc.get(
                                   "story_id") else []  # fmt: skip
        return doc

    def _visible_event(self, event_id: str, user: User | None) -> dict[str, Any]:
        ev = self.store.get_event(event_id)
        if ev is None or not self.may_see(user, ev["doc_id"], ev.get("status")):
            raise HTTPException(404, f"no event {event_id!r}")
        return ev

    def check_target(self, user: User | None, kind: str | None, target_id: str | None) -> None:
        """A comment's or question's target must exist and be visible to ``user`` (404)."""
        from multivector.web import explore

        if kind is None and target_id is None:
            return
        if kind not in ("document", "event", "actor", "dyad") or not target_id:
            raise CommunityError(
                "comments and questions attach to a document, event, actor or dyad"
            )
        if kind == "event":
            self._visible_event(target_id, user)
        elif kind == "document":
            status = explore.document_status(self.store, target_id)
            if status is None or not self.may_see(user, target_id, status):
                raise NotFound(f"no document {target_id!r}")
        else:
            codes = target_id.split("/") if kind == "dyad" else [target_id]
            ok = len(codes) == (2 if kind == "dyad" else 1) and all(CODE.match(c) for c in codes)
            if not ok or not explore.has_events(self.store, *codes):
                raise NotFound(f"no events for {kind} {target_id!r}")

    def event(self, event_id: str, user: User | None = None) -> dict[str, Any]:
        ev = self._visible_event(event_id, user)
        ev = _event_link_fields(ev)
        ev["cameo_name"] = present.cameo_name(ev["cameo"])
        ev["history"] = [present.history_row(h) for h in self.store.event_history(event_id)]
        ev["corrections"] = self.community.list_corrections(event_id=event_id)
        ev["comments"] = self.community.list_comments("event", event_id)
        ev["questions"] = self.community.list_questions("event", event_id)
        return ev

    def actor(self, code: str) -> dict[str, Any]:
        a = self._profile(("actor", code), lambda: self._actor(code))
        a["comments"] = self.community.list_comments("actor", code)
        a["questions"] = self.community.list_questions("actor", code)
        return a

    def _actor(self, code: str) -> dict[str, Any]:
        from multivector.web import explore

        a = explore.actor_profile(self.store, code)
        if not a["n_events"]:
            raise HTTPException(404, f"no events for actor {code!r}")
        a["name"] = present.actor_name(code)
        a["title"] = present.actor_title(code)
        years = present.year_axis([y for y, _ in a["timeline"]])
        counts = dict(a["timeline"])
        rows = {p["period"]: p for p in a["orientation"] if p["period"].isdigit()}
        periods = present.year_axis([int(k) for k in rows]) if rows else []
        a["charts"] = {
            "timeline": charts.bar_chart(
                [str(y) for y in years],
                [counts.get(y, 0) for y in years],
                f"Events per year involving {code}",
            ),
            # years without cooperation toward any pole have no shares: the lines skip them
            "orientation": charts.line_chart(
                [str(y) for y in periods],
                {
                    **{
                        pole: [present.nested(rows.get(str(y)), "shares", pole) for y in periods]
                        for pole in a["poles"]
                    },
                    "multipolarity": [
                        (rows.get(str(y)) or {}).get("multipolarity") for y in periods
                    ],
                },
                f"Orientation of {code} over time",
                y_max=1.0,
                colors={**present.pole_colors(), "multipolarity": present.MULTIPOLARITY_COLOR},
            )
            if periods
            else '<p class="muted">No orientation data for this actor.</p>',
        }
        return a

    def dyad(self, a: str, b: str) -> dict[str, Any]:
        d = self._profile(("dyad", a, b), lambda: self._dyad(a, b))
        key = f"{d['a']}/{d['b']}"
        d["comments"] = self.community.list_comments("dyad", key)
        d["questions"] = self.community.list_questions("dyad", key)
        return d

    def _dyad(self, a: str, b: str) -> dict[str, Any]:
        from multivector.web import explore

        d = explore.dyad_profile(self.store, a, b)
        if not d["n_events"]:
            raise HTTPException(404, f"no events between {a} and {b}")
        by_year = {r["year"]: r for r in d["series"]}
        axis = present.year_axis(list(by_year))
        zero = {"a_to_b": 0, "b_to_a": 0, "goldstein": None}
        series = [by_year.get(y, zero) for y in axis]
        years = [str(y) for y in axis]
        d["charts"] = {
            # bars: a year without events between them is no bar, not a dip to zero
            "counts": charts.bar_chart(
                years,
                {
                    f"{a}→{b}": [r["a_to_b"] for r in series],
                    f"{b}→{a}": [r["b_to_a"] for r in series],
                },
                f"Events per year, {a} and {b}",
            ),
            "goldstein": charts.line_chart(
                years,
                {"mean Goldstein": [r["goldstein"] for r in series]},
                f"Mean Goldstein per year, {a} and {b}",
                y_min=-10.0,
                y_max=10.0,
            ),
        }
        return d

    def question(self, qid: int) -> dict[str, Any]:
        q = self.community.get_question(qid)
        if q is None:
            raise HTTPException(404, f"no question {qid}")
        return q

    # -- ask --------------------------------------------------------------------------------------

    def ask(self, question: str) -> dict[str, Any]:
        """The question box: an analytical answer carries its chart drawn (``chart_svg``).
        Answers are reused like profiles (their aggregates are as costly, and as stable)."""
        q = " ".join(question[:2000].split())
        a = self._profile(("ask", q), lambda: self.answerer.answer(q))
        if a.get("chart"):
            a["chart_svg"] = present.chart_svg(a["chart"])
        return a

    # -- accounts ---------------------------------------------------------------------------------

    def login(self, username: str, password: str, client: str) -> User | None:
        """Check a password, within limits on *failed* attempts: per account and address
        (an attacker elsewhere cannot lock the owner out) and per address over all accounts.

        An attempt is counted before the password is checked (so parallel tries cannot
        overshoot) and uncounted when it succeeds.
        """
        limit, window = self.settings.login_rate
        a_limit, a_window = self.settings.login_address_rate
        account = names.normalise(username).casefold()[:64]
        keys = (
            ("login-fail", f"{account}@{client}", limit, window),
            ("login-fail-address", client, a_limit, a_window),
        )
        counted = []
        for bucket, key, n, w in keys:
            if not self.limiter.hit(bucket, key, n, w):
                for done in counted:
                    self.limiter.release(*done)
                raise RateLimited("login", w)
            counted.append((bucket, key))
        user = self.community.authenticate(username, password)
        if user is not None:
            for done in counted:
                self.limiter.release(*done)
        return user

    def register(self, username: str, password: str, client: str) -> User:
        limit, window = self.settings.login_rate
        if not self.limiter.hit("register", client, limit, window):
            raise RateLimited("registration", window)
        return self.community.create_user(username, password, role=self.settings.default_role)

    # -- contribute -------------------------------------------------------------------------------

    def comment(self, user: User, kind: str, target_id: str, body: str) -> int:
        require(user, "reader")
        self.limit("post", str(user.id))
        self.check_target(user, kind, target_id)
        return self.community.add_comment(user, kind, target_id, body)

    def post_question(self, user: User, body: str, kind: str | None, target_id: str | None) -> int:
        require(user, "reader")
        self.limit("post", str(user.id))
        self.check_target(user, kind, target_id)
        return self.community.add_question(user, body, kind, target_id)

    def answer(self, user: User, qid: int, body: str) -> int:
        require(user, "reader")
        self.limit("post", str(user.id))
        return self.community.add_answer(user, qid, body)

    def contribute(
        self,
        user: User,
        *,
        source: str,
        text: str,
        upload: bytes | None,
        upload_name: str | None,
        date: str,
        title: str,
        url: str,
    ) -> dict[str, Any]:
        """Code a contributed text and store its events as pending: at once when the coder is
        loaded, else in the background (status "coding"; the document's page says so).

        The text (or upload) is read by the same reader as files (:mod:`multivector.ingest`):
        decoded, HTML extracted, cleaned, boilerplate stripped, checked for English.
        """
        require(user, "contributor")
        self.limit("post", str(user.id))
        source, title, url = source.strip()[:300], title.strip()[:300], url.strip()[:1000]
        if not source:
            raise CommunityError("say where the text comes from (its source)")
        if url and not re.match(r"^https?://", url):
            raise CommunityError("the URL must start with http:// or https://")
        doc = read_contribution(
            upload if upload is not None else text.strip().encode("utf-8"),
            name=upload_name or "the text",
            date=date,
            source_path=f"contributed by {user.username}: {source}",
        )
        if len(doc.text) > self.settings.max_text_chars:
            raise CommunityError(
                f"the text is longer than {self.settings.max_text_chars} characters"
            )
        digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        doc_id = f"contrib-{digest[:16]}"
        if self.store.get_document(doc_id) is not None or self.coder.state(doc_id):
            raise CommunityError(f"this text is already in the knowledge base as {doc_id}")
        doc.id, doc.url = doc_id, url or None
        doc.title = title or doc.title or None
        try:
            coder = self.coder.get(timeout=self.coder_grace)
        except RuntimeError as e:
            raise CommunityError(f"{e}; try again in a minute") from None
        if coder is None:  # still loading: never make the visitor wait for it
            self.coder.submit(doc_id, user.id, lambda c: self._store_coded(c, doc, user, source))
            return {"id": None, "doc_id": doc_id, "n_events": None, "status": "coding"}
        return self._store_coded(coder, doc, user, source)

    def _store_coded(self, coder: Any, doc: Any, user: User, source: str) -> dict[str, Any]:
        coded = next(iter(coder.code_documents([doc])))
        if coded.problem is not None:
            raise CommunityError(f"the text could not be coded: {coded.problem.reason}")
        self.store.add_coded_documents([coded], status="pending")
        cid = self.community.add_contribution(
            user,
            doc_id=doc.id,
            title=doc.title,
            source=source,
            url=doc.url,
            date=doc.date,
            n_events=len(coded.events),
        )
        return {"id": cid, "doc_id": doc.id, "n_events": len(coded.events), "status": "pending"}

    def propose_correction(
        self, user: User, event_id: str, changes: dict[str, Any], not_event: bool, reason: str
    ) -> int:
        require(user, "contributor")
        self.limit("post", str(user.id))
        self._visible_event(event_id, user)
        return self.community.add_correction(
            user, event_id, clean_changes(changes), not_event, reason
        )

    # -- moderate ---------------------------------------------------------------------------------

    def queue(self, user: User) -> dict[str, Any]:
        require(user, "moderator")
        corrections = self.community.list_corrections(status="pending")
        for c in corrections:
            c["event"] = self.store.get_event(c["event_id"])
        contributions = self.community.pending_contributions()
        for c in contributions:
            doc = self.store.get_document(c["doc_id"])
            c["events"] = (doc or {}).get("events", [])
        return {"contributions": contributions, "corrections": corrections}

    def moderate(self, user: User, kind: str, item_id: int, decision: str, reason: str) -> None:
        """Accept or reject; the store is changed first so a failure leaves the item pending."""
        require(user, "moderator")
        if decision not in ("accept", "reject"):
            raise CommunityError("the decision is accept or reject")
        if not reason.strip():
            raise CommunityError("give a reason for the decision")
        if kind == "contribution":
            item = self.community.get_contribution(item_id)
            if item is None or item["status"] != "pending":
                raise CommunityError(f"contribution {item_id} is not pending")
            self.store.set_document_status(
                item["doc_id"], "accepted" if decision == "accept" else "rejected"
            )
        elif kind == "correction":
            item = self.community.get_correction(item_id)
            if item is None or item["status"] != "pending":
                raise CommunityError(f"correction {item_id} is not pending")
            if decision == "accept":
                changes = dict(item["changes"])
                if item["not_event"]:
                    changes["not_an_event"] = True
                self.store.update_event(
                    item["event_id"],
                    changes,
                    user=f"{item['username']} (accepted by {user.username})",
                    reason=f"{item['reason']} | moderator: {reason.strip()}",
                )
        else:
            raise CommunityError("moderate a contribution or a correction")
        self.community.decide(user, kind, item_id, decision, reason)
        self.forget_profiles()
