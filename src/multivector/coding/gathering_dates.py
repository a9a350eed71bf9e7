"""The date of an act told at a gathering the story has already dated.

"The presidents of Ecuador and Colombia shook hands on Friday at a Rio Group summit ... At the
summit, President Uribe apologised": a clause with no date of its own, placed at a definite
gathering (a venue of :func:`multivector.coding.venues.in_venue`: "at the summit", "on the
sidelines of the meeting"), happened on the day the story's latest dated sentence that names
a gathering gave, when it gave one day (:func:`note_gathering`, as the sentences are read).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from multivector.coding.dates import DateValue
from multivector.coding.state import DocumentState
from multivector.coding.syntax import DEFINITE_DETERMINERS
from multivector.coding.token_index import token_index
from multivector.coding.venues import GATHERING_NOUNS, in_venue


def note_gathering(dates: list[tuple[Span, DateValue]], state: DocumentState) -> None:
    """Keep the day a sentence gives when it names a gathering and gives one day only."""
    days = {v.iso for _e, v in dates if v.precision == "day"}
    if len(days) != 1:
        return
    ix = token_index(dates[0][0].doc)  # the index's strings: no Token per word
    lo, hi = ix.sentence(dates[0][0].start)
    if any(ix.lemma[i] in GATHERING_NOUNS for i in range(lo, hi)):
        state.gathering_day = next(v for _e, v in dates if v.precision == "day")


def gathering_date(v: Token, state: DocumentState) -> DateValue | None:
    """The day of the gathering a definite gathering of ``v``'s clause refers back to, or None."""
    if state.gathering_day is None or not _at_gathering(v):
        return None
    return state.gathering_day


def _at_gathering(v: Token) -> bool:
    """Whether ``v`` (or the verb it is a conjunct of) is placed at a definite gathering."""
    node = v
    while True:
        for p in node.children:
            if p.dep_ == "prep" and any(
                o.dep_ == "pobj" and in_venue(o) and _definite(o) for o in p.children
            ):
                return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head


def _definite(o: Token) -> bool:
    """Whether the gathering ``o`` names is one told before: "the summit", "the sidelines of
    the summit" (not "the sidelines of a summit in Lima")."""
    named = next(
        (k for q in o.children if q.lower_ == "of" for k in q.children if in_venue(k)), o
    )
    return any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in named.children)
