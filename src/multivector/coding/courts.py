"""A bare "the court" or "the tribunal" of a text on an international court.

A story on the International Court of Justice or the International Criminal Court names the court
once and then calls it "the court" or "the tribunal" ("the court ordered Chile to ...", "the
court's prosecutors"). Such a definite court noun (``bare_court_nouns`` in
``lang/en/words.yaml``) with no owner, modifier or phrase of its own is the court the text last
named, when that court is international: not the judiciary of the country of the sentence.
When the last court named before it had a country ("a Paris court", "Germany's constitutional
court", "a court in Dandong"), or no court was named, the usual rules decide.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.actors import LexEntry, Mention, actor_from_entry, char_span
from multivector.coding.state import DocumentState
from multivector.coding.syntax import np_core
from multivector.model import Actor

COURT_NOUNS = lang.words("bare_court_nouns")
OWNED = frozenset({"amod", "compound", "nmod", "poss", "prep", "appos", "nummod"})


def international_court(h: Token, state: DocumentState, exclude: set[str]) -> Actor | None:
    """The international court a bare "the court" (``h``) refers to, or None."""
    if not _bare(h):
        return None
    named = _courts_named(state.mentions)
    for t in reversed(h.doc[: h.i]):
        entry = named.get(t.i)
        if entry is not None:
            if entry.code in exclude:
                return None
            core = np_core(h)
            court = actor_from_entry(entry, " ".join(c.text for c in core), char_span(core), None)
            return dataclasses.replace(court, coref=True, resolved_by=f"court:{h.lemma_}")
        if t.lemma_.lower() in COURT_NOUNS and not _bare(t):
            return None  # "a German court", "a court in Dandong": that court, not an international one
    return None


def judicial(code: str) -> bool:
    """Whether the actor code ``code`` is a court's or a judge's: the judiciary's sector after
    its first three letters ("GTMJUD", "IGOUNOJUDICJ", "IGOJUDICC")."""
    return "JUD" in code[3:]


def _courts_named(mentions: dict[int, Mention]) -> dict[int, LexEntry]:
    """The international courts named in the text ("the International Criminal Court", "the
    ICC"), by each of their tokens: an intergovernmental body whose code has the judiciary's."""
    found: dict[int, LexEntry] = {}
    for m in mentions.values():
        entry = m.entries[0]
        if entry.code.startswith("IGO") and judicial(entry.code):
            found.update(dict.fromkeys(range(m.start, m.end), entry))
    return found


def _bare(t: Token) -> bool:
    """Whether ``t`` is a court noun with "the" and nothing else of its own ("the court")."""
    if t.lemma_.lower() not in COURT_NOUNS or t.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    return not any(c.dep_ in OWNED for c in t.children)
