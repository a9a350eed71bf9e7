"""Armed acts done together are military cooperation between their doers.

"Nigerian and Cameroonian troops have fought Boko Haram together", "Ugandan and Congolese troops
conducted joint operations", "Indian troops advanced alongside the Bengali guerrillas": besides
the act on the enemy, the doers of different states cooperate militarily with each other
(``joint_force_code``, 062, for the acts of ``joint_force_roots``; ``joint_force_words`` and
``joint_force_prepositions`` in ``lang/en/grammar.yaml``). Co-doers act once a pair, the first
named towards the later ones (as the joint acts of the argument stage); a doer with a partner
"alongside" acts towards the partner. Rule mark ``+joint force``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.build import recoded
from multivector.coding.state import DocumentState
from multivector.model import Actor, Event

if TYPE_CHECKING:
    from multivector.coding.events import EventExtractor

CODE = str(lang.entry("joint_force_code"))
ROOTS = tuple(lang.entry("joint_force_roots"))
WORDS = lang.words("joint_force_words")
PREPOSITIONS = lang.words("joint_force_prepositions")
MARK = " +joint force"
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj"})


def joint_force_acts(
    ex: EventExtractor, events: list[Event], sent: Span, state: DocumentState
) -> list[Event]:
    """The military cooperation of the doers of this sentence's armed acts done together."""
    by_verb: dict[int, list[Event]] = {}
    for e in events:
        if e.cameo.startswith(ROOTS) and e.verb_span is not None and MARK not in e.rule:
            by_verb.setdefault(e.verb_span.start, []).append(e)
    if not by_verb:
        return []
    tokens = {t.idx: t for t in sent}
    out: list[Event] = []
    for start, acts in by_verb.items():
        v = tokens.get(start)
        if v is None:
            continue
        first = acts[0]
        sources = _distinct([e.source for e in acts])
        pairs: list[tuple[Actor, Actor]] = []
        if len(sources) > 1 and _together(v):
            pairs = [(sources[0], s) for s in sources[1:]]
        for partner in _alongside(ex, v, state, {a.country or a.code[:3] for a in sources}):
            pairs += [(s, partner) for s in sources]
        for source, target in pairs:
            out.append(recoded(
                ex.ontology, first, CODE, source=source, target=target, object=None,
                object_span=None, rule=first.rule + MARK,
            ))  # fmt: skip
    return out


def _together(v: Token) -> bool:
    """Whether the act of ``v`` is said to be done jointly: "fought together", "conducted joint
    operations", "fought under a joint command" (within three steps of the verb, not inside a
    clause of its own)."""
    level = [c for c in v.children if c.dep_ not in CLAUSE_DEPS]
    for _ in range(3):
        if any(t.lower_ in WORDS for t in level):
            return True
        level = [g for t in level for g in t.children if g.dep_ not in CLAUSE_DEPS]
    return False


def _alongside(ex: EventExtractor, v: Token, state: DocumentState, own: set[str]) -> list[Actor]:
    """The partners the "alongside" phrase of ``v`` names, of other states than the doers'."""
    found: list[Actor] = []
    for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in PREPOSITIONS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            for a in ex.phrases.resolve(obj, state, state.doc_date, "target", set(own)):
                if (a.country or a.code[:3]) not in own:
                    found.append(a)
    return found


def _distinct(actors: list[Actor]) -> list[Actor]:
    """The actors of different states, in order."""
    seen: set[str] = set()
    out = []
    for a in actors:
        key = a.country or a.code[:3]
        if key and key not in seen:
            seen.add(key)
            out.append(a)
    return out
