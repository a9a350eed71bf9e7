"""The state of jurisdiction: the doer of an agentless passive act only states do.

News states an arrest, a sentence, an expulsion or a curfew in the passive without naming the
state that did it ("was arrested in Tehran", "a curfew was imposed", "were deported"): a reader
takes the state where it happened, and when the clause names no place, the state the story is
about. The codes of such acts are policy data (``state_source_codes`` in the ontology's
``policy.yaml``); :func:`~multivector.coding.sourcing.state_source` calls :func:`jurisdiction`.

1. **a place of the clause**: the object of a place preposition ("in", "at") that the verb
   itself governs ("was arrested in Tehran", "were detained at Baku airport": the place name
   modifying the noun, "in a Moscow hotel room", or a place inside the phrase, "at an airport in
   Baku"). A place of another clause of the sentence is not the act's ("was arrested and
   flown to Moscow", "deported into exile in Jordan": a destination).
2. **a place of the sentence** outside the clauses chained to the verb ("police in Sindh
   said two suspects had been detained": Pakistan) and outside the passive subject's own
   phrase's past relative clause ("Ruiz, who grew up in Lima, was detained" says where the
   patient is from; "an engineer working in Hanoi" may say where they were held; legal24).
3. **the paragraph's place**: the dateline that opens the paragraph ("MINSK - More than 300
   ... have been interned"), else a place of the sentence before in the paragraph.
4. **the story's state**: the document's focus country, when it is not the patient the
   passive's subject names ("Russia was expelled" is not Russia's act on itself; a curfew
   imposed on the story's own people is the state's); when the patient is a person of the
   focus country and the story's dateline is in another state, that state (a story on an
   Australian held abroad, datelined BEIJING: China's act; legal24), when the act is of the
   dateline's own time: undated or at most three months before the story (an arrest at home in an
   earlier year is the focus country's; dateline25).

None, no event, when none is found: the target's own country is no doer (the Chinese crew
of a trawler was detained by Argentina, not China), nor is the state a person is sent to
("was extradited to Spain", "was deported to Peru", "was handed over to the
Peruvian authorities": ``sending_prepositions`` of ``lang/en/words.yaml``), at any step (legal24).
"""

from __future__ import annotations

from datetime import date as Date

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.actor_records import place_actor
from multivector.coding.actors import country_actor
from multivector.coding.coordinated import listed, others
from multivector.coding.coref import as_country
from multivector.coding.focus_country import dateline_state
from multivector.coding.generic import GenericActors
from multivector.coding.paragraphs import paragraph_dateline
from multivector.coding.phrases import PLACE_PREPS, PhraseResolver
from multivector.coding.state import DocumentState
from multivector.model import Actor

PLACE_MODIFIERS = ("compound", "amod", "nmod", "npadvmod", "poss")  # "Baku airport", "Tehran's airport"
# How many days before the story's date an act may lie and still be of the dateline's own time
# (dateline25): a person of the focus country held abroad is held there now, not when they were
# arrested at home years before.
DATELINE_TIME_DAYS = 92
SENDING_PREPS = lang.words("sending_prepositions")  # "deported to Peru": no doer


def jurisdiction(
    v: Token,
    patients: list[Actor],
    state: DocumentState,
    when: Date | None,
    phrases: PhraseResolver,
) -> Actor | None:
    """The state that did the agentless passive act ``v`` on ``patients``: the country of a
    place named in ``v``'s own clause, else of a place of its sentence outside the clauses
    chained to ``v``, else the story's focus country when it is not one of the patients
    itself; None when none is found."""
    generic = phrases.generic
    if generic is None:
        return None
    away = sent_to(v, generic, state, when, phrases)
    place = clause_place(v, generic, state)
    if place is None:  # "were arrested and deported in Lahore": the conjuncts' shared place
        place = next(
            (
                p
                for t in others(v)
                if not _sends(t) and (p := clause_place(t, generic, state)) is not None
            ),
            None,
        )
    if place is not None and place.country not in away:
        return place
    place = phrases.place_in_sentence(v, state, when)
    if place is not None and place.country and place.country not in away:
        if not _in_chained_clause(v, place) and not _describes_patient(v, place):
            return as_country(place)
    here = paragraph_place(v, generic, state)
    if here is not None and here.country not in away:
        return here
    focus = phrases.focus(v, state)
    if focus is None or focus in away or any(p.code == focus and _is_subject(v, p) for p in patients):
        return None
    if _of_dateline_time(when, state) and any(
        p.kind == "person" and p.country == focus for p in patients
    ):
        # "the Australian presenter ... was detained": under a Beijing dateline, China's act
        home = dateline_state(v.doc, generic.locator.gazetteer, state.generic)
        if home and home != focus and home not in away:
            return country_actor(home, "jurisdiction:dateline")
    return country_actor(focus, "jurisdiction:focus")


def _of_dateline_time(when: Date | None, state: DocumentState) -> bool:
    """Whether an act of date ``when`` lies in the dateline's own time: undated, or at most
    ``DATELINE_TIME_DAYS`` before the story's date (an arrest at home two years before a story
    filed abroad is not the foreign state's; dateline25)."""
    if when is None or state.doc_date is None:
        return True
    return (state.doc_date - when).days <= DATELINE_TIME_DAYS


