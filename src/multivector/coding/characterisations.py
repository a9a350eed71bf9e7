"""A speaker's characterisation of an act: "This was a large-scale provocation", "It is an act
of aggression", "That is a crime of genocide".

In someone's words (a quotation, a transcript's answer, a document's author: coding/voices.py),
a copula whose subject is a pronoun pointing at what was just told ("this", "that", "it":
``characterised_subjects`` in ``lang/en/words.yaml``) and whose complement a pattern codes as
an accusation ("be &AGGRESSION" 1123, "be crime of &WAR_CRIME" 1124 in ``data/verbs.yaml``)
or a censure ("be &CENSURE" 111: "This is a betrayal", "That is unacceptable") is
the speaker's accusation or censure against the doer of the latest hostile act told; so is a judgement
whose pronoun object an adjective judges ("called it unacceptable": ``judged_pronoun``, policy
``judged_act_codes``). Outside anyone's words (the paper's own
"This is a setback") it names no one: no event rather than a guess.

A judgement whose pronoun object repeats what was judged just before judges the same: joined to
the first ("condemned the invasion, and Cuba denounced it": ``parallel_judged``) or told after it
("Indonesia condemned the attack ... The United States also condemned it": ``judged_again``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.voices import is_personal, voices_of
from multivector.model import Actor, Event

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver
    from multivector.coding.state import DocumentState
    from multivector.ontology.policy import CodingPolicy

SUBJECTS = lang.words("characterised_subjects")
COPULA = "be"
HOSTILE = (3, 4)  # the quad classes of conflict: what a judgement as aggression answers


def characterises(v: Token, subj: Token | None) -> bool:
    """Whether ``v`` is a copula whose subject points at what was just told and whose
    complement is a noun or a bare adjective ("This was a provocation", "That is
    unacceptable"; not "it was ready to talk", "it is open to talks", nor a relative clause:
    "a step that is illegal")."""
    return (
        subj is not None
        and v.lemma_ == COPULA
        and v.dep_ != "relcl"
        and subj.lower_ in SUBJECTS
        and any(c.dep_ == "attr" or _bare_adjective(c, v) for c in v.children)
    )


def _bare_adjective(c: Token, v: Token) -> bool:
    """Whether ``c`` is an adjective complement of the copula ``v`` with no complement of its
    own, on either word ("simply unacceptable"; not "ready to talk", "open to talks")."""
    return c.dep_ == "acomp" and not any(
        k.dep_ in ("prep", "xcomp", "ccomp", "advcl") for k in (*c.children, *v.children)
    )


def judge(v: Token, state: DocumentState, when, resolver: PhraseResolver) -> list[Actor]:
    """The speaker in whose words the characterisation ``v`` stands; none outside them."""
    speaker = voices_of(v.doc, state).speaker_at(v)
    if speaker is None or is_personal(speaker):
        return []
    return [a for a in state.voices.actors(speaker, state, when, resolver) if a.code]


def judged_doer(events: Sequence[Event], exclude: set[str]) -> list[Actor]:
    """The doer of the latest hostile act told (verbal or material conflict, quad classes 3
    and 4) that is not the judge's own side's (``exclude``)."""
    own = {c[:3] for c in exclude}
    for e in reversed(events):
        if e.quad_class in HOSTILE and e.source.code and e.source.code[:3] not in own:
            return [e.source]
    return []


def judged_pronoun(v: Token) -> bool:
    """Whether ``v`` judges a pronoun object pointing at what was just told by an adjective
    ("called it unacceptable", "called that illegal"; not "called it a rogue state", where a
    noun may judge an actor)."""
    return any(c.dep_ == "dobj" and c.text.lower() in SUBJECTS for c in v.children) and any(
        c.dep_ == "oprd" and c.pos_ == "ADJ" for c in v.children
    )


def parallel_judged(v: Token) -> Token | None:
    """The act named in the clause the judgement ``v`` is joined to, when ``v``'s pronoun
    object repeats it ("the Soviet Union condemned the invasion ..., and Cuba denounced it":
    the invasion); None when ``v`` is no such second judgement."""
    head = v.head
    if v.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "dobj" and c.lower_ in SUBJECTS for c in v.children
    ):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
        return None  # "... and asking it to set up a mechanism": an addressee, not the act
    return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def judged_again(v: Token, code: str, events: Sequence[Event], exclude: set[str]) -> list[Actor]:
    """What a judgement with a pronoun object judges when it repeats one just told ("Indonesia
    condemned the attack ... The United States also condemned it"): the target of the latest
    event of the same code (its first three digits) in ``v``'s sentence or the one before, by
    another side (not ``exclude``); [] when ``v``'s object is no such pronoun, or ``v`` asks
    something of it ("urged it to ...": an addressee), names it ("called it an act of
    aggression") or says of what ("accused it of ...": an actor)."""
    if not any(c.dep_ == "dobj" and c.lower_ in SUBJECTS for c in v.children):
        return []
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "prep") for c in v.children):
        return []
    sent = v.sent
    start = v.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    own = {c[:3] for c in exclude}
    for e in reversed(events):
        if e.sentence_start < start:
            break
        if e.cameo[:3] == code[:3] and e.target is not None and e.source.code[:3] not in own:
            found: dict[str, Actor] = {}  # every target of that judgement ("the two sides")
            for t in reversed(events):  # its sentence's events, the latest ones
                if t.sentence_start < e.sentence_start:
                    break
                if t.target is not None and t.sentence_start == e.sentence_start and (
                    t.cameo[:3] == code[:3] and t.source.code == e.source.code
                ):
                    found.setdefault(t.target.code, t.target)
            targets = reversed(found.values())  # in the order the sentence told them
            return [replace(a, span=None, coref=False, resolved_by="judged-again") for a in targets]
    return []


def told_act_judged(
    v: Token,
    code: str,
    policy: CodingPolicy,
    events: Sequence[Event],
    exclude: set[str],
    antecedent: Callable[[Token], list[Actor]],
) -> tuple[list[Actor], list[Token]] | None:
    """The targets (and target words) of a judgement ``v`` of ``code`` whose pronoun object
    points at an act just told, or None when it has no such object: judged by an adjective
    (``judged_pronoun``: the latest hostile act's doer), a second judgement joined to a first
    (``parallel_judged``: the doer of the act the first names, ``antecedent``), or one repeating
    a judgement told just before (``judged_again``)."""
    if policy.judges_told_act(code) and judged_pronoun(v):  # "called it unlawful"
        return judged_doer(events, exclude), []
    if not policy.is_reaction(code):
        return None
    if (act := parallel_judged(v)) is not None and (shared := antecedent(act)):
        return shared, [act]  # "X condemned the invasion, and Y denounced it"
    if again := judged_again(v, code, events, exclude):
        return again, []  # "X condemned the attack. Y also condemned it"
    return None
