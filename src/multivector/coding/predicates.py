"""Predicate stage: which tokens may carry an event, and which of their patterns fits the parse.

A candidate predicate is a verb whose lemma has event patterns (or is a speech verb) or an event
noun. Its patterns are tried in the dictionary's order, most specific first, and the first whose
requirements (prepositions, particles, object words or classes, an infinitival "to") the
dependency parse satisfies wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from spacy import symbols
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from multivector.coding.clause_syntax import (
    renamed_act,
    subject_in,
    subject_of,
)
from multivector.coding.dictionary import (
    PARTICLES,
    EventPattern,
    Requirement,
    names_object,
    plan_for_preps,
)
from multivector.coding.helped import helped_act
from multivector.coding.idioms import idiomatic
from multivector.coding.instruments import instrument_kind
from multivector.coding.judged_heads import judging_words
from multivector.coding.object_words import ObjectWords
from multivector.coding.syntax import (
    dative_recipient,
    direct_objects,
    hyphen_word,
    lemma_in,
    predicative,
    predicatives_in,
    prepositions,
    purpose_clause,
    words,
)
from multivector.coding.token_index import token_index
from multivector.coding.wordclass import lemma_keys
from multivector.ontology import broader
from multivector.ontology.policy import CodingPolicy

VERBAL_POS = frozenset({symbols.VERB, symbols.AUX})
NOMINAL_POS = frozenset({symbols.NOUN, symbols.PROPN})
# Dependency labels of noun phrases the coreference tracker notes.
NOTE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "ROOT", "attr"}
)
NOUN_EVENT_PREPS = words("event_noun_prepositions")
AIRCRAFT = words("aircraft_nouns")
REQUEST_NOUNS = words("request_nouns")
ACCUSATION_PREPS = words("accusation_prepositions")
# words that make a clause an indirect question, not an act asked for ("asked whether ...")
WHETHER = words("question_marks")


@dataclass(slots=True)
class Match:
    """A pattern that fits a predicate, with the tokens its requirements consumed."""

    pattern: EventPattern
    objects: list[Token]  # tokens consumed by object requirements
    preps: dict[str, Token]  # preposition word -> prep token (or xcomp verb for "to")


def lemma_hashes(strings: StringStore, verbs: Iterable[str], nouns: Iterable[str]) -> dict:
    """Hashes of predicate lemmas (as written and capitalised) and of the labels indexing reads."""

    def variants(ws: Iterable[str]) -> list[int]:
        return [h for w in ws for h in (strings.add(w), strings.add(w.capitalize()))]

    return {
        "verbs": frozenset(variants(verbs)),
        "nouns": frozenset(variants(nouns)),
        "note_deps": frozenset(strings.add(d) for d in NOTE_DEPS),
        "nsubj": strings.add("nsubj"),
    }


def index_tokens(doc: Doc, hashes: dict) -> tuple[list[int], list[int]]:
    """Candidate predicates and noun-phrase heads of ``doc``, found in bulk from its arrays."""
    ix = token_index(doc)  # its arrays, read once for every stage
    lemmas, tags, deps = ix.ids("lemma"), ix.ids("pos"), ix.ids("dep")
    verbs, nouns, note_deps, nsubj = (
        hashes["verbs"],
        hashes["nouns"],
        hashes["note_deps"],
        hashes["nsubj"],
    )
    predicates = [
        i
        for i, pos in enumerate(tags)
        if (pos in VERBAL_POS and lemmas[i] in verbs)
        or (pos in NOMINAL_POS and lemmas[i] in nouns)
    ]
    noun_phrases = [
        i
        for i, pos in enumerate(tags)
        if (pos in NOMINAL_POS and deps[i] in note_deps)
        or (pos == symbols.PRON and deps[i] == nsubj)
    ]
    return predicates, noun_phrases


def in_event_context(noun: Token) -> bool:
    """An event noun counts in an event context: "during his visit", or as a subject."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in NOUN_EVENT_PREPS) or noun.dep_ in (
        "nsubj",
        "nsubjpass",
    )


