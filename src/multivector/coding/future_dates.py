"""Weekdays of acts told in the future: "will meet on Friday" is the Friday after the document.

News names a bare weekday for the most recent one (``dates.parse_date_expression``: "met on
Friday" in a Wednesday's paper is two days before). A clause told in the future ("will leave
on Friday", "would announce sanctions on Wednesday", "is due to visit Cairo on Monday") looks
ahead instead: its weekday is the first one from the document's date on (the document's own day counts,
as it does looking back). The tense is read on
the clause that owns the date (``event_dates.date_owner``); the words are in
``lang/en/grammar.yaml`` (``future_auxiliaries``, ``future_frames``, ``past_date_words``).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.dates import WEEKDAYS, DateValue

FUTURE_AUXILIARIES = lang.words("future_auxiliaries")
FUTURE_PERFECT = lang.words("future_perfect_words")
FUTURE_FRAMES = lang.words("future_frames")
PAST_DATE_WORDS = lang.words("past_date_words")
_WORD = re.compile(r"[a-z']+")


def ahead(
    value: DateValue, ent: Span, text: str, owner: Token, doc_date: dt.date | None
) -> DateValue:
    """``value`` moved to the first such weekday from ``doc_date`` on when ``text`` (the date entity
    ``ent``'s words) is a bare weekday and its ``owner`` clause is told in the future; else
    ``value`` unchanged."""
    if doc_date is None or value.precision != "day" or value.how != "document-relative":
        return value
    words = _WORD.findall(text.lower())
    days = [w for w in words if w in WEEKDAYS]
    if len(days) != 1 or any(w in PAST_DATE_WORDS for w in words) or not in_future(owner):
        return value
    if _before_subject(ent, owner):
        return value  # "said on Monday it would impose ...": the saying's day
    step = (WEEKDAYS[days[0]] - doc_date.weekday()) % 7  # the document's own day counts
    return DateValue((doc_date + dt.timedelta(days=step)).isoformat(), "day", value.how)


def _before_subject(ent: Span, owner: Token) -> bool:
    """Whether ``ent`` stands between the verb above a complement clause and that clause's
    subject ("said on Monday it would impose"): the parser may hang it on either."""
    if owner.dep_ != "ccomp" or not owner.head.i < ent.start:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= ent.end for c in owner.children)


def in_future(v: Token) -> bool:
    """Whether the clause of ``v`` is told in the future: a future auxiliary on it ("will
    meet", "would announce"; not "would have met"), or it is the infinitive of a frame in the
    present that sets it ahead ("is due to visit", "plans to travel") or of a verb that is
    itself in the future ("will try to meet")."""
    if _future_aux(v):
        return True
    if v.dep_ != "xcomp" or v.head.i == v.i:
        return False
    frame = v.head
    if _future_aux(frame):
        return True
    if frame.lemma_.lower() not in FUTURE_FRAMES:
        return False
    tenses = [frame.tag_] + [c.tag_ for c in frame.children if c.dep_ in ("aux", "auxpass", "cop")]
    if frame.dep_ == "acomp":  # "Begin is due to make": the copula is the adjective's head
        tenses.append(frame.head.tag_)
    return "VBD" not in tenses and any(t in ("VBZ", "VBP") for t in tenses)


def _future_aux(v: Token) -> bool:
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in FUTURE_AUXILIARIES for c in aux) and not any(
        c.lower_ in FUTURE_PERFECT for c in aux
    )
