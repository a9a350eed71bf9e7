"""The country across a border that a force posture faces (defence24).

"Bolivia moved artillery up to the frontier", "Laos put its eastern border brigades on
alert", "moved armour up to the line of contact": a show of force, an alert or a mobilisation
(policy ``border_rival_codes``) at a border or front line (``border_nouns`` and
``frontier_lines`` in ``lang/en/grammar.yaml``) whose phrase names no country faces the
country across it. That is a country the border's own words name ("near the Indian
border"), else another country an earlier clause of the same sentence has as its subject (a
reporter: "Greek officials said that Turkey had sent tanks to the border"), else the other side
of the latest conflictual event (policy ``side_conflict_roots``) between the source's country
and another, else the latest other country the text named before the act
(``ContextTargets.border_target``). A border that names
its neighbour ("the border with Chad", "the Somali border") is resolved as the target before
this reading; a drill or a launch at no border keeps no target.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from multivector.coding.adversary import other_party
from multivector.coding.syntax import words
from multivector.model import Event
from multivector.ontology.policy import CodingPolicy

BORDER_NOUNS = words("border_nouns")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


@cache
def _line_shapes() -> frozenset[tuple[str, str, bool]]:
    """``frontier_lines`` as (head lemma, dependent lemma, by "of"): "line of contact" is
    ("line", "contact", True), "ceasefire line" ("line", "ceasefire", False), "frontline"
    ("frontline", "", False)."""
    shapes = set()
    for phrase in words("frontier_lines"):
        parts = phrase.lower().split()
        if len(parts) == 3 and parts[1] == "of":
            shapes.add((parts[0], parts[2], True))
        elif len(parts) == 2:
            shapes.add((parts[1], parts[0], False))
        elif len(parts) == 1:
            shapes.add((parts[0], "", False))
    return frozenset(shapes)


def is_frontier(t: Token) -> bool:
    """Whether ``t`` heads the name of a border or a front line."""
    lemma = t.lemma_.lower()
    if lemma in BORDER_NOUNS:
        return True
    for head, dep, by_of in _line_shapes():
        if lemma != head:
            continue
        if not dep:
            return True
        if by_of:
            if any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() == dep for o in p.children)
                for p in t.children
            ):
                return True
        elif any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == dep for c in t.children):
            return True
    return False


def _in_own_clause(t: Token, v: Token) -> bool:
    """Whether ``t`` hangs under ``v`` with no other verb and no subject between them."""
    while t.i != v.i:
        if t.dep_ in SUBJECT_DEPS or (t.pos_ in ("VERB", "AUX") and t.dep_ != "xcomp"):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


def faced_frontier(v: Token) -> Token | None:
    """A border or front line named in ``v``'s own clause, outside its subject ("massed troops
    along the frontier", "reinforced the border"), or None."""
    for t in v.subtree:
        if t.i != v.i and t.pos_ in ("NOUN", "PROPN") and is_frontier(t) and _in_own_clause(t, v):
            return t
    return None


def neighbour_words(line: Token) -> list[Token]:
    """The words of a border's own phrase that may name the country across it: its
    modifiers ("the Indian border") and the objects of its "with" ("the border with Chad")."""
    found = [c for c in line.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    for p in line.children:
        if p.dep_ == "prep" and p.lower_ == "with":
            found.extend(o for o in p.children if o.dep_ == "pobj")
    return found


def rival_of(country: str, events: Sequence[Event], policy: CodingPolicy) -> str | None:
    """The other country of the latest conflictual event between ``country`` and another."""
    return other_party(country, events, policy.is_side_conflict)
