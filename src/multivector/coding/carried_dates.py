"""Dates carried between sentences and between the clauses of one: which dates of a sentence
can date an act told in it, and which date the sentences after it take.

A date in a clause of saying ("the government said on Sunday that ...", "a report released on
Tuesday") dates the saying, not the other acts of the sentence ("Police fired into the crowd,
and the government said on Sunday ...": the firing is not dated Sunday), nor the undated acts
of the sentences after it ("Troops killed hundreds on 13 May, a report released on Tuesday
said. The violence began before dawn ...": 13 May). A date that opens a period ("detained since
Wednesday") dates no act, so a sentence giving only such a date still takes the date carried
from the sentences before it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.dates import DateValue

REPORTING_VERBS = lang.words("reporting_verbs")
SPEECH_TEXT_NOUNS = lang.words("speech_text_nouns") | frozenset(
    str(w) for w in lang.load("anaphora.yaml").get("author_nouns") or ()
)  # "a statement", "a report"
# the dependencies by which an announced act hangs under the verb that states it ("said
# Kenya would not cede ...", "said it was ready to mediate")
_STATED_DEPS = frozenset({"ccomp", "xcomp", "acomp", "conj"})

Dates = list[tuple[Span, DateValue]]


def of_saying(owner: Token) -> bool:
    """Whether a date's owner (``event_dates.date_owner``) is a verb of saying ("said on
    Sunday") or a participle on a text's noun ("in a report released on Tuesday")."""
    if owner.lemma_ in REPORTING_VERBS:
        return True
    return owner.dep_ == "acl" and owner.head.lemma_ in SPEECH_TEXT_NOUNS


def act_dates(
    v: Token, dates: Dates, owners: list[Token], opens_period: Callable[[Span], bool]
) -> tuple[Dates, list[Token]]:
    """The dates of a sentence that may date the act of ``v``: not the start of a period, not a
    date of a clause of saying other than one ``v`` is told in (a text's date dates the acts
    the text does: "A report, circulated last week, accused ...")."""
    above = {v.i, *(a.i for a in v.ancestors)}
    kept = [
        (pair, owner)
        for pair, owner in zip(dates, owners, strict=True)
        if not opens_period(pair[0])
        and (owner.i in above or not of_saying(owner) or _text_of(owner, above))
    ]
    return [p for p, _ in kept], [o for _, o in kept]


def carried_dates(
    dates: Dates, owners: list[Token], opens_period: Callable[[Span], bool]
) -> Dates | None:
    """The dates of a sentence from which the next sentences take theirs: the dates of its
    acts, not of its saying, when it gives both; None when it gives only the start of a
    period (the date carried from before stays)."""
    if dates and all(opens_period(ent) for ent, _ in dates):
        return None
    acts = [
        pair for pair, owner in zip(dates, owners, strict=True) if not of_saying(owner)
    ]
    return acts or dates


def stated_in_past(v: Token, told_in_past: Callable[[Token], bool]) -> bool:
    """An announced act (an intention, threat or refusal) whose stating verb is in the past
    ("said Kenya would not cede ...")."""
    g = v
    while g.dep_ in _STATED_DEPS and g.head.i != g.i:
        g = g.head
        if told_in_past(g):
            return True
    return False


def _text_of(owner: Token, above: set[int]) -> bool:
    """A date of a participle on a text's noun that is an argument of the act or of a clause
    above it ("A report, circulated last week, accused ...": the report's act)."""
    return owner.dep_ == "acl" and owner.head.head.i in above


def interval_anchor(
    node: Token, dates: Dates, previous: DateValue | None, told_in_past: Callable[[Token], bool]
) -> DateValue | None:
    """The day an undated clause moved by an interval counts from ("That clash came a day after
    warplanes struck ..."): the day the sentence before gave, when this sentence gives no date
    and the clause is told in the past; None otherwise (the document's date is used)."""
    if dates or previous is None or previous.precision != "day" or not told_in_past(node):
        return None
    return previous
