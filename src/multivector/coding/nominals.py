"""Events named by nouns: when a subject event noun counts, and who its parties are.

An event noun is coded in an event context (predicates.in_event_context). Two rules of the
English noun phrase are added here:

- a *reciprocal* event noun ("talks", "contacts", "negotiations") names its parties in a
  "between"/"among" phrase ("talks between Chile and Peru took place") or in two or more actor
  modifiers ("Kyrgyz-Tajik talks began"), or in a "between" phrase of the participle that
  tells how it was made ("an armistice concluded in Moscow between A and B": ``made_by``; such
  a noun tells a whole act wherever it stands, ``made_between``): they act towards each other;
- an event noun after "of" counts where its phase or load counts ("announced the conclusion
  of Qatari mediation", "after two days of rioting": ``carrier``);
- an event noun that is the subject of a clause happened only as far as that clause says so:
  "the talks did not take place", "the talks may resume", "talks will begin" take the clause's
  modality; "talks are important", "a deal needs patience" describe, they report no event;
- a "by" phrase the parser hung on the noun's "of" object names the noun's doer ("the
  expulsion of Russian diplomats by Poland": ``stray_agents``);
- an event noun that names its own doer counts where its clause takes it as a cause or
  forerunner ("followed Russia's recognition of Abkhazia", "in protest at Jordan's recognition":
  ``sequel``), and a noun in a phrase that repeats an act already coded is not coded again
  (``told_before``).

The words are in ``lang/en/grammar.yaml`` (``nominal_*``).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.actor_records import place_actor
from multivector.coding.arguments import ArgumentFinder
from multivector.coding.generic import GenericActors
from multivector.coding.participle_events import by_doers
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.coding.syntax import NOUN_SUBJECT_DEPS, words
from multivector.model import Actor, Event

PARTY_PREPOSITIONS = words("nominal_party_prepositions")
PARTY_MODIFIERS = words("nominal_party_modifiers")
GENERIC_PREDICATES = words("nominal_generic_predicates")
OBJECT_PREPOSITIONS = words("nominal_object_prepositions")
FRAME_PREPOSITIONS = words("nominal_frame_prepositions")
FRAME_ROOTS = words("nominal_frame_roots")
DOER_OF_NOUNS = words("nominal_doer_of_nouns")
# the modality stage owns "no talks": its (user-replaceable) list is passed in; this is the bundled one
NEGATING_DETERMINERS = frozenset(lang.load("modality.yaml")["negating_determiners"])
UNREALISED_MODIFIERS = words("nominal_unrealised_modifiers")
CANCELLING_PREDICATES = words("nominal_cancelling_predicates")
CARRIER_NOUNS = words("nominal_phase_nouns") | words("quantity_nouns")
AGENT_PREPOSITIONS = words("nominal_agent_prepositions")
AGENT_GOVERNORS = words("nominal_agent_governors")
SEQUEL_GOVERNORS = words("nominal_sequel_governors")
RESPONSE_NOUNS = words("nominal_response_nouns")
RESPONSE_PREPOSITIONS = words("nominal_response_prepositions")
DOER_MODIFIERS = words("nominal_doer_modifiers")


def party_tokens(noun: Token) -> list[Token]:
    """Phrases that may name the parties of the reciprocal event noun ``noun``: the objects of
    its "between"/"among" phrase with their conjuncts (or of its clause's, when the noun is the
    subject: "clashes broke out between A and B"), else its actor-like modifiers."""
    found: list[Token] = []
    holders = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [noun]
    holders += made_by(noun)  # "a truce signed in Geneva between A and B"
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found += [p, *p.conjuncts]
        if found:
            return found
    if found := joint_doers(noun):
        return found
    # "Kyrgyz-Tajik talks": the first adjective modifies the second
    return [
        m
        for c in noun.children
        if c.dep_ in PARTY_MODIFIERS
        for m in (c, *(g for g in c.children if g.dep_ in PARTY_MODIFIERS))
    ]


def made_by(noun: Token) -> list[Token]:
    """The past participles with no subject or auxiliary of their own that tell how the event
    noun ``noun`` was made ("a truce signed in Geneva", "an armistice concluded in Moscow"):
    the phrases of its parties may hang on them ("... between A and B")."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
    ]


def made_between(noun: Token) -> bool:
    """Whether a participle of the event noun ``noun`` names the parties that made it ("an
    armistice concluded in Moscow between A and B"): the noun tells a whole act."""
    return any(
        c.dep_ == "prep" and c.lower_ in PARTY_PREPOSITIONS and any(p.dep_ == "pobj" for p in c.children)
        for v in made_by(noun)
        for c in v.children
    )


