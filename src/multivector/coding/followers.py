"""Followers: actors who do what others just did ("Italy and Spain followed on Tuesday").

"Germany expelled 40 Russian diplomats. Italy and Spain followed on Tuesday": the second verb
names no act of its own; its subject repeats the act just reported, with the same code and
target. A verb of imitation (``imitation_verbs`` in ``lang/en/grammar.yaml``: "follow", "do")
with one of the objects that only point back at that act (``imitation_objects``: "followed
suit", "did the same") or, for the verbs that need none (``imitation_bare_verbs``), no object at
all, and no phrase naming a different act (``imitation_blocking_prepositions``: "followed with
sanctions of its own", "followed up"), copies the events of the latest act before it: an earlier
verb of its own sentence ("Egypt accepted the call, and Syria followed"), else the previous
sentence's last coded verb of its main clause (not a participial adjunct's: "A cut ties with Q,
accusing it of ... B followed suit" repeats the cutting). An ellipsis of comparison, "as did B"
or "so did B" (``imitation_ellipsis_marks``: a bare "do" marked "as" or "so"), repeats the act
of the clause it hangs on in the same way. Only a realis act is copied to a realis follower; its date is the
follower's own when its clause names one.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from multivector.coding.actors import char_span
from multivector.coding.event_dates import SentenceDates, as_date, event_date
from multivector.coding.state import DocumentState, Trace
from multivector.coding.syntax import words
from multivector.coding.token_index import token_index
from multivector.model import Event

IMITATION_VERBS = words("imitation_verbs")
IMITATION_OBJECTS = words("imitation_objects")
BARE_VERBS = words("imitation_bare_verbs")
BLOCKING_PREPS = words("imitation_blocking_prepositions")
COMPANY_VERBS = words("imitation_company_verbs")
COMPANY_OBJECTS = words("imitation_company_objects")
OBJECT_DEPS = ("dobj", "attr", "oprd", "advmod", "npadvmod", "acomp")
SUBJECT_DEPS = ("nsubj",)
# clauses that describe a noun or an event rather than state an act ("in the days that followed")
NOT_CLAUSES = ("relcl", "acl", "amod", "pcomp", "pobj")
RULE_MARK = " +followed"
ELLIPSIS_MARKS = words("imitation_ellipsis_marks")
ELLIPSIS_VERBS = words("imitation_ellipsis_verbs")
ACT_VERBS = words("imitation_act_verbs")
ACT_NOUNS = words("imitation_act_nouns")
SAME_WORDS = words("imitation_act_words")
FOLLOWING_VERBS = IMITATION_VERBS | COMPANY_VERBS | ELLIPSIS_VERBS | ACT_VERBS  # for every word


def ellipsis(v: Token) -> bool:
    """``v`` is a bare "did" of an ellipsis of comparison ("..., as did Canada", "and so did
    Norway"): a verb of ``imitation_ellipsis_verbs`` with no object and a mark or adverb of
    ``imitation_ellipsis_marks`` before it, its subject after it."""
    if v.lemma_.lower() not in ELLIPSIS_VERBS or v.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(v.children)
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd", "prt", "acomp") for c in kids):
        return False
    marked = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ELLIPSIS_MARKS and c.i < v.i for c in kids
    )
    return marked and any(c.dep_ in SUBJECT_DEPS and c.i > v.i for c in kids)


def _main_clause(v: Token) -> bool:
    """Whether the verb ``v`` states its sentence's main act: the root or a conjunct of it, not
    an adjunct or complement clause."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v.dep_ == "ROOT"


def imitation(v: Token) -> bool:
    """``v`` is a verb of imitation that names no act of its own."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in FOLLOWING_VERBS or v.dep_ in NOT_CLAUSES:
        return False
    if lemma in ACT_VERBS and _same_act(v):
        return True  # "announced the same step"
    if lemma not in IMITATION_VERBS | COMPANY_VERBS:
        return False
    if lemma in COMPANY_VERBS:  # "Japan joined them": the doers just named, nothing else
        objects = [
            c
            for c in v.children
            if c.dep_ in ("dobj", "prt", "xcomp", "ccomp")
            or c.dep_ == "prep"
            and c.lower_ in BLOCKING_PREPS
        ]
        return (
            len(objects) == 1 and objects[0].dep_ == "dobj" and objects[0].lower_ in COMPANY_OBJECTS
        )
    pointing = False
    for c in v.children:
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in BLOCKING_PREPS):
            return False
        if c.dep_ in ("dobj", "attr", "oprd", "xcomp", "ccomp", "dative"):
            if c.lemma_.lower() not in IMITATION_OBJECTS:
                return False  # "followed the talks", "did business"
            pointing = True
        elif c.dep_ in OBJECT_DEPS and c.lemma_.lower() in IMITATION_OBJECTS:
            pointing = True  # "did likewise"
    return pointing or lemma in BARE_VERBS


def _same_act(v: Token) -> bool:
    """Whether ``v``'s one object (a direct object, no clause) is an act named the same as
    another: a noun of ``imitation_act_nouns`` with an adjective of ``imitation_act_words``
    ("the same step", "similar measures")."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if len(objects) != 1 or objects[0].dep_ != "dobj":
        return False
    noun = objects[0]
    return noun.lemma_.lower() in ACT_NOUNS and any(
        c.dep_ == "amod" and c.lemma_.lower() in SAME_WORDS for c in noun.children
    )


def _antecedents(
    v: Token, sentence_id: int, state: DocumentState, earlier: list[Event]
) -> list[Event]:
    """The events of the latest coded verb before ``v``: in its own sentence, else (not for an
    ellipsis, which repeats its own sentence's act) in the sentence just before it."""
    before = [e for e in earlier if e.verb_span is not None and e.verb_span.end <= v.idx]
    if not before and not ellipsis(v):
        before = [e for e in state.events if e.sentence_id == sentence_id - 1]
        main = [e for e in before if (t := _verb_token(v.doc, e)) is not None and _main_clause(t)]
        before = main or before
    if not before:
        return []
    last = max(e.verb_span.start if e.verb_span else -1 for e in before)
    return [e for e in before if (e.verb_span.start if e.verb_span else -1) == last]


def _verb_token(doc, e: Event) -> Token | None:
    """The token at the start of the event ``e``'s verb, else None."""
    if e.verb_span is None:
        return None
    span = doc.char_span(e.verb_span.start, e.verb_span.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def followed(
    ex,
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
    earlier: list[Event],
    traces: list[Trace],
) -> list[Event]:
    """The acts the subjects of this sentence's verbs of imitation repeat (``ex``: the
    :class:`~multivector.coding.events.EventExtractor`; ``earlier``: the sentence's events so
    far). A verb of company that repeats an act ("joined them") has its own pattern's events
    removed from ``earlier`` in place: the copies replace them."""
    out: list[Event] = []
    doc = sent.doc
    ix = token_index(doc)
    pos, lemma = ix.pos, ix.lemma
    for i in range(sent.start, sent.end):  # the index's columns, not a Token for every word
        if pos[i] not in ("VERB", "AUX") or lemma[i] not in FOLLOWING_VERBS:
            continue  # as ``imitation`` or ``ellipsis`` would find
        v = doc[i]
        if not (imitation(v) or ellipsis(v)) or not any(c.dep_ in SUBJECT_DEPS for c in v.children):
            continue
        trace = Trace(v.text, v.lemma_.lower(), "")
        traces.append(trace)
        status = ex._modality(v)
        if status != "realis":
            trace.outcome = f"imitation not coded: {status}"
            continue
        acts = _antecedents(v, sentence_id, state, earlier + out)  # a follower's own followers too
        if not acts:
            trace.outcome = "imitation of no act coded just before it"
            continue
        date = event_date(v, dates, state)
        when = as_date(date) or state.doc_date
        sources, _subj, _passive = ex.arguments.sources(v, state, when, False)
        done = {(e.source.code, e.cameo, e.target.code if e.target else None) for e in acts}
        for source in sources:
            for e in acts:
                target = e.target.code if e.target else None
                if e.source.code == source.code or source.code in (
                    target,
                    e.target and e.target.country,
                ):
                    continue
                if (source.code, e.cameo, target) in done:
                    continue
                done.add((source.code, e.cameo, target))
                out.append(
                    dataclasses.replace(
                        e,
                        sentence_id=sentence_id,
                        sentence=state.sentence_text,
                        source=source,
                        rule=e.rule if e.rule.endswith(RULE_MARK) else e.rule + RULE_MARK,
                        verb_text=v.text,
                        verb_span=char_span([v]),
                        date=date.iso if date else e.date,
                        date_precision=date.precision if date else e.date_precision,
                        date_source="text" if date else e.date_source,
                        sentence_start=sent.start_char,
                    )
                )
        if v.lemma_.lower() in COMPANY_VERBS:  # the copies replace the verb's own reading (057)
            earlier[:] = [e for e in earlier if e.verb_span is None or e.verb_span.start != v.idx]
        trace.outcome = f"imitation: {len(out)} event(s) copied from '{acts[-1].verb_text}'"
    return out
