"""Readers of the parse for the argument stage: where an actor sits below the phrase it was
found in (a locative phrase, a clause below the object), so that such actors are not taken as
targets."""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.syntax import agent_of, grammar_words, prepositions, words
from multivector.coding.token_index import TokenIndex, children_with, token_index
from multivector.model import Actor

LOCATIVE_PREPS = grammar_words()["place_prepositions"]
DESCRIPTION_PREPS = frozenset(grammar_words()["description_prepositions"])
ACQUISITION_VERBS = words("acquisition_verbs")
ACQUISITION_PREPS = words("acquisition_prepositions")
LIGHT_VERBS = words("light_verbs")  # "launch", "carry", "conduct": the object is the act
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp"})
CONDITION_MARKS = words("condition_marks")
CLAUSE_TARGET_PREPS = words("clause_target_prepositions")
HELPER_NOUNS = words("helper_nouns")
REFUSAL_CONDITION_MARKS = words("refusal_condition_marks")
# a speech act hung on a reported clause is its reporter's (reporter_of_conjunct)
SPEECH_ACT_VERBS = words("speech_act_verbs")
REPORTING_GOVERNORS = words("reporting_verbs") | words("saying_in_verbs")
# the head nouns of the instruments of violence ("car bomb": bomb; grammar.yaml instrument_nouns)
INSTRUMENT_HEADS = frozenset(
    str(w).split()[-1] for ws in lang.entry("instrument_nouns").values() for w in ws
)


def stand_in(subj: Token, v: Token) -> Token | None:
    """The phrase that acts for the subject ``subj`` of ``v`` when it names no actor, or None:
    the agent of a participle on an instrument ("a bomb planted by Hamas militants exploded,
    killing ...": the militants). (Not the noun a relative clause's antecedent hangs on: "an
    embassy in a country that was occupying ..." is no act of the embassy.) Or the one who spoke,
    for a speech act hung on the clause they reported (:func:`reporter_of_conjunct`)."""
    if subj.lemma_.lower() in INSTRUMENT_HEADS and v.pos_ in ("VERB", "AUX"):
        for c in subj.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and (agent := agent_of(c)) is not None:
                return agent
    return reporter_of_conjunct(v)


def describes_object(o: Token, v: Token) -> bool:
    """Whether ``o`` only describes the object of ``v``: the complement of "as" on ``v``
    ("condemned the test as a breach of UN rules"). A bare object predicative is not: its
    owner may be the doer ("condemned what it called Eritrea's aggression")."""
    return _describes(token_index(o.doc), o.i, v.i)


def _describes(ix: TokenIndex, o: int, v: int) -> bool:
    """:func:`describes_object` for the tokens ``o`` and ``v`` of ``ix``."""
    prep = ix.head[o]
    if ix.dep[o] != "pobj" or ix.lower[prep] not in DESCRIPTION_PREPS:
        return False
    owner = ix.head[prep]  # the parser hangs "as" on the verb or on its object
    return owner == v or ix.dep[owner] == "dobj" and ix.head[owner] == v


def undescribed_prepositions(v: Token, objects: list[Token]) -> dict[str, Token]:
    """``prepositions(v, objects)`` (no infinitive) without those inside a phrase that only
    describes the object ("condemned the raid as an insult **to** the league") and those that
    name a helper ("with the support of X")."""
    found = prepositions(v, objects, allow_xcomp=False)
    return {
        w: p for w, p in found.items() if not in_description(p, v) and not names_helper(p)
    }


