"""Clause readers: who a verb's subject is, and acts that show only in how a sentence is built.

The infinitive of a decision ("the decision to sever relations"), a body set up for an inquiry,
the record a copula states ("became the first state to recognise X"), a conjunct the parser hung
on a complement clause, a noun renaming an earlier clause's act, "at the request of X". Each
reads the dependency parse around one verb; the word classes are language data
(``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.contacts import contact_purpose
from multivector.coding.enacted import text_author_verb
from multivector.coding.fronted import (
    apposed_subject,
    conjoined_subject,
    participle_subject,
    swallowed_subject,
)
from multivector.coding.interrupted import interrupted_subject
from multivector.coding.modifier_verbs import modifier_subject
from multivector.coding.orders import ORDER_GOVERNORS, ordered_patient
from multivector.coding.participle_doers import cargo_of
from multivector.coding.passives import awaited_arrival, feeling_passive, stative_passive
from multivector.coding.stranded import stranded_coordinate, stranded_subject
from multivector.coding.syntax import (
    FINITE_TAGS,
    INTENTION_NOUNS,
    RELATIVE_PRONOUNS,
    STATEMENT_NOUNS,
    SUBJECT_DEPS,
    agent_of,
    infinitive,
    reduced_passive,
    words,
)
from multivector.coding.token_index import TokenIndex, token_index
from multivector.coding.wordclass import lemma_in

# Nouns of a decision taken ("the decision to sever relations") and verbs of speech acts.
SPEECH_ACT_VERBS = words("speech_act_verbs")
DOER_NOUNS = words("person_role_nouns") | words("own_agent_nouns")  # people and forces
PLAIN_SAYING_VERBS = words("plain_saying_verbs")
RENAMING_NOUNS = words("renaming_nouns")
FREE_RELATIVE_WORDS = words("free_relative_words")
AUTHOR_PREPOSITIONS = words("nominal_agent_prepositions")  # "a report by UN experts"
ISSUING_VERBS = words("issuing_verbs")
REQUEST_ADJUNCT_NOUNS = words("request_adjunct_nouns")
REQUEST_ADJUNCT_PREPS = words("request_adjunct_prepositions")
RECORD_ADJECTIVES = words("record_adjectives")
RECORD_COPULAS = words("record_copulas")
RECORD_PREPOSITIONS = words("record_prepositions")
FOUNDING_VERBS = words("founding_verbs")
BODY_NOUNS = words("body_nouns")
BODY_PURPOSES = words("body_purposes")
DECISION_NOUNS = words("decision_nouns")
DOUBLE_OBJECT_VERBS = words("double_object_verbs")
DASHES = words("dateline_dashes")
SINGULAR_OBJECT_PRONOUNS = words("singular_object_pronouns")
PLURAL_OBJECT_PRONOUNS = words("plural_object_pronouns")


def passive_patient(v: Token) -> list[Token]:
    """The patient of a passive act with no passive subject: a bare participle ordered done
    ("ordered the vessel confiscated": the vessel)."""
    patient = ordered_patient(v)
    return [] if patient is None else [patient]


def subject_of(v: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject of ``v`` (inherited through coordination, control and adverbial clauses),
    and whether it undergoes the act (a passive). Read from the parse alone, so worked out once
    per token (and depth) of a document and kept in its token index (most verbs are asked again:
    by the sources, the targets, the modality, the checks of each predicate)."""
    memo = token_index(v.doc).memo
    kept = memo.get(_SUBJECTS)
    if kept is None:
        kept = memo[_SUBJECTS] = {}
    key = (v.i, depth)
    found = kept.get(key)
    if found is None:
        found = kept[key] = _subject_of(v, depth)
    return found


# the key of :func:`subject_of`'s answers in the token index's memo
_SUBJECTS = "clause_syntax.subject_of"


