"""Modality stage: whether an act happened, and how intentions, threats and obligations re-code it.

:class:`Modality` (``lang/en/modality.yaml``, in ``modality_data``): governors, modals,
negations, and how obligations re-code an act; :func:`modality_status` reads them,
:func:`obligation_pattern` finds demands stated as obligations, :func:`recode` applies an
intention or a threat (tables: the ontology's policy). :class:`EventAnaphora` (``lang/en/anaphora.yaml``): event nouns ("the attack").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.clause_moods import (
    FINITE_TAGS,
    blocked_text,
    caused_clause,
    counterfactual,
    intention_noun,
    negated_object,
    negative_subject,
    own_tense,
    passive_participle_clause,
    resolve,
    subjunctive,
    untold,
)
from multivector.coding.clause_syntax import (
    contact_purpose,
    decision_of,
    founded_body_purpose,
    raised_conjunct,
    record_clause,
)
from multivector.coding.dictionary import EventPattern
from multivector.coding.modality_data import EventAnaphora as EventAnaphora
from multivector.coding.modality_data import Modality
from multivector.coding.syntax import INTENTION_NOUNS, words
from multivector.coding.token_index import token_index
from multivector.ontology.policy import CodingPolicy, load_policy

# the rule of an event coded from an obligation under a speech verb ("said Iran must free the
# crew"): the complement's reading, which the checks spare as they spare specific patterns
OBLIGATION_RULE = "modality.yaml obligation"

# The code of the act a clause's verb states, when it has a pattern (the caller's matcher).
ActCode = Callable[[Token], str | None]

# Modality statuses under which an act is coded (re-coded for all but realis).
CODED_STATUSES = ("realis", "intent", "threat", "refused", "agreed", "attempted")
CONTENT_PREPS = words("content_prepositions")
DECIDED_ADVERBS = lang.words_of("modality.yaml", "decided_adverbs")
ATTRIBUTION_ADJECTIVES = words("attribution_adjectives")


def attributed(prep: Token) -> bool:
    """Whether the preposition ``prep`` follows an adjective that attributes an act to the
    subject ("guilty of violating the truce"): its clause is an act, not another's content."""
    adj = prep.head
    return adj.lemma_.lower() in ATTRIBUTION_ADJECTIVES and adj.dep_ == "acomp"


def stated_refusal(children: list[Token], m: Modality, lemma: str = "", own: bool = False) -> bool:
    """A negated intention is a refusal ("will not negotiate"; not "would not have signed"), as
    is a negated refusal modal of acceptance ("cannot accept": ``lemma`` a refusable verb) and,
    of the refusable verb's ``own`` clause, a negation with "do" ("does not accept the claim")."""
    refusable = lemma in m.refusable_verbs
    modals = m.intent_modals | (m.refusal_modals if refusable else frozenset())
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in modals for c in children)
    do = own and refusable and any(c.dep_ == "aux" and c.lemma_ == "do" for c in children)
    do = do and not any(c.dep_ == "mark" and c.lower_ in m.hypothetical_marks for c in children)
    modal = modal or do
    return modal and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)


def displaced_complement(v: Token, m: Modality) -> bool:
    """Whether ``v`` is the infinitive of a governor of intention, threat, refusal, trying or
    decision that the parser attached as a clause of purpose because a phrase came between them
    ("agreed in Moscow on Monday to pull back heavy weapons", "refused on Friday to sign",
    "voted 13 to 2 to impose"); not after an object ("set up a panel to investigate" is a
    purpose)."""
    if v.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    gov = v.head.lemma_.lower()
    return gov in (
        m.intent_governors
        | m.threat_governors
        | m.refusal_governors
        | m.attempt_governors
        | m.decision_governors
    ) and not any(
        c.dep_ in ("xcomp", "dobj", "prt") and c.pos_ != "NUM"  # "voted nineteen to none to"
        for c in v.head.children
    )


