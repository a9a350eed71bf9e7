"""Aspectual verbs read through the act their object names.

"Malian and Burkinabe troops began joint operations against jihadists", "Russian forces kept
up artillery strikes on Kharkiv", "escalated its offensive against": a verb that begins,
continues, resumes or intensifies an act named by its direct object tells that the act
happened, as "launched" or "conducted" would. When no pattern of the aspectual verb itself fits
(its own patterns come first: "resume &ATTACK" is 196), :meth:`StandIns.patterns` gives the
patterns of the stand-in verbs that name a direct object, under the aspectual verb's lemma and
marked ``+aspect``; the extractor matches them on the aspectual verb, with its own subject,
objects, prepositions and modality ("will begin joint operations": an intention).

A gerund or infinitive complement ("began shelling", "continued to bomb") is its own clause
and is coded there; a verb of stopping is not aspectual here ("stopped its strikes" tells the
act did not go on). The words are ``aspect_verbs`` and ``aspect_stand_ins`` in
``lang/en/grammar.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multivector.coding.dictionary import EventDictionary, EventPattern
from multivector.coding.lang import word_list

MARK = " +aspect"
# lemma -> the particle it needs ("keep up"), or None
ASPECT_VERBS: dict[str, str | None] = {
    phrase.split()[0]: (phrase.split()[1] if " " in phrase else None)
    for phrase in word_list("aspect_verbs")
}
STAND_INS = word_list("aspect_stand_ins")


def aspectual(v: Token) -> bool:
    """Whether ``v`` is an aspectual verb of ``aspect_verbs`` with the particle it needs and a
    direct object to read."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in ASPECT_VERBS:
        return False
    particle = ASPECT_VERBS[lemma]
    kids = list(v.children)
    if particle is not None and not any(
        k.dep_ in ("prt", "prep") and k.lower_ == particle for k in kids
    ):
        return False
    return any(k.dep_ == "dobj" for k in kids)


def _names_direct_object(p: EventPattern) -> bool:
    """Whether ``p`` asks for a direct object of its verb ("launch &ATTACK on"), not only a
    preposition's ("launch missile over" does; "test-launch" does not)."""
    return any(r.kind == "object" and r.after_prep is None for r in p.requirements)


class StandIns:
    """The stand-in verbs' patterns of one event dictionary, under each aspectual lemma, built
    once per lemma (the matcher plans a pattern list once by its identity)."""

    def __init__(self, events: EventDictionary) -> None:
        self.events = events
        self._by_lemma: dict[str, list[EventPattern]] = {}

    def patterns(self, v: Token) -> list[EventPattern]:
        """The stand-in verbs' patterns that name a direct object, most specific first, as
        patterns of ``v``'s lemma marked ``+aspect``; none when ``v`` is not aspectual."""
        if not aspectual(v):
            return []
        lemma = v.lemma_.lower()
        got = self._by_lemma.get(lemma)
        if got is None:
            found = [
                replace(p, head=lemma, rule=f"{p.rule}{MARK} '{lemma}'")
                for stand_in in STAND_INS
                for p in self.events.patterns_for(stand_in, "verb")
                if _names_direct_object(p)
            ]
            # most specific first, then the longer code; stable (stand-in order) otherwise
            found.sort(key=lambda p: (-p.specificity, -len(p.code)))
            got = self._by_lemma[lemma] = found
        return got