def names_helper(prep: Token) -> bool:
    """Whether the phrase of ``prep`` names a helper of the act: "with the backing of the
    United States" (``helper_nouns`` in ``lang/en/grammar.yaml``)."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in HELPER_NOUNS for c in prep.children)


def in_description(t: Token, v: Token) -> bool:
    """Whether ``t`` sits inside a phrase describing the object of ``v`` (see above)."""
    ix = token_index(t.doc)
    i, head = t.i, ix.head
    while i != v.i and head[i] != i:
        if _describes(ix, i, v.i):
            return True
        i = head[i]
    return False


def helper_agent(t: Token, holder: Token) -> bool:
    """Whether ``t`` is the agent of a participle on ``holder`` when ``holder`` is the act a
    light verb's subject does ("launched an offensive **supported by** Turkish drones", "carried
    out strikes backed by X": a helper of the act, not its target). On another object the agent
    may be a party ("welcomed a union formed by Russia": :func:`in_clause_below`)."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("agent", "prep"):
        return False
    part = prep.head
    if part.dep_ != "acl" or part.tag_ != "VBN" or part.head.i != holder.i:
        return False
    return holder.dep_ == "dobj" and holder.head.lemma_.lower() in LIGHT_VERBS


def in_helper_agent(t: Token, v: Token) -> bool:
    """Whether ``t`` sits in the agent phrase of a participle on the act that the light verb
    ``v`` names ("launched an offensive supported by **Turkish**-made drones"): see
    :func:`helper_agent`."""
    i, ix = t.i, token_index(t.doc)
    while i != v.i and ix.head[i] != i:
        prep = ix.head[i]
        if ix.dep[i] == "pobj" and ix.head[ix.head[prep]] != prep:
            holder = t.doc[ix.head[ix.head[prep]]]
            if holder.head.i == v.i and helper_agent(t.doc[i], holder):
                return True
        i = ix.head[i]
    return False


def in_clause_below(t: Token, holder: Token) -> bool:
    """Whether ``t`` sits in a clause below ``holder`` other than a participle on ``holder``
    itself ("the evacuation of workers from a project **led by** France": yes; "a union
    **formed by** Russia": no), or in an "as" phrase describing ``holder``."""
    while t.i != holder.i and t.head.i != t.i:
        if t.dep_ in CLAUSE_DEPS and not (t.dep_ == "acl" and t.head.i == holder.i):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in DESCRIPTION_PREPS and t.head.head.i == holder.i:
            return True  # "the seizure as an affront to the league": a description of it
        t = t.head
    return False


def not_located(actors: list[Actor], holder: Token) -> list[Actor]:
    """``actors`` without those named only as where something inside ``holder`` is ("signed a
    cessation of hostilities in Addis Ababa", "a halt to the fighting in Gaza"): a place
    is not the owner of the thing acted upon."""
    doc = holder.doc
    kept: list[Actor] = []
    for a in actors:
        tok = doc.char_span(a.span.start, a.span.end, alignment_mode="expand") if a.span else None
        if tok is not None and located_under(tok.root, holder):
            continue
        kept.append(a)
    return kept


def located_under(t: Token, holder: Token) -> bool:
    """Whether ``t`` hangs below ``holder`` through a locative preposition ("in", "at")."""
    while t.i != holder.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS:
            return True
        t = t.head
    return False


