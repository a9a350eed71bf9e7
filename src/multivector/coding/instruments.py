"""The instrument a violent act names: the kinds of ``instrument_nouns``
(``lang/en/grammar.yaml``) found in the act's own phrases ("wounded two soldiers in a bomb
attack", "suicide bombers killed"), in the fire or attack it names as its object ("traded mortar
and artillery fire"), and, for the kinds asked for, in what its object carries ("fired rockets
loaded with sarin"). ``predicates.instrument`` codes the act by the kind (policy
``instrument_codes``)."""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.stranded import stranded_subject
from multivector.coding.syntax import lemma_in, words

INSTRUMENTS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (str(k), frozenset(str(w) for w in v)) for k, v in lang.entry("instrument_nouns").items()
)
# phrases of an act that may name its instrument ("in a bomb attack", "with mortars")
INSTRUMENT_PREPS = words("instrument_prepositions")
# participles saying what a weapon carries ("rockets loaded with sarin")
CARRIER_VERBS = words("instrument_carrier_verbs")
# objects that name the act's fire or attack ("exchanged artillery fire")
FIRE_OBJECTS = words("instrument_object_nouns")


def instrument_kind(v: Token, carried: frozenset[str] = frozenset()) -> tuple[str, Token] | None:
    """The kind of instrument a violent act's own phrases name ("wounded two soldiers in a bomb
    attack", "a drone attack", "suicide bombers killed"), and the word naming it, or None.
    Kinds in ``carried`` are also read off the object and what a participle on it carries
    ("dropped chemical bombs", "fired rockets loaded with sarin", "bombs containing gas")."""
    words: list[Token] = [s] if (s := stranded_subject(v)) is not None else []
    held: list[Token] = []
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass", "compound", "amod"):
            words.append(c)
        elif c.dep_ == "dobj" and any(o.lemma_.lower() in FIRE_OBJECTS for o in (c, *c.conjuncts)):
            words.extend((c, *c.conjuncts))  # "traded mortar and artillery fire"
        elif c.dep_ in ("prep", "agent") and c.lower_ in INSTRUMENT_PREPS:
            words.extend(p for p in c.children if p.dep_ == "pobj")
        elif carried and c.dep_ == "dobj":
            held.append(c)
            for a in c.children:  # "killed villagers with sarin": the parser hangs "with" here
                if a.dep_ == "prep" and a.lower_ in ("with", "using"):
                    held.extend(o for o in a.children if o.dep_ == "pobj")
                elif a.dep_ in ("acl", "relcl") and a.lemma_.lower() in CARRIER_VERBS:
                    held.extend(o for o in a.children if o.dep_ == "dobj")
                    held.extend(
                        o for p in a.children if p.dep_ == "prep" for o in p.children
                        if o.dep_ == "pobj"
                    )
    held.extend(o for h in list(held) for o in h.conjuncts if o not in held)
    for kind, nouns in INSTRUMENTS:
        for w in [*words, *held] if kind in carried else words:
            if lemma_in(w, nouns) or any(
                c.dep_ == "compound" and lemma_in(c, nouns) for c in w.children
            ):
                return kind, w
    return None
