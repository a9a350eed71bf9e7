"""Sentence features for the event classifier, read off the spaCy parse the coder already has.

A sentence becomes a short list of strings: content lemmas, the lemmas of its predicates with
their objects, particles and prepositions, and the negated predicates. Names of countries,
people and organisations are replaced by their entity type, so the classifier learns how an
act is worded rather than who did it. Nothing here parses again: features cost a walk over
the sentence's tokens.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"})
PREDICATE_POS = frozenset({"VERB", "NOUN"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "xcomp", "ccomp", "nsubjpass"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
PARTICLE_DEPS = frozenset({"prt"})


def word(tok: Token) -> str:
    """A token's feature form: its lower-case lemma, or ``ENT:TYPE`` for a named entity."""
    return _word(tok, tok.pos_)


def _word(tok: Token, pos: str) -> str:
    """:func:`word` of ``tok`` whose part of speech is ``pos`` (read once by the caller)."""
    if pos in ("PROPN", "NUM"):
        ent = tok.ent_type_
        if ent:
            return "ENT:" + ent
        if pos == "NUM":
            return "NUM"
    return tok.lemma_.lower()


def _object_of(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


def sentence_features(sent: Span | Iterable[Token]) -> list[str]:
    """The feature strings of one sentence (duplicates kept: a count is information)."""
    feats: list[str] = []
    previous = ""
    for tok in sent:
        if tok.is_space or tok.is_punct:
            continue
        pos = tok.pos_  # each attribute read once: a lookup in the string store
        if pos in CONTENT_POS:
            w = _word(tok, pos)
            feats.append("w=" + w)
            if previous:
                feats.append("b=" + previous + "_" + w)
            previous = w
        if pos not in PREDICATE_POS:
            continue
        head = "v=" if pos == "VERB" else "n="
        lemma = tok.lemma_.lower()
        if tok.dep_ == "ROOT":
            feats.append("root=" + lemma)
        for child in tok.children:
            dep = child.dep_
            if dep == "neg":
                feats.append("neg=" + lemma)
            elif dep in OBJECT_DEPS:
                feats.append(head + lemma + ">" + word(child))
            elif dep in PARTICLE_DEPS:
                feats.append(head + lemma + "+" + child.text.lower())
            elif dep in PREP_DEPS:
                feats.append(head + lemma + "+" + child.text.lower())
                obj = _object_of(child)
                if obj is not None:
                    feats.append(head + lemma + "+" + child.text.lower() + ">" + word(obj))
            elif dep == "compound" and pos == "NOUN":
                feats.append("n=" + word(child) + "_" + lemma)
            elif dep == "aux" and child.text.lower() in ("will", "would", "could", "might", "may"):
                feats.append("modal=" + child.text.lower())
    return feats
