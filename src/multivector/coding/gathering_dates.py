"""The date of an act told at a gathering the story has already dated.

"The presidents of Ecuador and Colombia shook hands on Friday at a Rio Group summit ... At the
summit, President Uribe apologised": a clause with no date of its own, placed at a definite
gathering ("at the summit", "during the talks", "on the sidelines of the meeting": a
``meeting_nouns`` noun after a ``venue_prepositions`` word of ``lang/en/grammar.yaml``),
happened on the day the story's latest dated sentence that names a gathering gave, when it
gave one day (:func:`note_gathering`, as the sentences are read).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from multivector.coding.dates import DateValue
from multivector.coding.state import DocumentState
from multivector.coding.syntax import DEFINITE_DETERMINERS, grammar_words
from multivector.coding.token_index import token_index

MEETING_NOUNS = frozenset(grammar_words()["meeting_nouns"]) | {"talks"}
SIDES = frozenset({"sideline", "sidelines", "margin", "margins"})
VENUE_PREPS = frozenset(grammar_words()["venue_prepositions"]) - {"of", "in"}


def note_gathering(dates: list[tuple[Span, DateValue]], state: DocumentState) -> None:
    """Keep the day a sentence gives when it names a gathering and gives one day only."""
    days = {v.iso for _e, v in dates if v.precision == "day"}
    if len(days) != 1:
        return
    ix = token_index(dates[0][0].doc)  # the index's strings: no Token per word
    lo, hi = ix.sentence(dates[0][0].start)
    if any(ix.lemma[i] in MEETING_NOUNS or ix.lower[i] in MEETING_NOUNS for i in range(lo, hi)):
        state.gathering_day = next(v for _e, v in dates if v.precision == "day")


def gathering_date(v: Token, state: DocumentState) -> DateValue | None:
    """The day of the gathering a definite gathering of ``v``'s clause refers back to, or None."""
    if state.gathering_day is None or not _at_gathering(v):
        return None
    return state.gathering_day


def _at_gathering(v: Token) -> bool:
    """Whether ``v`` (or the verb it is a conjunct of) has "at the summit" or the like."""
    node = v
    while True:
        for p in node.children:
            if p.dep_ == "prep" and p.lower_ in VENUE_PREPS and _definite_gathering(p):
                return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head


def _definite_gathering(p: Token) -> bool:
    """Whether the object of the preposition ``p`` is a definite gathering ("the summit"), or
    the sidelines of one ("the sidelines of the summit")."""
    for o in p.children:
        if o.dep_ != "pobj":
            continue
        if o.lemma_.lower() in SIDES:
            return any(
                _definite_meeting(k) for q in o.children if q.lower_ == "of" for k in q.children
            )
        return _definite_meeting(o)
    return False


def _definite_meeting(noun: Token) -> bool:
    return (noun.lemma_.lower() in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS) and any(
        d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in noun.children
    )
