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
from multivector.coding.actors import LexEntry, actor_from_entry, char_span
from multivector.coding.name_forms import PLURAL_TAGS, noun_lemmas
from multivector.coding.state import DocumentState
from multivector.coding.syntax import MODIFIER_DEPS, np_core
from multivector.model import Actor

MISSION_MEMBER_NOUNS = lang.words_of("people.yaml", "mission_member_nouns")
MISSION_OWNER_PREPS = lang.words_of("people.yaml", "mission_owner_prepositions")
MISSION_BARE_NOUNS = lang.words_of("people.yaml", "mission_bare_nouns")


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
    OPCW", "observers of the OSCE"), or the "by" phrase of a participle that sends or appoints
    it ("a team of specialists sent by the UN Secretary-General", "a commission appointed by
    the Human Rights Council"), or None: only a named organisation, never a country."""
    if not set(noun_lemmas(h)) & MISSION_MEMBER_NOUNS:
        return None
    for p in h.children:
        if p.dep_ != "prep" or p.lower_ not in MISSION_OWNER_PREPS:
            continue
        for o in p.children:
            m = state.mentions.get(o.i) if o.dep_ == "pobj" else None
            if m is not None and m.entries[0].kind == "organization":
                return _body(h, m.entries[0], f"mission:{h.lemma_}+{p.lower_}")
    for agent in _participle_agents(h):
        for o in agent.children:
            if o.dep_ != "pobj":
                continue
            # the body may be a modifier of an office ("the UN Secretary-General")
            for w in [o, *(c for c in o.children if c.dep_ in ("compound", "amod", "poss"))]:
                m = state.mentions.get(w.i)
                if m is not None and m.entries[0].kind == "organization":
                    return _body(h, m.entries[0], f"mission:{h.lemma_}+by")
    return None


def _participle_agents(h: Token) -> list[Token]:
    """The "by" phrases of a participle modifying ``h`` or the object of its "of" ("a team
    sent by X", "a team of experts sent by X")."""
    heads = [h, *(o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj")]
    return [a for x in heads for v in x.children if v.dep_ == "acl" and v.tag_ == "VBN"
            for a in v.children if a.dep_ == "agent"]


def _body(h: Token, entry: LexEntry, how: str) -> Actor:
    """The organisation ``entry`` as the actor of the mission phrase ``h``."""
    core = np_core(h)
    body = actor_from_entry(entry, " ".join(t.text for t in core), char_span(core), None)
    return dataclasses.replace(body, resolved_by=how)
