"""From a parsed sentence to events: predicates, patterns, arguments, modality, dates.

For each verb (and event noun) in a sentence, :class:`EventExtractor`:

1. checks **modality**: negated, hypothetical, wanted-but-not-done acts are not coded; "would"/
   "will" turn an act into a stated intention (CAMEO 03/13);
2. finds the **most specific pattern** of the verb's lemma whose requirements (particles,
   prepositions, object words or classes) the dependency parse satisfies;
3. finds the **source** (the subject; the "by" agent of a passive; inherited through
   coordination, control and subordinate clauses) and the **target** (the preposition the
   pattern names, else the direct object, else a with/to/against/on phrase, else an actor
   inside the object: "integration between Kazakhstan and Russia");
4. resolves both to actors (:mod:`multivector.coding.actors`, :mod:`multivector.coding.coref`),
   expands compounds (one event per source x target), and records named objects (treaties);
5. dates the event (:mod:`multivector.coding.dates`) and records the rule that fired.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from spacy import symbols
from spacy.attrs import DEP, LEMMA, POS
from spacy.tokens import Doc, Span, Token

from multivector.coding.actors import (
    PRONOUNS,
    STATE_AGENTS,
    ActorLexicon,
    Mention,
    actor_from_entry,
    char_span,
)
from multivector.coding.coref import SalienceTracker, as_country, unique_actors
from multivector.coding.dates import DateValue, is_date_like, parse_date_expression
from multivector.coding.dictionary import Dictionaries, EventPattern
from multivector.coding.modality import EventAnaphora, Modality
from multivector.coding.syntax import (
    agent_of,
    coordinated,
    definite,
    direct_objects,
    grammar_words,
    is_named_object,
    is_reciprocal,
    lemma_in,
    np_core,
    np_text,
    np_tokens,
    numbered,
    origin_actor_token,
    prepositions,
    subject_of,
    words,
)
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan
from multivector.ontology import Ontology

# Where a target comes from, and which acts need one (CAMEO roots; policy, not language data).
# A statement or consultation with no addressee and nothing named is not an interaction.
TARGET_REQUIRED_ROOTS = frozenset({"01", "04"})
TARGET_OPTIONAL_CODES = frozenset({"016"})  # a denial is an event even with no one addressed
# Verbal acts whose addressee may be the subject of their clause ("urged that Iran stop").
CLAUSE_TARGET_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# Material conflict with no actor target: the country where it happened is the target.
PLACE_TARGET_ROOTS = frozenset({"18", "19", "20"})

DEFAULT_TARGET_PREPS = grammar_words()["default_target_prepositions"]
NESTED_TARGET_PREPS = words("nested_target_prepositions")
NOUN_EVENT_PREPS = words("event_noun_prepositions")
CONTENT_PREPS = words("content_prepositions")
PLACE_PREPS = words("place_prepositions")
ORG_WORDS = words("organization_nouns")
PEOPLE_COUNTS = words("people_counts")
QUANTITY_NOUNS = words("quantity_nouns")
GROUP_WORDS = words("group_nouns")
VERBAL_POS = frozenset({symbols.VERB, symbols.AUX})
NOMINAL_POS = frozenset({symbols.NOUN, symbols.PROPN})
NOTE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "ROOT", "attr"}
)


@dataclass(slots=True)
class DocumentState:
    """What the coder remembers while it reads one document."""

    doc_id: str
    doc_date: dt.date | None
    mentions: dict[int, Mention]
    tracker: SalienceTracker = field(default_factory=SalienceTracker)
    narrative: DateValue | None = None
    cursor: int = 0  # tokens before this index have been noted for coreference
    sentence_text: str = ""  # the sentence being coded
    agents: dict[int, str | None] = field(default_factory=dict)  # role-noun codes by token
    objects: dict[int, list[Token]] = field(default_factory=dict)  # direct objects by token
    predicates: list[int] = field(default_factory=list)  # tokens whose lemma has patterns
    noun_phrases: list[int] = field(default_factory=list)  # heads that may name an actor
    events: list[Event] = field(default_factory=list)  # coded so far, for "the attack"
    dates_by_sentence: dict[int, list[Span]] = field(default_factory=dict)


@dataclass(slots=True)
class Trace:
    """Why a predicate was or was not coded (for ``multivector explain``)."""

    token: str
    lemma: str
    outcome: str


@dataclass(slots=True)
class _Match:
    pattern: EventPattern
    objects: list[Token]  # tokens consumed by object requirements
    preps: dict[str, Token]  # preposition word -> prep token (or xcomp verb for "to")


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
    ) -> None:
        self.dictionaries = dictionaries
        self.lexicon = lexicon
        self.ontology = ontology
        self.modality = modality
        self.anaphora = anaphora or EventAnaphora({}, frozenset())
        self._hashes: dict | None = None  # lemma and label hashes, built on first document
        # Provenance of coreferent actors: the mention's own words and span ("he"), or, for
        # coders that post-process by position (PETRARCH's), the antecedent's.
        self.coref_at_mention = coref_at_mention

    # ------------------------------------------------------------------ documents
    def index_document(self, doc: Doc, state: DocumentState) -> None:
        """Find, once per document and in bulk, the tokens the per-sentence rules look at:
        words with event patterns (or speech verbs) and noun phrases that may name an actor.
        Most tokens are neither, and are never turned into Python objects."""
        if len(doc) == 0:
            return
        hashes = self._lemma_hashes(doc.vocab.strings)
        arr = doc.to_array([LEMMA, POS, DEP]).tolist()
        verbs, nouns, note_deps, nsubj = (
            hashes["verbs"],
            hashes["nouns"],
            hashes["note_deps"],
            hashes["nsubj"],
        )
        state.predicates = [
            i
            for i, (lemma, pos, _) in enumerate(arr)
            if (pos in VERBAL_POS and lemma in verbs) or (pos in NOMINAL_POS and lemma in nouns)
        ]
        state.noun_phrases = [
            i
            for i, (_, pos, dep) in enumerate(arr)
            if (pos in NOMINAL_POS and dep in note_deps) or (pos == symbols.PRON and dep == nsubj)
        ]

    def _lemma_hashes(self, strings) -> dict:
        cached = self._hashes
        if cached is None:
            words = set(self.dictionaries.events.verbs) | set(self.modality.speech_verbs)

            def variants(ws):
                return [h for w in ws for h in (strings.add(w), strings.add(w.capitalize()))]

            cached = {
                "verbs": frozenset(variants(words)),
                "nouns": frozenset(variants(self.dictionaries.events.nouns)),
                "note_deps": frozenset(strings.add(d) for d in NOTE_DEPS),
                "nsubj": strings.add("nsubj"),
            }
            self._hashes = cached
        return cached

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
        low = state.sentence_text.lower()
        if new_paragraph and state.doc_date is None:
            state.narrative = None
        state.tracker.new_sentence()
        dates = self._sentence_dates(sent, state)
        if any(d in low for d in self.dictionaries.discards):
            traces.append(
                Trace(state.sentence_text[:30], "", "discarded: sentence contains a discard phrase")
            )
            self._note_until(sent, sent.end, state)
            self._advance_narrative(dates, state)
            return events, traces
        doc = sent.doc
        lo = bisect.bisect_left(state.predicates, sent.start)
        hi = bisect.bisect_left(state.predicates, sent.end)
        for i in state.predicates[lo:hi]:
            tok = doc[i]
            obligation = self._obligation_pattern(tok)
            if obligation is not None:
                self._note_until(sent, tok.i, state)
                found, trace = self._code_predicate(
                    tok, sent, sentence_id, state, dates, noun=False, forced=obligation
                )
                events.extend(found)
                traces.append(trace)
            elif (
                tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.dictionaries.events.verbs
            ):
                self._note_until(sent, tok.i, state)
                found, trace = self._code_predicate(
                    tok, sent, sentence_id, state, dates, noun=False
                )
                events.extend(found)
                traces.append(trace)
            elif (
                tok.pos_ in ("NOUN", "PROPN")
                and tok.lemma_.lower() in self.dictionaries.events.nouns
            ):
                self._note_until(sent, tok.i, state)
                found, trace = self._code_predicate(tok, sent, sentence_id, state, dates, noun=True)
                events.extend(found)
                traces.append(trace)
        self._note_until(sent, sent.end, state)
        self._advance_narrative(dates, state)
        events = _dedupe(events)
        state.events.extend(events)
        return events, traces

    # ------------------------------------------------------------------ predicates
    def _obligation_pattern(self, v: Token) -> EventPattern | None:
        """A demand or appeal stated as an obligation: "said that China must drop barriers"."""
        if v.pos_ != "VERB" or v.lemma_.lower() not in self.modality.speech_verbs:
            return None
        for c in v.children:
            if c.dep_ != "ccomp":
                continue
            for a in c.children:
                word = a.lower_
                if (
                    a.dep_ == "aux"
                    and word in ("has", "have")
                    and any(x.lower_ == "to" for x in c.children)
                ):
                    word = f"{word} to"
                if a.dep_ == "aux" and word in self.modality.obligation_codes:
                    code = self.modality.obligation_codes[word]
                    return EventPattern(
                        head=v.lemma_.lower(),
                        requirements=(),
                        code=code,
                        rule=f"modality.yaml obligation '{word}' under '{v.lemma_.lower()}'",
                    )
        return None

    def _code_predicate(
        self,
        v: Token,
        sent: Span,
        sentence_id: int,
        state: DocumentState,
        dates,
        noun: bool,
        forced: EventPattern | None = None,
    ) -> tuple[list[Event], Trace]:
        lemma = v.lemma_.lower()
        trace = Trace(v.text, lemma, "")
        if noun:
            if not (v.dep_ == "pobj" and v.head.lower_ in NOUN_EVENT_PREPS) and v.dep_ not in (
                "nsubj",
                "nsubjpass",
            ):
                trace.outcome = (
                    "event noun not in an event context (during/after/at ..., or a subject)"
                )
                return [], trace
            intent = threat = False
        else:
            status = self._modality(v)
            if status not in ("realis", "intent", "threat"):
                trace.outcome = f"not coded: {status}"
                return [], trace
            intent = status == "intent"
            threat = status == "threat"
        if forced is not None:
            match = _Match(forced, [], {})
        else:
            match = self._match(
                v, self.dictionaries.events.patterns_for(lemma, "noun" if noun else "verb"), state
            )
        if match is None:
            trace.outcome = "no pattern of this word fits the sentence"
            return [], trace
        pattern = match.pattern
        if not noun and self._consequence_of_force(v, pattern, state):
            trace.outcome = (
                f"a consequence of the attack coded on '{v.head.text}', not another event"
            )
            return [], trace
        complement = match.preps.get("to")
        if (
            not noun
            and complement is not None
            and complement.dep_ == "xcomp"
            and (lemma in self.modality.intent_governors or lemma in self.modality.threat_governors)
            and self._match(
                complement, self.dictionaries.events.patterns_for(complement.lemma_.lower()), state
            )
            is not None
            and self._modality(complement) in ("realis", "intent", "threat")
        ):
            trace.outcome = (
                f"deferred to its complement '{complement.text}' (coded as an intention)"
            )
            return [], trace
        date = self._event_date(v, dates, state)
        when = _as_date(date) or state.doc_date  # whose term: the event's date, else the document's

        sources, subj_tok, passive = self._sources(v, state, when, noun)
        if not sources:
            trace.outcome = f"pattern {pattern.rule}: no source actor found"
            return [], trace
        exclude = {a.code for a in sources} | {a.country for a in sources if a.country}
        group = len(sources) > 1 and pattern.reciprocal
        targets, reciprocal, target_toks = self._targets(
            v, match, state, when, exclude, passive, group
        )
        objects = self._named_objects(v, match, passive)
        if not targets and not reciprocal and pattern.code[:2] in PLACE_TARGET_ROOTS:
            # "warplanes struck targets in southern Lebanon": force used on a place is used on
            # the country it is in.
            place = self._place_in_sentence(v, state, when)
            if place is not None and place.country and place.country not in exclude:
                targets = [as_country(place)]

        code, rule = pattern.code, pattern.rule
        if intent and (
            code in self.modality.intent_codes or code[:2] in self.modality.intent_codes
        ):
            new = self.modality.intent_codes.get(code) or self.modality.intent_codes[code[:2]]
            code, rule = new, rule + " +intent"
        if threat:
            code, rule = (
                self.modality.recode(code, self.modality.threat_codes) or "130",
                rule + " +threat",
            )
        if passive:
            rule += " +passive"
        cameo = self.ontology.cameo(code)
        plover_type, plover_mode = self.ontology.plover(code)

        pairs: list[tuple[Actor, Actor | None]] = []
        if reciprocal and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
        elif targets:
            pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        elif len(sources) > 1 and (pattern.reciprocal or code[:2] == "03"):
            # a group that agrees, meets or pledges with no one else does so among itself
            pairs = [
                (sources[i], sources[j])
                for i in range(len(sources))
                for j in range(i + 1, len(sources))
            ]
        if not pairs and (code[:2] not in TARGET_REQUIRED_ROOTS or code in TARGET_OPTIONAL_CODES):
            # no one else acted upon (the only target found was the source itself)
            pairs = [(s, None) for s in sources]
        if code[:2] in TARGET_REQUIRED_ROOTS:  # "told reporters" is not an interaction
            pairs = [(s, t) for s, t in pairs if t is None or not t.code.endswith("MED")]
        if not pairs:
            trace.outcome = (
                f"pattern {pattern.rule}: no target actor or named object (not an interaction)"
            )
            return [], trace

        verb_tokens = [v] + [c for c in v.children if c.dep_ == "prt"]
        verb_span = char_span(sorted(verb_tokens, key=lambda t: t.i))
        base = sent.start_char
        events: list[Event] = []
        for source, target in pairs:
            for obj in objects if (target is None and objects) else [None]:
                events.append(
                    Event(
                        doc_id=state.doc_id,
                        sentence_id=sentence_id,
                        sentence=state.sentence_text,
                        source=source,
                        target=target,
                        cameo=code,
                        plover=plover_type,
                        plover_mode=plover_mode,
                        quad_class=cameo.quad_class,
                        goldstein=cameo.goldstein,
                        rule=rule,
                        verb_text=" ".join(t.text for t in sorted(verb_tokens, key=lambda t: t.i)),
                        verb_span=verb_span,
                        object=obj[0] if obj else None,
                        object_span=obj[1] if obj else None,
                        date=date.iso
                        if date
                        else (state.doc_date.isoformat() if state.doc_date else None),
                        date_precision=date.precision
                        if date
                        else ("day" if state.doc_date else None),
                        date_source="text" if date else ("document" if state.doc_date else None),
                        date_text=None,
                        sentence_start=base,
                    )
                )
        trace.outcome = f"coded {len(events)} event(s) by {rule}"
        return events, trace

    # ------------------------------------------------------------------ modality
    def _modality(self, v: Token) -> str:
        """'realis', 'intent', or the reason the act did not (yet) happen."""
        m = self.modality
        node = v
        intent = False
        for _ in range(6):
            children = list(node.children)
            if any(
                c.dep_ == "neg"
                or c.lower_ in m.negations
                and c.dep_ in ("neg", "advmod", "preconj")
                for c in children
            ):
                return "negated"
            for c in children:
                if c.dep_ == "aux" and c.tag_ == "MD":
                    if c.lower_ in m.intent_modals:
                        intent = True
                    elif c.lower_ in m.hypothetical_modals:
                        return f"hypothetical ('{c.text}')"
                if c.dep_ == "mark" and c.lower_ in m.hypothetical_marks:
                    return f"hypothetical ('{c.text}')"
            if node.dep_ == "conj" and not any(
                c.dep_ in ("aux", "nsubj", "nsubjpass") for c in children
            ):
                node = node.head  # "would renew and expand": the first conjunct's modality applies
                continue
            if node.dep_ == "xcomp":
                gov = node.head
                if gov.lemma_.lower() in m.negating_governors:
                    return f"negated by '{gov.text}'"
                if gov.lemma_.lower() in m.threat_governors:
                    return "threat"
                if gov.lemma_.lower() in m.intent_governors:
                    intent = True
                elif gov.lemma_.lower() not in m.realis_governors:
                    return f"wanted or requested, not done (under '{gov.text}')"
                node = gov
                continue
            if node.dep_ in ("advcl", "acl", "relcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children
            ):
                return "purpose or plan ('to ...'), not done"
            if node.dep_ == "pcomp" and node.head.lower_ == "without":
                return "negated by 'without'"
            if node.dep_ == "pcomp" and node.head.lower_ in CONTENT_PREPS:
                # "accused Moscow of targeting", "thanked X for helping": the content of another act
                return f"the content of another act ('{node.head.text} ...'), not an act itself"
            if node.dep_ == "pcomp" and node.head.dep_ == "prep":
                node = node.head.head  # "of starting the fighting by opening fire": climb
                continue
            if (
                node.dep_ == "ccomp"
                and node.head.lemma_.lower() in m.negating_governors
                and node.i > node.head.i  # "denied that ...": the content follows the denial
            ):
                return f"denied ('{node.head.text} that ...')"
            break
        for a in v.ancestors:  # "accused X of sending men ..., killing an officer"
            if a.dep_ == "pcomp" and a.head.lower_ in CONTENT_PREPS:
                return f"the content of another act ('{a.head.text} ...'), not an act itself"
        return "intent" if intent else "realis"

    # ------------------------------------------------------------------ patterns
    def _consequence_of_force(self, v: Token, pattern: EventPattern, state: DocumentState) -> bool:
        """'shelled the city, killing five': the participle tells what the attack did."""
        if v.dep_ != "advcl" or v.tag_ != "VBG" or pattern.code[:2] not in PLACE_TARGET_ROOTS:
            return False
        head = v.head
        found = self._match(head, self.dictionaries.events.patterns_for(head.lemma_.lower()), state)
        return found is not None and found.pattern.code[:2] in PLACE_TARGET_ROOTS

    def _objects(self, v: Token, state: DocumentState) -> list[Token]:
        """``direct_objects(v)``, computed once per token of the document."""
        got = state.objects.get(v.i)
        if got is None:
            got = state.objects[v.i] = direct_objects(v)
        return got

    def _match(self, v: Token, patterns: list[EventPattern], state: DocumentState) -> _Match | None:
        objects = self._objects(v, state)
        available = prepositions(v, objects)
        naming = any(c.dep_ == "oprd" for c in v.children)  # "called it a provocation"
        for p in patterns:
            if naming and not p.requirements:
                continue  # the bare verb's sense ("call" = phone) does not apply
            bound_objects: list[Token] = []
            preps: dict[str, Token] = {}
            ok = True
            for req in p.requirements:
                if req.kind == "prep":
                    word = next(iter(req.words))
                    tok = available.get(word)
                    if tok is None:
                        ok = False
                        break
                    preps[word] = tok
                elif req.after_prep:
                    prep = preps.get(req.after_prep)
                    found = [
                        c
                        for c in (prep.children if prep is not None else [])
                        if c.dep_ in ("pobj", "pcomp") and lemma_in(c, req.words)
                    ]
                    if not found:
                        ok = False
                        break
                    bound_objects.extend(found)
                else:
                    found = [o for o in objects if lemma_in(o, req.words)]
                    if not found:  # "held several rounds of talks", "a package of aid"
                        found = [
                            p
                            for o in objects
                            if o.lemma_.lower() in QUANTITY_NOUNS
                            for prep in o.children
                            if prep.dep_ == "prep" and prep.lower_ == "of"
                            for p in prep.children
                            if p.dep_ == "pobj" and lemma_in(p, req.words)
                        ]
                    if not found:
                        ok = False
                        break
                    bound_objects.extend(found)
            if ok:
                return _Match(p, bound_objects, preps)
        return None

    # ------------------------------------------------------------------ arguments
    def _sources(
        self, v: Token, state: DocumentState, when, noun: bool
    ) -> tuple[list[Actor], Token | None, bool]:
        if noun:
            for c in v.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    actors = self.resolve(c, state, when, role="source")
                    if actors:
                        return actors, c, False
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        actors = self.resolve(p, state, when, role="source")
                        if actors:
                            return actors, p, False
            return [], None, False
        subj, passive = subject_of(v)
        if passive:
            agent = agent_of(v)
            if agent is not None:
                return self.resolve(agent, state, when, role="source"), agent, True
            origin = origin_actor_token(
                v, lambda t: bool(self.resolve(t, state, when, role="modifier"))
            )
            if origin is not None:
                return self.resolve(origin, state, when, role="modifier"), origin, True
            return [], None, True
        if subj is None:
            return [], None, False
        return self.resolve(subj, state, when, role="source"), subj, False

    def _targets(
        self,
        v: Token,
        match: _Match,
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
        # Candidate target phrases, most telling first; the first that names an actor wins.
        candidates: list[list[Token]] = []
        if p.target_prep and p.target_prep in match.preps:
            prep = match.preps[p.target_prep]
            if prep.dep_ == "xcomp":  # "urged X to join", "called on X to withdraw": X
                candidates.append([c for c in v.children if c.dep_ == "dobj"])
                candidates += [
                    [c for c in other.children if c.dep_ == "pobj"]
                    for other in match.preps.values()
                    if other is not prep and other.dep_ != "xcomp"
                ]
            else:
                candidates.append([c for c in prep.children if c.dep_ == "pobj"])
        if passive:
            candidates.append(
                [c for c in v.children if c.dep_ == "nsubjpass" and c not in match.objects]
            )
        else:  # "provided Uzbekistan with aid": the object, when the "with" phrase is not an actor
            candidates.append(
                [o for o in self._objects(v, state) if o not in match.objects and o.dep_ == "dobj"]
            )
        preps = prepositions(v, match.objects, allow_xcomp=False)
        for word in DEFAULT_TARGET_PREPS:
            prep = preps.get(word)
            if prep is not None and prep not in match.preps.values():
                candidates.append([c for c in prep.children if c.dep_ == "pobj"])
        candidates.append([c for c in v.children if c.dep_ in ("dative", "iobj")])
        tokens: list[Token] = []
        actors: list[Actor] = []
        for toks in candidates:
            if not toks:
                continue
            if any(is_reciprocal(t) for t in toks):
                return [], True, toks
            found = [
                a
                for t in toks
                for a in self.resolve(t, state, when, role="target", exclude=exclude)
            ]
            if found:
                tokens, actors = toks, found
                break
            if not tokens:
                tokens = toks
        if not actors:
            # The pattern's own object may name the target's owner: "expelled a Russian diplomat"
            for o in match.objects:
                if o.i in state.mentions:  # "joined the World Trade Organization"
                    actors.extend(self.resolve(o, state, when, role="target", exclude=exclude))
                elif is_named_object(o):
                    continue
                elif self._agent_code(o, state):
                    actors.extend(self.resolve(o, state, when, role="target", exclude=exclude))
                else:  # "expelled a Russian diplomat", "demanded the withdrawal of French troops"
                    actors.extend(self._modifier_actors(o, state, when, exclude, preps=("of",)))
        if not actors and not group:
            # "threatened to attack South Korea", "pledged to help Kyrgyzstan"
            for comp in match.preps.values():
                if comp.dep_ == "xcomp":
                    objs = [c for c in comp.children if c.dep_ in ("dobj", "dative")]
                    comp_preps = prepositions(comp, self._objects(comp, state), allow_xcomp=False)
                    for word in DEFAULT_TARGET_PREPS:  # "to break off relations with Congo"
                        prep = comp_preps.get(word)
                        if prep is not None:
                            objs += [c for c in prep.children if c.dep_ == "pobj"]
                    for o in objs:
                        actors.extend(self.resolve(o, state, when, role="target", exclude=exclude))
        if not actors and any(p.code.startswith(r) for r in self.anaphora.reaction_roots):
            # "condemned the attack", "criticised the move": whoever did it
            for o in [*match.objects, *tokens, *self._objects(v, state)]:
                actors = self._event_antecedent(o, state, exclude)
                if actors:
                    break
        if not actors and p.code[:2] in CLAUSE_TARGET_ROOTS:
            # "demanded that the US cancel the sale": the addressee is the clause's subject
            for c in v.children:
                if c.dep_ == "ccomp":
                    subj, _ = subject_of(c)
                    if subj is not None:
                        actors = self.resolve(subj, state, when, role="target", exclude=exclude)
                        if actors:
                            break
        if not actors and not group:
            for holder in [*match.objects, *tokens, *self._objects(v, state)]:
                if is_named_object(holder):
                    continue  # a treaty's name ("the Lisbon Protocol") is not its parties
                actors = self._nested_targets(holder, state, when, exclude)
                if actors:
                    break
        return unique_actors(actors), False, tokens

    def _event_antecedent(
        self, noun: Token, state: DocumentState, exclude: set[str]
    ) -> list[Actor]:
        """The source of the earlier event a definite event noun refers to ("the attack")."""
        roots = self.anaphora.event_nouns.get(noun.lemma_.lower())
        if roots is None or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in noun.children
        ):
            return []
        for e in reversed(state.events):
            if roots and e.cameo[:2] not in roots:
                continue
            src = e.source
            if src.code in exclude or (src.country and src.country in exclude):
                continue
            return [
                Actor(
                    text=src.text,
                    code=src.code,
                    country=src.country,
                    span=None,
                    kind=src.kind,
                    resolved_by=f"event:{noun.lemma_}",
                )
            ]
        return []

    def _nested_targets(
        self, holder: Token, state: DocumentState, when, exclude: set[str]
    ) -> list[Actor]:
        """Actors inside an object: "integration between Kazakhstan and Russia", "a union formed by X"."""
        found: list[Actor] = []
        for t in holder.subtree:
            if t is holder:
                continue
            if t.dep_ in ("pobj",) and t.head.lower_ in NESTED_TARGET_PREPS:
                for a in self.resolve(t, state, when, role="target", exclude=exclude):
                    if a.code not in exclude and (
                        a.country is None or a.country not in {e[:3] for e in exclude}
                    ):
                        found.append(a)
        return unique_actors(found)

    def _named_objects(self, v: Token, match: _Match, passive: bool) -> list[tuple[str, CharSpan]]:
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

    # ------------------------------------------------------------------ actors
    def resolve(
        self, tok: Token, state: DocumentState, when, role: str, exclude: set[str] = frozenset()
    ) -> list[Actor]:
        """Actors a noun phrase (headed by ``tok``) refers to; conjuncts give several."""
        actors: list[Actor] = []
        for h in coordinated(tok):
            found = self._resolve_single(h, state, when, role, exclude)
            if not found:  # "allies Japan and the Netherlands": the apposition names them
                for a in h.children:
                    if a.dep_ == "appos":
                        for b in coordinated(a):
                            found.extend(self._resolve_single(b, state, when, role, exclude))
            actors.extend(found)
        return unique_actors(actors)

    def _resolve_single(
        self, h: Token, state: DocumentState, when, role: str, exclude: set[str]
    ) -> list[Actor]:
        mention = state.mentions.get(h.i)
        entry = self._entry(mention, when) if mention is not None else None
        if mention is not None and entry is not None:
            toks = h.doc[mention.start : mention.end]
            actor = actor_from_entry(entry, toks.text, char_span(toks), when)
            agent = (
                self._agent_code(h, state)
                if entry.kind in ("adjective", "country") and h.i == mention.end - 1
                else None
            )
            if agent and entry.kind == "adjective" and h.i != mention.start:
                actor.code = (actor.country or actor.code) + agent
            return [actor]
        low = h.lower_
        if h.pos_ == "PRON" or low in PRONOUNS:
            if low in ("itself", "themselves", "himself", "herself"):
                return []
            return self._here(
                h, [a for a in state.tracker.pronoun(low, exclude, before=h.idx) if a.code]
            )
        if h.pos_ not in ("NOUN", "PROPN"):
            return []
        agent = self._agent_code(h, state)
        owners = self._modifier_actors(h, state, when, exclude)
        if agent is not None:
            if owners:
                out = []
                for owner in owners:
                    if owner.kind == "organization":
                        code = owner.code
                    else:
                        code = (owner.country or owner.code) + agent
                    out.append(
                        _agent_actor(
                            h, code, owner.country, f"agent:{h.lemma_}+{owner.resolved_by}"
                        )
                    )
                return out
            if h.lemma_.lower() == "counterpart":
                return []
            if agent in STATE_AGENTS and numbered(h) and definite(h):
                # "the two leaders" -> the two countries last mentioned
                return [
                    _agent_actor(h, a.country + agent, a.country, f"agent:{h.lemma_}+group")
                    for a in self._countries_in_focus(state, numbered(h))
                    if a.country
                ]
            org = state.tracker.organization(exclude, before=h.idx) if definite(h) else None
            if org is not None and h.lemma_.lower() in org.text.lower():
                # "the court" after "the International Court of Justice", "the council" after
                # "the Security Council": the organisation just named
                return self._here(h, [org])
            if agent in STATE_AGENTS:
                # A state's organ with no owner named belongs to the country in focus: the one
                # the text spoke of last, else a place named in this sentence ("in Almaty").
                focus = state.tracker.country(
                    exclude, before=h.idx, prefer_subject=False
                ) or self._place_in_sentence(h, state, when)
                if focus is None or focus.country is None:
                    return [_agent_actor(h, agent, None, f"agent:{h.lemma_}")]
                return [
                    _agent_actor(h, focus.country + agent, focus.country, f"agent:{h.lemma_}+focus")
                ]
            # A people's role with no state named: where it happened ("protesters in Niamey").
            place = self._place_in_sentence(h, state, when)
            if place is not None and place.country:
                return [
                    _agent_actor(h, place.country + agent, place.country, f"agent:{h.lemma_}+place")
                ]
            return [_agent_actor(h, agent, None, f"agent:{h.lemma_}")]
        lemma = h.lemma_.lower()
        if lemma in ORG_WORDS and definite(h) and not owners:
            # "the bloc", "the alliance": the organisation last spoken of
            org = state.tracker.organization(exclude, before=h.idx)
            return self._here(h, [org] if org else [])
        if lemma in PEOPLE_COUNTS and h.pos_ == "NOUN":
            # "thousands of Iraqi Kurds", "a group of Russian diplomats", "members of parliament"
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    found = [
                        a
                        for p in prep.children
                        if p.dep_ == "pobj"
                        for a in self.resolve(p, state, when, role, exclude)
                    ]
                    if found:
                        return found
        if lemma in GROUP_WORDS:
            if owners:
                return [o if o.kind == "organization" else as_country(o) for o in owners]
            if numbered(h):
                return self._here(
                    h, [as_country(a) for a in self._countries_in_focus(state, numbered(h))]
                )
            if any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children
            ) and h.tag_ in ("NN", "NNP"):
                a = state.tracker.country(exclude, before=h.idx)
                return self._here(h, [as_country(a)] if a else [])
            return []
        if h.pos_ == "PROPN" and owners:
            # An unknown name with a title: "Russian President Boris Yeltsin" -> RUSGOV
            titles = [self._agent_code(c, state) for c in h.children if c.dep_ == "compound"]
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
        if h.pos_ == "PROPN" and not owners and h.ent_type_ == "PERSON":
            # "Foreign Minister Yvan Gil": a titled official of the country in focus
            titles = [self._agent_code(c, state) for c in h.children if c.dep_ == "compound"]
            titles = [t for t in titles if t in STATE_AGENTS]
            focus = state.tracker.country(exclude, before=h.idx) if titles else None
            if focus is not None and focus.country:
                return [
                    _agent_actor(
                        h,
                        focus.country + titles[0],
                        focus.country,
                        f"title:{titles[0]}+focus",
                    )
                ]
        direct = (
            self._modifier_actors(h, state, when, exclude, with_preps=False)
            if role == "source"
            else owners
        )
        if direct:
            # "criticizing Russian tariff policies" -> the country whose policies they are;
            # "OSCE observers criticised" -> the organisation. (As a source, only a modifier
            # of the noun itself counts: "the crisis in Russia" is not Russia.)
            return [as_country(o) if o.kind == "leader" else o for o in direct]
        return []

    @staticmethod
    def _countries_in_focus(state: DocumentState, n: int) -> list[Actor]:
        """The countries "the two sides" / "both governments" mean: the two parties of the
        latest event between two countries, else the ``n`` countries mentioned last."""
        if n == 2:
            for e in reversed(state.events[-8:]):
                s, t = e.source, e.target
                if t is not None and s.country and t.country and s.country != t.country:
                    return [as_country(s), as_country(t)]
        return state.tracker.countries(n)

    def _here(self, h: Token, antecedents: list[Actor]) -> list[Actor]:
        """Coreferent actors located at the mention ``h`` (see ``coref_at_mention``)."""
        return _at_mention(h, antecedents) if self.coref_at_mention else antecedents

    def _agent_code(self, tok: Token, state: DocumentState) -> str | None:
        """The role noun's agent code, looked up once per token of the document."""
        if tok.i not in state.agents:
            state.agents[tok.i] = self.lexicon.agent_code(tok)
        return state.agents[tok.i]

    @staticmethod
    def _entry(mention: Mention, when: dt.date | None):
        """The dictionary entry a mention stands for on ``when``; None for a bare family name
        with no bearer in office then ("Aliyev" in 1995 is Heydar, in 2010 Ilham)."""
        if mention.surname_only and (
            when is None
            or not any(e.leader is not None and e.leader.in_office(when) for e in mention.entries)
        ):
            return None
        return mention.best(when)

    def _place_in_sentence(self, h: Token, state: DocumentState, when) -> Actor | None:
        """A country named as a place in ``h``'s sentence ("in Almaty", "in Kazakhstan")."""
        for t in h.sent:
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.i in state.mentions:
                mention = state.mentions[t.i]
                entry = self._entry(mention, when)
                if entry is not None and entry.country:
                    toks = h.doc[mention.start : mention.end]
                    return actor_from_entry(entry, toks.text, char_span(toks), when)
        return None

    def _modifier_actors(
        self,
        h: Token,
        state: DocumentState,
        when,
        exclude: set[str],
        with_preps: bool = True,
        preps: tuple[str, ...] = ("of", "from", "in", "for"),
    ) -> list[Actor]:
        """The actors a role or group noun belongs to: "Kazakh", "Hungarian and Romanian",
        "Kazakhstan's", "its", "of X", "from X", "in X"."""
        found: list[Actor] = []
        modifiers = [
            c for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod")
        ]
        # "Chinese President Xi Jinping": "Chinese" hangs on the title, the title on the name.
        modifiers += [
            g
            for c in modifiers
            if c.dep_ == "compound" and c.i not in state.mentions
            for g in c.children
            if g.dep_ in ("amod", "compound", "nmod", "poss")
        ]
        for c in modifiers:
            for m in coordinated(c):
                mention = state.mentions.get(m.i)
                entry = self._entry(mention, when) if mention is not None else None
                if mention is not None:
                    toks = h.doc[mention.start : mention.end]
                    if entry is not None:
                        found.append(actor_from_entry(entry, toks.text, char_span(toks), when))
                elif m.dep_ == "poss" and m.pos_ in ("NOUN", "PROPN"):
                    # "the Japanese prime minister's visit" -> whoever the possessor is
                    found.extend(self._resolve_single(m, state, when, "modifier", exclude))
                elif m.dep_ == "poss" and m.pos_ == "PRON" and h.lemma_.lower() != "counterpart":
                    owners = [
                        a for a in state.tracker.pronoun(m.lower_, exclude, before=m.idx) if a.code
                    ]
                    found.extend(
                        o if o.kind == "organization" else as_country(o)
                        for o in owners
                        if o.country or o.kind == "organization"
                    )
        if found or not with_preps:
            return unique_actors(found)
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        for q in coordinated(p):
                            found.extend(self._resolve_single(q, state, when, "modifier", exclude))
                if found:
                    return unique_actors(found)
        return []

    # ------------------------------------------------------------------ salience
    def _note_until(self, sent: Span, limit: int, state: DocumentState) -> None:
        """Record the actors of noun phrases before token ``limit`` for coreference.

        Tokens are visited once per document (``state.cursor``); only phrases that can name an
        actor (a named mention, a role or group noun, or a modifier that is a mention) are
        resolved, so this stays cheap on long texts.
        """
        doc = sent.doc
        start = max(state.cursor, sent.start)
        stop = min(limit, sent.end)
        lo = bisect.bisect_left(state.noun_phrases, start)
        hi = bisect.bisect_left(state.noun_phrases, stop)
        for i in state.noun_phrases[lo:hi]:
            t = doc[i]
            if t.dep_ in NOTE_DEPS and t.pos_ in ("PROPN", "NOUN"):
                if t.dep_ == "conj" and t.head.dep_ in NOTE_DEPS:
                    continue  # noted with its first conjunct
                if not self._may_name_actor(t, state):
                    if is_named_object(t) and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
                        # a treaty or other named thing: a possible antecedent of "it"
                        state.tracker.note(
                            [Actor(text=t.text, code="", kind="thing", span=char_span([t]))],
                            subject=t.dep_.startswith("nsubj"),
                        )
                    continue
                if (
                    t.dep_ == "pobj"
                    and t.head.lower_ in PLACE_PREPS
                    and t.i in state.mentions
                    and state.mentions[t.i].entries[0].kind == "capital"
                ):
                    continue  # "met in Beijing": a place, not a party
                actors = self.resolve(t, state, _as_date(state.narrative), role="modifier")
                if actors:
                    state.tracker.note(
                        actors,
                        subject=t.dep_ in ("nsubj", "nsubjpass"),
                        plural=t.tag_ in ("NNS", "NNPS"),
                    )
            elif t.pos_ == "PRON" and t.dep_ == "nsubj" and t.lower_ in PRONOUNS:
                actors = [a for a in state.tracker.pronoun(t.lower_, before=t.idx) if a.code]
                if actors:
                    state.tracker.note(actors, subject=True)
        state.cursor = max(state.cursor, stop)

    def _may_name_actor(self, t: Token, state: DocumentState) -> bool:
        """A cheap test before resolving: can the phrase headed by ``t`` name an actor?"""
        if t.i in state.mentions or t.lemma_.lower() in GROUP_WORDS or self._agent_code(t, state):
            return True
        return any(c.i in state.mentions for c in t.children) or any(
            c.i in state.mentions for c in t.conjuncts
        )

    def _sentence_dates(self, sent: Span, state: DocumentState) -> list[tuple[Span, DateValue]]:
        out: list[tuple[Span, DateValue]] = []
        narrative = state.narrative
        for ent in state.dates_by_sentence.get(sent.start, ()):
            if not is_date_like(ent.text):
                continue
            text = ent.text
            # spaCy leaves the qualifier outside the entity at times ("late 2001").
            if ent.start > 0 and ent.doc[ent.start - 1].lower_ in (
                "late",
                "early",
                "mid",
                "earlier",
                "later",
            ):
                text = ent.doc[ent.start - 1].text + " " + text
            value = parse_date_expression(text, state.doc_date, narrative)
            if value is not None:
                out.append((ent, value))
                if value.how != "document-relative":
                    narrative = value
        return out

    def _advance_narrative(self, dates: list[tuple[Span, DateValue]], state: DocumentState) -> None:
        for _, value in dates:
            if value.how != "document-relative":
                state.narrative = value

    def _event_date(
        self, v: Token, dates: list[tuple[Span, DateValue]], state: DocumentState
    ) -> DateValue | None:
        if dates:
            # A date in the verb's own phrase wins (an explicit one first), else the nearest one.
            inside = [
                (value.how == "narrative-relative", abs(ent.root.i - v.i), value)
                for ent, value in dates
                if v in ent.root.ancestors or ent.root.head == v
            ]
            if inside:
                return min(inside, key=lambda x: x[:2])[2]
            return min(
                dates, key=lambda d: (abs(d[0].root.i - v.i), d[1].how == "narrative-relative")
            )[1]
        if state.doc_date is None and state.narrative is not None:
            return state.narrative
        return None