def joint_doers(noun: Token) -> list[Token]:
    """The doers a reciprocal event noun's "by" phrase names together (acts28): "patrols by
    Italian and Libyan vessels" (the conjoined modifiers), "exercises by Chile and Peru" (the
    conjuncts); [] when it names one side only ("patrols by Kenyan troops")."""
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ not in ("prep", "agent") or c.lower_ not in AGENT_PREPOSITIONS:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            joint = [m for m in p.children if m.dep_ in PARTY_MODIFIERS and m.conjuncts]
            found += [m for j in joint for m in (j, *j.conjuncts)] or [p, *p.conjuncts]
    return found if len(found) > 1 else []


def stray_agents(noun: Token) -> list[Token]:
    """The doers named by a "by" phrase the parser hung on the object of the event noun's "of"
    phrase instead of on the noun ("the expulsion of Russian diplomats by Poland": "by Poland"
    under "diplomats"), with their conjuncts; [] when the noun has a "by" phrase of its own."""
    kids = list(noun.children)
    if any(c.dep_ in ("prep", "agent") and c.lower_ in AGENT_PREPOSITIONS for c in kids):
        return []
    return [
        a
        for c in kids
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
        for a in by_doers(p, ("prep",))
    ]


def carrier(noun: Token) -> Token | None:
    """The phase or load of the event noun ``noun`` that stands for it in the clause ("the
    conclusion of Qatari mediation", "a new round of talks", "two days of rioting"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in CARRIER_NOUNS:
        return None
    return head


def clause_of(noun: Token) -> Token | None:
    """The verb of the clause whose subject is the event noun ``noun`` or its carrier ("a new
    round of talks opened"), or None."""
    head = carrier(noun) or noun
    if head.dep_ not in NOUN_SUBJECT_DEPS or head.head.i == head.i:
        return None
    verb = head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def agented(noun: Token) -> bool:
    """Whether the event noun ``noun`` names its doer in a "by" phrase and so tells a whole act
    ("air strikes by the Nigerian military on barges"), not as the object of a verb that decides
    whether it happened ("blocked recognition of X by Y") or reacts to an act told before
    ("condemned the shelling of Kharkiv by Russia") unless that verb follows it or reports it
    first ("followed air strikes by X"), nor with a participle of plans ("a visit by X planned
    for November"). Whether the "by" phrase names an actor is left to the source finder."""
    kids = list(noun.children)
    if made_between(noun):
        return True
    if not any(
        c.dep_ == "prep" and c.lower_ in AGENT_PREPOSITIONS and any(p.dep_ == "pobj" for p in c.children)
        for c in kids
    ) and not stray_agents(noun):
        return False
    if any(c.dep_ == "acl" and c.lower_ in UNREALISED_MODIFIERS for c in kids):
        return False
    head = noun
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() in AGENT_GOVERNORS
    return head.dep_ not in ("pobj", "compound", "appos") or head.head.dep_ == "agent"


def names_doer(noun: Token) -> bool:
    """Whether the event noun ``noun`` names a doer of its own: a possessor ("Moscow's
    invasion"), a capitalised actor modifier ("Pakistani air raids", "the EU ban") or a "by"
    phrase ("the seizure of the tanker by Iran")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if c.dep_ in DOER_MODIFIERS and c.dep_ != "poss" and c.text[:1].isupper():
            return True
        if c.dep_ == "prep" and c.lower_ in AGENT_PREPOSITIONS and any(
            p.dep_ == "pobj" for p in c.children
        ):
            return True
    return bool(stray_agents(noun))


def sequel(noun: Token) -> Token | None:
    """The word that takes the event noun ``noun``, which names its doer, as the cause or the
    forerunner of what its clause reports ("followed Russia's recognition of Abkhazia", "was
    triggered by Moscow's invasion", "in protest at Jordan's recognition of the regime"), or
    None. A noun with no doer of its own ("the invasion") refers back: None."""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    if not names_doer(noun) and not (head is not noun and names_doer(head)):
        return None
    gov = head.head
    if head.dep_ == "dobj" and gov.pos_ == "VERB" and gov.lemma_.lower() in SEQUEL_GOVERNORS:
        return gov
    if head.dep_ != "pobj" or gov.dep_ not in ("prep", "agent"):
        return None
    word = gov.head
    if gov.dep_ == "agent" or gov.lower_ == "by":  # "was triggered by Moscow's invasion"
        passive = any(c.dep_ == "auxpass" for c in word.children)
        return word if passive and word.lemma_.lower() in SEQUEL_GOVERNORS else None
    if word.pos_ == "VERB" and f"{word.lemma_.lower()} {gov.lower_}" in SEQUEL_GOVERNORS:
        return word  # "led to"
    if gov.lower_ in RESPONSE_PREPOSITIONS and word.lemma_.lower() in RESPONSE_NOUNS:
        return word  # "in response to", "in protest at"
    return None


def told_before(
    code: str, pairs: list[tuple[Actor, Actor | None]], state: DocumentState, iso: str | None = None
) -> Event | None:
    """The act already coded in an earlier sentence of the text that an
    event noun of ``code`` between ``pairs`` refers back to: one of the same three-digit code
    between the same countries, or by the same country when the noun names no target ("China
    imposed tariffs on Australian barley ... asked the WTO to rule on China's tariffs"), or
    None. An act of another date (``iso``, the noun's own: "a visit by the French president in
    2019" after a visit in 2012) is another act. Only a noun that is not its clause's subject
    nor a light verb's object is asked."""
    for e in reversed(state.events):
        if e.cameo[:3] != code[:3] or e.source is None:
            continue
        if iso and e.date and not (iso.startswith(e.date) or e.date.startswith(iso)):
            continue
        for s, t in pairs:
            # a noun that names no target ("China's tariffs on barley") is the act of that doer
            if e.source.code[:3] == s.code[:3] and (
                t is None or (e.target is not None and e.target.code[:3] == t.code[:3])
            ):
                return e
    return None


def describes_only(verb: Token) -> bool:
    """Whether the clause of ``verb`` only describes its subject event ("talks are important",
    "the deal remains the only option", "talks need time"): no report that it happened."""
    if verb.lemma_.lower() not in GENERIC_PREDICATES:
        return False
    return verb.lemma_.lower() != "be" or any(
        c.dep_ in ("acomp", "attr", "ccomp", "xcomp") for c in verb.children
    )


def unrealised(
    noun: Token, clause: Token | None, negating: frozenset[str] = NEGATING_DETERMINERS
) -> str | None:
    """Why the event noun ``noun`` (in the clause of ``clause``) names no event that happened,
    or None: "no talks", "the planned talks", "the talks were postponed", "talks are vital"."""
    for n in (noun, carrier(noun)):
        if n is None:
            continue
        for c in n.children:
            if c.dep_ == "det" and c.lower_ in negating:
                return f"negated ('{c.text} {n.text}')"
            if c.dep_ in ("amod", "compound") and c.lower_ in UNREALISED_MODIFIERS:
                return f"not yet held ('{c.text} {n.text}')"
    if clause is None:
        return None
    if clause.lemma_.lower() in CANCELLING_PREDICATES:
        return f"called off or only wanted ('{clause.text}')"
    if describes_only(clause):
        return f"only described ('{clause.text}')"
    return None


def noun_objects(noun: Token) -> list[Token]:
    """What the event noun ``noun`` is done to: the objects of its of/on/against phrases ("the
    shelling of Kharkiv", "strikes on Idlib and Hama")."""
    return [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS
        for p in c.children
        if p.dep_ == "pobj"
        for o in (p, *p.conjuncts)
    ]


def noun_parties(noun: Token, phrases: PhraseResolver, state: DocumentState, when) -> list[Actor]:
    """The two or more actors a reciprocal event noun names as its parties, or []."""
    found: dict[str, Actor] = {}
    for t in party_tokens(noun):
        for a in phrases.resolve(t, state, when, role="source"):
            found.setdefault(a.code, a)
    return list(found.values()) if len(found) > 1 else []


def noun_place(noun: Token, generic: GenericActors | None, state: DocumentState) -> Actor | None:
    """A gazetteer town the event noun is done to ("the shelling of Kharkiv"), or None."""
    if generic is None:
        return None
    found = generic.object_place(noun_objects(noun), state.mentions)
    return place_actor(found) if found is not None else None


def passive_parties(
    verb: Token, nouns: Container[str], phrases: PhraseResolver, state: DocumentState, when
) -> list[Actor]:
    """The parties of the event noun (a lemma of ``nouns``) that is the subject of the agentless
    passive ``verb`` ("talks between Georgia and Russia were postponed"), or []."""
    for s in verb.children:
        if s.dep_ == "nsubjpass" and s.lemma_.lower() in nouns:
            return noun_parties(s, phrases, state, when)
    return []


def frame_verb(noun: Token, code: str) -> Token | None:
    """The verb of the clause that a circumstance phrase with the event noun ``noun`` (of CAMEO
    ``code``) frames ("during talks with Putin, Modi praised ..."): its subject did the noun's
    act. None for other acts, for a noun with no phrase of its own, or elsewhere."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPOSITIONS:
        return None
    if code[:2] not in FRAME_ROOTS or not any(c.dep_ == "prep" for c in noun.children):
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def doers(noun: Token, code: str, args: ArgumentFinder, state: DocumentState, when) -> list[Actor]:
    """Who did the act of the event noun ``noun`` (of CAMEO ``code``) that names no doer among
    its modifiers: its "of" phrase for a noun of an act with no object ("the visit of the
    Chinese foreign minister"), else the subject of the clause it frames (``frame_verb``)."""
    if stray := stray_agents(noun):  # "the expulsion of Russian diplomats by Poland"
        found = [a for t in stray for a in args.phrases.resolve(t, state, when, "source")]
        if found:
            return found
    if noun.lemma_.lower() in DOER_OF_NOUNS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and (
                        found := args.phrases.resolve(p, state, when, "source")
                    ):
                        return found
    frame = frame_verb(noun, code)
    return args.sources(frame, state, when, False)[0] if frame is not None else []
