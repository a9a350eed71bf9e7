"""Noting, sentence by sentence, the actors the noun phrases read so far name, for coreference:
:func:`note_until` and its cheap pre-test :func:`may_name_actor` are methods of
:class:`PhraseResolver <multivector.coding.phrases.PhraseResolver>`, defined here.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multivector.coding.actors import PRONOUNS, char_span
from multivector.coding.predicates import NOTE_DEPS
from multivector.coding.state import DocumentState
from multivector.coding.syntax import is_named_object, words
from multivector.coding.token_index import token_index
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver

PLACE_PREPS = words("place_prepositions")
GROUP_WORDS = words("group_nouns")


def note_until(resolver: PhraseResolver, sent: Span, limit: int, state: DocumentState) -> None:
    """Record the actors of noun phrases before token ``limit`` for coreference.

    Tokens are visited once per document (``state.cursor``); only phrases that can name an
    actor (a named mention, a role or group noun, or a modifier that is a mention) are
    resolved, so this stays cheap on long texts.
    """
    doc = sent.doc
    start = max(state.cursor, sent.start)
    stop = min(limit, sent.end)
    lo = bisect.bisect_left(state.noun_phrases, start)
    hi = bisect.bisect_left(state.noun_phrases, stop)
    ix = token_index(doc)  # labels read from the index: a Token only for what is noted
    dep, pos, head = ix.dep, ix.pos, ix.head
    for i in state.noun_phrases[lo:hi]:
        d = dep[i]
        if d in NOTE_DEPS and pos[i] in ("PROPN", "NOUN"):
            if d == "conj" and dep[head[i]] in NOTE_DEPS:
                continue  # noted with its first conjunct
            t = doc[i]
            if not may_name_actor(resolver, t, state):
                if d in ("dobj", "pobj", "nsubj", "nsubjpass") and is_named_object(t):
                    # a treaty or other named thing: a possible antecedent of "it"
                    state.tracker.note(
                        [Actor(text=t.text, code="", kind="thing", span=char_span([t]))],
                        subject=d.startswith("nsubj"),
                    )
                continue
            if (
                d == "pobj"
                and ix.lower[head[i]] in PLACE_PREPS
                and i in state.mentions
                and state.mentions[i].entries[0].kind == "capital"
            ):
                continue  # "met in Beijing": a place, not a party
            actors = resolver.resolve(t, state, state.actor_day, role="modifier")
            if actors:
                state.tracker.note(
                    actors,
                    subject=d in ("nsubj", "nsubjpass"),
                    plural=ix.tag[i] in ("NNS", "NNPS"),
                )
        elif pos[i] == "PRON" and d == "nsubj" and ix.lower[i] in PRONOUNS:
            noted = state.tracker.pronoun(ix.lower[i], before=doc[i].idx)
            if actors := [a for a in noted if a.code]:
                state.tracker.note(actors, subject=True)
    state.cursor = max(state.cursor, stop)


def may_name_actor(resolver: PhraseResolver, t: Token, state: DocumentState) -> bool:
    """A cheap test before resolving: can the phrase headed by ``t`` name an actor?"""
    i, mentions = t.i, state.mentions
    ix = token_index(t.doc)  # the lemma (lower-cased), entity and tag from the index
    if i in mentions or ix.lemma[i] in GROUP_WORDS or resolver.agent_code(t, state):
        return True
    if ix.ent_type[i] == "PERSON" and ix.pos[i] == "PROPN":  # "spokesman Zhao Lijian"
        return True
    # a word of the phrase, or a conjunct, is a named mention
    return any(c in mentions for c in ix.children[i] + ix.conjuncts(i))
