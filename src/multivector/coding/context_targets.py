"""Targets from context: the party an act with no actor target is aimed at.

A mixin of :class:`~multivector.coding.arguments.ArgumentFinder` (it reads ``self.phrases``,
``self.policy`` and ``self.country_codes``): the enemy of an act of war, the country across
the border a force posture faces, the country an act
happens in, the document's focus country, the state of a mission an act takes place at, the
sources' own country, and the other side a reply answers (the counterpart).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multivector.coding.actors import actor_from_entry, country_actor, mention_words
from multivector.coding.adversary import (
    enemy_of,
    provoker_of,
    third_country_named,
    warring_country,
)
from multivector.coding.argument_syntax import in_helper_agent, refusal_conditions
from multivector.coding.clause_syntax import subject_of
from multivector.coding.coref import as_country
from multivector.coding.destinations import destination
from multivector.coding.frontiers import faced_frontier, neighbour_words, rival_of
from multivector.coding.own_state import not_own_state
from multivector.coding.phrases import PhraseResolver
from multivector.coding.relations import on_other_side
from multivector.coding.state import DocumentState, objects_of
from multivector.coding.syntax import words
from multivector.coding.token_index import of_objects
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

MISSION_NOUNS = words("mission_nouns")
SITE_PREPS = words("site_prepositions")
SITE_FRONT_NOUNS = words("site_front_nouns")
PARALLEL_ADVERBS = words("parallel_adverbs")
ANAPHORIC_DETERMINERS = words("anaphoric_determiners")
HOME_FRONT_OBJECTS = words("home_front_objects")
HOME_FRONT_PREPS = words("home_front_prepositions")
PLACE_VICTIM_ROOTS = words("place_victim_roots")  # "struck bases in Jordan and Syria": both
HOME_FRONT_AGENTS = words("home_front_agents")  # "bombed rebel positions": a war at home
MATERIAL_CONFLICT = 4  # the quad class of force, coercion and cuts: what "the coup" names


def mission_sites(v: Token) -> list[Token]:
    """The mission nouns (``mission_nouns``) where the act ``v`` happens: in a place phrase of
    ``v`` or of the verb whose clause ``v`` continues, or as its object or inside it."""
    verbs = [v]
    if v.dep_ in ("advcl", "conj", "xcomp") and v.head.pos_ == "VERB":
        verbs.append(v.head)
    found = []
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in SITE_PREPS:
                sites = [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "dobj":
                sites = [c, *of_objects(c)]
                sites += [k for s in list(sites) for k in s.children if k.dep_ == "compound"]
                sites += [  # "held a rally near the Japanese Embassy"
                    p
                    for k in c.children
                    if k.dep_ == "prep" and k.lower_ in SITE_PREPS
                    for p in k.children
                    if p.dep_ == "pobj"
                ]
            else:
                continue
            for site in sites:
                if site.lemma_.lower() in SITE_FRONT_NOUNS:  # "in front of the embassy"
                    site = next(iter(of_objects(site)), site)
                if site.lemma_.lower() in MISSION_NOUNS:
                    found.append(site)
    return found


def war_objects(v: Token, state: DocumentState) -> list[Token]:
    """What the act of war ``v`` hits: its objects and the objects of its "on" phrases (people
    or homes there, ``home_front_objects``, make it a war at home: "bombed two villages",
    "dropped gas on the town")."""
    return [
        *objects_of(v, state),
        *(
            p
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in HOME_FRONT_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ),
    ]


class ContextTargets:
    """The readings of a target from context (see the module docstring)."""

    phrases: PhraseResolver
    policy: CodingPolicy
    country_codes: frozenset[str]

    def enemy_target(self, v: Token, state: DocumentState, when, exclude: set[str]) -> list[Actor]:
        """The country the source's country is fighting, for an act of war that names no place
        or only a place in its own country ("Iranian troops recaptured Khorramshahr": a war is
        fought on one's own soil against the enemy, not against oneself)."""
        own = warring_country(exclude, self.country_codes)
        if own is None:
            return []
        place = self.phrases.object_place(v, state) or self.phrases.place_in_sentence(
            v, state, when
        )
        if place is not None and place.country != own:
            return []
        hit = war_objects(v, state)
        if any(o.lemma_.lower() in HOME_FRONT_OBJECTS for o in hit):
            return []  # "government helicopters bombed two villages": not the enemy
        if self.hits_insurgents(hit, state):  # "bombed rebel positions": a war at home
            # in a story about the source's own country, the rebels are its own
            return [country_actor(own, "insurgents")] if self.phrases.focus(v, state) == own else []
        enemy = enemy_of(own, state.events, self.policy)
        if enemy is None or third_country_named(v, {own, enemy}, state):
            return []
        return [country_actor(enemy, "enemy")]

    def hits_insurgents(self, hit: list[Token], state: DocumentState) -> bool:
        """Whether what an act of war hits (:func:`war_objects`) is an armed movement
        (``home_front_agents``) or its places: "shelled militant hideouts", "bombed rebel
        positions"."""
        for o in hit:
            for t in (o, *(c for c in o.children if c.dep_ in ("compound", "amod"))):
                if self.phrases.agent_code(t, state) in HOME_FRONT_AGENTS:
                    return True
        return False

    def border_target(
        self, v: Token, state: DocumentState, when, exclude: set[str], code: str = ""
    ) -> list[Actor]:
        """The country across the border or front line a force posture faces when that names
        no country other than by a word of its own ("near the Indian border": India; "moved
        artillery up to the frontier"): the other country a clause of its sentence before it has as
        its subject ("Greek officials said that Turkey had sent tanks to the border"), else the
        other side of the latest conflictual event between the source's country and another,
        else the latest other country named before it (``coding/frontiers.py``); at no border,
        for a code of the policy's ``rival_target_codes``, that other side alone; or []."""
        own = warring_country(exclude, self.country_codes)
        line = faced_frontier(v) if own is not None else None
        if own is None:
            return []
        if line is None:  # a drill or an alert at no border: only a rival of the story
            rival = None
            if self.policy.takes_rival_target(code):  # else one who provoked it at no one
                rival = rival_of(own, state.events, self.policy) or provoker_of(
                    own, state.events, self.policy.is_side_conflict
                )
            return [country_actor(rival, "rival")] if rival else []
        for t in neighbour_words(line):  # "near the Indian border", "the border with Chad"
            mention = state.mentions.get(t.i)
            entry = self.phrases.entry(mention, when) if mention is not None else None
            if entry is not None and entry.country and entry.country != own:
                return [country_actor(entry.country, "across-border")]
        found = state.tracker.other_party(exclude | {own}, v.sent.start_char, before=v.idx)
        named = found.country if found is not None else None
        if named and found.span is not None and found.span.start >= v.sent.start_char:
            rival = named  # "Greek officials said that Turkey had sent tanks to ..."
        else:
            rival = rival_of(own, state.events, self.policy) or named
        if rival is None or rival == own:
            return []
        return [country_actor(rival, "across-border")]

    def home_target(self, v: Token, state: DocumentState, exclude: set[str]) -> list[Actor]:
        """The sources' own country, for an act naming no other party by actors of the country
        the document is about ("the cabinet resigned", "a court convicted the general"), or []."""
        own = {c[:3] for c in exclude if c[:3] in self.country_codes}
        if len(own) != 1 or on_other_side(v):  # "stand by our allies": not its own country
            return []
        generic = self.phrases.generic
        focus = generic.focus(v.doc, state.mentions, state.generic) if generic else None
        if focus is None or focus not in own:
            return []
        return [country_actor(focus, "home")]

    def mission_target(
        self, v: Token, state: DocumentState, when, exclude: set[str]
    ) -> list[Actor]:
        """The country whose diplomatic mission an act takes place at ("protested outside the
        Uzbek embassy", "rallied in front of the US consulate", "stormed the compound of the US
        embassy"), also when the clause it joins names the mission ("marched past the American
        embassy, hurling stones"; "gathered outside the British embassy, and some threw
        stones"), or []."""
        for site in mission_sites(v):
            found = [
                as_country(a)
                for a in self.phrases.resolve(site, state, when, "target", exclude)
                if a.country and a.country not in exclude
            ]
            if found:
                return found
        return []

    def focus_target(self, v: Token, state: DocumentState, exclude: set[str], code: str = "") -> list[Actor]:
        """The country of a delivery's destination place, else the document's focus country, for
        a foreign actor's act with no actor target."""
        generic = self.phrases.generic
        if generic and self.policy.takes_destination_target(code):
            place = destination(v, objects_of(v, state), generic, state.mentions)
            if place is not None and place.country not in self.source_countries(exclude):
                return [country_actor(place.country, "destination")]
        focus = generic.focus(v.doc, state.mentions, state.generic) if generic else None
        if focus is None or focus in self.source_countries(exclude):
            return []
        if any(c.startswith(focus) for c in exclude):
            return []  # the focus country's own organs ("BOLGOV") act at home
        return [country_actor(focus, "document")]

    def across_frontier(
        self, v: Token, state: DocumentState, when, exclude: set[str], found: str
    ) -> list[Actor]:
        """The country across the border an act crosses or strikes ("troops crossed the
        frontier", "tanks rolled over the border") when the place or focus country found for it
        is the source's own: a force at its own frontier acts on the other side; else []."""
        own = warring_country(exclude, self.country_codes)
        line = faced_frontier(v) if own is not None and found == own else None
        if line is None or line.dep_ not in ("dobj", "pobj") or line.head not in (v, *v.children):
            return []  # the border itself, not "a border town", "along the border of a region"
        generic = self.phrases.generic
        for t in v.subtree:  # "crossed the frontier towards Lahore": the place beyond it
            if generic is not None and t.dep_ == "pobj" and t.i > v.i:
                place = generic.place_at(t, state.mentions)
                if place is not None and place.country and place.country != own:
                    return [country_actor(place.country, "across-border")]
        return self.border_target(v, state, when, exclude)

    def source_countries(self, exclude: set[str]) -> set[str]:
        """The countries among the source codes in ``exclude``."""
        return {c for c in exclude if c in self.country_codes}

    def located_target(
        self, v: Token, state: DocumentState, when, exclude: set[str], code: str = ""
    ) -> list[Actor]:
        """The country an act with no actor target happens in: a place named in its object or
        sentence or its own phrase ("marched to the border with Chad"), else the document's focus
        country, else the single country of its source. For an act of force (``code`` of
        ``place_victim_roots``), every country of a phrase of places ("shelled villages in Syria
        and Iraq"); a protest or a meeting in several capitals has no target there."""
        place = (
            self.phrases.object_place(v, state)
            or self.phrases.place_in_sentence(v, state, when)
            or self.named_in_phrase(v, state, when, exclude)
        )
        if place is not None and place.country:
            first, *more = (
                self.phrases.conjoined_places(place, v.doc, state, when)
                if code[:2] in PLACE_VICTIM_ROOTS
                else [place]
            )
            return self.across_frontier(v, state, when, exclude, place.country) or [
                as_country(first), *(a for a in more if a.country not in exclude)
            ]
        generic = self.phrases.generic
        focus = generic.focus(v.doc, state.mentions, state.generic) if generic else None
        if focus is not None:
            across = self.across_frontier(v, state, when, exclude, focus)
            return across or [country_actor(focus, "document")]
        own = self.source_countries(exclude)
        if len(own) == 1:
            return [country_actor(next(iter(own)), "source")]
        return []

    def named_in_phrase(
        self, v: Token, state: DocumentState, when, exclude: set[str]
    ) -> Actor | None:
        """The first country named after ``v`` in its own phrase, other than the source's and
        other than a helper's ("launched an offensive supported by Turkish-made drones")."""
        for t in sorted(v.subtree, key=lambda x: x.i):
            mention = state.mentions.get(t.i) if t.i > v.i else None
            if mention is None or in_helper_agent(t, v):
                continue
            entry = self.phrases.entry(mention, when)
            if entry is not None and entry.country and entry.country not in exclude:
                return actor_from_entry(entry, *mention_words(v.doc, mention), when)
        return None

    def conjunct_subject(
        self, v: Token, state: DocumentState, when, exclude: set[str]
    ) -> list[Actor]:
        """The other side a reply conjoined to an earlier clause answers: that clause's subject,
        when it names another country's actor ("Russia suspended the pullout ..., and Lithuania
        refused to pay": Russia; "the UN demanded an inquiry, but Karimov rejected the demand")."""
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or v.head.i > v.i:
            return []
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return []  # a shared subject: the same actor's second act
        if any(c.dep_ == "advmod" and c.lower_ in PARALLEL_ADVERBS for c in v.children):
            return []  # "and Tito also condemned it": the same act, not an answer
        subj, _ = subject_of(v.head)
        if subj is None:
            return []
        own = {c[:3] for c in exclude}
        return [
            replace(a, resolved_by=f"conjunct+{a.resolved_by}")
            for a in self.phrases.resolve(subj, state, when, "target", exclude)
            if a.country and a.country not in own and a.code not in exclude
        ]

    def judged_act_target(self, v: Token, state: DocumentState, exclude: set[str]) -> list[Actor]:
        """The doer of the latest hostile act told by another side, for a disapproval (policy
        ``judged_noun_codes``) whose direct object is a definite noun of an act that no earlier
        event or document answered ("Chile condemned the coup", "criticised this escalation"):
        such a noun refers back to the latest act of material conflict (quad class 4) told, as
        "called it unlawful" does to the latest hostile act; [] when the object names an actor or
        a person, or is no definite noun."""
        for o in objects_of(v, state):
            if o.dep_ != "dobj" or o.pos_ != "NOUN" or o.head.i != v.i:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in o.children):
                continue
            if any(t.i in state.mentions for t in o.subtree):
                return []  # "condemned the Russian strikes": its own words name a party
            if self.phrases.agent_code(o, state) is not None:
                return []  # "condemned the rebels": people, not an act
            own = {c[:3] for c in exclude}
            for e in reversed(state.events):
                if e.quad_class == MATERIAL_CONFLICT and e.source.code[:3] not in own:
                    # resolved as a reaction to an event ("event:coup"), as antecedents.py does
                    return [replace(e.source, span=None, coref=False, resolved_by=f"event:{o.lemma_}")]
            return []
        return []

    def discourse_counterpart(self, v: Token, state: DocumentState, when, exclude: set[str]) -> list[Actor]:
        """The story's other side for an act that no other reading gave a target (policy
        ``untargeted_roots``): :meth:`counterpart`, named in the last sentences
        (``discourse_window``) when no act on the source's country answers it."""
        return self.counterpart(v, state, exclude, when=when, within=self.policy.discourse_window)

    def home_side(self, exclude: set[str], own: set[str]) -> str | None:
        """The one country of sources that are all domestic agents of the policy's
        ``home_counterpart_agents`` ("BOLOPP"), or None."""
        agents = {c[3:6] for c in exclude if len(c) >= 6}
        if len(own) != 1 or not agents or not agents <= self.policy.home_counterpart_agents:
            return None
        return next(iter(own))

    def last_partner(self, state: DocumentState, own: set[str]) -> list[Actor]:
        """The other country of the latest event between a country of ``own`` and another, in
        either direction ("Chile expelled Peru's consul ... Chile severed relations": Peru), or
        []."""
        for e in reversed(state.events):
            s, t = e.source.country, e.target.country if e.target else None
            if s is None or t is None or s == t:
                continue
            if s in own and t not in own:
                return [country_actor(t, "counterpart:last")]
            if t in own and s not in own:
                return [country_actor(s, "counterpart:last")]
        return []

    def declined_act_target(
        self, v: Token, state: DocumentState, sources: list[Actor], code: str, when
    ) -> list[Actor]:
        """The other side a refusal that names no one answers: the act refused found no party
        of its own, and the refusal is a reply (a rejection, policy
        ``counterpart_target_codes``) aimed at the doer of the clause setting its condition
        ("would not negotiate until Armenia withdrew": Armenia); [] for any other code or when
        no such clause names another side."""
        if not self.policy.takes_counterpart_target(code):
            return []
        exclude = {a.code for a in sources} | {a.country for a in sources if a.country}
        found = [
            a
            for s in refusal_conditions(v)
            for a in self.phrases.resolve(s, state, when, "target", exclude)
        ]
        return not_own_state(found, exclude)

    def counterpart(
        self,
        v: Token,
        state: DocumentState,
        exclude: set[str],
        named: bool = True,
        when=None,
        partner: bool = False,
        within: int | None = None,
    ) -> list[Actor]:
        """The other side a reply answers: the subject of the earlier clause it is conjoined to,
        when that names another country's actor; else the source of the latest event that acted
        on the replying side's country; else (with ``named``) the latest other country named
        before it, not counting one its own sentence names other than as a clause's subject
        ("speaking during a visit to Australia, called the attack intolerable")."""
        own = self.source_countries(exclude)
        if first := self.conjunct_subject(v, state, when, exclude):
            return first
        if (home := self.home_side(exclude, own)) is not None:
            return [country_actor(home, "counterpart:home")]
        if own:
            for e in reversed(state.events):
                t, src = e.target, e.source
                if t is None or src.country is None or src.country in own:
                    continue
                if t.country in own:
                    return [country_actor(src.country, "counterpart")]
        if not named:  # with ``partner``, a cut: the country last dealt with (last_partner)
            return self.last_partner(state, own) if own and partner else []
        found = state.tracker.other_party(exclude, v.sent.start_char, before=v.idx, within=within)
        if found is None or found.country is None or found.country in own:
            return []
        return [country_actor(found.country, "counterpart:named")]
