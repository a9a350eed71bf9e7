"""Issue stage: the fourth digit of acts whose CAMEO code names what is demanded.

CAMEO splits protests (141-145), appeals and demands for reform (024, 104), concessions
(083), their intentions (034) and refusals (123) by the issue: a change of leadership, of
policy, rights, or a change of institutions or regime. The rules' patterns find the act
("staged rallies", "began a hunger strike"); this stage reads the words of the act's clause,
its subject aside, for the issue ("... to demand the resignation of the prime minister") and
turns the three-digit code into the four-digit one. The issue words are language data
(``lang/en/issues.yaml``); which codes take an issue digit, and which digit, is the ontology's
policy (``issue_codes``, ``issue_digits``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from multivector.coding import lang

# Dependencies whose subtrees are not what the act is about: its subject, and punctuation.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "punct"})
MODIFIER_DEPS = frozenset({"amod", "compound", "prt", "nmod"})


@dataclass(frozen=True, slots=True)
class IssueWords:
    """Issue words by issue, in the order they are tried (``lang/en/issues.yaml``)."""

    issues: tuple[tuple[str, frozenset[str]], ...]

    @classmethod
    def bundled(cls) -> IssueWords:
        d = lang.load("issues.yaml")["issues"]
        return cls(tuple((str(k), frozenset(str(w) for w in v)) for k, v in d.items()))

    def issue_of(self, lemmas: set[str]) -> str | None:
        """The first issue with a word among ``lemmas``, or None."""
        for issue, ws in self.issues:
            if not ws.isdisjoint(lemmas):
                return issue
        return None


def clause_lemmas(v: Token) -> set[str]:
    """The lemmas (and modifier/particle pairs) of ``v``'s clause, its subject left out."""
    out: set[str] = set()
    stack = [c for c in v.children if c.dep_ not in SUBJECT_DEPS]
    while stack:
        t = stack.pop()
        lemma = t.lemma_.lower()
        out.add(lemma)
        out.add(t.lower_)
        for c in t.children:
            if c.dep_ in MODIFIER_DEPS:
                out.add(f"{c.lemma_.lower()} {lemma}" if c.dep_ != "prt" else f"{lemma} {c.lower_}")
            if c.dep_ != "punct":
                stack.append(c)
    for c in v.children:  # "stepped down" on the predicate itself
        if c.dep_ == "prt":
            out.add(f"{v.lemma_.lower()} {c.lower_}")
    return out


def issue_code(
    v: Token,
    code: str,
    words: IssueWords,
    issue_codes: Mapping[str, str],
    issue_digits: Mapping[str, str],
    known: frozenset[str] | None = None,
) -> str | None:
    """The four-digit code of the act ``v`` coded ``code`` once its issue is read from its
    clause, or None (not a code that takes an issue, no issue word, or no such code)."""
    family = issue_codes.get(code)
    if family is None:
        return None
    issue = words.issue_of(clause_lemmas(v))
    digit = issue_digits.get(issue) if issue else None
    if digit is None:
        return None
    new = family + digit
    if known is not None and new not in known:
        return None
    return new