def _subject_of(v: Token, depth: int) -> tuple[Token | None, bool]:
    """:func:`subject_of`, worked out."""
    if (patient := ordered_patient(v)) is not None:  # "ordered the vessel confiscated"
        return patient, True
    doc = v.doc
    ix = token_index(doc)
    subjects = [c for c in ix.children[v.i] if ix.dep[c] in SUBJECT_DEPS] or hung_on_aux(ix, v.i)
    if subjects:
        # of two subjects the parser gave one verb, the nearer before it: "10:20 GMT - The
        # ministry said ..." (a live blog's time stamp is no subject)
        c = max((s for s in subjects if s < v.i), default=subjects[0])
        if ix.lower[c] in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            # "adopted Resolution 598, which demanded ...": the author of the statement
            issuer = statement_issuer(v.head)
            author = subject_of(issuer, depth + 1)[0] if issuer is not None else None
            return (author if author is not None else v.head), False
        return dateline_subject(doc[c]), False
    if passive_subjects := ix.kids(v.i, "nsubjpass"):
        return doc[passive_subjects[0]], not (awaited_arrival(v) or stative_passive(v))
    if (held := interrupted_subject(v)) is not None:  # "Mali, run by soldiers, has warned"
        return held, False
    if reduced_passive(v):  # "civilians killed by the militia": the militia (the agent)
        return v.head, True
    if depth > 4:
        return None, False
    if v.dep_ == "conj" or listed_member(v):
        raised = raised_conjunct(v)  # "said the deal was void and warned ...": the speaker
        subj, passive = subject_of(raised if raised is not None else v.head, depth + 1)
        # an active conjunct of a passive verb shares its subject, not its voice: "diplomats
        # were expelled and accused Poland of ...", "troops were put on alert and shelled ..."
        if not passive and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children):
            return subj, True  # a passive conjunct of an active verb: "arrived and was received by"
        if passive and raised is None and feeling_passive(v.head) and v.tag_ != "VBN":
            return subj, False  # "was disturbed by the raid and called on Lima to ..."
        return subj, passive and not active_conjunct(v)
    if (shared := stranded_coordinate(v)) is not None:  # "blocked their path, then rammed them"
        return subject_of(shared, depth + 1)[0], False
    if (decision := decision_of(v)) is not None:  # "Peru's decision to recall its envoy"
        return decision_owner(decision), False
    if founded_body_purpose(v) is not None:  # "appointed a panel to investigate": the founder
        return subject_of(v.head, depth + 1)
    if v.dep_ == "xcomp":
        gov = v.head
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        # not "spent years fighting", nor "telephoned Putin to apologise" (the caller's act)
        if objs and objs[0].ent_type_ not in ("DATE", "TIME") and not contact_purpose(v, "xcomp"):
            return objs[0], False
        subj, passive = subject_of(gov, depth + 1)
        if any(c.dep_ == "nsubjpass" for c in gov.children):
            # "X is expected to visit", "X was forced to withdraw": the passive governor's
            # subject does the infinitive's act (unless the infinitive is passive itself)
            passive = any(c.dep_ == "auxpass" for c in v.children)
        return subj, passive
    if v.dep_ in ("acomp", "attr") and v.head.pos_ in ("VERB", "AUX"):
        return subject_of(v.head, depth + 1)  # "X is about to restore": through "about"
    if v.dep_ in ("advcl", "pcomp") and v.head.pos_ in ("VERB", "AUX"):
        return subject_of(v.head, depth + 1)
    if v.dep_ == "pcomp" and v.head.dep_ == "prep":
        return subject_of(v.head.head, depth + 1)
    if (copula := record_clause(v)) is not None:  # "became the first state to recognise"
        return subject_of(copula, depth + 1)
    if v.dep_ == "relcl":
        return v.head, False
    if v.dep_ == "acl" and v.tag_ == "VBG" and (issuer := text_author_verb(v.head)) is not None:
        return subject_of(issuer, depth + 1)  # "issued a declaration demanding": the author
    if (
        v.dep_ == "acl"
        and v.head.dep_ == "dobj"
        and v.head.lemma_.lower() in INTENTION_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    ):  # "reaffirmed Qatar's readiness to mediate": the owner, else the stating verb's subject
        owner = next((c for c in v.head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON":
            return owner, False
        return subject_of(v.head.head, depth + 1)
    if (stranded := stranded_subject(v)) is not None:
        return stranded, False  # "Iran, which borders both, offered ...": hung on "Iran"
    if (swallowed := swallowed_subject(v)) is not None:
        return swallowed, False  # "On 5 June 2017 Saudi Arabia and Egypt cut ties"
    if (apposed := apposed_subject(v)) is not None:
        return apposed, False  # "In Baku, the Azerbaijani President, ..., accused"
    if (holder := modifier_subject(v)) is not None:
        return holder, False  # "X's president, Y, mediated talks": "mediated" an amod
    if (given := participle_subject(v)) is not None:
        return given, False  # "SADC leaders meeting in Dar es Salaam ask": given to "meeting"
    return conjoined_subject(v), False  # "between 1975 and 1979 Khmer Rouge cadres carried"


def statement_issuer(noun: Token) -> Token | None:
    """The verb that issued the statement ``noun`` as its object ("the Council adopted
    Resolution 598, which demanded ...", "issued a statement that condemned ..."), or None: a
    relative clause on it speaks for that verb's subject (``issuing_verbs``: not "vetoed a
    resolution"). Not a statement with an author of its own ("a report by UN experts", "Iran's
    letter", "a Security Council resolution")."""
    name = statement_name(noun)
    if name is None or name.dep_ != "dobj" or name.head.lemma_.lower() not in ISSUING_VERBS:
        return None
    if any(
        c.dep_ == "poss"
        or c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()  # a name
        or c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS
        for c in name.children
        if c.i != noun.i
    ):
        return None  # "a Security Council resolution", "a U.S.-drafted resolution", "Iran's"
    return name.head


def statement_name(noun: Token) -> Token | None:
    """``noun`` when it is a statement noun ("a statement", "Resolution 598": a number after
    the name), else None."""
    if noun.lemma_.lower() in STATEMENT_NOUNS:
        return noun
    head = noun.head
    if noun.pos_ == "NUM" and noun.dep_ in ("nummod", "appos") and head.lemma_.lower() in STATEMENT_NOUNS:
        return head
    return None


def listed_member(v: Token) -> bool:
    """Whether ``v`` is the middle member of a list of verb phrases that the parser left
    unlabelled ("Beijing lodged a protest, demanded that X ..., and announced ...": "demanded"
    a ``dep`` of "lodged"): a finite verb after a comma (and an adverb of its own: "ordered him
    to withdraw, then swore in ..."), in its head verb's tense, with no subject of its own; it
    shares the head's subject as a conjunct does."""
    if v.dep_ != "dep" or v.tag_ not in FINITE_TAGS or v.i < 1 or v.head.i >= v.i:
        return False
    before = v.nbor(-1)
    if before.dep_ == "advmod" and before.head.i == v.i and v.i > 1:  # ", then swore in ..."
        before = v.nbor(-2)
    if v.head.pos_ not in ("VERB", "AUX") or v.head.tag_ != v.tag_ or before.text != ",":
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in v.children)


def active_conjunct(v: Token) -> bool:
    """Whether the conjunct ``v`` is in the active voice whatever its head's: a present tense,
    or a past form with a direct object (not of a verb of two objects), with no passive of its
    own; "were detained and beaten", "was besieged and shelled daily", "were arrested and
    charged" share the passive (the tagger's VBD of such a past form is no proof)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return False
    return v.tag_ in ("VBZ", "VBP") or (
        v.tag_ in ("VBD", "VBN")
        and v.lemma_.lower() not in DOUBLE_OBJECT_VERBS
        and any(c.dep_ == "dobj" for c in v.children)
    )


def founded_body_purpose(v: Token) -> Token | None:
    """The founding verb when ``v`` is the inquiry a body was set up for ("set up a commission
    to investigate the violence", "appointed a panel to examine the killings"), or None: the
    founding starts the inquiry, the founder's act."""
    if v.dep_ not in ("advcl", "xcomp") or v.lemma_.lower() not in BODY_PURPOSES:
        return None
    gov = v.head
    if gov.lemma_.lower() not in FOUNDING_VERBS or not infinitive(v):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in BODY_NOUNS for c in gov.children):
        return None
    return gov


def record_clause(v: Token) -> Token | None:
    """The copula whose subject did the act of ``v`` when ``v`` is the infinitive of a
    predicate noun that a record adjective marks ("Chile became the first country to recognise
    X": "became"; "Peru was the only state to vote against"), or None. The act was done: it is
    the record's content, not a plan. The parser may hang the infinitive on the copula instead
    ("became the first country | to recognise": an ``xcomp`` beside the ``attr``), and a record may
rank its subject among others ("was among the first states to recognise X": ``advcl``)."""
    if v.dep_ not in ("relcl", "acl", "xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children
    ):
        return None
    if v.dep_ in ("xcomp", "advcl"):
        nouns = [
            n
            for c in v.head.children
            if c.i < v.i
            for n in ([c] if c.dep_ == "attr" else _record_group(c))
        ]
        if not nouns:
            return None
        noun = nouns[-1]
    else:
        noun = v.head
    copula = noun.head if noun.dep_ == "attr" else None
    if noun.dep_ == "pobj" and noun.head.lower_ in RECORD_PREPOSITIONS:
        copula = noun.head.head  # "was among the first states to recognise X"
    if copula is None or copula.lemma_.lower() not in RECORD_COPULAS:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in RECORD_ADJECTIVES for c in noun.children):
        return None
    return copula