def sent_to(
    v: Token, generic: GenericActors, state: DocumentState, when: Date | None, phrases: PhraseResolver
) -> set[str]:
    """The countries ``v`` sends its patient to ("was extradited to Spain", "was
    handed over to the Peruvian police", "deported to a camp in Chad"): the receiving state is
    not the one that sends."""
    away: set[str] = set()
    for prep in v.children:
        if prep.dep_ != "prep" or prep.lower_ not in SENDING_PREPS:
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            away |= {a.country for a in phrases.resolve(o, state, when, "target") if a.country}
            if (place := _place_of_phrase(o, generic, state)) is not None and place.country:
                away.add(place.country)
    return away


def _sends(v: Token) -> bool:
    """Whether ``v`` sends its patient somewhere ("sent into exile in Jordan", "flown to
    Moscow"): its place is where they went, not where the act was done."""
    return any(c.dep_ == "prep" and c.lower_ in SENDING_PREPS for c in v.children)


def _is_subject(v: Token, patient: Actor) -> bool:
    """Whether ``patient`` is named by the passive subject of ``v`` ("Russia was sanctioned"),
    not found for it from a place or the story (the people a curfew was imposed on)."""
    if patient.span is None or patient.kind != "country":
        return False
    return any(
        c.dep_ == "nsubjpass" and c.left_edge.idx <= patient.span.start <= c.idx
        for c in v.children
    )


def paragraph_place(v: Token, generic: GenericActors, state: DocumentState) -> Actor | None:
    """Where ``v``'s paragraph is: the dateline that opens it ("MINSK - More than 300 ...
    have been interned": Poland; :func:`~multivector.coding.paragraphs.paragraph_dateline`),
    else a place of the sentence before in the paragraph
    (:meth:`~multivector.coding.generic.GenericActors.scene_place`), or None."""
    if (country := paragraph_dateline(v, generic)) is not None:
        return country_actor(country, "jurisdiction:dateline")
    scene = generic.scene_place(v, state.mentions)
    return place_actor(scene) if scene is not None and scene.country else None


def _describes_patient(v: Token, place: Actor) -> bool:
    """Whether ``place`` is named in a past relative clause inside the phrase of ``v``'s passive
    subject ("Ruiz, a presenter who grew up in Lima, was detained": where the patient is from,
    not where the act happened; legal24)."""
    if place.span is None:
        return False
    t = v.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if t is None:
        return False
    subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
    if not any(c.left_edge.i <= t.root.i <= c.right_edge.i for c in subjects):
        return False
    # a past relative clause tells the patient's story ("who grew up in Lima"); a participle
    # or a present tense may tell where they are ("working in Phnom Penh", "detained in Perm")
    return any(a.dep_ == "relcl" and a.tag_ == "VBD" for a in t.root.ancestors if a.i > subjects[0].left_edge.i)


def _in_chained_clause(v: Token, place: Actor) -> bool:
    """Whether ``place`` is named in another clause coordinated with ``v`` ("arrested,
    convicted and deported into exile in Jordan": the exile's place, not the arrest's nor the
    conviction's): the nearest verb above it of ``v``'s coordination is not ``v``."""
    if place.span is None:
        return False
    t = v.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if t is None:
        return False
    chain = _coordination(v)
    owner = next((a for a in t.root.ancestors if a.i in chain), None)
    return owner is not None and owner.i != v.i


def _coordination(v: Token) -> set[int]:
    """The verbs coordinated with ``v`` (its conjuncts, their head and the head's other
    conjuncts; a bare participle in a list the parser hung as an adverbial clause, "was
    arrested, convicted of fraud and sent into exile"), ``v`` included."""
    head = v
    while listed(head):
        head = head.head
    chain = {head.i}
    todo = [head]
    while todo:
        for c in todo.pop().children:
            if listed(c) and c.i not in chain:
                chain.add(c.i)
                todo.append(c)
    return chain


def clause_place(v: Token, generic: GenericActors, state: DocumentState) -> Actor | None:
    """The country of a place named after a place preposition ``v`` governs ("arrested in
    Minsk", "detained at Tbilisi airport", "at an airport in Istanbul"), or None."""
    for prep in v.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for t in (pobj, *(c for c in pobj.children if c.dep_ == "conj")):
                found = _place_of_phrase(t, generic, state)
                if found is not None:
                    return found
    return None


def _place_of_phrase(t: Token, generic: GenericActors, state: DocumentState) -> Actor | None:
    """The place a preposition's object ``t`` names: itself ("in Tehran"), a place name
    modifying it ("at Baku airport"), or a place in its own phrase ("at a hotel in
    Moscow")."""
    found = generic.place_at(t, state.mentions)
    if found is None:
        for c in t.children:
            if c.dep_ in PLACE_MODIFIERS and c.i < t.i:
                found = generic.place_at(c, state.mentions)
                if found is not None:
                    break
    if found is None:
        found = generic.own_place(t, state.mentions)
    return place_actor(found) if found is not None and found.country else None

