"""The owner of a bare state organ whose own clause acts on the document's focus country.

A text about India from a Pakistani or Bangladeshi paper names India most, but "the Foreign
Office summoned the Indian deputy high commissioner" and "the government lodged a protest with
New Delhi" are not India's organs: an organ does not summon, protest to or accuse its own
state. When the focus country is named in the organ's own clause outside its phrase, as a
party of the verb itself (a country it acts on; a country or capital after a preposition that
does not name a place, "with New Delhi", "to Myanmar"; the country of an envoy: `envoy_nouns`
in `lang/en/words.yaml`; not in a clause below it), the organ is the country the text names
most after the ones that clause names (at least ``focus_min_mentions`` times), else the
dateline's.

Nor does a bare organ belong to a foreign state that is the subject of another clause of its
sentence (:func:`foreign_subject`): "Britain and Chile welcomed the deal, and the army began
to withdraw" in a text about Peru is Peru's army; a reported or relative clause of that
subject keeps it ("Chile's minister said the troops would leave", "Chile, whose troops ...").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from multivector.coding.actors import STATE_AGENTS, Mention
from multivector.coding.focus_country import dateline_state
from multivector.coding.generic import GenericActors
from multivector.coding.lang import words
from multivector.coding.state import DocumentState
from multivector.coding.token_index import sentence_of, token_index
from multivector.model import Actor

DOMESTIC_AGENTS = words("domestic_agents")
ENVOY_NOUNS = words("envoy_nouns")
LOCATIVE_PREPS = words("locative_prepositions")
OWN_STATE_VERBS = words("own_state_verbs")
STATE_KINDS = frozenset({"country", "capital"})
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "pcomp"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "conj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the words between a country and the subject it owns ("Chile's foreign minister")
OWNER_CHAIN = frozenset({"poss", "amod", "compound", "nmod", "conj"})


def clause_countries(h: Token, mentions: Mapping[int, Mention]) -> set[str]:
    """The countries named in the clause of which ``h`` is the subject, outside ``h``'s phrase."""
    v = h
    while v.dep_ in SUBJECT_DEPS and v.head.i != v.i:
        v = v.head
    if v.i == h.i or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() in OWN_STATE_VERBS:
        return set()  # "the junta has ruled Myanmar": its own
    own = {t.i for t in h.subtree}
    found: set[str] = set()
    for t in v.subtree:
        m = mentions.get(t.i)
        if t.i in own or m is None or not _other_party(t, m) or _in_clause_below(t, v):
            continue
        countries = {e.country for e in m.entries}
        if len(countries) == 1 and None not in countries:
            found |= countries
    return found


def _in_clause_below(t: Token, v: Token) -> bool:
    """Whether ``t`` stands in a clause below ``v`` ("warned that the state would ...")."""
    while t.i != v.i and t.head.i != t.i:
        if t.dep_ in CLAUSE_DEPS:
            return True
        t = t.head
    return False


def _other_party(t: Token, m: Mention) -> bool:
    """Whether the mention ``m`` at ``t`` names a state as a party, not a place or a person of
    its own: a country or capital that is not where something happens ("protested to New
    Delhi", "accused Myanmar"; not "in Bamako"), or the country of an envoy ("summoned the
    Indian ambassador"). A leader or the army of the same state may be the organ's own
    ("soldiers detained the Malian president")."""
    kinds = {e.kind for e in m.entries}
    if kinds & STATE_KINDS and t.dep_ == "pobj":  # "with New Delhi"; not "in Bamako", "of Almaty"
        return t.head.lower_ not in LOCATIVE_PREPS and t.head.lower_ != "of"
    if "country" in kinds and t.dep_ in ("dobj", "dative"):  # "accused Myanmar"
        return True
    if kinds & {"adjective", "country"} and t.dep_ in ("amod", "compound", "poss"):
        noun = t.head
        words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        return any(w.lemma_.lower() in ENVOY_NOUNS or w.lower_ in ENVOY_NOUNS for w in words)
    return False


def owner_besides(
    ranked: list[tuple[str, int]], clause: set[str], min_mentions: int, home: str | None
) -> str | None:
    """The country most named after those of ``clause`` (at least ``min_mentions`` times), else
    the dateline's country ``home`` when the clause does not name it, else None."""
    for country, n in ranked:
        if country not in clause:
            if n >= min_mentions:
                return country
            break
    return home if home and home not in clause else None


def other_owner(h: Token, state: DocumentState, generic: GenericActors, focus: str) -> str | None:
    """The owner of the bare state organ ``h`` when its clause names the ``focus`` country it
    would otherwise take, or None (the focus stands)."""
    clause = clause_countries(h, state.mentions)
    if focus not in clause:
        return None
    doc = h.doc
    home = dateline_state(doc, generic.locator.gazetteer, state.generic)
    ranked = generic.ranked(doc, state.mentions, state.generic)
    return owner_besides(ranked, clause, generic.rules.focus_min_mentions, home)