def _record_group(prep: Token) -> list[Token]:
    """The noun of a record preposition's phrase ("among the first states"), or []."""
    if prep.dep_ != "prep" or prep.lower_ not in RECORD_PREPOSITIONS:
        return []
    return [c for c in prep.children if c.dep_ == "pobj"]


def hung_on_aux(ix: TokenIndex, i: int) -> list[int]:
    """The active subject the parser hung on verb ``i``'s auxiliary ("the award was binding":
    "award" under "was"), as a list of at most one index."""
    return [c for a in ix.kids(i, "aux") for c in ix.kids(a, "nsubj")][:1]


def raised_conjunct(v: Token) -> Token | None:
    """The verb a subjectless conjunct really coordinates with when the parser hung it on the
    verb of that verb's complement clause, or None.

    In "the minister said the deal did not allow access and warned that ..." or "said Iran could
    not be trusted and threatened new strikes" the tensed conjunct cannot share the
    complement's auxiliary, negation or passive; in "said the evidence was solid and urged
    Vienna to act" or "denied that its fighters were responsible and threatened to march" a
    speech act follows a stative complement (a copula with a predicate, a possession, "said the
    ban had no basis and called on X to ...", or a progressive: "said the boats were sheltering
    and rejected the call"), or a simple past speech act follows a perfect ("denied that its
    troops had crossed the line and accused X of ..."); a present tense cannot share the
    complement's auxiliary ("says the measures are based on ... and denies"); an existential
    complement has no subject to share ("said there was no case and urged"). Either way the
    conjunct is the governor's coordinate, in the governor's tense, with its subject. So is a
    speech-act participle the parser made a conjunct of a gerund complement ("denied violating
    it, blaming Indian forces": ``_participle_of``)."""
    if v.dep_ == "conj" and v.tag_ == "VBG":
        return _participle_of(v)
    if v.dep_ != "conj" or v.tag_ not in FINITE_TAGS:
        return None
    kids = list(v.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in kids):
        return None
    head = v.head
    gov = head.head
    if (
        head.dep_ == "xcomp"
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and gov.i < head.i < v.i
        and gov.tag_ == v.tag_
    ):
        return gov  # "urges the EU to review its ties and asks China to ...": a finite verb is no infinitive's conjunct
    if head.dep_ != "ccomp" or not gov.i < head.i < v.i or gov.tag_ != v.tag_:
        return None
    ix = token_index(v.doc)
    clause = [*head.children, *(v.doc[c] for c in hung_on_aux(ix, head.i))]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause):
        # an existential complement has no doer to share: "said there was no case for the
        # ban and urged Quito to lift it" (the speaker urged)
        return gov if any(c.dep_ == "expl" for c in clause) else None
    unshared = any(
        c.dep_ == "neg" or c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_.lower() == "do")
        for c in clause
    ) or (any(c.dep_ == "auxpass" for c in clause) and _active_object(kids))
    # a present tense shares no auxiliary ("says the measures are based on ... and denies")
    unshared = unshared or v.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("aux", "auxpass") for c in clause
    )
    # a simple past shares no perfect's "had" ("denied that its troops had crossed the line
    # and accused Kenya of ...": the denial's coordinate)
    unshared = unshared or _perfect_past(head, v, clause)
    # a past conjunct shares no present or subjunctive complement's tense ("proposed that
    # French troops help retake the town and appealed to X for helicopters": the proposer
    # appealed; "demanded that Khartoum disarm the militia and threatened ...")
    unshared = unshared or (
        head.tag_ in ("VB", "VBP", "VBZ")
        and v.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in clause)
    )
    stative = v.lemma_.lower() in SPEECH_ACT_VERBS and (
        head.lemma_.lower() == "be"
        and any(c.dep_ in ("attr", "acomp") for c in clause)
        # a possession is a state: "said the ban had no legal basis and called on X to ..."
        or head.lemma_.lower() == "have" and any(c.dep_ == "dobj" for c in clause)
        # a progressive is a state too: "said the boats were sheltering and rejected the call"
        or head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause)
        # so is a feeling: "said it was disturbed by the raid and called on Lima to"
        or feeling_passive(head)
    )
    thing = (
        v.lemma_.lower() in SPEECH_ACT_VERBS
        and v.lemma_.lower() not in ORDER_GOVERNORS  # orders are _orders_subject's to decide
        and gov.lemma_.lower() in PLAIN_SAYING_VERBS
        and any(_thing_subject(c) for c in clause)
    )  # "said the bans violated the deal and asked the Commission to intervene"
    return gov if unshared or stative or thing or _orders_subject(v, clause) else None