def infinitive_objects(holder: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of an infinitive that completes the noun ``holder`` ("an invitation to visit
    Chile", "an offer to mediate with Iran": Chile, Iran): its direct object and the objects of
    its ``preps`` phrases; for a verb of acquiring also its "from" phrase ("a deal to buy gas
    from Azerbaijan"), and also as a purpose clause when ``holder`` is the verb itself."""
    found: list[Token] = []
    for c in holder.children:
        buying = c.lemma_.lower() in ACQUISITION_VERBS  # also "signed X to buy Y from Z"
        if c.dep_ not in ("acl", "relcl", "advcl") or c.dep_ == "advcl" and not buying:
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        words_here = {*preps, *ACQUISITION_PREPS} if buying else preps
        if not buying:  # the goods bought are no party ("to buy submarines from France")
            found += [o for o in c.children if o.dep_ in ("dobj", "dative")]
        found += [
            p
            for prep in c.children
            if prep.dep_ == "prep" and prep.lower_ in words_here
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    return found


def repeated_preposition_objects(prep: Token) -> list[Token]:
    """The objects of ``prep`` and of the same preposition repeated in coordination with it
    ("signed agreements with Iran and with China": Iran, China), in text order. The parser may
    hang the first of the two on the verb's object and the second, after "and", on the verb
    ("held talks with A and with B"): from the second, the first is found there too. A
    preposition with no object of its own shares its conjunct's ("flights to and from
    Panama": Panama)."""
    doc = prep.doc
    found = children_with(prep, "pobj")
    for c in children_with(prep, "conj"):
        if c.pos_ == "ADP" and c.lower_ == prep.lower_:
            found += repeated_preposition_objects(c)
        elif c.pos_ == "ADP" and not found:  # "flights to and from Panama": a shared object
            found += children_with(c, "pobj")
    before = doc[prep.i - 1] if prep.i > 0 else None
    if (
        prep.dep_ == "prep"
        and before is not None
        and before.dep_ == "cc"
        and before.head == prep.head
    ):
        earlier = [
            p
            for o in children_with(prep.head, "dobj")
            if o.i < prep.i
            for b in children_with(o, "prep")
            if b.lower_ == prep.lower_ and b.i < prep.i
            for p in children_with(b, "pobj")
        ]
        found = earlier + found
    return found


def refusal_conditions(v: Token) -> list[Token]:
    """The subjects of the clauses setting the condition of a refusal ``v`` ("would not
    negotiate until Armenia withdrew", "refused to sign unless Kigali ...": Armenia, Kigali),
    on ``v`` or on the verb of refusing it completes (``refusal_condition_marks``)."""
    heads = [v, v.head] if v.dep_ == "xcomp" else [v]
    return [
        s
        for h in heads
        for c in h.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.text.lower() in REFUSAL_CONDITION_MARKS for m in c.children)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
    ]


def condition_parties(clause: Token) -> list[Token]:
    """Whom a threat's that-clause ``clause`` is aimed at when its doer is the speaker's side:
    the subjects of its conditions ("would respond if the North escalated": the North), then
    the objects of its "against" phrases ("could seek a resolution against Iran": Iran)."""
    found = [
        s
        for c in clause.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.text.lower() in CONDITION_MARKS for m in c.children)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    found += [
        o
        for t in clause.subtree
        if t.dep_ == "prep" and t.text.lower() in CLAUSE_TARGET_PREPS
        for o in children_with(t, "pobj")
        if o.pos_ != "PRON"  # "a declaration of war against them": the speakers themselves
    ]
    return found


ORIGIN_PREPS = words("owner_prepositions", "origin")
APPEAL_ROOTS = ("02", "10")


def appellant_phrases(noun: Token, event_nouns: dict[str, tuple[str, ...]]) -> list[Token]:
    """The objects of a "from" phrase on a noun of an appeal or demand (one whose kinds in
    ``lang/en/anaphora.yaml`` are all appeals, 02, or demands, 10): who made it ("rejected calls
    from the EU and Japan for an inquiry": the EU and Japan), else []."""
    kinds = event_nouns.get(noun.lemma_.lower())
    if not kinds or not all(k.startswith(APPEAL_ROOTS) for k in kinds):
        return []
    found: list[Token] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ORIGIN_PREPS:
            for o in children_with(prep, "pobj"):
                found += [o, *(c for c in o.conjuncts if c.dep_ == "conj")]
    if found:  # "calls from the UN, the EU and Japan" parsed with the EU and Japan on "calls"
        found += [c for c in noun.conjuncts if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return found


def reporter_of_conjunct(v: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause the parser hung a subjectless
    speech act on, or None: in "Japan said five of the missiles landed in its waters and accused
    Pyongyang of ..." the one who accused is the one who spoke, not the missiles. Asked only
    when the clause's own subject names no actor (a sentence's own doer is never replaced)."""
    head = v.head
    gov = head.head
    if (
        v.dep_ != "conj"
        or v.lemma_.lower() not in SPEECH_ACT_VERBS
        or head.dep_ != "ccomp"
        or gov.lemma_.lower() not in REPORTING_GOVERNORS
        or not gov.i < head.i < v.i
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
    ):
        return None
    return next((c for c in gov.children if c.dep_ == "nsubj"), None)
