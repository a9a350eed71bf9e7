"""The members of an international mission named only by what they do.

A text on a UN inquiry, an IAEA inspection or an observer mission names the body once and then
its people by their task: "the investigators also criticised ...", "Iran refused to give the
inspectors access", "the peacekeepers withdrew" (and, for ``mission_bare_nouns``, a bare plural:
"peacekeepers fired on the rebels"). A definite plural of a ``mission_member_nouns``
word (``lang/en/people.yaml``) with no owner of its own ("Kenyan peacekeepers", "the
inspectors of the agency", "its investigators" keep theirs) is the intergovernmental body last
spoken of before it, not the police or army of the country where they work; with no such body
named, the usual rules decide.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.actors import actor_from_entry, char_span, noun_lemmas
from multivector.coding.state import DocumentState
from multivector.coding.syntax import MODIFIER_DEPS, np_core
from multivector.model import Actor

MISSION_MEMBER_NOUNS = frozenset(str(w) for w in lang.load("people.yaml")["mission_member_nouns"])
MISSION_OWNER_PREPS = frozenset(
    str(w) for w in lang.load("people.yaml")["mission_owner_prepositions"]
)
MISSION_BARE_NOUNS = frozenset(str(w) for w in lang.load("people.yaml")["mission_bare_nouns"])
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def mission_body(h: Token, state: DocumentState, exclude: set[str]) -> Actor | None:
    """The intergovernmental body whose members "the inspectors" (``h``) are, or None."""
    if (named := named_body(h, state)) is not None:
        return named
    if h.tag_ not in PLURAL_TAGS or not set(noun_lemmas(h)) & MISSION_MEMBER_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) and (
        any(c.dep_ == "det" for c in h.children) or not set(noun_lemmas(h)) & MISSION_BARE_NOUNS
    ):
        return None  # "the inspectors", a bare "peacekeepers"; not "some observers"
    if any(c.dep_ in MODIFIER_DEPS or c.dep_ in ("poss", "prep") for c in h.children):
        return None  # "UN inspectors", "the Kenyan peacekeepers", "the monitors from the OSCE"
    body = state.tracker.recent(
        lambda a: a.kind == "organization" and a.code.startswith("IGO"),
        set(exclude),
        prefer_subject=False,
        before=h.idx,
    )
    if body is None:
        return None
    core = np_core(h)  # the words and span of this mention, the body's code
    return dataclasses.replace(
        body,
        text=" ".join(t.text for t in core),
        span=char_span(core),
        coref=True,
        resolved_by=f"mission:{h.lemma_}",
    )


def named_body(h: Token, state: DocumentState) -> Actor | None:
    """The organisation a from/of phrase of a mission member noun names ("Inspectors from the
    OPCW", "observers of the OSCE"), or None: only a named organisation, never a country."""
    if not set(noun_lemmas(h)) & MISSION_MEMBER_NOUNS:
        return None
    for p in h.children:
        if p.dep_ != "prep" or p.lower_ not in MISSION_OWNER_PREPS:
            continue
        for o in p.children:
            m = state.mentions.get(o.i) if o.dep_ == "pobj" else None
            if m is not None and m.entries[0].kind == "organization":
                core = np_core(h)
                body = actor_from_entry(m.entries[0], " ".join(t.text for t in core), char_span(core), None)
                return dataclasses.replace(body, resolved_by=f"mission:{h.lemma_}+{p.lower_}")
    return None
