"""A subject the parser gave to a participle set off by commas between it and its verb.

"Mali and Burkina Faso, both run by soldiers, have warned ...": the parser may hang "Mali" on
"run" as its subject, leaving "have warned" with none; the subject is the main verb's
(read by ``clause_syntax``'s subject finder).
"""

from __future__ import annotations

from spacy.tokens import Token

PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def interrupted_subject(v: Token) -> Token | None:
    """The subject the parser gave a participle set off by commas between it and its verb
    ``v`` ("Mali and Burkina Faso, both run by soldiers, have warned": "Mali" hung on "run"),
    when ``v`` has no subject of its own; else None."""
    for c in v.children:
        if c.dep_ != "advcl" or c.i > v.i or c.tag_ not in PARTICIPLE_TAGS:
            continue
        subj = next(
            (s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i), None
        )
        if subj is None or not any(t.text == "," for t in v.doc[subj.i + 1 : c.i]):
            continue
        if not any(t.text == "," for t in v.doc[c.i : v.i]):
            continue
        return subj
    return None
