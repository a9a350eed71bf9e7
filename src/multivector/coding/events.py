"""From a parsed sentence to events: the orchestration of the coder's stages.

For each candidate predicate (a verb or event noun; :mod:`~multivector.coding.predicates`) in a
sentence, :class:`EventExtractor`:

1. checks **modality** (:mod:`~multivector.coding.modality`): negated, hypothetical,
   wanted-but-not-done acts are not coded; "would"/"will" turn an act into a stated intention;
2. finds the **most specific pattern** of the predicate whose requirements the dependency parse
   satisfies (:mod:`~multivector.coding.predicates`);
3. dates the event (:mod:`~multivector.coding.event_dates`);
4. finds the **source** and **target** phrases (:mod:`~multivector.coding.arguments`) and
   resolves them to actors (:mod:`~multivector.coding.phrases`), with named objects;
5. applies the ontology's policy (targets required, intention and threat re-coding) and builds
   one event per source x target with the rule that fired (:mod:`~multivector.coding.build`).

Then the learned checks (:mod:`~multivector.coding.verification`) give targetless events the
target a ranker finds probable, and drop the events a verifier finds improbable.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from multivector.coding import carriers, mediation, nominals, participants
from multivector.coding.accidents import accidental
from multivector.coding.actors import ActorLexicon
from multivector.coding.arguments import ArgumentFinder
from multivector.coding.aspects import ASPECT_VERBS, StandIns
from multivector.coding.background import Background
from multivector.coding.breakdowns import breakdown
from multivector.coding.build import build_events
from multivector.coding.claims import claimed_acts
from multivector.coding.complements import deferral, permitted_acts, undeferred
from multivector.coding.conjuncts import conjunct_acts
from multivector.coding.crowds import by_subject
from multivector.coding.culpability import culpable
from multivector.coding.declines import DECLINE_RULE, declined_comment
from multivector.coding.dictionary import Dictionaries, EventPattern, names_object
from multivector.coding.event_dates import (
    SentenceDates,
    actor_day,
    advance_narrative,
    as_date,
    event_date,
    read_dates,
)
from multivector.coding.focus_targets import focus_targets
from multivector.coding.followers import followed
from multivector.coding.generic import GenericActors, generic_actors
from multivector.coding.issues import IssueWords, issue_code
from multivector.coding.joint_operations import joint_force_acts
from multivector.coding.mass_killings import mass_killing, victim_words
from multivector.coding.modality import (
    CODED_STATUSES,
    EventAnaphora,
    Modality,
    conditional,
    decided_measure,
    modality_status,
    obligation_pattern,
    recode,
    refusal_pattern,
)
from multivector.coding.offers import offered_code
from multivector.coding.orders import ordering_governor
from multivector.coding.own_people import own_people
from multivector.coding.page_pairs import partner_targets, partners_at
from multivector.coding.pair_codes import pair_recoder
from multivector.coding.pairing import pair_up
from multivector.coding.performatives import performative
from multivector.coding.phrases import PhraseResolver
from multivector.coding.predicates import (
    Match,
    accusation,
    consequence_of_force,
    in_event_context,
    index_tokens,
    instrument,
    lemma_hashes,
    match_patterns,
    rejected_request,
    requested_act,
)
from multivector.coding.reports import STATE_SOURCE, reported_accusations
from multivector.coding.requests import requested_by
from multivector.coding.responsibility import responsibility_accusations
from multivector.coding.schedules import scheduled
from multivector.coding.second_opinion import SecondOpinion, uncoded_verbs
from multivector.coding.sentence_end import finish_sentence
from multivector.coding.state import DocumentState, Trace, any_within, objects_of, unmade_outcome
from multivector.coding.verdicts import verdict
from multivector.coding.verification import Verification
from multivector.coding.verifier.sources import NO_SOURCE, no_source
from multivector.model import Event
from multivector.ontology import Ontology

__all__ = ["DocumentState", "EventAnaphora", "EventExtractor", "Modality", "Trace"]

# At most this many events from one sentence: a sentence listing 150 actors on each side would
# otherwise make 22,000 pairs; the rest are cut with a warning (docs/architecture.md).
MAX_EVENTS_PER_SENTENCE = 64
# Trace outcomes that mean modality (or the discourse) ruled a predicate out: no proposal then.
PERMITTED = "not coded: the act a coded permission lets happen (its content)"
BLOCKING_OUTCOMES = ("not coded", "deferred", "a consequence", "discarded")


class EventExtractor:
    """Codes the sentences of one parsed document into events."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        lexicon: ActorLexicon,
        ontology: Ontology,
        modality: Modality,
        anaphora: EventAnaphora | None = None,
        coref_at_mention: bool = True,
        second_opinion: SecondOpinion | None = None,
        max_events_per_sentence: int = MAX_EVENTS_PER_SENTENCE,
        verification: Verification | None = None,
    ) -> None:
        self.dictionaries = dictionaries
        self.victims = victim_words(dictionaries.events.classes)  # unarmed victims' words, once
        self.second_opinion = second_opinion
        self.stand_ins = StandIns(dictionaries.events)  # aspectual verbs' borrowed patterns
        self.verification = verification
        self.max_events_per_sentence = max_events_per_sentence
        self.lexicon = lexicon
        self.ontology = ontology
        self.modality = modality
        self.anaphora = anaphora or EventAnaphora({})
        self.policy = ontology.policy
        self._hashes: dict | None = None  # lemma and label hashes, built on first document
        self.issues = IssueWords.bundled()  # what protests and demands are about
        self.background = Background.bundled()  # predicates that report no event
        self._known_codes: frozenset[str] | None = None
        self.deferred: dict[int, int] = {}  # this sentence's governors deferred to a complement
        self.sentence_codes: set[str] = set()
        # Provenance of coreferent actors: the mention's own words and span ("he"), or, for
        # coders that post-process by position (PETRARCH's), the antecedent's.
        self.phrases = PhraseResolver(lexicon, coref_at_mention, policy=self.policy)
        self.use_generic(generic_actors(ontology.policy, lexicon))
        self.arguments = ArgumentFinder(self.phrases, self.anaphora, self.policy)

    def use_generic(self, stage: GenericActors | None) -> None:
        """Attribute countries to generic actors with ``stage`` (coding/generic.py), or not
        (None: a generic actor takes only a dictionary place of its sentence, and every event
        with a countryless one is kept, as PETRARCH codes them: "---REB")."""
        self.generic = stage
        self.phrases.generic = stage

    # ------------------------------------------------------------------ documents
    def index_document(self, doc: Doc, state: DocumentState) -> None:
        """Find, once per document and in bulk, the tokens the per-sentence rules look at:
        words with event patterns (or speech verbs) and noun phrases that may name an actor.
        Most tokens are neither, and are never turned into Python objects."""
        if len(doc) == 0:
            return
        if self._hashes is None:
            m = self.modality
            verbs = set(self.dictionaries.events.verbs) | m.speech_verbs | m.wish_governors
            verbs |= ASPECT_VERBS.keys()  # "commenced operations": read through its object
            self._hashes = lemma_hashes(doc.vocab.strings, verbs, self.dictionaries.events.nouns)
        state.predicates, state.noun_phrases = index_tokens(doc, self._hashes)

    # ------------------------------------------------------------------ sentences
    def code_sentence(
        self,
        sent: Span,
        sentence_id: int,
        state: DocumentState,
        new_paragraph: bool,
        text: str | None = None,
    ) -> tuple[list[Event], list[Trace]]:
        """Code one sentence of the document ``state`` describes (``text``: its stripped text)."""
        traces: list[Trace] = []
        events: list[Event] = []
        state.sentence_text = text if text is not None else sent.text.strip()
        state.sentence = sent
        low = state.sentence_text.lower()
        if new_paragraph and state.doc_date is None:
            state.narrative = state.last_day = None
        state.tracker.new_sentence(new_paragraph)
        dates = read_dates(sent, state, new_paragraph)
        state.actor_day = actor_day(dates, state)
        if any(d in low for d in self.dictionaries.discards):
            traces.append(
                Trace(state.sentence_text[:30], "", "discarded: sentence contains a discard phrase")
            )
            self.phrases.note_until(sent, sent.end, state)
            advance_narrative(dates, state)
            return events, traces
        doc = sent.doc
        lo = bisect.bisect_left(state.predicates, sent.start)
        hi = bisect.bisect_left(state.predicates, sent.end)
        lexicon = self.dictionaries.events
        self.deferred, coded = {}, set()  # governors deferred to their complement; coded tokens
        permitted: set[int] = set()  # acts a coded permission lets happen (not coded again)
        self.sentence_codes: set[str] = set()  # codes this sentence's predicates were coded with
        unsourced: list[Event] = []  # acts with no source found, kept for the source ranker
        keep_sourceless = self.verification is not None and self.verification.keeps_sourceless
        for i in state.predicates[lo:hi]:
            tok = doc[i]
            obligation = obligation_pattern(
                tok, self.modality, self.policy, lambda c: self._act_code(c, state)
            ) or culpable(tok, self.modality, self.policy)  # "said X should be prosecuted"
            obligation = obligation or verdict(tok, self.modality, self.policy)  # "was rigged"
            if obligation is not None:
                noun, forced = False, obligation
            elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon.verbs:
                noun, forced = False, None
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lexicon.nouns:
                noun, forced = True, None
            else:
                continue
            if i in permitted:
                traces.append(Trace(tok.text, tok.lemma_.lower(), PERMITTED))
                continue
            self.phrases.note_until(sent, tok.i, state)
            # only the sentence's own predicates keep an act with no source (for the source
            # ranker): the other paths (proposals, deferrals) go on looking for a sourced one
            found, trace = self._code_predicate(
                tok, sent, sentence_id, state, dates, noun, forced, keep_sourceless=keep_sourceless
            )
            if found and found[0].source.code == NO_SOURCE:  # for the source ranker alone
                unsourced.extend(found)
                traces.append(trace)
                continue
            events.extend(found)
            self.sentence_codes.update(e.cameo for e in found)
            events.extend(reported_accusations(self, tok, found, sent, sentence_id, state, dates))
            events.extend(claimed_acts(self, tok, found, sent, sentence_id, state, dates))
            traces.append(trace)
            coded.update([tok.i] if found else [])
            permitted |= permitted_acts(tok, found)
        events.extend(responsibility_accusations(self, sent, sentence_id, state, dates))
        events.extend(undeferred(self, coded, sent, sentence_id, state, dates, traces))
        events.extend(conjunct_acts(self, coded, sent, sentence_id, state, dates, events, traces))
        events.extend(joint_force_acts(self, events, sent, state))
        events.extend(followed(self, sent, sentence_id, state, dates, events, traces))
        if self.second_opinion is not None:  # a proposal, or one act besides the rules'
            events.extend(self._propose(sent, sentence_id, state, dates, traces, events, coded))
        self.phrases.note_until(sent, sent.end, state)
        advance_narrative(dates, state)
        events = finish_sentence(
            sent, sentence_id, events, unsourced, state, traces,
            self.verification, self.policy, self.max_events_per_sentence,
        )  # fmt: skip
        return events, traces

    # ------------------------------------------------------------------ stages
    def _modality(self, v: Token) -> str:
        """'realis', 'intent', 'threat', or why the act did not happen (replaceable per coder)."""
        if performative(v) or declined_comment(v):  # "I will not comment": done, not negated
            return "realis"
        order = ordering_governor(v)  # "ordered its troops to withdraw": as the order
        return modality_status(v if order is None else order, self.modality)

    def _match(
        self, v: Token, state: DocumentState, kind: str = "verb", nested: bool = False
    ) -> Match | None:
        events = self.dictionaries.events
        patterns = events.patterns_for(v.lemma_.lower(), kind)
        choose = None
        if self.second_opinion is not None and len(patterns) > 1:
            choose = self.second_opinion.chooser(state.sentence or v.sent)
        match = match_patterns(v, patterns, objects_of(v, state), choose)
        if match is None and kind == "verb" and (aspect := self.stand_ins.patterns(v)):
            match = match_patterns(v, aspect, objects_of(v, state))  # "began operations against"
        if match is None:
            return None
        if not nested:
            # "asked the council to send peacekeepers": an appeal for that kind of act;
            # "rejected a request to interrogate": a refusal of it

            def act(a: Token) -> Match | None:
                return self._match(a, state, nested=True)

            match = requested_act(v, match, act, self.policy, self._codes())
            match = rejected_request(v, match, act, self.policy, self._codes())
            match = accusation(v, match, act, self.policy, self._codes())
        # "a suicide bomber killed": the instrument first, else an aircraft as the subject,
        # else a killing of many civilians
        refined = instrument(v, match, self.policy)
        if refined is match:
            refined = by_subject(v, match, self.policy)
        if refined is match:
            refined = mass_killing(v, match, self.policy, self.victims)
        return refined

    def _act_code(self, v: Token, state: DocumentState) -> str | None:
        """The code of the act the clause verb ``v`` states, when a pattern of it fits."""
        if v.lemma_.lower() not in self.dictionaries.events.verbs:
            return None
        match = self._match(v, state)
        return match.pattern.code if match is not None else None

    def _event_object(self, v: Token, state: DocumentState) -> Token | None:
        """The event noun with a fitting pattern that is the object of the light verb ``v``
        (or modifies it: "a mediation mission"), or None."""
        nouns = self.dictionaries.events.nouns
        for n in carriers.carried_nouns(v):
            if n.lemma_.lower() in nouns and self._match(n, state, "noun") is not None:
                return n
        return None

    def _coded(self, state: DocumentState) -> Callable[[Token], bool]:
        """Whether a pattern of a verb fits (a gerund a joining verb's "in" phrase names)."""
        return lambda t: self._match(t, state) is not None

    def _issue_code(self, v: Token, code: str) -> str | None:
        """The four-digit code of a protest, demand or concession whose clause names its issue
        (coding/issues.py), or None."""
        p = self.policy
        if code not in p.issue_codes:
            return None
        return issue_code(v, code, self.issues, p.issue_codes, p.issue_digits, self._codes())

    def _codes(self) -> frozenset[str]:
        """The ontology's event codes (worked out once)."""
        if self._known_codes is None:
            self._known_codes = frozenset(self.ontology.codes())
        return self._known_codes

    def _propose(
        self,
        sent: Span,
        sentence_id: int,
        state: DocumentState,
        dates: SentenceDates,
        traces: list[Trace],
        beside: list[Event] | None = None,
        coded: set[int] | None = None,
    ) -> list[Event]:
        """The classifier's event for a sentence no pattern coded, or one more act beside the
        rules' events ``beside`` on a verb they did not code (``coded``; see second_opinion.py)."""
        opinion = self.second_opinion
        if opinion is None:
            return []
        if not any_within(state.noun_phrases, sent) and not any(
            i in state.mentions for i in range(sent.start, sent.end)
        ):
            return []  # no phrase of this sentence can name an actor
        if next(uncoded_verbs(sent, coded or ()), None) is None:
            return []  # no verb (left) to propose an event on: the classifier need not be asked
        pattern = (
            opinion.addition(sent, {e.cameo[:2] for e in beside})
            if beside
            else opinion.proposal(sent)
        )
        if pattern is None:
            return []
        blocked = [t.lemma for t in traces if t.outcome.startswith(BLOCKING_OUTCOMES)]
        tried = [t.lemma for t in traces if t.unmade]
        if opinion.blocked(pattern, blocked, self.dictionaries.events, tried):
            return []  # modality (or the rules) said no to this act: never overridden
        for v in opinion.candidates(sent, self.modality.speech_verbs, coded or ()):
            self.phrases.note_until(sent, v.i, state)
            found, trace = self._code_predicate(
                v, sent, sentence_id, state, dates, noun=False, forced=pattern
            )
            traces.append(trace)
            if found and not (found := opinion.accepted(found)):
                trace.outcome += "; the proposal is kept only with a target actor"
            if found or trace.outcome.startswith(("not coded", "coded")):
                return found
        return []

    def _code_predicate(
        self,
        v: Token,
        sent: Span,
        sentence_id: int,
        state: DocumentState,
        dates: SentenceDates,
        noun: bool,
        forced: EventPattern | Match | None = None,
        defer: bool = True,
        keep_sourceless: bool = False,  # an act with no source found kept for the source ranker
    ) -> tuple[list[Event], Trace]:
        lemma = v.lemma_.lower()
        trace = Trace(v.text, lemma, "")
        policy = self.policy
        held = nominals.carrier(v) if noun else None  # "the conclusion of the mediation"
        light = (
            (
                carriers.light_verb(v, carriers.LIGHT_VERBS)
                or carriers.attributing_verb(v)
                or (carriers.light_verb(held, carriers.LIGHT_VERBS) if held is not None else None)
            )
            if noun
            else None
        )
        if light is not None and _names_object(self._match(light, state)):
            trace.outcome = f"the light verb '{light.text}' has a pattern for this object"
            return [], trace
        clause = nominals.clause_of(v) if noun and light is None else None
        if noun and light is None and (halt := breakdown(v, policy.breakdown_code)) is not None:
            forced, clause = halt  # "the talks collapsed", "a summit, which ended without ...": 164
        if noun and light is None:
            if clause is None and not (
                in_event_context(held or v)
                or mediation.in_context(v)
                or nominals.agented(v)
                or nominals.sequel(v) is not None
            ):
                trace.outcome = (
                    "event noun not in an event context (during/after/at ..., a subject, or"
                    " the object of a light verb)"
                )
                return [], trace
            intent = threat = refused = False
            status = "realis"
            why = nominals.unrealised(v, None if forced else clause, self.modality.negating_determiners)
            if why is not None:  # "the talks were postponed" (not "the talks collapsed": forced)
                trace.outcome = f"not coded: the event noun is {why}"
                return [], trace
            if clause is not None:  # "the talks took place", "the talks may resume"
                status = self._modality(clause)
                if status not in CODED_STATUSES:
                    trace.outcome = f"not coded: the clause of the event noun is {status}"
                    return [], trace
                intent, threat, refused = (status == k for k in ("intent", "threat", "refused"))
        else:  # a verb, or an event noun carried by a light verb: the verb's modality
            status = self._modality(light if light is not None else v)
            if status not in CODED_STATUSES:
                trace.outcome = f"not coded: {status}"
                return [], trace
            intent = status == "intent"
            threat = status == "threat"
            refused = status == "refused"
        if forced is None and not noun and declined_comment(v):  # "I will not comment": 011
            forced = EventPattern(v.lemma_.lower(), (), self.policy.decline_code, DECLINE_RULE)
        match = (
            forced if isinstance(forced, Match) else Match(forced, [], {})
            if forced is not None
            else self._match(v, state, "noun" if noun else "verb")
        )
        if match is None or refused and policy.refusal_code(match.pattern.code) is None:
            # "will not pay", "would not accept the deal": a rejection of compliance
            fallback = (
                None
                if noun or not refused
                else refusal_pattern(v, self.modality, policy.refusal_default)
            )
            if fallback is not None:
                match = Match(fallback, [], {})
        if match is None:
            trace.outcome = "no pattern of this word fits the sentence"
            return [], trace
        pattern = match.pattern
        act = lambda t: self._act_code(t, state)  # noqa: E731 (the code of another verb's act)
        if not noun and (why := self.background.reason(v, pattern, act)) is not None:
            trace.outcome = f"not coded: {why}"
            return [], trace
        if not noun and policy.harms_by_accident(pattern.code) and accidental(v):
            trace.outcome = "not coded: harm done by an accident, no one's act (accident_nouns)"
            return [], trace
        if (
            not noun
            and forced is None
            and not _names_object(match)
            and (
                lemma in carriers.LIGHT_VERBS and self._event_object(v, state) is not None
                or carriers.joins_in_act(v, self.dictionaries.events.nouns, self._coded(state))
            )
        ):
            trace.outcome = "deferred to its object, an event noun ('joined X in a protest')"
            return [], trace
        if status == "agreed":
            intent = not policy.agreeing_is_doing(pattern.code)  # "agreed to lift": done
        if intent and not noun and scheduled(v, pattern.code, policy.scheduled_roots):
            intent = False  # "will impose duties from Tuesday": decided, not intended
        intent = intent and not decided_measure(v, pattern.code, self.modality, policy)  # proceed27 hook
        if (
            intent
            and not noun
            and conditional(v, self.modality)
            and policy.threatens_under_condition(pattern.code)
        ):
            intent, threat = False, True  # "will boycott the vote unless ..."
        attempted = status == "attempted"
        if attempted and policy.attempt_code(pattern.code) is None:
            trace.outcome = f"not coded: attempted, and an attempt at {pattern.code} is no event"
            return [], trace
        if (
            refused
            and policy.refusal_code(pattern.code) is None
            and pattern.code != policy.refusal_default
        ):
            trace.outcome = f"not coded: refused, and refusing {pattern.code} is not an event"
            return [], trace
        if not noun:
            restated = consequence_of_force(
                v, pattern, lambda head: self._match(head, state), policy.place_target_roots
            )
            if restated:
                trace.outcome = restated
                return [], trace
        if not noun and defer and (complement := deferral(self, v, match, forced, state)):
            trace.outcome = f"deferred to its complement '{complement.text}' (coded in its place)"
            self.deferred[v.i] = complement.i
            return [], trace
        date = event_date(light or v, dates, state, announced=intent or threat or refused)
        when = as_date(date) or state.doc_date  # whose term: the event's date, else the document's

        found = participants.find_sources(
            self, v, light, noun, match, sentence_id, state, when,
            intent=intent, refused=refused, forced=forced,
        )
        if isinstance(found, str) and found.endswith(participants.NO_SOURCE_FOUND) and keep_sourceless:
            found = participants.Participants([no_source()])  # the source ranker fills it or drops it
        if isinstance(found, str):
            trace.outcome = found
            return [], trace
        sources, parties, passive = found.sources, found.parties, found.passive
        targets, reciprocal = participants.find_targets(self, v, light, noun, match, found, state, when)
        objects = self.arguments.named_objects(v, match, passive)

        code, rule = recode(
            pattern.code, pattern.rule, intent, threat, self.modality, policy, refused
        )
        if intent and (offer := offered_code(v, pattern.code, policy.offered_codes)):
            code, rule = offer, f"{rule} +offered"  # "offered to send troops": 0334
        if attempted:
            code, rule = policy.attempt_code(code) or code, f"{rule} +attempted"
        if refused and not targets and not parties and not reciprocal:
            # "would not negotiate": the refusal, a reply, answers the other side
            targets = self.arguments.declined_act_target(v, state, sources, code, when)
        if (issue := self._issue_code(v, code)) is not None:
            code, rule = issue, f"{rule} +issue"
        if self.second_opinion is not None:
            code, rule = self.second_opinion.refine(sent, code, rule, self.sentence_codes)
        if passive:
            rule += " +passive"
        if found.implicit:
            rule += " " + STATE_SOURCE
        pairs = pair_up(sources, targets, reciprocal, pattern.reciprocal, code, policy)
        focus = self.generic.focus(v.doc, state.mentions, state.generic) if self.generic else None
        pairs = focus_targets(partner_targets(pairs, sources, partners_at(state.partners, v.i)), focus)
        if parties and not any(t is not None for _, t in pairs):  # the parties, each other
            pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]]
        if forced is not None and pattern.code[:2] in {
            c[:2] for c in policy.obligation_codes.values()
        }:
            # "said the talks should resume": an obligation laid on no actor is no appeal
            pairs = [(s, t) for s, t in pairs if t is not None]
        if pairs and self.generic is not None:
            rules = self.generic.rules  # "arrested people": the police's own (own_people.py)
            homed = own_people(pairs, rules.own_people_agents, code, rules.source_roots)
            pairs = [(s, t) for s, t in homed if self.generic.keeps(s, t, code)]
            if not pairs:
                trace.outcome = unmade_outcome(
                    pattern.rule,
                    "a generic actor with no country found, and no"
                    " named actor on the other side of an event the policy allows (not coded)",
                )
                return [], trace
        if not pairs:
            trace.outcome = unmade_outcome(pattern.rule, "no target actor or named object (not an interaction)")
            return [], trace
        own = date.iso if date is not None and date.how == "explicit" else None
        if noun and light is None and clause is None and nominals.told_before(code, pairs, state, own):
            trace.outcome = unmade_outcome(pattern.rule, "the event noun refers back to an act already coded")
            return [], trace
        events = build_events(
            self.ontology, v, sent, sentence_id, state, date, code, rule, pairs, objects,
            pair_recoder(v, pattern, policy, self.modality),
        )
        if sources[0].code == NO_SOURCE:  # kept for the source ranker, which fills or drops it
            trace.outcome = unmade_outcome(pattern.rule, f"{participants.NO_SOURCE_FOUND} (left to the source ranker)")
            return events, trace
        if self.second_opinion is not None:  # the classifier's veto on a weak rule
            # modality's codes (an obligation, wish, intention ...) are never overridden
            decided = forced is not None or intent or threat or refused or attempted
            events = self.second_opinion.review(sent, pattern, noun, decided, events, trace)
            if not events:
                return [], trace
        if not (intent or threat or refused) and sources[0].code != NO_SOURCE:
            events += requested_by(
                self.phrases, self.ontology, light or v, sent, sentence_id, state, date, code, sources
            )
        trace.outcome = f"coded {len(events)} event(s) by {rule}"
        return events, trace


def _names_object(match: Match | None) -> bool:
    """Whether ``match``'s pattern names an object ("impose &SANCTION", not "give to")."""
    return match is not None and names_object(match.pattern.requirements, after_prep=True)