def complement_words(
    verb: Token, accepted: frozenset[str], cache: dict[object, list[Token]] | None = None
) -> list[Token]:
    """Tokens of an infinitival complement that satisfy a requirement after "to": the verb
    itself or one of its conjuncts ("urged X to free ..."), or their direct objects ("to lift
    the restrictions"). ``cache`` keeps each complement's tokens, and which of them each word
    class accepts, across a verb's patterns."""
    if cache is not None and (hit := cache.get((verb.i, accepted))) is not None:
        return list(hit)
    tokens = cache.get(verb.i) if cache is not None else None
    if tokens is None:
        verbs = [verb, *(c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX"))]
        tokens = [
            t for vb in verbs for t in (vb, *(c for c in vb.children if c.dep_ in ("dobj", "attr")))
        ]
        if cache is not None:
            cache[verb.i] = tokens
    found = [t for t in tokens if lemma_in(t, accepted)]
    if cache is not None:
        cache[verb.i, accepted] = found
    return list(found)


def objects_in(objects: list[Token], accepted: frozenset[str]) -> list[Token]:
    """The ``objects`` whose lemma is ``accepted``; failing that, what the quantity nouns or
    numbers among them count ("held several rounds of talks", "handed over 700 kg of medicine",
    "took back 40 of its nationals"; :class:`ObjectWords`)."""
    return ObjectWords(objects).among(accepted)


# what may stand after a pattern's preposition: its object, or the adjective of "as"
# ("described the move as illegal")
AFTER_PREP_DEPS = frozenset({"pobj", "pcomp", "amod", "acomp"})


def match_patterns(
    v: Token,
    patterns: list[EventPattern],
    objects: list[Token],
    choose: Callable[[list[Match]], Match] | None = None,
) -> Match | None:
    """The first of ``patterns`` (most specific first) whose requirements the parse satisfies.

    ``objects`` are ``v``'s direct objects (see :func:`multivector.coding.state.objects_of`).
    With ``choose``, every match as specific as the first one is collected, and when they
    name different codes ``choose`` picks one (the classifier's arbitration).
    """
    available = prepositions(v, objects, partners=True)  # not the border's other side
    complements: dict[object, list[Token]] = {}  # infinitival complements' tokens, found once
    infinitives: list[Token] | None = None  # the verb's own "to" clauses, found once
    # "called it a provocation", "struck a conciliatory tone", "sent a message to": only a
    # pattern that names the object applies; an object predicate with no object ("called on
    # X to de-escalate" misparsed) rules out the bare verb alone
    ix = token_index(v.doc)
    naming = idiomatic(v, objects) or (ix.kid(v.i, "oprd") and ix.kid(v.i, "dobj"))
    bare_naming = naming or ix.kid(v.i, "oprd")
    # A verb can have hundreds of patterns that ask for the same few word classes: what each
    # class finds among the objects is looked up once per call.
    in_objects: dict[frozenset[str], list[Token]] = {}
    read = ObjectWords(objects)  # the objects' kinds and counted words, read once
    in_predicative: dict[frozenset[str], list[Token]] = {}
    predicatives: list[Token] | None = None
    after_prep_found: dict[tuple[str, frozenset[str], bool], list[Token]] = {}
    # A pattern's first requirement is met or not whatever the pattern (nothing is bound
    # before it): a requirement that failed first once fails every pattern it opens.
    first_met: dict[tuple[str, frozenset[str], str | None], bool] = {}
    tied: list[Match] = []
    # a dative can fill a pattern's "to" ("gave Japan aid"): found once, its patterns kept
    dative = None if "to" in available else dative_recipient(v)
    purpose = None if "to" in available else purpose_clause(v)  # "sent troops to guard"
    have = available.keys() | ({"to"} if dative is not None or purpose else set())
    # every string a word of the phrase may fill an object requirement with (its facts),
    # read once when a row asks for an object class: a row one of whose classes meets none of
    # them cannot match and is not tried
    facts: frozenset[str] | None = None
    for p, reqs, first_key, specificity, needs, classes in plan_for_preps(patterns, have):
        if tied and specificity < tied[0].pattern.specificity:
            break
        if (naming and not names_object(reqs)) or (bare_naming and first_key is None):
            continue  # the bare verb's sense ("call" = phone, "send to" = 060) does not apply
        if first_key is not None and (first_met.get(first_key) is False or (needs and not have >= needs)):
            continue  # a requirement fails whatever the others find
        if classes is not None:
            if facts is None:
                if predicatives is None:
                    predicatives = predicative(v, objects)
                facts = phrase_facts(read, available.values(), predicatives)
            if any(map(facts.isdisjoint, classes)):  # a class none of its words is known by
                continue
        bound_objects: list[Token] = []
        preps: dict[str, Token] = {}
        ok = True
        met = 0
        for req in reqs:
            if req.kind == "hyphen":  # "test-fire": the word the tokenizer split is whole
                if hyphen_word(v) not in req.words:
                    ok = False
                    break
            elif req.kind == "subject":  # "troops landed": the doer is of the class
                if not subject_in(v, req.words) or _moves_its_like(objects, req.words, reqs):
                    # "the army moved 2,000 troops into the region": the subject moves what
                    # its object names, it does not go itself (passive27)
                    ok = False
                    break
            elif req.kind == "prep":
                word = next(iter(req.words))
                tok = available.get(word)
                if tok is None and word == "to" and bound_objects:  # "gave Japan aid"
                    tok = dative
                if tok is None and word == "to" and any(r.after_prep == "to" for r in reqs):
                    tok = purpose  # only for a pattern that names the act of purpose
                if tok is None:
                    ok = False
                    break
                preps[word] = tok
            elif req.after_prep:
                after_key = (req.after_prep, req.words, req.after_prep in preps)
                found = after_prep_found.get(after_key)
                if found is None:
                    prep = preps.get(req.after_prep)
                    found = (
                        [
                            w
                            for c in (prep.children if prep is not None else [])
                            if c.dep_ in AFTER_PREP_DEPS
                            for w in (c, *judging_words(c))  # "as an unlawful act"
                            if lemma_in(w, req.words)
                        ]
                        if prep is None or prep.pos_ not in ("VERB", "AUX")
                        else complement_words(prep, req.words, complements)
                    )
                    if not found and prep is not None and req.after_prep == "to":
                        # "appealed to Russia to release ...": the act follows the target's "to"
                        if infinitives is None:
                            infinitives = [
                                c
                                for c in v.children
                                if c.dep_ in ("xcomp", "advcl")
                                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                            ]
                        found = [
                            w
                            for c in infinitives
                            for w in complement_words(c, req.words, complements)
                        ]
                    if not found and prep is not None and prep.dep_ == "prt":
                        # "took over the mediation": the preposition is the verb's particle
                        found = read.among(req.words)
                    after_prep_found[after_key] = found
                found = list(found)
                if not found:
                    ok = False
                    break
                bound_objects.extend(found)
            else:
                key = req.words
                found = in_objects.get(key)
                if found is None:
                    found = in_objects[key] = read.among(req.words)
                found = list(found)
                if not found:  # "took over the mediation": the particle parsed as a preposition
                    found = [
                        c
                        for tok in preps.values()
                        if tok.dep_ == "prep" and tok.lower_ in PARTICLES
                        for c in tok.children
                        if c.dep_ == "pobj" and lemma_in(c, req.words)
                    ]
                if not found:  # "was pessimistic", "shot dead two protesters"
                    if predicatives is None:
                        predicatives = predicative(v, objects)
                    cached = in_predicative.get(key)
                    if cached is None:
                        cached = in_predicative[key] = predicatives_in(
                            predicatives, req.words, req.label.startswith("&")
                        )
                    found = list(cached)
                    # "declared him persona non grata": the small clause's subject is acted on
                    found.extend(
                        k
                        for c in {f if f.dep_ == "ccomp" else f.head for f in found}
                        if c.dep_ == "ccomp" and c.head == v
                        for k in c.children
                        if k.dep_ == "nsubj" and k not in bound_objects
                    )
                if not found:
                    ok = False
                    break
                bound_objects.extend(found)
            met += 1
        if reqs:
            first_met[first_key] = met > 0
        if ok:
            # every match is gathered, also without the classifier: the specificity rule below
            # must decide a tie (161 over 160, 041 over 040), not the order of the file
            tied.append(Match(p, bound_objects, preps))
    if len({m.pattern.code for m in tied}) > 1:
        # the most specific code wins before the classifier is asked: 0333 over 033, 161 over 160
        tied = [m for m in tied if not any(broader(m.pattern.code, o.pattern.code) for o in tied)]
    if len({m.pattern.code for m in tied}) > 1 and choose is not None:
        return choose(tied)
    return tied[0] if tied else None


def phrase_facts(
    read: ObjectWords, preps: Iterable[Token], predicatives: list[Token]
) -> frozenset[str]:
    """Every string by which a word that may fill a plain object requirement of
    :func:`match_patterns` is known (:func:`lemma_keys`, with its entity type): the objects'
    kinds and what their quantities count, the objects of particles parsed as prepositions,
    and the predicatives. A word class that meets none of them fails."""
    tokens = [
        *read.kinds,
        *read.counted,
        *(
            c
            for tok in preps
            if tok.dep_ == "prep" and tok.lower_ in PARTICLES
            for c in tok.children
            if c.dep_ == "pobj"
        ),
        *predicatives,
    ]
    facts: set[str] = set()
    for t in tokens:
        keys, entity = lemma_keys(t)
        facts.update(keys)
        if entity is not None:
            facts.add(entity)
    return frozenset(facts)


def _moves_its_like(
    objects: list[Token], words: frozenset[str], reqs: tuple[Requirement, ...] | list[Requirement]
) -> bool:
    """Whether the verb's direct object is of its subject pattern's own class and the pattern
    names no object of its own ("the army moved troops into the region": the troops go, not
    the army; "troops entered the town" asks for its object)."""
    if not objects or any(r.kind == "object" and not r.after_prep for r in reqs):
        return False
    return any(lemma_in(o, words) for o in objects)


def converse_parties(
    v: Token,
    match: Match,
    resolve: Callable[[Token, str], list],
    antecedent: Callable[[Token], list],
) -> tuple[list, list]:
    """Who acts on whom in a converse pattern ("the deployment drew criticism from Angola"):
    the actors of the pattern's preposition phrase act on the subject's, or, when the subject
    is an act ("the move", "Rwanda's deployment"), on its owner or its doer. ``resolve(token,
    role)`` resolves a phrase; ``antecedent(token)`` the doer of the act an event noun names."""
    prep = match.preps.get(match.pattern.target_prep or "")
    agents = [
        a
        for p in (prep.children if prep is not None and prep.dep_ != "xcomp" else [])
        if p.dep_ == "pobj"
        for a in resolve(p, "source")
    ]
    subject = subject_of(v)[0]
    if subject is None:
        return agents, []
    acted_on = resolve(subject, "target")
    if not acted_on:
        owners = [c for c in subject.children if c.dep_ == "poss"]
        acted_on = [a for c in owners for a in resolve(c, "target")] or antecedent(subject)
    if not acted_on and (act := renamed_act(v)) is not None:
        # "Chad sent troops, a move that drew criticism from Niger": whoever sent them
        doer = subject_of(act)[0]
        acted_on = resolve(doer, "target") if doer is not None else []
    return agents, acted_on


def aerial(v: Token, match: Match, aerial_codes: Mapping[str, str]) -> Match:
    """An attack whose subject is an aircraft or an air force is aerial (``aerial_codes`` of
    the policy: 190 -> 195): "military jets bombed villages", "the air force bombed a camp"."""
    if match.pattern.code not in aerial_codes:
        return match
    for s in [c for c in v.children if c.dep_ == "nsubj"] or [subject_of(v)[0]]:
        if s is None:  # "jets began bombing": the subject of the aspect verb is the doer's
            continue
        lemma = s.lemma_.lower()
        modifiers = {f"{c.lower_} {lemma}" for c in s.children if c.dep_ in ("compound", "amod")}
        if lemma in AIRCRAFT or modifiers & AIRCRAFT:
            rule = f"{match.pattern.rule} +aerial subject '{s.text}'"
            code = aerial_codes[match.pattern.code]
            return Match(replace(match.pattern, code=code, rule=rule), match.objects, match.preps)
    return match


def instrument(v: Token, match: Match, policy: CodingPolicy) -> Match:
    """A violent act named with its instrument takes the instrument's code (policy
    ``instrument_codes``: "wounded soldiers in a bomb attack" 190 -> 183)."""
    code = match.pattern.code
    if not policy.instrument_codes or code[:2] not in policy.instrument_roots:
        return match
    found = instrument_kind(v, policy.instrument_override_kinds)
    if found is None:
        return match
    kind, word = found
    new = policy.instrument_code(code, kind)
    if new is None:
        return match
    rule = f"{match.pattern.rule} +instrument '{word.text}'"
    return Match(replace(match.pattern, code=new, rule=rule), match.objects, match.preps)


def consequence_of_force(
    v: Token,
    pattern: EventPattern,
    match_head: Callable[[Token], Match | None],
    force_roots: frozenset[str],
) -> str | None:
    """Why a participle is no event of its own, or None: 'criticised the deployment, calling
    it a provocation' restates its head's act (same code); 'shelled the city, killing five'
    tells what the attack did (both codes of force).

    ``match_head`` matches the governing verb's patterns; ``force_roots`` are the CAMEO roots
    of force (whose target may be a place)."""
    if v.dep_ != "advcl" or v.tag_ != "VBG":
        return None
    found = match_head(v.head)
    if found is None:
        return None
    head = f"'{v.head.text}'"
    if found.pattern.code == pattern.code:
        return f"restates its head's act ({pattern.code}, as {head}), not another event"
    if pattern.code[:2] in force_roots and found.pattern.code[:2] in force_roots:
        return f"tells what the attack of {head} did, not another event"
    return None


def complement_act(v: Token, match: Match) -> Token | None:
    """The verb of the act an appeal or demand asks for: its infinitival complement ("urged
    Uganda to repatriate", "appealed to Russia to release") or its that-clause ("demanded
    that Moscow compensate"), or None."""
    to = match.preps.get("to")
    if to is not None and to.pos_ in ("VERB", "AUX"):
        return to
    for c in v.children:
        if c.pos_ != "VERB":
            continue
        if c.dep_ == "xcomp":
            return c
        if c.dep_ == "ccomp" and not any(
            w.tag_.startswith("W") or w.lower_ in WHETHER for w in c.children
        ):
            return c  # "demanded that Moscow pay", not "asked why it had been called in"
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return requested_in_object(v)  # its request noun's: "renewed an appeal to Spain to extradite"


BASE_TAGS = frozenset({"VB", "VBP"})  # "urged them to pull", "demanded that they pull"


def requested_act(
    v: Token,
    match: Match,
    match_act: Callable[[Token], Match | None],
    policy: CodingPolicy,
    known: frozenset[str],
) -> Match:
    """A residual appeal or demand (policy ``requested_act_forces``) whose complement names an
    act takes the code of appealing for (demanding) that kind of act: "asked the council to
    send peacekeepers" 020 -> 0234. ``match_act`` matches the complement verb's patterns;
    ``known`` are the ontology's codes."""
    code = match.pattern.code
    if code not in policy.requested_act_forces:
        return match
    act = helped_act(complement_act(v, match), match_act)  # "to help find": to find
    # "demanded that they stop fighting and pull their forces out": the first act with a code
    acts = [act, *(c for c in act.conjuncts if c.i > act.i and _same_form(c, act))] if act else []
    for a in acts:
        found = recoded(match, a, match_act, lambda x: policy.requested_code(code, x), known, "requested")
        if found is not match:
            return found
    return match


def _same_form(a: Token, b: Token) -> bool:
    """Whether verbs ``a`` and ``b`` have one form, a base form counting as one ("stop ...
    and pull": wanted acts alike; "to establish ... and backed": the subject's own act)."""
    return a.tag_ == b.tag_ or (a.tag_ in BASE_TAGS and b.tag_ in BASE_TAGS)


def recoded(
    match: Match,
    act: Token | None,
    match_act: Callable[[Token], Match | None],
    code_for: Callable[[str], str | None],
    known: frozenset[str],
    note: str,
) -> Match:
    """``match`` re-coded by the act that the phrase ``act`` names: ``code_for`` the act's
    pattern code, when ``act`` has a pattern and the new code is one of the ontology's
    (``known``); else ``match`` as it was. The rule records why (``+note 'act' code``)."""
    found = match_act(act) if act is not None else None
    new = code_for(found.pattern.code) if found is not None else None
    if act is None or found is None or new is None or new not in known:
        return match
    rule = f"{match.pattern.rule} +{note} '{act.text}' {found.pattern.code}"
    return Match(replace(match.pattern, code=new, rule=rule), match.objects, match.preps)


def requested_in_object(v: Token) -> Token | None:
    """The verb of the act a request, demand, proposal or offer object of ``v`` names: "rejected
    a request to interrogate the detainees" (its infinitive), "a proposal for signing a pact"
    (a "for" gerund), or None."""
    for o in direct_objects(v):
        if o.lemma_.lower() not in REQUEST_NOUNS:
            continue
        for c in o.children:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                return c
            if c.dep_ == "prep" and c.lower_ == "for" and (g := gerund(c)) is not None:
                return g
    return None


def gerund(prep: Token) -> Token | None:
    """The verb a preposition governs ("for signing", "of firing"), or None."""
    return next((g for g in prep.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)


def rejected_request(
    v: Token,
    match: Match,
    match_act: Callable[[Token], Match | None],
    policy: CodingPolicy,
    known: frozenset[str],
) -> Match:
    """A residual rejection (policy ``rejected_request_codes``) of a request or offer that names
    an act is a refusal of that act (policy ``refusal_codes``): "rejected a request to
    interrogate the detainees" 120 -> 121."""
    if match.pattern.code not in policy.rejected_request_codes:
        return match
    act = requested_in_object(v)
    return recoded(match, act, match_act, policy.refusal_code, known, "rejected request")


def accused_act(v: Token) -> Token | None:
    """The verb of the act an accusation names: "accused Armenia of firing on a village",
    "blamed the rebels for bombing the market" (a gerund after of/for/with), or None."""
    for head in (v, *direct_objects(v)):  # the parser may hang "of" on the object
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ACCUSATION_PREPS and (g := gerund(c)) is not None:
                return g
    return None


def accusation(
    v: Token,
    match: Match,
    match_act: Callable[[Token], Match | None],
    policy: CodingPolicy,
    known: frozenset[str],
) -> Match:
    """A residual accusation whose phrase names an act takes that act's accusation code
    (policy ``accusation_codes``): "accused Armenia of firing on a village" 112 -> 1123."""
    code = match.pattern.code
    if code not in policy.accusation_residual_codes:
        return match
    act = accused_act(v)
    return recoded(
        match, act, match_act, lambda a: policy.accusation_code(code, a), known, "accused of"
    )
