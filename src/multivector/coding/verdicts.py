"""Verdicts on an election: observers' criticism or approval of the state that held it.

"Election observers from SADC said that the run-off in Zimbabwe did not represent the will of
the people", "the mission said the vote was marred by vote buying", "said the election was free
and fair": the speaker judges the election, and through it the state that held it (the
policy's ``election_verdict_codes``: a fault 111, merit 051). The complement's subject is an
election noun (``election_nouns`` in ``lang/en/grammar.yaml``); a fault word
(``election_faults``: "marred", "rigged", "flawed") or a negated merit word
(``election_merits``: "did not represent", "was not free") finds fault, a merit word with no
negation finds merit. The target is the election's country, the complement's subject, as for
other verbal acts whose addressee is the subject of their that-clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.dictionary import EventPattern
from multivector.coding.modality import Modality
from multivector.coding.syntax import words
from multivector.ontology.policy import CodingPolicy

NOUNS = words("election_nouns")
MERITS = words("election_merits")
FAULTS = words("election_faults")
JUDGING_DEPS = frozenset({"acomp", "attr", "oprd", "conj", "neg"})


def _noun(t: Token) -> str:
    """The lemma of the noun ``t``, with the word the tokenizer split off before a hyphen
    ("run-off" is "run", "-", "off")."""
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
        return f"{doc[t.i - 2].lower_}-{t.lemma_.lower()}"
    return t.lemma_.lower()


def judgement(clause: Token) -> str | None:
    """"fault" or "merit" when the complement ``clause`` judges an election, else None."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _noun(subject) not in NOUNS:
        return None
    judged = [clause, *(c for c in clause.children if c.dep_ in JUDGING_DEPS)]
    judged += [g for c in judged[1:] if c.dep_ != "neg" for g in c.conjuncts]
    lemmas = {t.lemma_.lower() for t in judged} | {t.lower_ for t in judged}
    negated = any(c.dep_ == "neg" for c in clause.children)
    if lemmas & FAULTS:
        return "merit" if negated else "fault"
    if lemmas & MERITS:
        return "fault" if negated else "merit"
    return None


def verdict(v: Token, m: Modality, policy: CodingPolicy) -> EventPattern | None:
    """The criticism or approval of an election the speech verb ``v`` states, or None."""
    codes = policy.election_verdict_codes
    if not codes or v.pos_ != "VERB" or v.lemma_.lower() not in m.speech_verbs:
        return None
    for c in v.children:
        if c.dep_ == "ccomp" and (found := judgement(c)) is not None and codes.get(found):
            rule = f"verdicts: election {found} under '{v.lemma_.lower()}'"
            return EventPattern(v.lemma_.lower(), (), codes[found], rule, text=rule)
    return None