def domestic_home(agent: str, exclude: set[str]) -> str | None:
    """The country of a domestic source ("MNGLEG", "MDAOPP" among the source codes
    ``exclude``) that a bare state organ it acts on ("the cabinet", "the army") belongs to;
    None unless the sources are such actors of one country and the organ is a state's
    of another kind than theirs."""
    if agent not in STATE_AGENTS:
        return None
    homes = {
        code[:3]
        for code in exclude
        if len(code) >= 6
        and code[:3] in exclude
        and code[3:6] in DOMESTIC_AGENTS
        and code[3:6] != agent
    }
    if len(homes) != 1 or any(len(c) >= 6 and c[3:6] == agent for c in exclude):
        return None
    countries = {c for c in exclude if len(c) == 3}
    return homes.pop() if countries <= homes else None


def clause_head(t: Token) -> Token:
    """The head of the clause ``t`` stands in: the first word above it (or itself) that heads a
    clause of its own (``CLAUSE_DEPS``, or the root); a noun's conjunct heads none."""
    while t.head.i != t.i and not (
        t.dep_ in CLAUSE_DEPS and (t.dep_ != "conj" or t.pos_ in ("VERB", "AUX"))
    ):
        t = t.head
    return t


def foreign_subject(
    h: Token, recent: Actor, focus: str | None, agent_of: Callable[[Token], str | None]
) -> bool:
    """Whether the country ``recent``, named before the bare state organ ``h`` in its sentence,
    is kept from owning it: it is not the ``focus`` country and is named in the subject of
    another clause ("Britain welcomed the move, and the ministry urged the junta": not
    Britain's ministry) — unless ``h`` is the subject of a clause below that one (reported or
    relative, not coordinated) and the country owns that subject ("Chile's minister said the
    troops would leave", "Peru, whose troops left"), or that subject is an organ of ``h``'s
    kind (``agent_of``: "Chilean troops entered the town and witnesses said soldiers looted")."""
    if recent.span is None or recent.country == focus:
        return False
    words = [t for t in sentence_of(h) if recent.span.start <= t.idx < recent.span.end]
    if not words:
        return False
    r = words[-1]
    mine, theirs = clause_head(h), clause_head(r)
    subject = r
    while subject.i != theirs.i and subject.dep_ not in SUBJECTS:
        subject = subject.head
    if mine.i == theirs.i or subject.dep_ not in SUBJECTS:
        return False
    if agent_of(subject) is not None and agent_of(subject) == agent_of(h):
        return False  # the same kind of organ again: the same body
    owner = r
    while owner.dep_ in OWNER_CHAIN and owner.head.i != owner.i:
        owner = owner.head
    whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in h.children)
    return not (
        _below(mine, theirs)
        and (h.dep_ in SUBJECTS or whose)
        and owner.dep_ in SUBJECTS
    )


def _below(clause: Token, other: Token) -> bool:
    """Whether the clause headed by ``clause`` stands below the one ``other`` heads through
    complements and relative clauses only (not a coordinated clause)."""
    a = clause
    while a.i != other.i:
        if a.head.i == a.i or a.dep_ in ("conj", "parataxis"):
            return False
        a = clause_head(a.head)
    return True


OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
OWNER_KINDS = frozenset({"country", "adjective"})
OWN_WORD_DEPS = frozenset({"poss", "compound"})


def named_before(
    h: Token, mentions: Mapping[int, Mention], entry_of: Callable[[Mention], object]
) -> str | None:
    """The country that owned the same organ when the text last named it with an owner: "the
    army" after "the Israeli army" or "the army of Israel" is that army, however far back (a
    definite description refers back by its head noun). None when ``h`` has an owner word of
    its own ("whose army", "government troops") or no earlier phrase of its head word names
    exactly one state as its owner."""
    if any(c.dep_ in OWN_WORD_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in h.children):
        return None
    ix = token_index(h.doc)  # the index's columns: no Token for every word walked back over
    lemma = ix.lemma[h.i]
    for i in range(h.i - 1, -1, -1):
        if ix.lemma[i] != lemma or ix.pos[i] not in ("NOUN", "PROPN"):
            continue
        t = h.doc[i]
        owners: set[str] = set()
        for c in t.children:
            if c.dep_ in OWNER_DEPS:
                words = list(c.subtree)
            elif c.dep_ == "prep" and c.lower_ == "of":
                words = [g for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            for w in words:
                m = mentions.get(w.i)
                entry = entry_of(m) if m is not None else None
                if entry is not None and entry.kind in OWNER_KINDS and entry.country:
                    owners.add(entry.country)
        if len(owners) == 1:
            return owners.pop()
    return None