def _thing_subject(c: Token) -> bool:
    """A subject that is a plain common noun, not a person, a force or a named thing: it
    cannot be the doer of a speech act conjoined after its clause."""
    return (
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ == "NOUN"
        and not c.ent_type_
        and c.lemma_.lower() not in DOER_NOUNS
        and not any(k.dep_ in ("poss", "compound") or k.ent_type_ for k in c.children)
    )


def _active_object(kids: list[Token]) -> bool:
    """Whether a conjunct's children show it active: a direct object, or an addressee in a
    prepositional phrase before an infinitive ("was disappointed by the ruling and called on
    Uganda to reconsider": no passive takes a noun after "called on")."""
    if any(c.dep_ == "dobj" for c in kids):
        return True
    return any(c.dep_ == "xcomp" for c in kids) and any(
        c.dep_ == "prep" and any(k.dep_ == "pobj" for k in c.children) for c in kids
    )


def _participle_of(v: Token) -> Token | None:
    """The governor of the gerund complement ``v.head`` when ``v`` is a speech-act participle
    set off by a comma with no conjunction ("denied violating the truce, blaming X for ...": a
    participle clause of "denied", not a second thing denied), else None."""
    head = v.head
    if head.tag_ != "VBG" or head.dep_ not in ("xcomp", "pcomp") or v.i < 1:
        return None
    if v.nbor(-1).text != "," or v.lemma_.lower() not in SPEECH_ACT_VERBS:
        return None
    if any(c.dep_ == "cc" and head.i < c.i < v.i for c in head.children):
        return None
    gov = head.head.head if head.dep_ == "pcomp" else head.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _perfect_past(head: Token, v: Token, clause: list[Token]) -> bool:
    """Whether the complement verb ``head`` is a perfect ("had crossed") and its conjunct ``v``
    a speech act in the simple past (the tagger told it apart from a participle) with an
    object or clause of its own, or only a prepositional phrase after an active perfect ("had
    been detained and accused of spying" shares the passive); a list of deeds shares the "had"
    ("said troops had crossed the line, occupied a hill and shelled a post")."""
    return (
        v.tag_ == "VBD"
        and v.lemma_.lower() in SPEECH_ACT_VERBS
        # an order keeps the reported subject unless its object says otherwise
        # ("said the rebels had crossed and ordered the army to respond": ``_orders_subject``)
        and v.lemma_.lower() not in ORDER_GOVERNORS
        and head.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause)
        and any(
            c.dep_ in ("dobj", "ccomp", "xcomp")
            or c.dep_ == "prep" and not any(k.dep_ == "auxpass" for k in clause)
            for c in v.children
        )
    )


