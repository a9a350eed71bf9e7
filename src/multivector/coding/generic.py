"""Generic actors: the country of an agent noun that names none, and when such an actor counts.

A *generic actor* is an agent noun with no country of its own: "rebels", "police", "gunmen",
"a court", "protesters" ("they", resolved to such a group, is one too). Its country comes from,
in this order (see docs/architecture.md, "Generic actors"):

1. a country adjective or possessive in its own phrase ("Malian police", "Syria's rebels"),
   or a place in it ("police in Bamako") — the phrase resolver's owners;
2. a place named in its sentence ("clashes in Gao"): a mention of the actor dictionaries (a
   capital, a region) or, through the gazetteer, any town or city (:class:`PlaceLocator`), or
   a place noun a country's name or adjective modifies ("in several Myanmar towns");
3. the document's focus country, when the document names one clearly (:func:`document_focus`),
   else the country of its dateline when the document names it too (:func:`dateline_country`);
4. with no focus, a place named in the sentence before, in the same paragraph (the scene
   carries over: :meth:`GenericActors.scene_place`);

else it stays a bare agent code ("REB"), and an event with it is kept only when the other side
is a named actor and the policy lists the event's root for its side (:func:`keeps_pair`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.actors import STATE_AGENTS, ActorLexicon, Mention
from multivector.coding.coref import as_country
from multivector.coding.eras import document_date, place_state
from multivector.coding.focus_country import choose_focus, named_countries
from multivector.coding.gazetteer import Gazetteer, Place, load_gazetteer
from multivector.coding.homonyms import homonym
from multivector.coding.homonyms import named_countries as countries_named
from multivector.coding.listed_groups import listed_group
from multivector.coding.named_groups import named_group_country
from multivector.coding.scenes import scene_words
from multivector.coding.token_index import doc_text, token_index
from multivector.model import Actor, Event
from multivector.ontology.policy import CodingPolicy

if TYPE_CHECKING:
    from multivector.coding.state import DocumentState

# Entity labels under which a capitalised phrase may be a place.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Kinds of actor-dictionary entries that are places ("near Bamako", "in Cabinda").
PLACE_KINDS = frozenset({"country", "capital", "region"})
COUNTRY_KINDS = frozenset({"country", "adjective"})  # a country by its name or adjective
# the agent codes of a state (its government, forces...) and "" for the country itself
STATE_OR_COUNTRY = STATE_AGENTS | {""}
# a capital after these is where a meeting or act took place, not a party ("met in Bangkok")
VENUE_PREPS = lang.words("venue_place_prepositions")


@dataclass(frozen=True, slots=True)
class Located:
    """A place found in text: its words, its country, and where it was found ("gazetteer", or
    "" for a name of the actor dictionaries)."""

    tokens: list[Token]
    country: str
    source: str


@dataclass(frozen=True, slots=True)
class GenericRules:
    """The policy of generic actors (ontology ``generic_actors.yaml``)."""

    place_first_agents: frozenset[str]  # agents whose country is where they are
    focus_min_mentions: int  # a focus country is named at least this often...
    focus_dominance: float  # ...and this many times as often as the runner-up
    focus_short_document: int  # a document of at most this many sentences: once is enough
    source_roots: frozenset[str]  # roots where a countryless source may act on a named target
    target_roots: frozenset[str]  # roots where a named source may act on a countryless target
    # a lower dominance when the opening names it; the runner-up the opening names alone
    focus_lead: tuple[float, int, float] = (0.0, 1, 0.0)
    own_people_agents: frozenset[str] = frozenset()  # groups homed by own_people.py

    @classmethod
    def from_mapping(cls, d: Mapping) -> GenericRules:
        return cls(
            place_first_agents=frozenset(str(c) for c in d["place_first_agents"]),
            own_people_agents=frozenset(str(c) for c in d.get("own_people_agents", [])),
            focus_min_mentions=int(d["focus_min_mentions"]),
            focus_dominance=float(d["focus_dominance"]),
            focus_short_document=int(d.get("focus_short_document", 0)),
            focus_lead=(
                float(d.get("focus_lead_dominance", 0)),
                int(d.get("focus_lead_sentences", 1)),
                float(d.get("focus_lead_runner_up", 0)),
            ),
            source_roots=frozenset(str(c) for c in d["source_roots"]),
            target_roots=frozenset(str(c) for c in d["target_roots"]),
        )


def is_countryless(actor: Actor | None, agent_codes: Iterable[str]) -> bool:
    """A generic actor left with no country: a bare agent code ("REB", "CVL")."""
    return (
        actor is not None
        and actor.country is None
        and actor.kind == "agent"
        and actor.code in agent_codes
    )


def keeps_pair(
    source: Actor,
    target: Actor | None,
    code: str,
    rules: GenericRules,
    agent_codes: Iterable[str],
) -> bool:
    """Whether an event between ``source`` and ``target`` is coded.

    A countryless source acts only on a named target (one with a country, or an organisation)
    and only in the roots of ``rules.source_roots`` ("gunmen attacked a Malian army post" ->
    UAF -> MLIMIL; "rebels said" -> nothing). A countryless target is kept when the source is
    named and the root is in ``rules.target_roots`` ("Malian police arrested protesters" ->
    MLICOP -> CVL). Two countryless sides make no event.
    """
    codes = frozenset(agent_codes)
    lost_source = is_countryless(source, codes)
    lost_target = is_countryless(target, codes)
    if lost_source:
        return target is not None and not lost_target and code[:2] in rules.source_roots
    if lost_target:
        return code[:2] in rules.target_roots
    return True


# ---------------------------------------------------------------------- places
def place_tokens(tok: Token, place_nouns: frozenset[str]) -> list[Token]:
    """The words of the place name a phrase headed by ``tok`` gives, or [].

    "Gao" -> [Gao]; "Cox's Bazar" -> [Cox, 's, Bazar]; "the town of Menaka" -> [Menaka]. Only
    capitalised proper nouns are place names.
    """
    if tok.pos_ != "PROPN":
        if tok.lemma_.lower() in place_nouns:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            return place_tokens(p, frozenset())
        return []
    if not tok.text[:1].isupper():
        return []
    doc = tok.doc
    start = tok.i
    while start - 1 >= tok.left_edge.i and (
        doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "POS"
    ):
        start -= 1
    while doc[start].tag_ == "POS":
        start += 1
    return list(doc[start : tok.i + 1])


def _entity_text(tok: Token) -> str | None:
    """The text of the place entity ``tok`` ends, if any ("Khan Younis")."""
    if tok.ent_type_ not in PLACE_ENTITIES:
        return None
    # the entity's bounds from the IOB tags around ``tok`` (as ``Doc.ents`` reads them), not
    # every entity of the document made into a Span
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return None  # the entity goes on past ``tok``
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B":
        return None
    return doc[start : tok.i + 1].text


class PlaceLocator:
    """Places in text -> countries through the gazetteer (built on first use)."""

    def __init__(
        self,
        place_nouns: Iterable[str] = (),
        gazetteer: Callable[[], Gazetteer] = load_gazetteer,
    ) -> None:
        self.place_nouns = frozenset(place_nouns)
        self._load = gazetteer
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = self._load()
        return self._gazetteer

    def locate(self, tok: Token) -> tuple[list[Token], str] | None:
        """The place name a phrase headed by ``tok`` gives and its country, or None.

        The longest reading is asked first (the entity, then the compound name, then the head
        word); an ambiguous name ("Valencia") ends the search with None.
        """
        words = place_tokens(tok, self.place_nouns)
        if not words:
            return None
        head = words[-1]
        readings: list[tuple[str, list[Token]]] = []
        ent = _entity_text(head)
        if ent is not None:
            readings.append((ent, words))
        readings.append((" ".join(t.text for t in words).replace(" 's", "'s"), words))
        if len(words) > 1:
            readings.append((head.text, [head]))
        gaz = self.gazetteer
        for text, toks in readings:
            place = gaz.place(text)
            if place is not None and place.country is None:
                place = named_candidate(tok.doc, place)  # "Dover" in a story on Britain
            if place is not None:
                ok = place.country and not homonym(tok.doc, place)  # not Canada's Malvern
                return (toks, place_state(tok.doc, place.country)) if ok else None
        return None


    def whole_place(self, tok: Token) -> tuple[list[Token], str] | None:
        """:meth:`locate`, when the place it reads is the whole name and not its last word
        ("Kenji Goto" is no town called Goto)."""
        found = self.locate(tok)
        if found is None or found[0][0].i != place_tokens(tok, self.place_nouns)[0].i:
            return None
        return found


def _one_country(doc: Doc, m: Mention, kinds: frozenset[str]) -> str | None:
    """The one country the entries of ``m`` of these ``kinds`` (valid on ``doc``'s date) name,
    in the state of its time; else None."""
    day = document_date(doc)
    entries = [e for e in m.entries if e.kind in kinds and e.valid_on(day)]
    countries = {e.country for e in entries}
    if entries and len(countries) == 1 and None not in countries:
        return place_state(doc, entries[0].country or "")
    return None


def _named_kind_place(t: Token, mentions: Mapping[int, Mention]) -> Located | None:
    """A place noun that a country's name or adjective alone modifies ("Myanmar towns",
    "Iraqi cities"): in that country; else None."""
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and (m := mentions.get(c.i)):
            if country := _one_country(t.doc, m, COUNTRY_KINDS):
                return Located([c, t], country, "")
    return None


def named_candidate(doc: Doc, place: Place) -> Place:
    """An ambiguous gazetteer name read as the one of its countries the document names
    ("Dover" in a story that names Britain and France, not the United States; nosource26);
    the name as it was (no country) when the document names none of them or several."""
    named = countries_named(doc)
    here = {c for c, _pop in place.candidates if c in named}
    if len(here) != 1:
        return place
    return replace(place, country=here.pop())


def fronted_places(h: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of a locative phrase that opens the clause ``h`` is the subject of ("In
    Oslo, the government suspended ..."): the setting of the clause, or []."""
    if h.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = h.head
    first = token_index(h.doc).sentence(h.i)[0]
    while first < h.i and h.doc[first].is_punct:
        first += 1
    return [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i == first and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj" and p.i < h.i
    ]


def countries_named_before(h: Token, mentions: Mapping[int, Mention]) -> list[Actor]:
    """The distinct countries named in ``h``'s sentence before it (names, adjectives,
    capitals, leaders of one country), in order: "Norway's defence minister, visiting the
    Danish capital, said the two countries ..." -> Norway, Denmark."""
    found: list[Actor] = []
    seen: set[str] = set()
    for i in range(token_index(h.doc).sentence(h.i)[0], h.i):
        m = mentions.get(i)
        if m is None or i != m.start:
            continue
        countries = {e.country for e in m.entries}
        if len(countries) != 1 or None in countries or _venue(h.doc[i], m):
            continue
        c = countries.pop() or ""
        if c not in seen:
            seen.add(c)
            found.append(Actor(text=c, code=c, country=c, kind="country", resolved_by="sentence"))
    return found


def _venue(t: Token, m: Mention) -> bool:
    """Whether the mention at ``t`` is a capital named as where something happened ("met
    both ministers in Bangkok"): the venue, not a party."""
    return (
        all(e.kind == "capital" for e in m.entries)
        and t.dep_ == "pobj"
        and t.head.lower_ in VENUE_PREPS
    )


def places_in_document(
    doc: Doc, locator: PlaceLocator, mentions: Mapping[int, Mention], preps: frozenset[str]
) -> list[str]:
    """Countries of the gazetteer places named after a place preposition ("in Gao")."""
    return [c for _i, c in placed_in_document(doc, locator, mentions, preps)]


def placed_in_document(
    doc: Doc, locator: PlaceLocator, mentions: Mapping[int, Mention], preps: frozenset[str]
) -> list[tuple[int, str]]:
    """:func:`places_in_document` with the token index of each place."""
    out: list[tuple[int, str]] = []
    pobj = doc.vocab.strings.add("pobj")
    deps = doc.to_array([DEP]).ravel().tolist()  # in bulk: only prepositions' objects are looked at
    for t in (doc[i] for i, dep in enumerate(deps) if dep == pobj):
        if (
            t.head.lower_ in preps
            and t.i not in mentions
            and (t.pos_ == "PROPN" or t.lemma_.lower() in locator.place_nouns)
        ):
            found = locator.locate(t)
            if found is not None and not any(w.i in mentions for w in found[0]):
                out.append((t.i, found[1]))
    return out


# ---------------------------------------------------------------------- the stage
class GenericActors:
    """Country attribution for generic actors within one document (used by the phrase resolver).

    ``agent_codes``: every agent code of the actor dictionaries (a bare one is countryless);
    ``place_preps``: prepositions that make their object a place ("in", "at", "near").
    """

    def __init__(
        self,
        rules: GenericRules,
        agent_codes: Iterable[str],
        locator: PlaceLocator,
        place_preps: Iterable[str],
        country_codes: Iterable[str] = (),
    ) -> None:
        self.rules = rules
        self.country_codes = frozenset(country_codes)
        self.agent_codes = frozenset(agent_codes)
        self.locator = locator
        self.place_preps = frozenset(place_preps)

    def place_first(self, agent: str, state_agents: Iterable[str]) -> bool:
        """Whether ``agent`` takes its country from where it is before the text's focus."""
        return agent not in state_agents or agent in self.rules.place_first_agents

    def place_at(self, t: Token, mentions: Mapping[int, Mention]) -> Located | None:
        """The country of the place a preposition's object ``t`` names: a country, capital or
        region of the actor dictionaries, else a gazetteer town or city."""
        m = mentions.get(t.i)
        if m is not None:  # a capital of the document's date, in the state of its time
            country = _one_country(t.doc, m, PLACE_KINDS)
            return Located(list(t.doc[m.start : m.end]), country, "") if country else None
        if t.pos_ != "PROPN" and t.lemma_.lower() not in self.locator.place_nouns:
            return None
        if t.pos_ == "NOUN" and (named := _named_kind_place(t, mentions)) is not None:
            return named  # "in several Myanmar towns", "in Iraqi cities"
        found = self.locator.locate(t)
        if found is None or any(w.i in mentions for w in found[0]):
            return None
        return Located(found[0], found[1], "gazetteer")

    def own_place(self, h: Token, mentions: Mapping[int, Mention]) -> Located | None:
        """A place in the phrase of ``h`` ("police in Gao", "rebels near Kidal", a town's
        name before it: "Gao police"), or None."""
        for c in h.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < h.i:
                found = self.place_at(c, mentions)
                if found is not None:
                    return found
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in self.place_preps:
                for p in prep.children:
                    if p.dep_ == "pobj":
                        found = self.place_at(p, mentions)
                        if found is not None:
                            return found
        return None

    def sentence_place(self, h: Token, mentions: Mapping[int, Mention]) -> Located | None:
        """The first place named after a place preposition in ``h``'s sentence, or None; a
        coordinated place counts too ("in Brussels and Liege": Liege), and so does the place of
        the object's "of" phrase (``scenes.scene_words``)."""
        start, end = token_index(h.doc).sentence(h.i)
        for p in scene_words(h.doc, start, end, self.place_preps):  # "through Tripoli" too
            found = self.place_at(p, mentions)
            if found is not None:
                return found
        return None

    def object_place(
        self, objects: Iterable[Token], mentions: Mapping[int, Mention]
    ) -> Located | None:
        """A gazetteer place among a verb's direct ``objects`` ("shelled Kharkiv", "took the
        town of Gao"), or None."""
        for o in objects:
            if o.i not in mentions and (
                o.pos_ == "PROPN" or o.lemma_.lower() in self.locator.place_nouns
            ):
                found = self.place_at(o, mentions)
                if found is not None:
                    return found
        return None

    def focus(
        self, doc: Doc, mentions: Mapping[int, Mention], cache: dict[str, str | None]
    ) -> str | None:
        """The document's focus country (computed once per document into ``cache``)."""
        if "focus" not in cache:
            places = placed_in_document(doc, self.locator, mentions, self.place_preps)
            cache["focus"] = choose_focus(
                doc,
                mentions,
                places,
                self.locator.gazetteer,
                self._min_mentions(doc),
                self.rules.focus_dominance,
                self.rules.focus_lead,
                self.country_codes,
                cache,
            )
        return cache["focus"]

    def ranked(
        self, doc: Doc, mentions: Mapping[int, Mention], cache: dict
    ) -> list[tuple[str, int]]:
        """The countries the document names, most named first (counted once per document)."""
        if "ranked" not in cache:
            places = places_in_document(doc, self.locator, mentions, self.place_preps)
            top = named_countries(mentions, places, self.country_codes).most_common()
            cache["ranked"] = [(place_state(doc, c), k) for c, k in top]
        return cache["ranked"]

    def scene_place(self, h: Token, mentions: Mapping[int, Mention]) -> Located | None:
        """The place named in the sentence before ``h``'s in the same paragraph, where the story
        still is ("Protesters in Kinshasa stormed the embassies. Police fired tear gas": Congo's
        police), or None (the first sentence of a paragraph, no place there)."""
        start = token_index(h.doc).sentence(h.i)[0]
        if start == 0:
            return None
        prev = h.doc[start - 1]
        if prev.is_space or "\n" in doc_text(h.doc)[prev.idx : h.doc[start].idx]:
            return None
        return self.sentence_place(prev, mentions)

    def home(
        self, h: Token, state: DocumentState, scene: bool, agent: str = ""
    ) -> tuple[str, str] | None:
        """The country of a generic actor ``h`` (of agent code ``agent``) with no place of its
        own or of its sentence, and how it was found: the named group of its kind a definite
        noun repeats ("group", ``named_groups.py``: "the militants" after Hamas); the document's
        focus ("document"); with no focus and ``scene``, the place of the sentence before
        ("scene", :meth:`scene_place`); else None."""
        mentions = state.mentions
        if agent and (group := named_group_country(h, agent, state.tracker)) is not None:
            return group, "group"
        focus = self.focus(h.doc, mentions, state.generic)
        if focus is not None:
            return focus, "document"
        found = self.scene_place(h, mentions) if scene else None
        return (found.country, "scene") if found is not None and found.country else None

    def _min_mentions(self, doc: Doc) -> int:
        """How often the focus must be named: once in a short document, else the rule's."""
        short = self.rules.focus_short_document
        if short and sum(1 for _ in zip(doc.sents, range(short + 1), strict=False)) <= short:
            return 1
        return self.rules.focus_min_mentions

    def keeps(self, source: Actor, target: Actor | None, code: str) -> bool:
        """See :func:`keeps_pair`."""
        return keeps_pair(source, target, code, self.rules, self.agent_codes)


def generic_actors(policy: CodingPolicy, lexicon: ActorLexicon) -> GenericActors | None:
    """The stage as the policy and the actor dictionaries define it; None when the policy has
    no ``generic_actors`` section (a user's policy file without it: the older behaviour)."""
    if not policy.generic_actors:
        return None
    return GenericActors(
        GenericRules.from_mapping(policy.generic_actors),
        {a.code for a in lexicon.data.agents},
        PlaceLocator(lang.words("place_nouns")),
        lang.words("locative_prepositions"),
        {c.code for c in lexicon.data.countries},
    )


def countries_in_focus(
    state: DocumentState,
    n: int,
    h: Token,
    exclude: set[str] = frozenset(),
    focus: str | None = None,
) -> list[Actor]:
    """The countries "the two sides" / "both governments" (``h``) mean, never ``exclude``
    ("A and B urged both governments"): the ``n`` named before it in its sentence; the one
    named there and the document's ``focus`` country ("relations with Japan improved, and the
    two countries signed" in a text about Peru); else the parties of the latest event between
    two countries (not a reaction to an earlier event), else the ``n`` named last. The ``n``
    countries one act of the latest event was done to come before the latest pair ("accused
    Rwanda and Uganda of arming the rebels. Both governments denied it": the accused)."""
    named = [a for a in countries_named_before(h, state.mentions) if a.country not in exclude]
    named = (
        named if len(named) == n else listed_group(h, state, n, exclude) or named
    )  # proceed27 hook
    if len(named) == n:
        return named
    if n == 2 and len(named) == 1 and focus and focus != named[0].country and focus not in exclude:
        own = Actor(text=focus, code=focus, country=focus, kind="country", resolved_by="document")
        return [own, named[0]]
    if together := acted_on_together(state.events[-8:], n, exclude):
        return together
    if together := acted_together(state.events[-8:], n, exclude):
        return together  # "Rwanda and Uganda sent troops. Both governments ...": the doers
    if n == 2:
        for e in reversed(state.events[-8:]):
            s, t = e.source, e.target
            if t is not None and t.resolved_by.startswith("event:"):
                continue  # "Brazil welcomed the talks": a reaction to the sides' act, not one
            if t is not None and len({s.country, t.country} - {None} - set(exclude)) == 2:
                return [as_country(s), as_country(t)]
    return state.tracker.countries(n, exclude)


def acted_on_together(events: list[Event], n: int, exclude: set[str]) -> list[Actor]:
    """The ``n`` countries the latest act (events of one sentence with its source and code)
    was done to, when it named exactly ``n`` of them other than ``exclude`` and the source's,
    else []. Only states count (a country or its organs: "ten Thai farm workers" are no side),
    and a reaction to an earlier event is no such act."""
    latest = next(
        (e for e in reversed(events) if e.target and not e.target.resolved_by.startswith("event:")),
        None,
    )
    if latest is None or n < 2:
        return []
    targets: dict[str, Actor] = {}
    for e in events:
        t = e.target
        if (
            t is not None
            and e.sentence_id == latest.sentence_id
            and e.cameo == latest.cameo
            and e.source.code == latest.source.code
            and t.country
            and t.country not in exclude
            and t.country != e.source.country
            and t.code.removeprefix(t.country) in STATE_OR_COUNTRY
            and not t.resolved_by.startswith("event:")
        ):
            targets.setdefault(t.country, as_country(t))
    return list(targets.values()) if len(targets) == n else []


def acted_together(events: list[Event], n: int, exclude: set[str]) -> list[Actor]:
    """The ``n`` countries that did the latest act together (events of one sentence with its
    code and target, "Rwanda and Uganda sent troops into Congo"), when exactly ``n`` states
    other than ``exclude`` did it, else []."""
    latest = next((e for e in reversed(events) if e.target is not None), None)
    if latest is None or n < 2:
        return []
    doers: dict[str, Actor] = {}
    for e in events:
        s = e.source
        if (
            e.sentence_id == latest.sentence_id
            and e.cameo == latest.cameo
            and e.target is not None
            and e.target.code == latest.target.code
            and s.country
            and s.country not in exclude
            and s.country != e.target.country
            and s.code.removeprefix(s.country) in STATE_OR_COUNTRY
        ):
            doers.setdefault(s.country, as_country(s))
    return list(doers.values()) if len(doers) == n else []
