"""Noun-phrase resolution stage: the actors a phrase refers to.

:class:`PhraseResolver` turns the head of a noun phrase into actors: a named mention (an entry of
the actor dictionaries, by term in office), a role noun with its owner ("the Kazakh
legislature"), a place, a modifier ("Russian tariff policies"), a group ("the two sides"), or a
pronoun through the salience tracker (:mod:`multivector.coding.coref`). It also notes, sentence
by sentence, the actors mentioned so far for coreference.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc, Token

from multivector.coding.actor_records import agent_actor, at_mention, place_actor
from multivector.coding.actors import (
    PRONOUNS,
    STATE_AGENTS,
    ActorLexicon,
    Mention,
    actor_from_entry,
    char_span,
    country_actor,
    mention_words,
)
from multivector.coding.addressees import addressed_home
from multivector.coding.binding import bound_pronoun
from multivector.coding.coref import as_country, speaker_of, unique_actors
from multivector.coding.courts import international_court
from multivector.coding.eras import place_actor_then
from multivector.coding.focus_country import dateline_state
from multivector.coding.generic import GenericActors, countries_in_focus, fronted_places
from multivector.coding.groups import (
    counted_parties,
    divided_half,
    divided_pair,
    each_against_other,
    object_antecedent,
    party_sides,
)
from multivector.coding.implicit import described, group_members
from multivector.coding.issuers import issuers
from multivector.coding.leaders import earlier_led, leader_of, led_by
from multivector.coding.missions import MISSION_MEMBER_NOUNS, mission_body
from multivector.coding.namesakes import apposed_roles, full_name_before, owned, stated
from multivector.coding.nationality import company_or_person
from multivector.coding.org_nouns import bloc_count, bloc_numeral
from multivector.coding.organ_owner import domestic_home, foreign_subject, named_before, other_owner
from multivector.coding.participle_doers import cargo_of
from multivector.coding.phrase_notes import GROUP_WORDS, PLACE_PREPS, may_name_actor, note_until
from multivector.coding.phrase_owners import (  # noqa: F401 (ORIGIN_VERBS: read from here)
    COUNTERPART_NOUNS,
    ORIGIN_PREPS,
    ORIGIN_VERBS,
    modifier_actors,
)
from multivector.coding.raiders import raiding_force
from multivector.coding.represented import represented_party
from multivector.coding.state import DocumentState, objects_of
from multivector.coding.syntax import (
    coordinated,
    definite,
    nominal,
    np_core,
    np_text,
    numbered,
    pronoun_owned,
    words,
)
from multivector.coding.titles import (
    apposed_holders,
    styled_person,
    title_compounds,
    titled_person,
)
from multivector.coding.token_index import children_with, of_objects, sentence_of, token_index
from multivector.coding.voices import is_personal, sender_office, voice_actors, voice_owner
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy, load_policy

ORG_WORDS = words("organization_nouns")
PEOPLE_COUNTS = words("people_counts")
ORGAN_NOUNS = words("organ_nouns")
SIDE_NOUNS = words("side_nouns")
BORDER_NOUNS = words("border_nouns")
REFLEXIVE_PRONOUNS = words("reflexive_pronouns")
PAIRED_PERSON_NOUNS = words("paired_person_nouns")
GROUP_DETERMINERS = words("group_determiners")
INCLUSION_PREPS = words("inclusion_prepositions")
CROWD_VERBS = words("crowd_verbs")
CHAIR_NOUNS = words("chair_nouns")
ANTECEDENT_AGENTS = words("antecedent_agents")


def crowd_act(verb: Token) -> bool:
    """Whether ``verb`` is what a crowd does in the street: a crowd verb, or "take to the
    streets"."""
    if verb.lemma_ in CROWD_VERBS:
        return True
    return verb.lemma_ == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "street" for g in c.children)
        for c in verb.children
    )