def _orders_subject(v: Token, clause: list[Token]) -> bool:
    """Whether the conjunct ``v`` orders its complement's subject to act: a pronoun object
    agreeing with that subject and an infinitive after it ("ruled that Peru had broken the
    contract and ordered it to repay"). A verb does not take its own subject as a plain pronoun
    object (that is "itself"), so the conjunct is the governor's ("the court ... ordered")."""
    if not any(c.dep_ == "xcomp" for c in v.children):
        return False
    subjects = [c for c in clause if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    for o in v.children:
        if o.dep_ != "dobj" or o.pos_ != "PRON":
            continue
        plural = o.lower_ in PLURAL_OBJECT_PRONOUNS
        if not plural and o.lower_ not in SINGULAR_OBJECT_PRONOUNS:
            return False
        return any((s.tag_ in ("NNS", "NNPS")) == plural for s in subjects)
    return False


def renamed_act(v: Token) -> Token | None:
    """The verb of the clause whose act the antecedent of the relative clause ``v`` renames, or
    None: in "Turkey demanded the suspects' extradition, a request Riyadh has refused" or
    "Kyiv offered to send coal, an offer the separatists turned down" the noun after the comma
    renames the first clause's act, and the relative clause reacts to its subject."""
    noun = v.head
    if noun.lemma_.lower() not in RENAMING_NOUNS:
        return None
    if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBN"):  # "a charge denied by Kyiv"
        hangs = ("npadvmod", "appos", "dep", "dobj")  # "sent jets to Crete, a move Ankara condemned"
    elif v.dep_ == "ccomp" and noun.tag_ in ("NNS", "VBZ") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in noun.children
    ):  # the parser reads the noun as a verb: "offered vaccines, offers that Taipei rejected"
        hangs = ("conj",)
    else:
        return None
    left = noun.left_edge.i
    if left == 0 or v.doc[left - 1].text != "," or noun.dep_ not in hangs:
        return None
    main = noun.head
    for _ in range(3):  # an apposition may hang on the first clause's subject or object
        if main.pos_ in ("VERB", "AUX"):
            return main if main.i < noun.i else None
        if main.head.i == main.i:
            return None
        main = main.head
    return None