def infinitive_complement(v: Token, m: Modality) -> Token | None:
    """The infinitival complement of the governor ``v`` ("agreed to pull back"), also when
    the parser attached it as a clause of purpose (:func:`displaced_complement`)."""
    doc, ix = v.doc, token_index(v.doc)  # (only an "advcl" can be displaced)
    kids = (doc[c] for c in ix.children[v.i] if ix.dep[c] in ("xcomp", "advcl"))
    return next((c for c in kids if c.dep_ == "xcomp" or displaced_complement(c, m)), None)


def modality_status(v: Token, m: Modality) -> str:
    """'realis', 'intent', 'threat', 'refused', 'agreed' (under "agreed to": an act or an
    intention, by the ontology's policy), or why the act headed by ``v`` did not (yet) happen."""
    if passive_participle_clause(v):
        return "a passive participle's clause ('Asked about ..., X said'): done to the subject"
    node = v
    intent = refused = agreed = modal = False
    affirmed = -1  # a governor whose negation affirms ("would not hesitate to"), passed below
    ix = token_index(v.doc)  # the children's labels and words, read without making Tokens
    dep, low, tag = ix.dep, ix.lower, ix.tag
    for _ in range(6):
        kids = ix.children[node.i]
        if negative_subject(ix, kids, m.negative_subjects, m.negating_determiners):
            return "negated by its subject ('no country', 'none of', 'neither side')"
        if node.i != affirmed and any(
            dep[c] == "neg" or low[c] in m.negations and dep[c] in ("neg", "advmod", "preconj")
            for c in kids
        ) or negated_object(ix, kids, m.negating_determiners):
            own = node.i == v.i and v.dep_ != "relcl"  # "does not accept": its own clause
            if stated_refusal(list(node.children), m, v.lemma_.lower(), own) and not refused:
                return "refused"  # "said he would not resign", "we will not negotiate"
            return "negated"
        for c in kids:
            if dep[c] == "aux" and tag[c] == "MD":
                if low[c] in m.intent_modals:
                    if counterfactual(node, kids, ix):
                        return f"counterfactual ('{ix.text[c]} have ...')"
                    intent = modal = True
                elif low[c] in m.hypothetical_modals:
                    if low[c] in m.possibility_modals and warned(node, m):
                        return "threat"  # "warned that it could cut supplies": a threat
                    return f"hypothetical ('{ix.text[c]}')"
            if dep[c] == "mark" and low[c] in m.hypothetical_marks:
                return f"hypothetical ('{ix.text[c]}')"
        if (raised := raised_conjunct(node)) is not None:
            node = raised  # "denied that X was responsible and threatened": the denier's act
            continue
        if (
            node.dep_ == "conj"
            and not any(
                dep[c] in ("nsubj", "nsubjpass") or dep[c] == "aux" and low[c] != "to"
                for c in kids
            )
            and not own_tense(node)
        ):
            node = node.head  # "would renew and expand", "agreed to lift X and to free Y"
            continue
        if (decision := decision_of(node)) is not None:
            return decided(decision, m)  # "the decision to sever relations": taken
        if (founder := founded_body_purpose(node)) is not None:
            node = founder  # "set up a commission to investigate": the inquiry has begun
            continue
        if (copula := record_clause(node)) is not None:
            node = copula  # "became the first state to recognise X": done, as the copula says
            continue
        if contact_purpose(node, "xcomp"):
            node = node.head  # "telephoned Putin to apologise": the call apologised
            continue
        if node.dep_ == "xcomp" or displaced_complement(node, m):
            gov = node.head
            if gov.lemma_.lower() in m.refusal_governors and not refused:
                refused = True  # "refused to sign": a rejection, if the refusal itself happened
                node = gov
                continue
            if gov.lemma_.lower() in m.negating_governors:
                return f"negated by '{gov.text}'"
            if gov.lemma_.lower() in m.litotes_governors:
                if not any(c.dep_ == "neg" for c in gov.children):
                    return f"hesitated, not done (under '{gov.text}')"
                affirmed, node = gov.i, gov  # "would not hesitate to use force": as its clause says
                continue
            if gov.lemma_.lower() in m.attempt_governors and not intent:
                return "attempted"  # "tried to assassinate": coded if the policy says so
            if gov.lemma_.lower() in m.threat_governors:
                return "threat"
            if gov.lemma_.lower() in m.intent_governors:
                intent = True
                agreed = agreed or gov.lemma_.lower() in m.agreement_governors
            elif gov.lemma_.lower() not in m.realis_governors:
                return f"wanted or requested, not done (under '{gov.text}')"
            node = gov
            continue
        if (
            node.dep_ == "acl"
            and node.head.lemma_.lower() in m.attempt_governors
            and any(dep[c] == "aux" and low[c] == "to" for c in kids)
        ):
            return "attempted"  # "an attempt to assassinate the governor"
        if intention_noun(node, INTENTION_NOUNS) and node.head.head.pos_ in ("VERB", "AUX"):
            if any(c.lower_ in m.negating_determiners for c in node.head.children):
                return f"negated ('no {node.head.text} to ...')"  # "had no plans to send"
            intent = True  # "confirmed its readiness to begin": the stating verb's modality
            node = node.head.head
            continue
        if contact_purpose(node, "advcl"):
            node = node.head  # "telephoned X to express condolences": the call expressed them
            continue
        if (blocker := blocked_text(node, m.blocked_texts, m.blocking_verbs)) is not None:
            return f"the content of a text that was never adopted ('{blocker.text}')"
        if node.dep_ in ("advcl", "acl", "relcl") and any(
            dep[c] == "aux" and low[c] == "to" for c in kids
        ):
            return "purpose or plan ('to ...'), not done"
        if node.dep_ == "pcomp" and node.head.lower_ == "without":
            return "negated by 'without'"
        if node.dep_ == "pcomp" and attributed(node.head):
            node = node.head.head.head  # "were guilty of violating": the copula's modality
            continue
        if node.dep_ == "pcomp" and node.head.lower_ in CONTENT_PREPS:
            # "accused Moscow of targeting", "thanked X for helping": the content of another act
            return f"the content of another act ('{node.head.text} ...'), not an act itself"
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ == "from"
            and node.head.head.lemma_.lower() in m.preventing_governors
            and v.tag_ not in FINITE_TAGS  # "stopped X from fleeing and seized": misparsed
        ):
            return f"prevented ('{node.head.head.text} ... from'), not done"
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head  # "of starting the fighting by opening fire": climb
            continue
        if (
            node.dep_ == "ccomp"
            and node.head.lemma_.lower() in m.negating_governors
            and node.i > node.head.i  # "denied that ...": the content follows the denial
        ):
            return f"denied ('{node.head.text} that ...')"
        if node.i > node.head.i and subjunctive(node) and (
            node.dep_ == "ccomp" and node.head.lemma_.lower() in m.mandative_governors
            or node.dep_ in ("acl", "ccomp")
            and node.head.lemma_.lower() in m.mandative_nouns
            and any(dep[c] == "mark" and low[c] == "that" for c in kids)
        ):  # "demanded that Uganda release the prisoners", "urged that X be recalled"
            return f"wanted, not done ('{node.head.text} that ...')"
        if (
            node.dep_ == "ccomp"
            and node.i > node.head.i
            and node.head.lemma_.lower() in m.wish_governors
        ):  # "hoped Kazakhstan would lift the ban": wished for, not done or promised
            return f"wished for, not done ('{node.head.text} that ...')"
        if (
            node.dep_ == "ccomp"
            and intent
            and node.head.lemma_.lower() in m.warning_governors
            and node.i > node.head.i
        ):
            return "threat"  # "warned that it would retaliate": a threat of the act
        saying = m.speech_verbs | m.asserting_verbs  # "did not say that", "no group claimed"
        if untold(node, ix, saying, m.negative_subjects, m.negating_determiners):
            return f"not asserted ('{node.head.text}' is negated or has a negative subject)"
        if caused_clause(node, kids, ix, m.realis_governors):
            # "would not allow the court to prosecute", "offered to help Quito fight": another's
            # act happens only if the permission or help does (no intention of that other's)
            status = modality_status(node.head, m)
            return status if status == "realis" else f"let happen by '{node.head.text}' ({status})"
        break
    a = v  # "accused X of sending men ..., killing an officer"; not past a relative clause
    while a.dep_ != "relcl" and a.head.i != a.i:  # ("of arming Y, which expelled ..."): its own
        a = a.head
        if a.dep_ == "pcomp" and a.head.lower_ in CONTENT_PREPS and not attributed(a.head):
            return f"the content of another act ('{a.head.text} ...'), not an act itself"
    if refused:
        return "refused"
    if agreed and not modal:
        return "agreed"
    return "intent" if intent else "realis"


