"""A said-clause that is itself the act: an evaluation of another party (``data/reports.yaml``,
its ``evaluations`` part).

"Peru said the closure had no legal basis", "Oslo said the ban was illegal", "Beijing said
Washington was politicising the issue", "Ghana has failed to meet its obligations, the
department said": the reporter censures (111) the party the clause judges; "said the accord
could not be renegotiated", "said the border was not negotiable": the reporter rejects (12x);
"said he was deeply disappointed" is pessimism (012; censure of the party "disappointed by"
names), "said she was confident the deal would hold" optimism (013).

The judged party is the clause's subject when it names an actor, else an actor that owns the
judged thing ("Bolivia's decision", "the closure by Bolivia", "the Bolivian move"), else (for
``fallback_codes``) the doer of the story's latest act of another country than the reporter's:
the act the reporter answers. A clause that names no party and has nothing to answer is no
event; the reporter's own side is never the judged party.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from multivector.coding.build import build_events
from multivector.coding.characterisations import HOSTILE
from multivector.coding.dictionary import bundled_path
from multivector.coding.event_dates import SentenceDates, as_date, event_date
from multivector.coding.modality import modality_status
from multivector.coding.state import DocumentState
from multivector.datafiles import load_yaml
from multivector.model import Actor, Event

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OWNER_DEPS = ("poss", "amod", "compound", "nmod")
COMPLEMENT_DEPS = ("attr", "acomp", "oprd")
RULE = "reports.yaml evaluations"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # the act just told
HYPOTHETICAL = frozenset({"would", "might", "may", "could", "should"})


@dataclass(frozen=True, slots=True)
class EvaluationPolicy:
    """The words of evaluations and their codes (see ``reports.yaml``)."""

    verbs: frozenset[str]  # reporting verbs whose clause may evaluate
    censure_code: str
    censure_classes: tuple[str, ...]  # word classes of data/verbs.yaml
    censure_words: frozenset[str]
    lacking_objects: frozenset[str]  # "had no legal basis"
    censure_verbs: frozenset[str]  # "was politicising", "had misled"
    failure_verbs: frozenset[str]  # "failed to meet its obligations"
    reject_code: str
    unyielding_code: str
    reject_verbs: frozenset[str]  # "could not be renegotiated"
    unyielding_words: frozenset[str]  # "was not negotiable"
    pessimism_code: str
    pessimism_words: frozenset[str]
    optimism_code: str
    optimism_words: frozenset[str]
    outrage_words: frozenset[str]  # "was appalled": censure felt, at whom or what it names
    owner_prepositions: frozenset[str]
    fallback_codes: frozenset[str]  # codes whose target may be the latest act's doer
    denial_code: str
    uninvolved_words: frozenset[str]  # "was not involved"
    denied_objects: frozenset[str]  # "had no part in"
    denial_reach: int  # sentences back the accusation a denial answers may stand
    deliberation_code: str
    deliberation_verbs: frozenset[str]  # "were reviewing their aid"
    background_auxiliaries: frozenset[str]  # "had said": a stance told as background
    praise_code: str
    praise_words: frozenset[str]  # "was necessary and appropriate"
    doer_of_nouns: frozenset[str]  # "the decision of Chile": "of" names the doer
    answered_nouns: frozenset[str]  # "the decision was illegal": the act just told
    fallback_reach: int  # sentences back the act answered may stand
    refuted_nouns: frozenset[str] = frozenset()  # "the accusations were baseless": denied
    false_words: frozenset[str] = frozenset()


@cache
def evaluation_policy() -> EvaluationPolicy:
    """The ``evaluations`` part of the bundled ``reports.yaml``, read once."""
    raw = load_yaml(bundled_path("reports.yaml").read_text(encoding="utf-8"))["evaluations"]

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    return EvaluationPolicy(
        fs("verbs"),
        str(raw["censure_code"]),
        tuple(map(str, raw.get("censure_classes") or ())),
        fs("censure_words"),
        fs("lacking_objects"),
        fs("censure_verbs"),
        fs("failure_verbs"),
        str(raw["reject_code"]),
        str(raw["unyielding_code"]),
        fs("reject_verbs"),
        fs("unyielding_words"),
        str(raw["pessimism_code"]),
        fs("pessimism_words"),
        str(raw["optimism_code"]),
        fs("optimism_words"),
        fs("outrage_words"),
        fs("owner_prepositions"),
        fs("fallback_codes"),
        str(raw["denial_code"]),
        fs("uninvolved_words"),
        fs("denied_objects"),
        int(raw.get("denial_reach", 6)),
        str(raw["deliberation_code"]),
        fs("deliberation_verbs"),
        fs("background_auxiliaries"),
        str(raw["praise_code"]),
        fs("praise_words"),
        fs("doer_of_nouns"),
        fs("answered_nouns"),
        int(raw.get("fallback_reach", 2)),
        fs("refuted_nouns"),
        fs("false_words"),
    )


def _negated(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _phrase_words(t: Token) -> set[str]:
    """The words a complement ``t`` may be listed by: its lemma and form, with its modifiers
    ("grave mistake", "legal basis", "politically motivated")."""
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "advmod") and c.i < t.i]
    out = {t.lemma_.lower(), t.lower_}
    for m in mods:
        out |= {f"{m.lower_} {t.lemma_.lower()}", f"{m.lower_} {t.lower_}"}
    return out


def judgement(clause: Token, censure: frozenset[str], p: EvaluationPolicy) -> tuple[str, str] | None:
    """(code, kind) when the clause headed by ``clause`` evaluates: kind "party" (the judged
    party is the subject or the judged thing's owner), "self" (the speaker's own feeling,
    aimed at the party its preposition names), "deny" (the speaker denies a part in what was
    told), "rebut" (the speaker calls a claim false), "ponder" (the speaker weighs an option),
    or None."""
    lemma = clause.lemma_.lower()
    negated = _negated(clause)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    personal = subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that")
    if lemma == "be":
        return _copula(clause, subject, negated, personal, censure, p)
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if passive and clause.lower_ in p.outrage_words and not negated:
        return p.censure_code, "self"  # "it was shocked by the killings": only a party feels so
    if passive and (personal or subject.pos_ == "PROPN") and not negated:  # "were encouraged by"
        if clause.lower_ in p.pessimism_words:
            return p.pessimism_code, "self"
        if clause.lower_ in p.optimism_words:
            return p.optimism_code, "self"
    if lemma in p.reject_verbs and negated and passive:
        return p.reject_code, "party"  # "could not be renegotiated"
    if lemma in p.uninvolved_words and negated and passive:
        return p.denial_code, "deny"  # "was not involved in the attack"
    if negated:
        return None
    if lemma in p.deliberation_verbs:
        return p.deliberation_code, "ponder"  # "were reviewing their aid"
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if lemma in ("have", "lack", "play") and obj is not None:
        lacks = lemma == "lack" or any(d.lower_ == "no" for d in obj.children if d.dep_ == "det")
        if obj.lower_ == "nothing" and lemma == "have" and any(t.lower_ == "do" for t in obj.subtree):
            return p.denial_code, "deny"  # "had nothing to do with the attack"
        if lacks and _phrase_words(obj) & p.denied_objects:
            return p.denial_code, "deny"  # "had no part in", "played no role in"
        if lacks and lemma != "play" and _phrase_words(obj) & p.lacking_objects:
            return p.censure_code, "party"  # "had no legal basis", "lacked credibility"
        return None
    if lemma in p.censure_verbs:
        return p.censure_code, "party"
    if lemma == "fail":  # "had failed to meet its obligations", "the mission had failed"
        done = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if done is None or done.lemma_.lower() in p.failure_verbs:
            return p.censure_code, "party"
    return None


def _copula(
    clause: Token,
    subject: Token,
    negated: bool,
    personal: bool,
    censure: frozenset[str],
    p: EvaluationPolicy,
) -> tuple[str, str] | None:
    """The evaluation a copula's complement states ("was illegal", "was not negotiable", "was
    confident", "was not involved"), or None."""
    for c in clause.children:
        if c.dep_ not in COMPLEMENT_DEPS:
            continue
        said = _phrase_words(c)
        if c.dep_ == "attr":  # "was a disgraceful blow": a noun judged by its adjective
            said |= {m.lemma_.lower() for m in c.children if m.dep_ == "amod"}
        negated = negated or _negated(c)  # "was \"not negotiable\"": on the complement
        if said & p.unyielding_words and (negated or c.lower_.startswith("non")):
            return p.unyielding_code, "party"
        if negated and said & p.uninvolved_words:
            return p.denial_code, "deny"
        if negated:
            return None
        if c.dep_ == "acomp" and said & p.outrage_words:  # "it was appalled": a party's own
            return p.censure_code, "self"
        if c.dep_ == "acomp" and (personal or subject.pos_ == "PROPN"):  # checked as own
            if said & p.pessimism_words:
                return p.pessimism_code, "self"
            if said & p.optimism_words:
                return p.optimism_code, "self"
        if subject.lower_ in ("it", "this", "that"):  # coding/characterisations.py's
            continue
        if subject.lemma_.lower() in p.refuted_nouns and said & (censure | p.false_words):
            return p.denial_code, "rebut"  # "said the accusations were baseless"
        if said & censure:
            return p.censure_code, "party"
        if said & p.praise_words:  # "the strikes were necessary", "a historic step"
            return p.praise_code, "party"
    return None