def requester(v: Token) -> Token | None:
    """The phrase naming who asked for the act of ``v`` in an adjunct "at the request of X" or
    "at X's request" (on ``v`` or on its object), or None."""
    doc = v.doc
    ix = token_index(doc)
    dep, low, kids = ix.dep, ix.lower, ix.children
    for h in [v.i, *ix.kids(v.i, "dobj")]:
        for prep in kids[h]:
            if dep[prep] != "prep" or low[prep] not in REQUEST_ADJUNCT_PREPS:
                continue
            for noun in kids[prep]:
                if dep[noun] != "pobj" or ix.lemma[noun] not in REQUEST_ADJUNCT_NOUNS:
                    continue
                for c in kids[noun]:
                    if dep[c] == "poss":
                        return doc[c]
                    if dep[c] == "prep" and low[c] == "of":
                        return next((doc[p] for p in kids[c] if dep[p] == "pobj"), None)
    return None


def decision_of(v: Token) -> Token | None:
    """The decision noun whose infinitive ``v`` is ("the decision to sever relations", "its
    move to recall the envoy", "the decision announced by X to close the border"), or None."""
    if not token_index(v.doc).kid(v.i, "aux", "to"):
        return None
    head = v.head
    if v.dep_ == "acl" and head.lemma_.lower() in DECISION_NOUNS:
        return head
    if (
        v.dep_ in ("xcomp", "advcl")
        and head.dep_ == "acl"
        and head.tag_ == "VBN"
        and head.head.lemma_.lower() in DECISION_NOUNS
    ):
        return head.head
    return None


