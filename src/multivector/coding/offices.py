"""The person whose office acts: "her office had opened an investigation".

A person's staff named by a pronoun that owns it ("said her office had opened war crimes
investigations", "The prosecutor, whose office is investigating the killings, said ...") names
no actor of its own: the phrase resolver finds none for "her office". Its act is the owner's,
the person the pronoun refers to (for "whose", the noun the relative clause hangs on). Only for
the sources of an act, and only when nothing else gave one (:mod:`~multivector.coding.participants`);
the nouns and pronouns are ``office_nouns`` and ``office_owner_pronouns`` in
``lang/en/anaphora.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.clause_syntax import subject_of

_WORDS = lang.load("anaphora.yaml")
OFFICE_NOUNS = frozenset(str(w) for w in _WORDS["office_nouns"])
OWNER_PRONOUNS = frozenset(str(w) for w in _WORDS["office_owner_pronouns"])


def office_owner(v: Token) -> Token | None:
    """The token standing for the person whose office is the active subject of ``v`` ("her"
    in "her office had opened"; "prosecutor" in "the prosecutor, whose office is
    investigating"), or None."""
    subj, passive = subject_of(v)
    if subj is None or passive or subj.lemma_.lower() not in OFFICE_NOUNS:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.tag_ == "WP$":  # "whose": the relative clause's verb hangs on the owner
        clause = subj.head
        return clause.head if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") else None
    return owner if owner.text.lower() in OWNER_PRONOUNS else None
