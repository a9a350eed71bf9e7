"""People a text names with their nationality, and what later refers to them.

CAMEO codes a private person by the country they belong to. A text says once where a person
or a group of people comes from, in one of a few shapes:

- a nationality on a noun for people: "an Indian pilot", "two Chinese nationals",
  "a former Rwandan army officer";
- the same in apposition to a name: "Ahmed Ali, a Sudanese national";
- "a citizen of Chile", "a national of Peru"; "of Nepali nationality", "of Kurdish origin";
- the body that employs them, named with its country: "Eston Kohver, an officer of the
  Estonian Internal Security Service";
- "who holds a Serbian passport".

From then on, in the same document, the person's family name ("Ali"), a definite noun for
people with no owner of its own ("the pilot", "the suspect", "the two men") and a person
pronoun ("him", "she", through :class:`multivector.coding.coref.SalienceTracker`) stand for
that country, not for the state whose police, court or troops act on them. A text that gives
no one a nationality is left as it was. The people are found once per document, on first need.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.actors import Mention, char_span
from multivector.coding.companies import company_actor
from multivector.coding.coref import PERSON_PRONOUNS
from multivector.coding.name_forms import PLURAL_TAGS
from multivector.coding.token_index import token_index
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.state import DocumentState

_WORDS = lang.load("people.yaml")
CRAFT_NOUNS = frozenset(_WORDS["craft_nouns"])  # "a Chinese trawler": "the trawler", not "him"
INDIVIDUAL_NOUNS = frozenset(_WORDS["individual_nouns"]) | CRAFT_NOUNS
ANY_PERSON_NOUNS = frozenset(_WORDS["any_person_nouns"])
CITIZEN_NOUNS = frozenset(_WORDS["citizen_nouns"])
ORIGIN_NOUNS = frozenset(_WORDS["origin_nouns"])
PASSPORT_VERBS = frozenset(_WORDS["passport_verbs"])
PASSPORT_NOUNS = frozenset(_WORDS["passport_nouns"])
STATE_ROLE_NOUNS = frozenset(_WORDS["state_role_nouns"])
NATIONALITY_KINDS = frozenset({"adjective", "demonym", "country"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
OWNER_DEPS = frozenset({"amod", "poss", "compound", "nmod", "nummod"})
REACH = 250  # tokens back a definite people noun may refer ("the man": a few paragraphs)
NAME_ENTS = frozenset({"ORG", ""})  # what a tagger may call a name it does not know
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@dataclass(slots=True)
class People:
    """The people of one document with a nationality, in text order."""

    heads: list[int] = field(default_factory=list)  # head token of each person's phrase
    countries: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)  # the people noun ("pilot"), or ""
    plural: list[bool] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=dict)  # family name -> people
    actors: list[Actor] = field(default_factory=list)  # for the pronoun tracker
    crowds: list[Actor] = field(default_factory=list)  # groups of people, for "they"


def nationality_of(t: Token, mentions: dict[int, Mention]) -> str | None:
    """The country a nationality word or country name ``t`` names ("Indian" -> IND)."""
    m = mentions.get(t.i)
    if m is None:
        return None
    countries = {e.country for e in m.entries if e.kind in NATIONALITY_KINDS and e.country}
    return countries.pop() if len(countries) == 1 else None


def _modifier_country(h: Token, mentions: dict[int, Mention]) -> str | None:
    """A nationality on the noun ``h`` itself, on its compound ("Rwandan army officer") or on
    a hyphened modifier ("a Chinese-flagged trawler", "a Russian-owned tanker")."""
    for c in h.children:
        if c.dep_ in MODIFIER_DEPS:
            found = nationality_of(c, mentions)
            if found is None and c.dep_ in ("compound", "amod"):
                found = next(
                    (g for g in (nationality_of(x, mentions) for x in c.children) if g is not None),
                    None,
                )
            if found is not None:
                return found
    return None


def _stated_country(h: Token, mentions: dict[int, Mention]) -> str | None:
    """The country a people noun ``h`` is given: "Indian pilot", "citizen of Chile",
    "man of Nepali nationality"."""
    if h.i in mentions:
        return None  # a name of the dictionaries (a leader, a country) is not a private person
    found = _modifier_country(h, mentions)
    if found is not None:
        return found
    for prep in h.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            if h.lemma_.lower() in CITIZEN_NOUNS and (c := nationality_of(p, mentions)):
                return c
            if p.lemma_.lower() in ORIGIN_NOUNS and (c := _modifier_country(p, mentions)):
                return c
            if p.i not in mentions and (c := _modifier_country(p, mentions)):
                return c  # "an officer of the Estonian security service": who employs them
    return None


def _passport_country(h: Token, mentions: dict[int, Mention]) -> str | None:
    """ "X, who holds a Serbian passport": the first country of a passport X holds."""
    for v in h.children:
        if v.dep_ != "relcl" or v.lemma_.lower() not in PASSPORT_VERBS:
            continue
        for o in v.children:
            if o.dep_ == "dobj" and o.lower_ in PASSPORT_NOUNS:
                if any(c.dep_ in MODIFIER_DEPS and c.conjuncts for c in o.children):
                    return None  # "Serbian and Bosnian passports": no one country
                return _modifier_country(o, mentions)
    return None


def _unknown(t: Token, mentions: dict[int, Mention]) -> bool:
    """Whether ``t`` is no name of the dictionaries, or only a family name they list ("Costa"
    is not a prime minister when a text gives its Costa a nationality of their own)."""
    m = mentions.get(t.i)
    return m is None or m.surname_only


def _is_person_name(t: Token) -> bool:
    """A person's name: tagged as one, or a given and a family name the tagger took for a
    firm ("Mirsad Kovac"), not a place."""
    if t.pos_ != "PROPN":
        return False
    if t.ent_type_ == "PERSON":
        return True
    return t.ent_type_ in NAME_ENTS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1 for c in t.children
    )


def find_people(doc: Doc, mentions: dict[int, Mention]) -> People:
    """Every person or group of people ``doc`` names with a nationality (one pass)."""
    people = People()
    last_name: Token | None = None  # the last person named with no nationality
    ix = token_index(doc)
    pos, dep = ix.pos, ix.dep
    for i in range(ix.size):
        if pos[i] not in ("NOUN", "PROPN") or dep[i] in ("compound", "amod"):
            continue  # most tokens: looked at in the index, never made into Tokens
        t = doc[i]
        lemma = t.lemma_.lower()
        country = None
        if t.pos_ == "NOUN" and (lemma in INDIVIDUAL_NOUNS or t.lower_ in INDIVIDUAL_NOUNS):
            country = _stated_country(t, mentions)
        if t.pos_ == "PROPN" and t.lower_ in people.names and _unknown(t, mentions):
            # "... the evidence against Kovac": the person named again, for "him" after it
            country = people.countries[people.names[t.lower_][-1]]
            people.actors.append(_actor([t], country, "person-name"))
            continue
        name = _is_person_name(t) and _unknown(t, mentions)
        if name:
            country = _passport_country(t, mentions)
            for a in t.children:
                if country is None and a.dep_ == "appos" and a.pos_ == "NOUN":
                    if a.lemma_.lower() in INDIVIDUAL_NOUNS:
                        country = _stated_country(a, mentions)
        if country is None:
            if name:
                last_name = t
            continue
        if not name and last_name is not None and _names_again(t, last_name):
            # "stopped Ana Ruiz at the airport; the Peruvian engineer was": the same person
            people.names.setdefault(last_name.lower_, []).append(len(people.heads))
            last_name = None
        for a in t.children:  # "a Sudanese national, Ahmed Ali,"
            if a.dep_ == "appos" and _is_person_name(a) and _unknown(a, mentions):
                people.names.setdefault(a.lower_, []).append(len(people.heads))
        k = len(people.heads)
        people.heads.append(t.i)
        people.countries.append(country)
        people.lemmas.append("" if name else lemma)
        people.plural.append(t.tag_ in PLURAL_TAGS)
        if name:
            people.names.setdefault(t.lower_, []).append(k)
        if lemma in CRAFT_NOUNS:
            continue  # "the trawler" may refer back to a craft; "they", "him" do not
        # "him", "she": one person; "them": a group
        (people.crowds if t.tag_ in PLURAL_TAGS else people.actors).append(
            _actor([t], country, "person")
        )
    return people


def _names_again(t: Token, name: Token) -> bool:
    """Whether a definite singular people noun ``t`` with a nationality ("the retired Bosnian
    colonel") is the person ``name`` of its own or the previous sentence."""
    if t.tag_ in PLURAL_TAGS or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    start = token_index(t.doc).sentence(t.i)[0]
    if name.i >= start:
        return True
    return start > 0 and name.i >= token_index(t.doc).sentence(start - 1)[0]


def people_of(doc: Doc, state: DocumentState) -> People:
    """The document's people, found on first need and shared with the pronoun tracker."""
    tracker = state.tracker
    if tracker.people_doc is not doc:
        tracker.people_doc = doc
        found = find_people(doc, state.mentions)
        tracker.nationals = found
        tracker.people = found.actors
        tracker.crowds = found.crowds
    return tracker.nationals


def national_actor(h: Token, state: DocumentState) -> Actor | None:
    """The country of the person a later mention ``h`` refers to: a family name given a
    nationality before ("Ali"), or a definite people noun with no owner ("the pilot", "the
    suspect"); None when the text gave no one a nationality before ``h``."""
    people = people_of(h.doc, state)
    if not people.heads:
        return None
    k = bisect.bisect_left(people.heads, h.i) - 1
    if h.pos_ == "PROPN":
        if not _unknown(h, state.mentions):
            return None
        # the name itself ("Ana Ruiz, a citizen of Peru, was deported") or a later mention
        earlier = [j for j in people.names.get(h.lower_, []) if people.heads[j] <= h.i]
        if not earlier:
            return None
        return _actor([h], people.countries[earlier[-1]], "person-name")
    lemma = h.lemma_.lower()
    if lemma in STATE_ROLE_NOUNS or not (lemma in INDIVIDUAL_NOUNS or h.lower_ in INDIVIDUAL_NOUNS):
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in h.children):
        return None
    if any(c.dep_ in OWNER_DEPS for c in h.children):
        return None  # "the Pakistani pilot", "the army's men": their own owner decides
    if k < 0:
        return None
    plural = h.tag_ in PLURAL_TAGS
    for j in range(k, -1, -1):
        if h.i - people.heads[j] > REACH:
            break
        if people.plural[j] != plural:
            continue
        if people.lemmas[j] == lemma or lemma in ANY_PERSON_NOUNS:
            core = [c for c in h.lefts if c.dep_ in ("det", "nummod")] + [h]
            return _actor(core, people.countries[j], f"person:{people.lemmas[j] or 'name'}")
    return None


def object_person(o: Token, state: DocumentState, exclude: set[str]) -> list[Actor]:
    """The person of another country a pattern's own object for people stands for: "freed
    the woman", "released him" after "an Irish aid worker"; [] when no one was given a
    nationality (then the object's owner or the source's home decides)."""
    if o.pos_ == "PRON":
        if o.lower_ not in PERSON_PRONOUNS:
            return []
        people_of(o.doc, state)
        found = state.tracker.person(exclude, before=o.idx)
    else:
        found = national_actor(o, state)
    if found is None or found.kind != "person" or found.code in exclude:
        return []
    return [found]


def company_or_person(h: Token, state: DocumentState) -> Actor | None:
    """The company (coding/companies.py) or the person with a nationality ``h`` refers to."""
    return company_actor(h, state) or national_actor(h, state)


def _actor(tokens: list[Token], country: str, how: str) -> Actor:
    first, last = tokens[0], tokens[-1]
    return Actor(
        text=first.doc[first.i : last.i + 1].text,
        code=country,
        country=country,
        span=char_span(tokens),
        kind="person",
        resolved_by=f"{how}:{country}",
    )