def decision_owner(noun: Token) -> Token | None:
    """Whose decision ``noun`` is: its possessive ("Peru's decision"), an agent of it ("the
    decision by Chad", "the decision announced by Chad"), else, when it is a verb's object
    ("Peru announced its decision"), that verb's subject; else its possessive pronoun."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON":
        return poss
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN" and (agent := agent_of(c)) is not None:
            return agent
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)[0]
    return poss


def dateline_subject(t: Token) -> Token:
    """The subject a news dateline hides: a capitalised place opening the sentence before a
    dash, that the parser made the subject with the real one in apposition ("JERUSALEM - The
    United States on Friday suspended ...": the United States); else ``t`` itself."""
    doc = t.doc
    ix = token_index(doc)  # the sentence and words from the index: no Span, no Token made
    i = t.i
    if not ix.text[i].isupper() or i + 1 >= len(doc) or i != ix.sentence(i)[0]:
        return t
    if ix.text[i + 1] not in DASHES or not (ix.spaced[i] and ix.spaced[i + 1]):
        return t
    apposed = [c for c in t.children if c.dep_ == "appos" and c.i > t.i + 1]
    return apposed[0] if apposed else t


def in_dateline(t: Token, reach: int = 8) -> bool:
    """Whether ``t`` lies in a news dateline that opens its sentence: a capitalised place and
    its qualifiers before a dash among the first ``reach`` tokens ("PRAGUE - Troops of ...",
    "BRIONI, Yugoslavia - Leaders of ..."): a word there owns nothing after the dash."""
    ix = token_index(t.doc)  # the sentence and words from the index: no Span, no Token made
    start, end = ix.sentence(t.i)
    words, spaced = ix.text, ix.spaced
    if not (words[start].isupper() and len(words[start]) > 1):
        return False
    for j in range(start + 1, min(start + reach, end)):
        if words[j] in DASHES and spaced[j - 1] and spaced[j]:
            return t.i < j  # a spaced dash, not the hyphen of "secretary-general"
    return False


def free_relative(c: Token) -> bool:
    """Whether the clause ``c`` is a free relative its verb's object names ("condemned what it
    called aggression": the thing, not a report by "it")."""
    return any(x.dep_ == "dobj" and x.lower_ in FREE_RELATIVE_WORDS for x in c.children)


def subject_in(v: Token, words: frozenset[str]) -> bool:
    """Whether ``v``'s active subject (or a subject coordinated with it) is a word of ``words``,
    or names one in its "of" phrase ("the first troops **of a peacekeeping force**")."""
    subject, patient = subject_of(v)
    if subject is None or patient:
        return False
    heads = (subject, *subject.conjuncts)
    owners = [o for h in heads for p in h.children if p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]
    cargo = [c for h in heads for c in cargo_of(h)]  # "aircraft carrying medical supplies"
    return any(lemma_in(s, words) for s in (*heads, *owners, *cargo))
