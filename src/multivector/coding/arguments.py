"""Argument stage: the source and target actors of a matched predicate, and named objects.

- **Source**: the subject; in the passive the "by" agent (or an actor in a "from" phrase); for
  an event noun its possessor or modifier, or a "by" phrase.
- **Target**: the object of the preposition the pattern names, else the direct object, else a
  with/to/against/on phrase, else the indirect object; else the owner named inside the pattern's
  own object, an actor in an infinitival complement, the source of an earlier event a reaction
  refers to ("condemned the attack"), the subject of a that-clause for verbal acts, or an actor
  nested inside the object ("integration between Kazakhstan and Russia").
- **Named objects**: treaties and other named things acted upon, one per coordinated name.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multivector.coding.actors import char_span
from multivector.coding.addressees import letter_addressees
from multivector.coding.announced import announced_doer
from multivector.coding.antecedents import antecedent_actors, victim_doers
from multivector.coding.argument_syntax import (
    appellant_phrases,
    condition_parties,
    describes_object,
    helper_agent,
    in_clause_below,
    infinitive_objects,
    not_located,
    repeated_preposition_objects,
    stand_in,
    undescribed_prepositions,
)
from multivector.coding.authors import AUTHOR_NOUNS, author_by, named_author
from multivector.coding.characterisations import characterises, judge, judged_doer, told_act_judged
from multivector.coding.clause_syntax import free_relative, passive_patient, renamed_act, subject_of
from multivector.coding.context_targets import ContextTargets
from multivector.coding.coordinated import passive_conjunct_patient, shared_agent, shared_patient
from multivector.coding.coref import as_country, unique_actors
from multivector.coding.fronted import swallowed_member
from multivector.coding.groups import (
    each_against_other,
    joint_act,
    listed_countries,
    other_party,
    pair_acts,
    relative_group,
    shared_object,
)
from multivector.coding.issuers import put_by
from multivector.coding.modality import EventAnaphora
from multivector.coding.nationality import object_person
from multivector.coding.noun_doers import BY_PREPS, named_doer
from multivector.coding.org_nouns import refers_to_organisation
from multivector.coding.own_state import not_own_state
from multivector.coding.phrases import PhraseResolver
from multivector.coding.predicates import Match
from multivector.coding.protest_targets import adjunct_targets
from multivector.coding.shared_roles import shared_role
from multivector.coding.state import DocumentState, objects_of
from multivector.coding.syntax import (
    RELATIVE_PRONOUNS,
    agent_of,
    coordinated,
    direct_objects,
    grammar_words,
    is_named_object,
    is_reciprocal,
    np_tokens,
    origin_actor_token,
    prepositions,
    pronoun_owned,
    reduced_passive,
    words,
)
from multivector.coding.token_index import children_with
from multivector.coding.venues import at_gathering, at_venue, without_venues
from multivector.model import Actor
from multivector.model import Span as CharSpan
from multivector.ontology.policy import CodingPolicy

DEFAULT_TARGET_PREPS = grammar_words()["default_target_prepositions"]
NESTED_TARGET_PREPS = words("nested_target_prepositions")
ANAPHORIC_DETERMINERS = words("anaphoric_determiners")
OBJECT_OWNER_PREPS = words("owner_prepositions", "object")
FORCE_AGENTS = words("force_agents")
NAMED_OWNER_KINDS = ("organization", "agent")  # who owns "UN inspectors", "Houthi boats"
JOINT_ROOTS = words("joint_roots")
PAIR_MUTUAL_ROOTS = words("pair_mutual_roots")
MISSION_SITE_ROOTS = words("mission_site_roots")
ACTOR_CLASSES = {f"&{c.upper()}" for c in words("actor_classes")}
OWNER_MOVED_VERBS = words("owner_moved_verbs")
HOST_VERBS = words("host_verbs")
ENVOY_NOUNS = words("envoy_nouns")


class ArgumentFinder(ContextTargets):
    """Finds sources, targets and named objects, resolving phrases with ``phrases``.

    ``policy`` says which verbal acts may take the subject of their that-clause as addressee
    ("urged that Iran stop").
    """

    def __init__(
        self, phrases: PhraseResolver, anaphora: EventAnaphora, policy: CodingPolicy
    ) -> None:
        self.phrases = phrases
        self.anaphora = anaphora
        self.policy = policy
        self.country_codes = frozenset(c.code for c in phrases.lexicon.data.countries)

    def sources(
        self, v: Token, state: DocumentState, when, noun: bool
    ) -> tuple[list[Actor], Token | None, bool]:
        if noun:
            for c in v.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    actors = self.phrases.resolve(c, state, when, role="source")
                    if actors:
                        return actors, c, False
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        actors = self.phrases.resolve(p, state, when, role="source")
                        if actors:
                            return actors, p, False
            return [], None, False
        subj, passive = subject_of(v)
        if passive:
            agent = agent_of(v) or shared_agent(v)  # "were detained and expelled by police"
            if agent is not None:
                return self.phrases.resolve(agent, state, when, role="source"), agent, True
            origin = origin_actor_token(
                v, lambda t: bool(self.phrases.resolve(t, state, when, role="modifier"))
            )
            if origin is not None:
                return self.phrases.resolve(origin, state, when, role="modifier"), origin, True
            if subj is not None and (implied := self.implied_agent(v, subj, state, when)):
                return implied, None, True
            if announced := announced_doer(v, lambda t: self.phrases.resolve(t, state, when, "source")):
                return announced, None, True  # "said new arrivals would be shot"
            return [], None, True
        if subj is None:
            return [], None, False
        if characterises(v, subj):  # "This was a provocation": the speaker's judgement
            return judge(v, state, when, self.phrases), None, False
        if subj.pos_ == "PRON":
            # "It appealed to Myanmar": a pronoun subject is not the actor its own clause
            # names as object ("it" is not Myanmar)
            named = self.clause_objects(v, state, when)
            if named:
                return (
                    self.phrases.resolve(subj, state, when, role="source", exclude=named),
                    subj,
                    False,
                )
        found = self.phrases.resolve(subj, state, when, role="source")
        if not found and (author := author_by(subj) or stand_in(subj, v)) is not None:
            found = self.phrases.resolve(author, state, when, role="source")  # "a report by X"
        if found and (first := relative_group(v, subj)) is not None:  # "A and B, which pledged"
            found = unique_actors([*self.phrases.resolve(first, state, when, "source"), *found])
        if found and (listed := listed_countries(subj, state)):  # "Saudi Arabia, the UAE, Bahrain and Egypt"
            found = unique_actors([*found, *(a for t in listed for a in self.phrases.resolve(t, state, when, "source"))])
        if found and (member := swallowed_member(subj)) is not None:  # "In 1988 A, B and C"
            found = unique_actors([*self.phrases.resolve(member, state, when, "source"), *found])
        return shared_role(subj, found), subj, False  # "the ministers of A, B and C"

    def clause_objects(self, v: Token, state: DocumentState, when) -> set[str]:
        """The countries of the actors named (not pronouns) as ``v``'s objects or in its
        prepositional phrases."""
        heads = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        heads += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        named: set[str] = set()
        for h in heads:
            for t in coordinated(h):
                mention = state.mentions.get(t.i)
                entry = self.phrases.entry(mention, when) if mention is not None else None
                if entry is not None and entry.country:
                    named.add(entry.country)
        return named

    def implied_agent(self, v: Token, subj: Token, state: DocumentState, when) -> list[Actor]:
        """The doer a reader supplies for an agentless passive from its subject:

        - a state moves its own forces and envoys: "a Russian destroyer was sent to the area",
          "Spain's ambassador was recalled" (``owner_moved_verbs``): the subject's own side;
        - a host state summons or expels a foreign envoy: "Sri Lanka's high commissioner in
          New Delhi was summoned" (``host_verbs``): the country of a place named in the clause
          that is not the envoy's own.

        None (no event rather than a guess) when the subject is not a force or an envoy of a
        named country, or a host's act names no other country's place."""
        lemma = v.lemma_.lower()
        if lemma not in OWNER_MOVED_VERBS and lemma not in HOST_VERBS:
            return []
        envoy = subj.lemma_.lower() in ENVOY_NOUNS
        subject = [
            a
            for a in self.phrases.resolve(subj, state, when, role="target")
            if a.country and (envoy or a.code[len(a.country) :] in FORCE_AGENTS)
        ]
        if not subject:
            return []
        if lemma in OWNER_MOVED_VERBS:
            return subject
        if not envoy:
            return []
        own = {a.country for a in subject}
        place = self.phrases.place_in_sentence(v, state, when)
        if place is None or not place.country or place.country in own:
            return []
        return [as_country(place)]

    def targets(
        self,
        v: Token,
        match: Match,
        state: DocumentState,
        when,
        exclude: set[str],
        passive: bool,
        group: bool = False,
    ) -> tuple[list[Actor], bool, list[Token]]:
        """Target actors, whether the target is reciprocal ("each other"), and target tokens.

        ``group``: the source is several actors acting together on a reciprocal pattern; actors
        merely mentioned inside the object ("an agreement brokered by Russia") are then not
        targets, the group's members are each other's."""
        p = match.pattern
        told = told_act_judged(v, p.code, self.policy, state.events, exclude,
                               lambda act: self.event_antecedent(act, state, exclude))  # fmt: skip
        if told is not None:  # "called it unlawful", "... and Y denounced it"
            return told[0], False, told[1]
        held = [o for o in match.objects if not describes_object(o, v)]  # not "as a breach of"
        # a class of people ("welcome &VISITOR") names the target; a class of things ("ratify
        # &AGREEMENT") names what is acted on, and an actor inside it is no target
        consumed = [] if any(r.label.upper() in ACTOR_CLASSES for r in p.requirements) else match.objects
        # Candidate target phrases, most telling first; the first that names an actor wins.
        candidates: list[list[Token]] = [self.owned_forces(held, state, when, exclude)]
        prep = match.preps.get(p.target_prep) if p.target_prep else None
        prep_of_target = prep if prep is not None and prep.dep_ == "prep" and not passive else None
        if prep is not None and not (passive and prep.dep_ == "agent"):  # not "denied by X": X did
            if prep.dep_ == "xcomp":  # "urged X to join", "called on X to withdraw": X
                candidates.append([c for c in v.children if c.dep_ == "dobj"])
                candidates += [
                    children_with(other, "pobj")
                    for other in match.preps.values()
                    if other is not prep and other.dep_ != "xcomp"
                ]
            else:  # "held talks with Xi and with Erdogan": both
                candidates.append(repeated_preposition_objects(prep))
        if passive:
            patients = (
                [c for c in v.children if c.dep_ == "nsubjpass"]
                or passive_patient(v)
                or shared_patient(v)  # "were arrested and deported": the arrested
                or passive_conjunct_patient(v)  # "arrived and was received by X": who arrived
            )
            if v.dep_ == "relcl":  # "the engineer, who was arrested in Lisbon": the engineer
                patients = [v.head if c.lower_ in RELATIVE_PRONOUNS else c for c in patients]
            if not patients and reduced_passive(v):  # "civilians killed by the militia"
                patients = [v.head]
            candidates.append([c for c in patients if c not in match.objects])
        else:  # "provided Uzbekistan with aid": the object, when the "with" phrase is not an actor
            if self.policy.answers_doer(p.code):  # "condemned the shelling of X by Russia": Russia
                candidates += [children_with(b, "pobj") for o in [*children_with(v, "dobj"), v]
                               for b in children_with(o, "prep") if b.lower_ in BY_PREPS]
            candidates.append(
                [o for o in objects_of(v, state) if o not in consumed and o.dep_ in ("dobj", "conj") and o.head.i == v.i]
            )
        preps = undescribed_prepositions(v, held)
        for word in DEFAULT_TARGET_PREPS:
            prep = preps.get(word)
            if prep is not None and prep not in match.preps.values():
                candidates.append(repeated_preposition_objects(prep))
        candidates.append(children_with(v, ("dative", "iobj")))
        candidates.append(letter_addressees(v))  # "wrote to Obama asking for help": Obama
        tokens: list[Token] = []
        actors: list[Actor] = []
        meeting = self.policy.meets_at_venue(p.code)
        for toks in candidates:
            if not toks or at_venue(toks, meeting):  # "met on the sidelines of the SCO summit"
                continue
            if any(is_reciprocal(t) for t in toks) or any(
                other_party(t) and each_against_other(s) for t in toks for s in subject_of(v)[:1] if s is not None
            ):  # "each other"; "each government blames the other"
                return [], True, toks
            found = [
                a
                for t in toks
                for a in without_venues(
                    self.phrases.resolve(t, state, when, role="target", exclude=exclude), t, meeting
                )
            ]
            if found:
                tokens, actors = toks, found
                break
            if not tokens:
                tokens = toks
        if not actors and prep_of_target is not None and self.policy.takes_place_target(p.code):
            # "laid siege to Mariupol": the town the pattern's own preposition names
            place = self.phrases.place_among(repeated_preposition_objects(prep_of_target), state)
            actors = [as_country(place)] if place and place.country not in exclude else []
        if actors and not passive and not not_own_state(actors, exclude):
            # "expelled 15 Cuban diplomats from Washington": the source's own place is where
            # it acted; the object's foreign owner is the party acted on
            owners = [
                a for o in held if o.i not in state.mentions
                for a in not_own_state(self.phrases.modifier_actors(o, state, when, exclude), exclude)
                if a.span is not None
                and any(c.dep_ == "amod" and c.idx == a.span.start for c in o.children)
            ]
            if owners:
                actors, tokens = owners, held
        own_force = not passive and self.policy.is_own_force_act(p.code)
        if own_force and actors and all(own_forces(a, exclude) for a in actors):
            actors = []  # "Cuba mobilised the Cuban armed forces": its instrument, no target
        if not actors and (renamed := renamed_act(v)) is not None:
            # "X demanded ..., a request Riyadh refused": the reaction answers X
            subject = subject_of(renamed)[0]
            if subject is not None:
                actors = self.phrases.resolve(subject, state, when, role="target", exclude=exclude)
        if (
            (not actors and joint_act(v, state) or pair_acts(v, tokens))
            and p.code[:2] in JOINT_ROOTS
            and len(self.source_countries(exclude)) > 1
        ):
            # "Uzbek and Kyrgyz border guards began joint patrols": the partners act towards
            # each other, once a pair (the first named towards the later ones); so do "the two
            # leaders held talks on ...", "the two countries exchanged ambassadors"
            partners = self.sources(v, state, when, False)[0]
            if len(partners) > 1 and {a.code for a in partners} <= exclude:
                return partners[1:], False, tokens
        if (
            not actors
            and (self.policy.takes_adversary_target(p.code) or p.code[:2] in PAIR_MUTUAL_ROOTS)
            and pair_acts(v, tokens, controlled=True)
            and len(self.source_countries(exclude)) > 1
        ):
            # "both governments called up reservists", "the two armies declared a ceasefire",
            # "the two countries severed ties": a counted pair's act of war or cut in relations
            # that names no one else is aimed at each other
            return [], True, tokens
        if not actors:
            # The pattern's own object may name the target's owner: "expelled a Russian diplomat"
            for o in [o for o in held if not at_gathering([o])]:
                if any(c.dep_ == "poss" and is_reciprocal(c) for c in o.children):
                    return [], True, [o]  # "expelled each other's diplomats": each the other's
                if o.i in state.mentions:  # "joined the World Trade Organization"
                    actors.extend(
                        self.phrases.resolve(o, state, when, role="target", exclude=exclude)
                    )
                elif refers_to_organisation(o):  # "left the organisation": the one named before
                    actors.extend(
                        self.phrases.resolve(o, state, when, role="target", exclude=exclude)
                    )
                elif appellants := appellant_phrases(o, self.anaphora.event_nouns):
                    for t in appellants:  # "rejected calls from the EU": the EU
                        actors.extend(self.phrases.resolve(t, state, when, role="target", exclude=exclude))
                elif consumed and (put := put_by(o, state, when, self.phrases, exclude)):
                    actors.extend(put)  # "vetoed a British-sponsored draft": its sponsors
                elif is_named_object(o) and (consumed or o.pos_ == "PROPN"):
                    # "vetoed a Security Council draft": the Council's; a common noun an
                    # organisation's name owns names it ("admitted UN inspectors": the UN's;
                    # not a place, "the Algiers accord")
                    actors.extend(named_author(o, self.phrases, state, when, exclude) or [
                        a for a in (self.phrases.modifier_actors(o, state, when, exclude)
                                    if o.pos_ != "PROPN" else [])
                        if a.kind in NAMED_OWNER_KINDS and a.code not in exclude
                    ])
                elif (agent := self.phrases.agent_code(o, state)) is not None:
                    owners = self.phrases.modifier_actors(o, state, when, exclude)
                    if agent in FORCE_AGENTS and (
                        not owners or own_force and all(a.country in exclude for a in owners)
                    ):
                        continue  # "sent troops", "offered peacekeepers": the source's own
                    actors.extend(
                        self.phrases.resolve(o, state, when, role="target", exclude=exclude)
                    )
                else:  # "expelled a Russian diplomat", "demanded the withdrawal of French troops"
                    owners = not_located(
                        self.phrases.modifier_actors(o, state, when, exclude, preps=OBJECT_OWNER_PREPS), o
                    )
                    if p.code[:2] in self.policy.own_modifier_roots:  # "offered a Malian battalion": its own
                        owners = [a for a in owners if not (a.code == a.country and a.country in
                                                            {c[:3] for c in exclude})]
                    actors.extend(owners or object_person(o, state, exclude))  # "freed the woman"
            if passive:  # "Pakistani troops were placed on alert": the patient made the doer
                actors = [a for a in actors if a.code not in exclude]
            elif actors and p.code[:2] not in JOINT_ROOTS and any(
                pronoun_owned(o) and o.lemma_.lower() not in self.anaphora.party_nouns for o in held
            ):  # "Riyadh, Abu Dhabi and Manama withdrew their ambassadors": not a co-doer's
                # (a joint thing, "postponed their meeting", is the pair's with each other)
                # (``exclude`` holds every co-doer's code and country)
                actors = [
                    a for a in actors
                    if (a.country or a.code[:3]) not in exclude
                    and not (a.country is None and (a.resolved_by or "").startswith("agent:"))
                ]
        if not actors and not group:  # "threatened to attack South Korea", "pledged to help"
            for comp in match.preps.values():
                if comp.dep_ == "xcomp":
                    objs = [c for c in comp.children if c.dep_ in ("dobj", "dative")]
                    comp_preps = prepositions(comp, objects_of(comp, state), allow_xcomp=False)
                    for word in DEFAULT_TARGET_PREPS:  # "to break off relations with Congo"
                        prep = comp_preps.get(word)
                        if prep is not None:
                            objs += children_with(prep, "pobj")
                    for o in objs:
                        actors.extend(
                            self.phrases.resolve(o, state, when, role="target", exclude=exclude)
                        )
        if self.policy.is_reaction(p.code):  # "condemned the attack": whoever did it
            acts = [*held, *tokens, *objects_of(v, state)]  # or "the invasion of Kuwait"
            actors = victim_doers(acts, actors, state.events, exclude, self.anaphora) or actors
            for o in acts if not actors else ():
                actors = self.event_antecedent(o, state, exclude, self.policy.undoes(p.code))
                if actors:
                    break
        if characterises(v, subject_of(v)[0]):  # "This was a provocation": its doer, or none
            return actors or judged_doer(state.events, exclude), False, tokens
        if not actors and self.policy.takes_clause_target(p.code):
            # "demanded that the US cancel the sale": the addressee is the clause's subject
            for c in v.children:
                if c.dep_ == "ccomp" and free_relative(c):  # "what it called X's aggression": X
                    actors = not_own_state([
                        a for o in children_with(c, "oprd")
                        for a in self.phrases.modifier_actors(o, state, when, exclude)
                    ], exclude)
                    if actors:
                        break
                elif c.dep_ == "ccomp":
                    subj, _ = subject_of(c)
                    if subj is not None:  # not "warned that Lima would", said by Peru
                        actors = not_own_state(
                            self.phrases.resolve(subj, state, when, "target", exclude), exclude
                        )
                        if actors:
                            break
        if not actors and self.policy.takes_conditional_target(p.code):  # "... if the North did"
            for o in [o for c in [v, *children_with(v, "ccomp")] for o in condition_parties(c)]:
                found = self.phrases.resolve(o, state, when, "target", exclude)
                actors += not_own_state(found or self.phrases.modifier_actors(o, state, when, exclude), exclude)
        if not actors and not group:
            for holder in [*held, *tokens, *objects_of(v, state)]:
                if is_named_object(holder):
                    continue  # a treaty's name ("the Lisbon Protocol") is not its parties
                actors = without_venues(self.nested_targets(holder, state, when, exclude), holder, meeting)
                if actors:
                    break
        if not actors and not group:  # "accepted an invitation to visit Chile": Chile
            for o in [
                x for h in [*held, v] for x in infinitive_objects(h, DEFAULT_TARGET_PREPS)
            ]:
                actors.extend(self.phrases.resolve(o, state, when, "target", exclude))
        if not actors and not group and self.policy.judges_told_noun(p.code):
            # "Chile condemned the coup": the doer of the act just told (a conjoined clause's
            # subject first, as for any reply)
            actors = self.conjunct_subject(v, state, when, exclude) or self.judged_act_target(
                v, state, exclude
            )
        if not actors and not group and self.policy.takes_counterpart_target(p.code):
            actors = self.counterpart(v, state, exclude, when=when)
        if not actors and not group and self.policy.acts_on_shared_object(p.code):
            if (shared := shared_object(v)) is not None:  # "arrested X and seized boats"
                actors = self.phrases.resolve(shared, state, when, "target", exclude)
        if not group and match.pattern.code[:2] in MISSION_SITE_ROOTS:
            own = self.source_countries(exclude)
            # none, or only the protesters' own country ("held a rally in Seoul near the Japanese
            # Embassy", "rallied outside the US embassy", "marched, chanting against Britain")
            if all(a.country in own for a in actors):
                actors = self.mission_target(v, state, when, exclude) or adjunct_targets(
                    v, lambda t: self.phrases.resolve(t, state, when, "target", exclude), exclude
                ) or actors
        if not actors and not group and self.policy.takes_adversary_target(p.code):
            actors = self.enemy_target(v, state, when, exclude)
        if not actors and not group and self.policy.takes_border_rival(p.code):
            actors = self.border_target(v, state, when, exclude, p.code)  # "massed troops on the frontier"
        if not actors and not group and self.policy.takes_domestic_target(p.code):
            actors = self.located_target(v, state, when, exclude, p.code)
        if not actors and not group and self.policy.takes_focus_target(p.code):
            actors = self.focus_target(v, state, exclude, p.code)
        if not actors and not group and self.policy.takes_late_counterpart(p.code):
            # "Bolivia accused Paraguay ... Paraguay broke off relations", "... Peru apologised"
            actors = self.counterpart(
                v, state, exclude, named=False, when=when,
                partner=self.policy.takes_last_partner(p.code),
            )
        if not actors and not group and p.code.startswith(self.policy.presence_codes):
            actors = self.presence_target(v, state, exclude)  # "refused the inspectors entry"
        if not actors and not group and self.policy.takes_home_target(p.code):
            actors = self.home_target(v, state, exclude)
        if not actors and not group and self.policy.takes_discourse_counterpart(p.code):
            if not self.named_objects(v, match, passive):  # "ratified the START Treaty": on it
                actors = self.discourse_counterpart(v, state, when, exclude)
        return unique_actors(actors), False, tokens

    def owned_forces(self, held: list[Token], state: DocumentState, when, exclude: set[str]) -> list[Token]:
        """An armed force in the "of" phrase of an act's noun, owned by another party than the
        source ("demanded the withdrawal of Eritrean forces from Tigray": Eritrea's, not the
        place's); else []."""
        return [
            o for o in held
            if o.dep_ == "pobj" and o.head.lower_ == "of" and o.head.head.pos_ == "NOUN"
            and self.phrases.agent_code(o, state) in FORCE_AGENTS
            and (owners := self.phrases.modifier_actors(o, state, when, exclude))
            and not any(a.code in exclude or a.country in exclude for a in owners)
        ]

    def event_antecedent(self, noun: Token, state: DocumentState, exclude: set[str], own_first: bool = False) -> list[Actor]:
        """Whoever did the earlier event a definite event noun refers to ("the attack"); for a
        document no event reported ("rejected the findings"), its author: the international or
        non-governmental organisation last spoken of (``author_nouns`` in
        ``lang/en/anaphora.yaml``; ``report_author_prefixes`` of the policy: not an armed group)."""
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children):
            return []
        if noun.lemma_.lower() in self.anaphora.event_nouns and (
            named := named_doer(noun, lambda t: self.phrases.modifier_actors(
                t, state, state.actor_day, exclude, preps=BY_PREPS), exclude)
        ):  # "Russia's recognition of the regions ... condemned the recognition": Russia
            return named
        found = antecedent_actors(noun, state.events, exclude, self.anaphora, own_first)
        if found or noun.lemma_.lower() not in AUTHOR_NOUNS:
            return found
        org = state.tracker.recent(
            lambda a: self.policy.writes_reports(a.code),  # "UN investigators" too
            set(exclude),
            prefer_subject=False,
            before=noun.idx,
        )
        if org is None:
            return []
        return [replace(org, span=None, coref=False, resolved_by=f"author:{noun.lemma_}")]

    def presence_target(self, v: Token, state: DocumentState, exclude: set[str]) -> list[Actor]:
        """The international or non-governmental organisation last spoken of before ``v``, for
        an act on an international presence that names no actor (policy ``presence_codes``)."""
        org = state.tracker.recent(
            lambda a: self.policy.writes_reports(a.code), set(exclude), prefer_subject=False, before=v.idx
        )
        return [] if org is None else [replace(org, span=None, coref=False, resolved_by="presence")]

    def nested_targets(
        self, holder: Token, state: DocumentState, when, exclude: set[str]
    ) -> list[Actor]:
        """Actors inside an object: "integration between Kazakhstan and Russia", "a union formed by X"."""
        found: list[Actor] = []
        for t in holder.subtree:
            if t is holder:
                continue
            if (
                t.dep_ in ("pobj",)
                and t.head.lower_ in NESTED_TARGET_PREPS
                and not in_clause_below(t, holder)
                and not helper_agent(t, holder)
            ):
                for a in self.phrases.resolve(t, state, when, role="target", exclude=exclude):
                    if a.code not in exclude and (
                        a.country is None or a.country not in {e[:3] for e in exclude}
                    ):
                        found.append(a)
        return unique_actors(found)

    def named_objects(self, v: Token, match: Match, passive: bool) -> list[tuple[str, CharSpan]]:
        """Named things acted upon (treaties, agreements): one entry per coordinated name."""
        heads = list(match.objects) or [o for o in direct_objects(v) if o.dep_ == "dobj"]
        if passive:
            heads += [c for c in v.children if c.dep_ == "nsubjpass"]
        for prep in match.preps.values():
            if prep.dep_ != "xcomp":
                heads += [c for c in prep.children if c.dep_ == "pobj" and is_named_object(c)]
        named: list[tuple[str, CharSpan]] = []
        seen: set[int] = set()
        for h in heads:
            for t in coordinated(h):
                if t.i in seen or not is_named_object(t):
                    continue
                seen.add(t.i)
                toks = [x for x in np_tokens(t) if x.dep_ not in ("det", "punct") or x.i > t.i]
                toks = [x for x in toks if x.dep_ != "det"]
                while toks and toks[-1].dep_ == "punct":
                    toks.pop()
                if toks:
                    named.append(
                        (
                            " ".join(x.text for x in toks).replace(" ( ", " (").replace(" )", ")"),
                            char_span(toks),
                        )
                    )
        return named


def own_forces(a: Actor, exclude: set[str]) -> bool:
    """Whether ``a`` is an armed force (``force_agents``) of the source's own country."""
    return a.kind == "agent" and bool(a.country) and a.country in exclude and a.code[3:] in FORCE_AGENTS
