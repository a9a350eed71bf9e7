"""A state's armed force on a raid abroad, named again with no owner.

News of a raid names the raiding force once with its country ("South African commandos struck
targets in Gaborone") and then goes on with bare nouns: "In Gaborone, soldiers blew up a house",
"Israeli warplanes bombed the airport and the navy imposed a blockade". The place of the clause
is the country attacked, not the soldiers' own, so a bare armed organ (an agent of
``raiding_agents``, not a person's office such as "the defence minister") that is a clause's
subject is the force of:

- the subject of the clause it is coordinated with, when that subject is the same kind of
  organ of a named country ("Israeli warplanes bombed ... and the navy imposed ...");
- the source of the latest violent event (``CodingPolicy.is_raid``) of this sentence or the two
  before, when that source is such an organ of one country acting on another country's side.

The second reading is not taken when the clause is reported ("Eritrea said soldiers returned
fire": its own) or the sentence names another party before the noun other than as a place
("In Gaborone, soldiers ..." only says where). Anything else (no such event, or a later violent
event by someone else) leaves the phrase to the usual rules (coding/phrases.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding.nationality import nationality_of
from multivector.coding.syntax import words
from multivector.coding.token_index import token_index
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.state import DocumentState
    from multivector.ontology import CodingPolicy

RAIDING_AGENTS = words("raiding_agents")
PERSON_ROLES = words("person_role_nouns")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
REPORTED_DEPS = frozenset({"ccomp"})  # "Eritrea said soldiers returned fire": its own
PLACE_PREPS = words("place_prepositions")
SENTENCES_BACK = 2  # a raid reported in this sentence or the two before


def raiding_force(h: Token, agent: str, state: DocumentState, policy: CodingPolicy) -> Actor | None:
    """The country of the raiding force a bare armed organ ``h`` (agent code ``agent``) is, as
    a country actor, or None."""
    if (
        agent not in RAIDING_AGENTS
        or h.dep_ not in SUBJECT_DEPS
        or h.lemma_.lower() in PERSON_ROLES
        or h.lower_ in PERSON_ROLES
    ):
        return None
    country = coordinated_force(h, agent, state)
    if country is None:
        country = latest_raider(h, agent, state, policy)
        if country is None or h.head.dep_ in REPORTED_DEPS or other_party_named(h, country, state):
            return None
    return Actor(text=country, code=country, country=country, kind="country", resolved_by="raid")


def other_party_named(h: Token, country: str, state: DocumentState) -> bool:
    """Whether ``h``'s sentence names before it a country other than ``country`` that is not
    a mere place ("Eritrea's minister said soldiers ..." speaks of Eritrea's own; "In Gaborone,
    soldiers ..." only says where)."""
    for i in range(token_index(h.doc).sentence(h.i)[0], h.i):
        m = state.mentions.get(i)
        if m is None or i != m.start:
            continue
        head = h.doc[m.end - 1]
        if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
            continue
        countries = {e.country for e in m.entries}
        if countries and countries != {country}:
            return True
    return False


def coordinated_force(h: Token, agent: str, state: DocumentState) -> str | None:
    """The country of the armed subject of the clause ``h``'s clause is coordinated with."""
    verb = h.head
    if verb.dep_ != "conj":
        return None
    for s in verb.head.children:
        if s.dep_ not in SUBJECT_DEPS or state.agents.get(s.i) != agent:
            continue
        for c in s.children:
            if c.dep_ in OWNER_DEPS and (country := nationality_of(c, state.mentions)):
                return country
    return None


def latest_raider(h: Token, agent: str, state: DocumentState, policy: CodingPolicy) -> str | None:
    """The country of the armed organ that made the latest violent event of the last sentences,
    when it acted on another country's side."""
    sentence = token_index(h.doc).sentence
    first = sentence(h.i)[0]
    for _ in range(SENTENCES_BACK):
        if first == 0:
            break
        first = sentence(first - 1)[0]
    since = h.doc[first].idx
    for e in reversed(state.events):
        if e.sentence_start < since:
            return None
        if not policy.is_raid(e.cameo):
            continue
        src, tgt = e.source, e.target
        if (
            src.country
            and src.code == src.country + agent
            and tgt is not None
            and tgt.country
            and tgt.country != src.country
        ):
            return src.country
        return None
    return None