# ---------------------------------------------------------------------- parse helpers
def _at_mention(h: Token, antecedents: list[Actor]) -> list[Actor]:
    """Actors found through coreference, with the words and span of *this* mention ("he",
    "the country") for provenance; their codes are the antecedents'."""
    core = np_core(h) if h.pos_ in ("NOUN", "PROPN") else [h]
    text = " ".join(t.text for t in core)
    span = char_span(core)
    return [dataclasses.replace(a, text=text, span=span, coref=True) for a in antecedents]


def _agent_actor(h: Token, code: str, country: str | None, how: str) -> Actor:
    """An actor named by a role noun ("the Kazakh legislature" -> KAZLEG)."""
    core = np_core(h)
    text = " ".join(t.text for t in core) or h.text
    return Actor(
        text=text, code=code, country=country, span=char_span(core), kind="agent", resolved_by=how
    )


def _as_date(value: DateValue | None) -> dt.date | None:
    """The middle of a date's period: who held office "in 2001" is judged on 1 July 2001."""
    if value is None:
        return None
    iso = value.iso
    try:
        if value.precision == "decade":
            return dt.date(int(iso[:3] + "5"), 1, 1)
        if value.precision == "year":
            return dt.date(int(iso[:4]), 7, 1)
        if value.precision == "month":
            return dt.date(int(iso[:4]), int(iso[5:7]), 15)
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _dedupe(events: list[Event]) -> list[Event]:
    seen: set[tuple] = set()
    out: list[Event] = []
    for e in events:
        key = (e.source.code, e.target.code if e.target else None, e.cameo, e.object, e.verb_span)
        if key in seen:
            continue
        seen.add(key)
        e.index = len(out)
        out.append(e)
    return out
