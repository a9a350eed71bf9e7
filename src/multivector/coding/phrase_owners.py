"""The owners of a role or group noun: the actors its modifiers name ("Kazakh",
"Kazakhstan's", "the Ohio-based group", "a coalition spokesman", "their lorries") and, failing
them, its "of X" and origin phrases ("barley imported from Australia").

:func:`modifier_actors` is :meth:`PhraseResolver.modifier_actors
<multivector.coding.phrases.PhraseResolver>` (a method of the resolver, defined here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding.actor_records import place_actor
from multivector.coding.actors import actor_from_entry, mention_words
from multivector.coding.based import based_places
from multivector.coding.binding import person_exclude
from multivector.coding.clause_syntax import in_dateline
from multivector.coding.coref import as_country, unique_actors
from multivector.coding.groups import pronoun_owners
from multivector.coding.leaders import earlier_led
from multivector.coding.state import DocumentState
from multivector.coding.syntax import coordinated, words
from multivector.coding.titles import chained_modifiers
from multivector.coding.token_index import children_with, token_index
from multivector.coding.voices import own_voice
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver

OWNER_PREPS = words("owner_prepositions", "role")
COUNTERPART_NOUNS = words("counterpart_nouns")
ORIGIN_VERBS = words("origin_participles")
ORIGIN_PREPS = words("owner_prepositions", "origin")


def modifier_actors(
    resolver: PhraseResolver,
    h: Token,
    state: DocumentState,
    when,
    exclude: set[str],
    with_preps: bool = True,
    preps: frozenset[str] = OWNER_PREPS,
    only_preps: bool = False,
) -> list[Actor]:
    """The actors a role or group noun belongs to: "Kazakh", "Kazakhstan's", "of X"."""
    found: list[Actor] = []
    modifiers, based, dateline = (
        ([], [], False) if only_preps else phrase_modifiers(resolver, h, state)
    )
    if with_preps and dateline:  # "PRAGUE - Troops of X": X
        if owned := resolver.modifier_actors(h, state, when, exclude, True, preps, True):
            return owned
    for c in modifiers:
        for m in coordinated(c):
            mention = state.mentions.get(m.i)
            entry = resolver.entry(mention, when) if mention is not None else None
            if mention is not None:
                if entry is not None:
                    a = actor_from_entry(entry, *mention_words(h.doc, mention), when)
                    found.append(as_country(a) if m in based else a)  # "London-based"
            elif m in based and resolver.generic is not None:  # "the Ohio-based group"
                place = resolver.generic.place_at(m, state.mentions)
                found.extend([place_actor(place)] if place is not None else [])
            elif (led := earlier_led(m)) is not None:  # "a coalition spokesman"
                found.extend(resolver.resolve(led, state, when, "modifier", exclude))
            elif m.dep_ == "poss" and m.pos_ in ("NOUN", "PROPN"):
                # "the Japanese prime minister's visit" -> whoever the possessor is
                found.extend(resolver.resolve_single(m, state, when, "modifier", exclude))
            elif (
                m.dep_ == "poss"
                and m.pos_ == "PRON"
                and h.lemma_.lower() not in COUNTERPART_NOUNS
            ):
                owners = pronoun_owners(  # "detained traders and seized their lorries"
                    m,
                    lambda o: resolver.resolve(o, state, when, "modifier", exclude),
                    lambda p: own_voice(  # "our airspace": the speaker's
                        p, state, when, exclude, resolver, person_exclude(p, exclude)
                    ),
                )
                found.extend(
                    o if o.kind == "organization" else as_country(o)
                    for o in owners
                    if o.country or o.kind == "organization"
                )
    if found or not with_preps:
        return unique_actors(found)
    ix = token_index(doc := h.doc)  # the children's labels and words from the index
    kids, dep, low = ix.children, ix.dep, ix.lower
    origin = [a for a in kids[h.i] if dep[a] == "acl" and ix.lemma[a] in ORIGIN_VERBS]
    origin = [p for a in origin for p in kids[a] if low[p] in ORIGIN_PREPS]  # "from X"
    for c in [*kids[h.i], *origin]:
        if dep[c] == "prep" and (low[c] in preps or c in origin):
            for p in kids[c]:
                if dep[p] == "pobj":
                    for q in coordinated(doc[p]):
                        found.extend(resolver.resolve_single(q, state, when, "modifier", exclude))
            if found:
                return unique_actors(found)
    return []


MODIFIER_LABELS = ("amod", "compound", "nmod", "poss", "npadvmod")


def phrase_modifiers(
    resolver: PhraseResolver, h: Token, state: DocumentState
) -> tuple[list[Token], list[Token], bool]:
    """The words of ``h``'s phrase that may name its owner (its modifiers, the modifiers of its
    compound titles, the places of its "X-based" modifiers), those places, and whether one of
    them lies in a dateline; worked out once per token of the document (``state.modifiers``):
    they depend only on the parse, the mentions and the lexicon, never on what was read."""
    kept = state.modifiers.get(h.i)
    if kept is None:
        modifiers = children_with(h, MODIFIER_LABELS)
        # "Chinese President Xi Jinping": "Chinese" hangs on the title, the title on the name.
        modifiers += chained_modifiers(modifiers, state.mentions)  # "U.S. House Speaker X"
        based = based_places(h, lambda n: resolver.agent_code(n, state))
        modifiers += based
        kept = state.modifiers[h.i] = (modifiers, based, any(in_dateline(m) for m in modifiers))
    return kept