def _asserted(clause: Token, code: str, p: EvaluationPolicy, extractor: Any) -> bool:
    """Whether the judgement is stated as so: a realis clause ("would be a mistake" is not);
    a rejection ("could not be renegotiated") is negative and modal by its nature, and a lack
    ("had no basis") negative, where only a modal's hypothetical ("would have no basis") is
    not stated as so."""
    if code in (p.reject_code, p.unyielding_code, p.denial_code, p.deliberation_code):
        return True  # negative or weighed by nature ("would consider": an option weighed)
    if clause.lemma_.lower() in ("have", "lack"):  # "had no basis", "lacked credibility"
        return not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in clause.children)
    return modality_status(clause, extractor.modality) == "realis"


def _clauses(v: Token) -> list[Token]:
    """The that-clauses of the reporting verb ``v`` (with their conjuncts)."""
    out: list[Token] = []
    for c in v.children:
        if c.dep_ == "ccomp":
            out += [c, *(x for x in c.conjuncts if x.pos_ in ("VERB", "AUX"))]
    return out


def _owners(thing: Token, p: EvaluationPolicy) -> list[Token]:
    """Tokens that may name the owner of the judged ``thing``: its possessor, its national
    adjective, the object of its "by", and of its "of" when ``thing`` is a noun whose "of"
    names the doer ("the decision of Chile"; not "the invasion of Chile")."""
    out = [c for c in thing.children if c.dep_ in OWNER_DEPS]
    for c in thing.children:
        if c.dep_ in ("prep", "agent") and (
            c.lower_ == "by" or c.lower_ == "of" and thing.lemma_.lower() in p.doer_of_nouns
        ):
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _judged(
    extractor: Any, clause: Token, kind: str, state: DocumentState, when, p: EvaluationPolicy
) -> list[Actor]:
    """The party the clause judges (see the module's docstring)."""
    phrases = extractor.phrases
    if kind == "self":  # "disappointed by the decision of Chile", "disappointed with Chile"
        comp = next((c for c in clause.children if c.dep_ == "acomp"), None)
        kids = comp.children if comp is not None else ()
        for prep in (c for c in kids if c.dep_ in ("prep", "agent")):
            if prep.lower_ not in p.owner_prepositions:
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                found = phrases.resolve(obj, state, when, "target")
                for o in [] if found else _owners(obj, p):
                    found = found or phrases.resolve(o, state, when, "target")
                if found:
                    return found
        return []
    agent = next((c for c in clause.children if c.dep_ == "agent"), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    heads = [g for g in (agent.children if agent is not None else ()) if g.dep_ == "pobj"]
    if subject is not None and subject.dep_ == "nsubj":
        heads.append(subject)
    acts = extractor.dictionaries.events.nouns  # "the invasion of Iraq": not Iraq's
    for h in heads:
        if h.pos_ == "PRON":
            continue
        if h.pos_ == "PROPN" or h.lemma_.lower() not in acts:
            if found := phrases.resolve(h, state, when, "target"):
                return found
        for o in _owners(h, p):
            if found := phrases.resolve(o, state, when, "target"):
                return found
    if subject is not None and subject.dep_ == "nsubjpass":
        for o in _owners(subject, p):
            if found := phrases.resolve(o, state, when, "target"):
                return found
    return []


def _answered(
    state: DocumentState, reporters: list[Actor], sentence_id: int, p: EvaluationPolicy
) -> list[Actor]:
    """The doer of the story's latest hostile act (quad classes 3-4) of another side than the
    reporters', told at most ``fallback_reach`` sentences before (an evaluation itself is no
    act answered)."""
    own = {r.code[:3] for r in reporters if r.code}
    for e in reversed(state.events):
        if e.sentence_id < sentence_id - p.fallback_reach:
            break
        if (e.rule or "").startswith(RULE):
            continue
        if e.quad_class in HOSTILE and e.source.code and e.source.code[:3] not in own:
            return [e.source]
    return []


def _speaks_for_party(r: Actor) -> bool:
    """Whether ``r`` speaks for a state or an organisation (not "refugees", "analysts")."""
    return bool(r.code) and (r.country is not None or r.kind == "organization" or r.code[:3] == "IGO")


def _party_speakers(reporters: list[Actor]) -> tuple[list[Actor], set[str]]:
    """The reporters that speak for a party, and the country codes of their side."""
    speakers = [r for r in reporters if _speaks_for_party(r)]
    return speakers, {r.code[:3] for r in speakers}


def _pairs(reporters: list[Actor], judged: list[Actor]) -> list[tuple[Actor, Actor | None]]:
    """(reporter, judged) pairs of reporters with a country or an organisation, the judged
    party of another country."""
    pairs: list[tuple[Actor, Actor | None]] = []
    for r in reporters:
        if not _speaks_for_party(r):
            continue
        for d in judged:
            if d.code == r.code or (d.country or d.code[:3]) == (r.country or r.code[:3]):
                continue
            if (r, d) not in pairs:
                pairs.append((r, d))
    return pairs


def _answers(clause: Token, code: str, kind: str, p: EvaluationPolicy) -> bool:
    """Whether the clause judges the act just told, whose doer is then the judged party: a
    rejection ("the accord could not be renegotiated"), one's disappointment, or a censure
    whose subject is a definite noun of an answered act ("the decision was illegal")."""
    if code not in p.fallback_codes:
        return False
    if code not in (p.censure_code, p.praise_code) or kind == "self":
        return True
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        subject is not None
        and subject.lemma_.lower() in p.answered_nouns
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children)
    )