def decided_measure(v: Token, code: str, m: Modality, policy: CodingPolicy) -> bool:
    """Whether the act ``v`` of ``code``, stated as an intention, is a measure stated as
    decided: a sanction or coercion (the policy's ``scheduled_roots``, which a start date makes
    done too) in a clause with an adverb of immediacy, under no condition ("the United Kingdom
    will now expel 23 diplomats"; not "would expel them if ...")."""
    if code[:2] not in policy.scheduled_roots or v.pos_ not in ("VERB", "AUX"):
        return False
    if conditional(v, m):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in DECIDED_ADVERBS for c in v.children)


def warned(clause: Token, m: Modality) -> bool:
    """Whether ``clause`` is the that-clause of a verb of warning ("warned that ...")."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause.i > head.i
        and head.lemma_.lower() in m.warning_governors
        and head.pos_ == "VERB"
    )


def decided(noun: Token, m: Modality) -> str:
    """The status of the act a decision noun names ("the decision to sever relations"): done
    when the clause that mentions the decision states it plainly ("regretted the decision to",
    "Peru announced its decision to"); not when that clause is negated, modal or wanted ("would
    not reverse its decision to", "will announce a decision to"), nor "no decision to"."""
    if any(c.lower_ in m.negating_determiners for c in noun.children):
        return f"negated ('no {noun.text} to ...')"
    gov = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if gov is None:
        return "realis"
    status = modality_status(gov, m)
    if status == "realis":
        return "realis"
    return f"a {noun.text} under '{gov.text}', which is not a plain statement ({status})"


def refusal_pattern(v: Token, m: Modality, code: str | None) -> EventPattern | None:
    """A refused act with no refusal code of its own is a rejection (``code``, the policy's
    refusal_default) when its verb is one of compliance or acceptance: "will not pay", "would
    not accept the deal", "will not allow foreign troops back" (``refusable_verbs``)."""
    lemma = v.lemma_.lower()
    if code is None or lemma not in m.refusable_verbs or v.pos_ != "VERB":
        return None
    node = v
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("xcomp", "advcl") and node.head.lemma_.lower() in m.refusal_governors:
        return None  # "refused to allow an inquiry": the refusal verb's own pattern codes it
    if any(resolve(c, m.unasked_events) for c in v.children if c.dep_ in ("ccomp", "xcomp")):
        return None  # "will not allow its territory to be used", "... such crimes to happen"
    return EventPattern(
        head=lemma, requirements=(), code=code, rule=f"modality.yaml refused '{lemma}'"
    )


def announcer(v: Token, m: Modality) -> Token | None:
    """The speech verb whose subject announces the agentless passive act ``v`` of its clause:
    in "the negotiator said the ban would not be lifted" (a refusal) or "Ankara said the
    border would be reopened" (an intention) the speaker's side is the one that acts. None when
    ``v`` is not such a clause (the caller checks that the act is announced, not done)."""
    if v.dep_ != "ccomp" or v.i < v.head.i:
        return None
    kids = list(v.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return None
    head = v.head
    return head if head.lemma_.lower() in m.speech_verbs else None


def quoted_speaker(v: Token, m: Modality) -> Token | None:
    """The speech verb whose subject speaks a quotation in the first person: in "'We will not
    negotiate,' the president said" the president (his side) is the one who refuses. None when
    ``v``'s subject is not "I" or "we", or its clause is not the speech verb's content."""
    subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    node = v
    while subject is None and node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head  # "we will meet them and (we will) talk"
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in m.first_person_subjects:
        return None
    if node.dep_ not in ("ccomp", "parataxis"):
        return None
    head = node.head
    if head.lemma_.lower() not in m.speech_verbs:
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


def conditional(v: Token, m: Modality) -> bool:
    """Whether the act ``v`` is stated under a condition: an adverbial clause of ``v`` opened by
    "if" or "unless" ("will boycott the vote unless the president resigns")."""
    return any(
        c.dep_ == "advcl"
        and any(a.dep_ == "mark" and a.lower_ in m.hypothetical_marks for a in c.children)
        for c in v.children
    )


def warning_pattern(
    v: Token, m: Modality, threat: str = "130", force: str | None = None
) -> EventPattern | None:
    """A warning of what the speaker will do is a threat (``threat``, the policy's
    threat_default): "warned that it would act"; a threat of force (``force``) when the warned
    clause names armed force (:func:`names_force`: "warned that any intervention would mean
    war")."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in m.warning_governors:
        return None
    for c in v.children:
        if c.dep_ != "ccomp" or c.i < v.i:
            continue
        kids = list(c.children)
        if any(a.dep_ == "neg" or a.lower_ in m.negations for a in kids):
            continue
        if any(
            a.dep_ == "aux"
            and a.tag_ == "MD"
            and (a.lower_ in m.intent_modals or a.lower_ in m.possibility_modals)
            for a in kids
        ):
            armed = force is not None and names_force(c, m)
            return EventPattern(
                head=v.lemma_.lower(),
                requirements=(),
                code=force if armed and force else threat,
                rule=f"modality.yaml warning '{v.lemma_.lower()} that ... would'"
                + (" +force" if armed else ""),
            )
    return None


def retaliation_pattern(
    v: Token,
    m: Modality,
    threat: str = "130",
    act: ActCode | None = None,
    force: str | None = None,
) -> EventPattern | None:
    """An announced answer in kind is a threat (``threat``): "Moscow would respond", "vowed to
    retaliate" (not negated; a done response is left to the verb's own patterns); a threat of
    force (``force``) when its clause names armed force ("would respond militarily"). An answer
    whose means is named and has a pattern ("would respond with tariffs", ``act`` gives its
    code) is left to that pattern, which the intention makes a threat of those means."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in m.retaliation_verbs:
        return None
    kids = list(v.children)
    if any(a.dep_ == "neg" or a.lower_ in m.negations for a in kids):
        return None
    if act is not None and any(a.lower_ in m.retaliation_means for a in kids) and act(v):
        return None
    announced = any(
        a.dep_ == "aux" and a.tag_ == "MD" and a.lower_ in m.intent_modals for a in kids
    ) or (
        v.dep_ == "xcomp"
        and v.head.lemma_.lower() in (m.intent_governors | m.threat_governors)
        and v.head.lemma_.lower() not in m.agreement_governors
    )
    if not announced:
        return None
    armed = force is not None and names_force(v, m)
    rule = f"modality.yaml announced '{lemma}'" + (" +force" if armed else "")
    return EventPattern(head=lemma, requirements=(), code=force if armed and force else threat, rule=rule)


def names_force(clause: Token, m: Modality) -> bool:
    """Whether ``clause`` names armed force (``m.force_words``, not as a verb: "its troops would
    resist", "would act militarily", "would mean war"; "would force talks" does not); a clause
    joined to it ("... and the minister ordered troops out") is not searched."""
    todo = [clause]
    while todo:
        t = todo.pop()
        if t.pos_ != "VERB" and t.lemma_.lower() in m.force_words:
            return True
        todo.extend(
            c for c in t.children if not (c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX"))
        )
    return False


def wish_pattern(
    v: Token, m: Modality, policy: CodingPolicy, act: ActCode | None = None
) -> EventPattern | None:
    """An appeal stated as a hope that another acts: "Tashkent hoped Kazakhstan would lift the
    ban" (the appeal code of the clause's act, when it has one; ``act`` finds that act's code)."""
    lemma = v.lemma_.lower()
    if act is None or v.pos_ != "VERB" or lemma not in m.wish_governors:
        return None
    for c in v.children:
        if c.dep_ != "ccomp" or c.i < v.i:
            continue
        kids = list(c.children)
        subject = next((a for a in kids if a.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            continue  # "hoped it would join": perhaps the speaker's own plan
        if any(a.dep_ == "neg" or a.lower_ in m.negations for a in kids):
            continue
        code = act(c)
        request = policy.request_code(code, "appeal") if code else None
        if request is not None:
            return EventPattern(
                head=lemma, requirements=(), code=request, rule=f"modality.yaml wish '{lemma} that'"
            )
    return None


def obligation_pattern(
    v: Token, m: Modality, policy: CodingPolicy | None = None, act: ActCode | None = None
) -> EventPattern | None:
    """A demand or appeal stated as an obligation: "said that China must drop barriers"; a
    threat stated as a warning (:func:`warning_pattern`); an appeal stated as a hope
    (:func:`wish_pattern`). Codes are the ontology's ``policy`` (the bundled one when None);
    ``act`` gives the code of the act a clause states, when it has one, for the specific appeal
    or demand ("must release the crew": a demand for a release)."""
    policy = policy or load_policy()
    threat = policy.threat_default
    force = policy.threat_code(m.force_act) if m.force_act else None
    warning = warning_pattern(v, m, threat, force) or retaliation_pattern(
        v, m, threat, act, force
    )
    if warning is not None:
        return warning
    if (wish := wish_pattern(v, m, policy, act)) is not None:
        return wish
    if v.pos_ != "VERB" or v.lemma_.lower() not in m.speech_verbs:
        return None
    for c in v.children:
        if c.dep_ != "ccomp" or not obliges_another(c, m):
            continue
        for a in c.children:
            word = a.lower_
            if (
                a.dep_ == "aux"
                and word in ("has", "have")
                and any(x.lower_ == "to" for x in c.children)
            ):
                word = f"{word} to"
            if a.dep_ == "aux" and word in m.obligation_modals:
                force = m.obligation_modals[word]
                code = policy.obligation_codes.get(force)
                if code is None:
                    continue
                done = act(c) if act is not None else None
                code = (policy.request_code(done, force) if done else None) or code
                return EventPattern(
                    head=v.lemma_.lower(),
                    requirements=(),
                    code=code,
                    rule=f"{OBLIGATION_RULE} '{word}' under '{v.lemma_.lower()}'",
                )
    return None


def obliges_another(clause: Token, m: Modality) -> bool:
    """Whether an obligation in ``clause`` is laid on someone the speaker addresses: its
    subject acts ("Iran must release the crew"), is not the speaker's side ("we must act") and
    the obligation is not a regret about the past ("it should never have allowed the visit");
    a passive ("the dispute should be solved by talks") names no one it is asked of."""
    kids = list(clause.children)
    subject = next((a for a in kids if a.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in m.first_person_subjects:
        return False
    return not any(a.dep_ == "auxpass" or a.dep_ == "aux" and a.lemma_ == "have" for a in kids)


def recode(
    code: str,
    rule: str,
    intent: bool,
    threat: bool,
    m: Modality,
    policy: CodingPolicy,
    refused: bool = False,
) -> tuple[str, str]:
    """The code and rule of an act stated as an intention ("will sign": 03x), a threat (13x)
    or refused ("refused to sign": 12x; the caller has checked that the refusal has a code).

    The tables are the ontology's (``policy``); ``m.intent_codes`` may add to the intention one.
    """
    if refused:
        return policy.refusal_code(code) or code, rule + " +refused"
    if intent:
        new = m.intent_codes.get(code) or m.intent_codes.get(code[:2]) or policy.intent_code(code)
        if new:
            code, rule = new, rule + " +intent"
    if threat:
        code, rule = policy.threat_code(code), rule + " +threat"
    return code, rule