class PhraseResolver:
    """Resolves noun phrases to actors within one document's state.

    ``coref_at_mention``: actors found through coreference carry the mention's own words and
    span ("he"); False keeps the antecedent's (for coders that post-process by position).
    """

    def __init__(
        self,
        lexicon: ActorLexicon,
        coref_at_mention: bool = True,
        generic: GenericActors | None = None,
        policy: CodingPolicy | None = None,
    ) -> None:
        self.lexicon = lexicon
        # which events name the "two sides" of a conflict (the ontology's policy)
        self.policy = policy or load_policy()
        self.coref_at_mention = coref_at_mention
        # country attribution of generic actors ("rebels", "police"); None: none beyond the
        # text's last country and the sentence's places of the actor dictionaries
        self.generic = generic

    def resolve(
        self, tok: Token, state: DocumentState, when, role: str, exclude: set[str] = frozenset()
    ) -> list[Actor]:
        """Actors a noun phrase (headed by ``tok``) refers to; conjuncts give several."""
        actors: list[Actor] = []
        for h in coordinated(tok):
            styled = styled_person(h)  # "His Highness the Emir of Kuwait": the emir
            led = led_by(h)  # "a coalition led by Chad, Mali and Niger": the three states
            found = self.resolve(led, state, when, role, exclude) if led is not None else []
            found = found if all(a.kind == "country" for a in found) else []  # not a person's
            found = found or (
                [] if styled else apposed_holders(h, state, self, when, role, exclude)
            )
            found = found or ([] if styled else self.resolve_single(h, state, when, role, exclude))
            if not found:  # "allies Japan and the Netherlands": the apposition names them
                for a in styled or children_with(h, "appos"):  # (from the index)
                    if a.dep_ == "appos":
                        for b in coordinated(a):
                            found.extend(self.resolve_single(b, state, when, role, exclude))
            actors.extend(found)
        return unique_actors(actors)

    def resolve_single(
        self, h: Token, state: DocumentState, when, role: str, exclude: set[str]
    ) -> list[Actor]:
        mention = state.mentions.get(h.i)
        entry = self.entry(mention, when) if mention is not None else None
        if mention is not None and entry is not None:
            actor = actor_from_entry(entry, *mention_words(h.doc, mention), when)
            agent = (
                self.agent_code(h, state)
                if entry.kind in ("adjective", "country") and h.i == mention.end - 1
                else None
            )
            if agent and entry.kind == "adjective" and h.i != mention.start:
                actor.code = (actor.country or actor.code) + agent
            return [actor]
        ix = token_index(h.doc)  # the word and its labels, read from the index once
        low, pos, lemma = ix.lower[h.i], ix.pos[h.i], ix.lemma[h.i]
        if pos == "PRON" or low in PRONOUNS:
            if low in REFLEXIVE_PRONOUNS:
                return []
            if is_personal(h):  # "we", "our", "you": the voice of a quotation or interview
                return self.here(h, voice_actors(h, state, when, exclude, self))
            if (obj := object_antecedent(h)) is not None:  # "detained X, accusing them"
                if found := self.resolve(obj, state, when, role, exclude):
                    return self.here(h, found)
            speaker = speaker_of(h)  # "Turkey said it would": the speaker
            if speaker is not None:
                found = self.resolve(speaker, state, when, "source", exclude)
                if found and not any(a.code in exclude for a in found):
                    return self.here(h, found)
            # "Chilean officers accused them": never the officers' side (binding)
            return self.here(h, bound_pronoun(h, state, when, self.resolve, exclude))
        led = leader_of(h) or earlier_led(h)  # "the Saudi-led coalition", then "the coalition"
        if led is not None and (leaders := self.resolve(led, state, when, role, exclude)):
            return leaders
        if bloc_numeral(h):  # "the Twelve recognised Slovenia": the bloc last spoken of
            org = state.tracker.organization(exclude, before=h.idx, noun="bloc")
            return self.here(h, [org] if org else [])
        if pos == "NUM":  # "one of its patrol boats", "two of the jets": what it counts
            if role != "modifier" and (n := counted_parties(h)):
                # "The four severed ties": the countries of the latest list of four, or the pair
                found = countries_in_focus(state, n, h, exclude, self.focus(h, state))
                return self.here(h, [as_country(a) for a in found]) if len(found) == n else []
            counted = of_objects(h)
            if role != "source" and any(pronominal(p) for p in counted):
                return []  # "killed 17 of them", "300 of her crew": no binding of an object here
            return [a for p in counted for a in self.resolve(p, state, when, role, exclude)]
        if pos not in ("NOUN", "PROPN") and not nominal(h):  # "secretary-general"
            return []
        if (half := divided_half(h, state)) is not None:  # "the North" in a text on Korea
            return [half]
        if pair := divided_pair(h):  # "both Koreas", "the two Koreas"
            return pair
        if (
            firm := company_or_person(h, state)
            or mission_body(h, state, exclude)
            or international_court(h, state, exclude)
        ) is not None:
            return [firm]  # "the company" after "Koala Metals, an Australian firm"; "the pilot"
        if (
            (party := represented_party(h)) is not None
            and party.i in state.mentions  # a named party: not "for the Queen", "his part"
            and (found := self.resolve(party, state, when, role, exclude))
        ):
            return self.here(h, found)  # "Mr. Hugh Latimer, for Britain, praised"
        # a cable's "the Department" as a doer or target; not noted for coreference, where the
        # sender would pass for the story's country ("the Congress" after "the Embassy")
        if role != "modifier" and (own := sender_office(h, state, when, exclude, self)):
            return self.here(h, own)
        if (full := full_name_before(h)) is not None:  # "Pelosi" after "... Nancy Pelosi"
            same = owned(self.resolve_single(full, state, when, role, exclude)) or [
                a  # "Mr Varga" after "Tomas Varga, the Slovak foreign minister,"
                for r in apposed_roles(full)
                for a in self.resolve_single(r, state, when, role, exclude)
                if stated(a)  # a role's or a body's, not "the wife of X"'s
                and (a.kind == "organization" or self.agent_code(r, state) is not None)
            ]
            if same:
                return self.here(h, same)
        if sides := party_sides(h):  # "the parties signed", "both parties": the two sides
            found = countries_in_focus(state, sides, h, exclude, self.focus(h, state))
            if len(found) > 1 or h.is_lower:  # "The Parties" in a text on one country: its parties
                return self.here(h, [as_country(a) for a in found])
        agent = self.agent_code(h, state)
        if agent is None and lemma in PAIRED_PERSON_NOUNS and party_sides(h, "GOV") == 2:
            agent = "GOV"  # "the two men signed", "both men agreed": as "the two leaders"
        owners = self.modifier_actors(h, state, when, exclude)
        if agent is not None:
            if lemma in CHAIR_NOUNS and (  # "the German presidency of the EU": the EU
                bodies := [
                    o
                    for o in self.modifier_actors(h, state, when, exclude, only_preps=True)
                    if o.kind == "organization"
                ]
            ):
                owners = bodies
            if owners:
                out = []
                for owner in owners:
                    if owner.kind == "organization" or owner.country is None:
                        code = owner.code  # "the council of ministers of the Arab League"
                    else:
                        code = (owner.country or owner.code) + agent
                    out.append(
                        agent_actor(h, code, owner.country, f"agent:{h.lemma_}+{owner.resolved_by}")
                    )
                return out
            if lemma in COUNTERPART_NOUNS:
                return []
            if agent in STATE_AGENTS and (group := group_members(h, agent, state, exclude, role)):
                return [agent_actor(h, a.code, a.country, "agent:+group") for a in group]
            if definite(h) and not party_sides(h, agent):  # "EU ministers ... The ministers"
                same = state.tracker.same_role({low, lemma}, exclude, h.idx) or titled_person(
                    h, state, exclude
                )
                # "In Colombo, the government ...": a clause set in another state's capital
                seat = self.seat(h, state, when) if same is not None and agent in STATE_AGENTS else None
                if same is not None and (seat is None or seat.country == same.country):
                    return self.here(h, [same])
            if agent in STATE_AGENTS and (n := party_sides(h, agent)):
                if bloc_count(h) and (
                    org := state.tracker.organization(exclude, before=h.idx, noun="bloc")
                ):
                    return self.here(h, [org])  # "the twenty-seven leaders": the bloc's
                # "the two leaders", "the Leaders" -> the two countries last mentioned
                return [
                    agent_actor(h, a.country + agent, a.country, f"agent:{h.lemma_}+group")
                    for a in countries_in_focus(state, n, h, exclude, self.focus(h, state))
                    if a.country
                ]
            org = state.tracker.organization(exclude, before=h.idx) if definite(h) else None
            if org is not None and lemma in org.text.lower():
                # "the court" after "the International Court of Justice": the one just named
                return self.here(h, [org])
            home = domestic_home(agent, exclude) if role == "target" else None
            home = home or (addressed_home(h, agent, exclude) if role == "target" else None)
            if home is not None:
                # "opposition lawmakers accused the cabinet": critics speak of their own state
                return [agent_actor(h, home + agent, home, f"agent:{h.lemma_}+home")]
            if agent in STATE_AGENTS and not (
                self.generic is not None and self.generic.place_first(agent, STATE_AGENTS)
            ):
                # A state's organ with no owner: the country last spoken of, else a place there
                focus = (
                    raiding_force(h, agent, state, self.policy)  # "soldiers" on a raid abroad
                    or self.seat(h, state, when)
                    or voice_owner(h, state, when, self)  # "we asked parliament"
                )
                if focus is None and agent in ANTECEDENT_AGENTS and (
                    (prior := named_before(h, state.mentions, lambda m: self.entry(m, when)))
                    not in (None, *exclude)
                ):  # "the army" after "the Israeli army"
                    return [agent_actor(h, prior + agent, prior, f"agent:{h.lemma_}+antecedent")]
                focus = (
                    focus
                    or self.owner_state(h, state, exclude)
                    or self.place_in_sentence(h, state, when)
                )
                if focus is None or focus.country is None:
                    return [self.generic_actor(h, agent, state, when, with_place=False)]
                return [
                    agent_actor(h, focus.country + agent, focus.country, f"agent:{h.lemma_}+focus")
                ]
            # A people's role (or the police, a court) with no state named: where it is
            # ("protesters in Niamey", "police in Gao"), else the document's focus country.
            return [self.generic_actor(h, agent, state, when)]
        if (short := state.tracker.short_name(h, self.lexicon.org_heads, exclude)) is not None:
            return self.here(h, [short])  # "the Fund" after "the IMF"
        if lemma in ORG_WORDS and definite(h) and not owners:
            # "the bloc", "the alliance": the organisation last spoken of
            org = state.tracker.organization(exclude, before=h.idx, noun=lemma)
            return self.here(h, [org] if org else [])
        if pos == "NOUN" and (lemma in PEOPLE_COUNTS or lemma in ORGAN_NOUNS and not possessed(h)):
            # "thousands of Iraqi Kurds", "a group of Russian diplomats", "members of parliament"
            found = [a for p in of_objects(h) for a in self.resolve(p, state, when, role, exclude)]
            if found:
                return found
            if h.dep_ == "nsubj" and crowd_act(h.head):  # "Thousands marched in Tbilisi"
                return [self.generic_actor(h, "CVL", state, when)]
        if (named := described(h, state, exclude, lambda: self.focus(h, state))) is not None:
            return self.here(h, [named])  # "the group claimed", "the Kingdom rejected"
        if lemma in GROUP_WORDS:
            if owners:
                return [o if o.kind == "organization" else as_country(o) for o in owners]
            named = [
                a
                for prep in h.children
                if prep.dep_ == "prep" and prep.lower_ in INCLUSION_PREPS
                for p in prep.children
                if p.dep_ == "pobj"
                for a in self.resolve(p, state, when, role, exclude)
            ]
            if named:  # "seven countries, including Chile and Peru": the ones named
                return [a if a.kind == "organization" else as_country(a) for a in named]
            if lemma in SIDE_NOUNS and (numbered(h) == 2 or each_against_other(h)):
                if sides := self.conflict_sides(state, lemma != "side"):
                    return self.here(h, sides)
            if numbered(h):
                return self.here(
                    h,
                    [
                        as_country(a)
                        for a in countries_in_focus(
                            state, numbered(h), h, focus=self.focus(h, state)
                        )
                        if a.country not in exclude
                    ],
                )
            if any(
                c.dep_ == "det" and c.lower_ in GROUP_DETERMINERS for c in h.children
            ) and h.tag_ in ("NN", "NNP"):
                a = state.tracker.country(exclude, before=h.idx)
                return self.here(h, [as_country(a)] if a else [])
            return []
        if pos == "PROPN" and owners:
            # An unknown name with a title: "Russian President Boris Yeltsin" -> RUSGOV
            titles = [self.agent_code(c, state) for c in title_compounds(h)]
            titles = [t for t in titles if t]
            if titles:
                return [
                    Actor(
                        text=np_text(h),
                        code=o.code
                        if o.kind == "organization"
                        else (o.country or o.code) + titles[0],
                        country=o.country,
                        span=char_span(np_core(h)),
                        kind="agent",
                        resolved_by=f"title:{titles[0]}+{o.resolved_by}",
                    )
                    for o in owners
                ]
        if pos == "PROPN" and not owners and ix.ent_type[h.i] == "PERSON":
            # "Foreign Minister Yvan Gil": a titled official of the country in focus
            titles = [self.agent_code(c, state) for c in title_compounds(h)]
            titles = [t for t in titles if t in STATE_AGENTS]
            home = self.dateline_home(h, state, exclude) if titles else None
            if home is not None:  # "BEIJING (Xinhua) -- Vice Foreign Minister Sun Weidong"
                return [agent_actor(h, home + titles[0], home, f"title:{titles[0]}+dateline")]
            seat = self.seat(h, state, when) if titles else None
            if seat is not None:  # "In Wellington, Foreign Minister Phil Goff condemned"
                return [agent_actor(h, seat.code + titles[0], seat.code, f"title:{titles[0]}+seat")]
            focus = state.tracker.country(exclude, before=h.idx) if titles else None
            # "d'Escoto handed a note to the American charge": not the envoy's state
            focus = self._not_acted_on(h, state, focus)
            if focus is not None and focus.country:
                return [
                    agent_actor(
                        h,
                        focus.country + titles[0],
                        focus.country,
                        f"title:{titles[0]}+focus",
                    )
                ]
        if role != "source" and lemma in BORDER_NOUNS:
            # "to its border with Colombia": the country across the border
            across = self.modifier_actors(
                h, state, when, exclude, preps=frozenset({"with"}), only_preps=True
            )
            if across:
                return [as_country(a) for a in across]
        direct = (
            self.modifier_actors(h, state, when, exclude, with_preps=False)
            or (  # "an aid plane from Saudi Arabia"; not "observers from Kenya" (a mission's)
                self.modifier_actors(h, state, when, exclude, preps=ORIGIN_PREPS, only_preps=True)
                if lemma not in MISSION_MEMBER_NOUNS
                else []
            )
            or [  # "a plane with humanitarian aid from Kazakhstan": where its cargo comes from
                a
                for c in cargo_of(h)
                for a in self.modifier_actors(c, state, when, exclude, preps=ORIGIN_PREPS, only_preps=True)
            ]
            if role == "source"
            else owners
        )
        if direct:
            # "criticizing Russian tariff policies" -> Russia; "OSCE observers" -> the OSCE
            # (as a source, only a modifier of the noun: "the crisis in Russia" is not Russia)
            return [as_country(o) if o.kind == "leader" else o for o in direct]
        issued = issuers(h, state, when, self, exclude) if role == "source" else []
        return self.here(h, issued)  # "the statement condemned": its issuers

    # defined in their own modules, methods of the resolver all the same
    modifier_actors = modifier_actors
    note_until = note_until
    may_name_actor = may_name_actor

    def conflict_sides(self, state: DocumentState, states: bool = False) -> list[Actor]:
        """The two parties of the latest conflictual event with two distinct sides (with
        ``states``, two countries: "the two neighbours"), or []."""
        for e in reversed(state.events):
            t = e.target
            if t is None or not self.policy.is_side_conflict(e.cameo) or t.code == e.source.code:
                continue
            if states and len({t.country, e.source.country} - {None, ""}) < 2:
                continue
            return [dataclasses.replace(a, span=None, coref=False) for a in (e.source, t)]
        return []

    def seat(self, h: Token, state: DocumentState, when) -> Actor | None:
        """The country whose capital opens a bare state organ's clause ("In Oslo, the ...")."""
        for p in fronted_places(h, PLACE_PREPS):
            mention = state.mentions.get(p.i)
            entry = self.entry(mention, when) if mention is not None else None
            if entry is not None and entry.kind == "capital" and entry.country:
                return Actor(
                    text=p.text,
                    code=entry.country,
                    country=entry.country,
                    kind="country",
                    resolved_by="seat",
                )
        return None

    def owner_state(self, h: Token, state: DocumentState, exclude: set[str]) -> Actor | None:
        """The country a bare state organ ("the army", "the junta") belongs to: the country
        last spoken of when it is named in this sentence or the document has no focus, else
        the document's focus country (also when the source is of that country: "the defence
        minister warned that the army would act" is its own army); a foreign subject of another
        clause is no owner (``organ_owner.foreign_subject``)."""
        recent = state.tracker.country(exclude, before=h.idx, prefer_subject=False)
        focus = self.generic.focus(h.doc, state.mentions, state.generic) if self.generic else None
        if (
            recent is not None
            and recent.span is not None
            and recent.span.start >= sentence_of(h).start_char
            and not foreign_subject(h, recent, focus, lambda t: self.agent_code(t, state))
        ):
            return recent
        if focus is not None and (other := other_owner(h, state, self.generic, focus)):
            focus, recent = other, None  # not the country its clause acts on
        if focus is None or (recent is not None and recent.country == focus):
            return self._not_acted_on(h, state, recent)
        return country_actor(focus, "focus")

    def _not_acted_on(self, h: Token, state: DocumentState, owner: Actor | None) -> Actor | None:
        """``owner``, unless the clause of the organ ``h`` acts on that very country ("the
        ministry protested to the Guatemalan ambassador"): then the other owner
        (``organ_owner.other_owner``), or ``owner`` when the text offers none."""
        if owner is None or owner.country is None or self.generic is None:
            return owner
        other = other_owner(h, state, self.generic, owner.country)
        return country_actor(other, "focus") if other else owner

    def here(self, h: Token, antecedents: list[Actor]) -> list[Actor]:
        """Coreferent actors located at the mention ``h`` (see ``coref_at_mention``)."""
        return at_mention(h, antecedents) if self.coref_at_mention else antecedents

    def focus(self, h: Token, state: DocumentState) -> str | None:
        """The document's focus country, if any."""
        return self.generic.focus(h.doc, state.mentions, state.generic) if self.generic else None

    def dateline_home(self, h: Token, state: DocumentState, exclude: set[str]) -> str | None:
        """The country of the document's dateline, whose officials a story names by their
        title alone, of its time; None with no dateline country (or one excluded)."""
        if self.generic is None:
            return None
        home = dateline_state(h.doc, self.generic.locator.gazetteer, state.generic)
        return home if home and home not in exclude else None

    def agent_code(self, tok: Token, state: DocumentState) -> str | None:
        """The role noun's agent code, looked up once per token of the document."""
        if tok.i not in state.agents:
            state.agents[tok.i] = self.lexicon.agent_code(tok)
        return state.agents[tok.i]

    @staticmethod
    def entry(mention: Mention, when: dt.date | None):
        """The dictionary entry a mention stands for on ``when`` (:meth:`Mention.stands_for`)."""
        return mention.stands_for(when)

    def place_in_sentence(self, h: Token, state: DocumentState, when) -> Actor | None:
        """A country named as a place in ``h``'s sentence ("in Almaty"), else a town ("in Gao")."""
        ix = token_index(h.doc)
        for i in range(*ix.sentence(h.i)):
            if ix.dep[i] == "pobj" and ix.lower[ix.head[i]] in PLACE_PREPS and i in state.mentions:
                mention = state.mentions[i]
                entry = self.entry(mention, when)
                if entry is not None and entry.country:  # the place in the state of its time
                    return place_actor_then(
                        h.doc, actor_from_entry(entry, *mention_words(h.doc, mention), when)
                    )
        found = self.generic.sentence_place(h, state.mentions) if self.generic else None
        return place_actor(found) if found is not None else None

    def conjoined_places(self, place: Actor, doc: Doc, state: DocumentState, when) -> list[Actor]:
        """``place`` and the other countries conjoined with its words as places of one phrase
        ("shelled villages in Syria and Iraq": Syria, then Iraq), as countries; only after a
        preposition of place."""
        found = [as_country(place)]
        words = doc.char_span(place.span.start, place.span.end) if place.span else None
        if words is None or words.root.dep_ != "pobj" or words.root.head.lower_ not in PLACE_PREPS:
            return found
        for c in words.root.conjuncts:
            mention = state.mentions.get(c.i)
            entry = self.entry(mention, when) if mention is not None else None
            if entry is not None and entry.country and entry.country not in {a.country for a in found}:
                found.append(as_country(place_actor_then(
                    doc, actor_from_entry(entry, *mention_words(doc, mention), when))))
        return found

    def object_place(self, v: Token, state: DocumentState) -> Actor | None:
        """A gazetteer town or city that is the direct object of ``v`` ("shelled Kharkiv")."""
        return self.place_among(objects_of(v, state), state)

    def place_among(self, tokens: list[Token], state: DocumentState) -> Actor | None:
        """A gazetteer town or city among ``tokens`` (an act's objects, or the objects of its
        pattern's preposition: "laid siege to Mariupol"), as its country; or None."""
        if self.generic is None:
            return None
        found = self.generic.object_place(tokens, state.mentions)
        return place_actor(found) if found is not None else None

    def generic_actor(
        self, h: Token, agent: str, state: DocumentState, when, with_place: bool = True
    ) -> Actor:
        """A generic actor's country (coding/generic.py): a place in its own phrase ("police
        in Gao") or its sentence, else the document's focus country, else the place of the
        sentence before, else none ("REB")."""
        lemma = h.lemma_
        if with_place:
            own = self.generic.own_place(h, state.mentions) if self.generic else None
            place = place_actor(own) if own is not None else self.place_in_sentence(h, state, when)
            if place is not None and place.country:
                return agent_actor(h, place.country + agent, place.country, f"agent:{lemma}+place")
        if self.generic is not None:  # a named group of its kind, the focus, the scene before
            home = self.generic.home(h, state, with_place, agent)
            if home is not None:
                return agent_actor(h, home[0] + agent, home[0], f"agent:{lemma}+{home[1]}")
        return agent_actor(h, agent, None, f"agent:{lemma}")


def pronominal(tok: Token) -> bool:
    """A pronoun, or a noun a pronoun possesses ("them", "its boats")."""
    return tok.pos_ == "PRON" or pronoun_owned(tok)


def possessed(h: Token) -> bool:
    """Whether ``h`` has a possessive ("the IAEA's board")."""
    return any(c.dep_ == "poss" for c in h.children)