def _own_subject(
    extractor: Any, clause: Token, reporters: list[Actor], state: DocumentState, when
) -> bool:
    """Whether the clause's subject is the speaker's own side: a pronoun, or actors all of
    the reporters' countries ("Moscow" when Russia's ministry speaks)."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return True
    own = {r.code[:3] for r in reporters if r.code}
    named = extractor.phrases.resolve(subject, state, when, "source")
    return bool(named) and all(a.code[:3] in own for a in named)


def _own_pairs(
    extractor: Any,
    clause: Token,
    kind: str,
    reporters: list[Actor],
    state: DocumentState,
    when,
    sentence_id: int,
    p: EvaluationPolicy,
) -> list[tuple[Actor, Actor | None]]:
    """The pairs of a denial or a deliberation, whose subject must be the speaker's own side
    (a pronoun, or an actor of the reporter's country): towards the party the clause names
    ("nothing to do with the attack on Latvia", "reviewing its aid to Malawi"), else for a
    denial the latest accuser of the speaker's side; none when it names no one (an option
    weighed or a part denied towards no one is too vague to code)."""
    speakers, own = _party_speakers(reporters)
    if not speakers or not _own_subject(extractor, clause, speakers, state, when):
        return []
    heads = [c for c in clause.children if c.dep_ in ("dobj", "prep", "acomp", "attr", "xcomp")]
    named = []
    for t in (t for h in heads for t in h.subtree):
        if t.pos_ == "PROPN" or t.dep_ in ("poss", "amod") and t.pos_ != "PRON":
            found = extractor.phrases.resolve(t, state, when, "target")
            named = [a for a in found if a.code and a.code[:3] not in own]
            if named:
                break
    if not named and kind == "deny":
        named = _accuser(state, own, sentence_id, p)
    return [(r, a) for r in speakers for a in named]


def _accuser(state: DocumentState, own: set[str], sentence_id: int, p: EvaluationPolicy) -> list[Actor]:
    """The source of the story's latest conflict (quad classes 3-4: an accusation, a
    protest, a sanction) aimed at the speaker's side, at most ``denial_reach`` sentences
    before: the party a denial answers."""
    for e in reversed(state.events):
        if e.sentence_id < sentence_id - p.denial_reach:
            break
        t = e.target
        if e.quad_class in HOSTILE and t is not None and t.code[:3] in own and e.source.code[:3] not in own:
            return [e.source]
    return []


def reported_evaluations(
    extractor: Any,
    v: Token,
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
) -> list[Event]:
    """The evaluations the reporting verb ``v`` states in its that-clauses (``extractor``: the
    EventExtractor, for its arguments, phrases, modality and ontology)."""
    p = evaluation_policy()
    if v.pos_ != "VERB" or v.lemma_.lower() not in p.verbs:
        return []
    clauses = _clauses(v)
    if not clauses or modality_status(v, extractor.modality) != "realis":
        return []
    told = [v, v.head] if v.dep_ == "conj" else [v]  # "had reminded X and said ..."
    if any(c.dep_ == "aux" and c.lower_ in p.background_auxiliaries for t in told for c in t.children):
        return []  # "had insisted that ...": a background stance, not the story's act
    classes = extractor.dictionaries.events.classes
    censure = p.censure_words.union(*(classes.get(c, frozenset()) for c in p.censure_classes))
    events: list[Event] = []
    for clause in clauses:
        found = judgement(clause, censure, p)
        if found is None:
            continue
        code, kind = found
        if not _asserted(clause, code, p, extractor):  # "would be unacceptable": no act
            continue
        date = event_date(v, dates, state)
        when = as_date(date) or state.doc_date
        reporters, _, passive = extractor.arguments.sources(v, state, when, False)
        if passive or not reporters:
            continue
        if kind == "self" and not _own_subject(extractor, clause, reporters, state, when):
            continue  # "said Chile was disappointed": Chile's feeling, not the speaker's
        if kind == "rebut":  # the claims' owner named, else the latest accuser of the side
            speakers, own = _party_speakers(reporters)
            judged = [
                a for a in _judged(extractor, clause, "party", state, when, p) if a.code[:3] not in own
            ] or _accuser(state, own, sentence_id, p)
            pairs = [(r, a) for r in speakers for a in judged]
        elif kind in ("deny", "ponder"):  # of the speaker's own side, towards whom it names
            pairs = _own_pairs(extractor, clause, kind, reporters, state, when, sentence_id, p)
            judged = [a for _, a in pairs if a is not None]
        else:
            judged = _judged(extractor, clause, kind, state, when, p)
            pairs = _pairs(reporters, judged)
        if kind == "self" and judged:  # "disappointed by Chile": censure (not of one's own)
            code = p.censure_code if code == p.pessimism_code else code
        elif kind == "self" and code not in p.fallback_codes:  # "confident that ..."
            pairs = [(r, None) for r in reporters if _speaks_for_party(r)]
        if not pairs and (kind == "party" or not judged) and _answers(clause, code, kind, p):
            pairs = _pairs(reporters, _answered(state, reporters, sentence_id, p))
        if not pairs:
            continue
        rule = f"{RULE} {code} {v.lemma_.lower()} that ... {clause.lemma_.lower()}"
        events += build_events(
            extractor.ontology, v, sent, sentence_id, state, date, code, rule, pairs, []
        )
    return events
