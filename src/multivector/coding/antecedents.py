"""The earlier event a definite event noun in a reaction refers to ("condemned the attack").

A reaction whose object is a definite event noun ("the attack", "the launch", "this move")
answers whoever did the act the story has already reported under that name
(``lang/en/anaphora.yaml``):

- a noun of any act ("the decision", "the step") is the story's lead, its first event;
- a noun of a kind of act names the CAMEO codes or code prefixes of that kind; the event
  matching the longest of them wins ("the agreement": a signing, 057, before an offer, 03),
  the latest among equals, except a counter-act (``response_acts``: "returned fire"), which
  answers the act rather than being it;
- before that, an event told with the noun's own verb (``noun_verbs``: "the invasion" is the
  act "invaded" reported, "the strikes" the one "struck"), the latest such, when the story has
  one: in a war, the latest act of force may be the other side's;
- an act several actors did together ("US and British warships struck ...") answers the
  first named, its leading doer;
- a noun of an act two parties make together (``party_nouns``: "the agreement", "the talks")
  names both parties: "Iran welcomed the agreement" answers both signatories, and a party that
  reacts to it ("Turkey broke off the talks") answers the other one.

Otherwise events whose source is the reacting actor (or its country) are not the antecedent.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.modality import EventAnaphora
from multivector.coding.name_forms import PLURAL_TAGS
from multivector.model import Actor, Event

NAMING_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")  # modifiers that name a doer
HOSTILE_FROM = "13"  # the roots from here on (13-20, compared as text) are done to a victim
DEFINITE = frozenset(lang.words("anaphoric_determiners"))  # "the attack", "this move"
PLURAL_WINDOW = 3  # sentences before the antecedent whose acts of its kind a plural noun takes
NOUN_VERBS: dict[str, frozenset[str]] = {
    str(k): frozenset(str(v) for v in vs or ())
    for k, vs in (lang.load("anaphora.yaml").get("noun_verbs") or {}).items()
}
# codes inside a noun's roots that it never names ("the attack" is no border closure, 191)
NOUN_EXCLUSIONS: dict[str, tuple[str, ...]] = {
    str(k): tuple(str(c) for c in cs or ())
    for k, cs in (lang.load("anaphora.yaml").get("event_noun_exclusions") or {}).items()
}


def rule_phrase(rule: str) -> str:
    """The dictionary phrase of an event's rule: "verbs.yaml:12 190 return fire +x" -> "return
    fire" (the words after the file and code, up to the first annotation)."""
    words = []
    for w in rule.split()[2:]:
        if w.startswith("+"):
            break
        words.append(w)
    return " ".join(words)


def antecedent_event(
    noun: Token, events: Sequence[Event], exclude: set[str], anaphora: EventAnaphora
) -> Event | None:
    """The earlier event ``noun`` (already known to be definite) refers to, or None."""
    roots = anaphora.event_nouns.get(noun.lemma_.lower())
    if roots is None:
        return None
    joint = noun.lemma_.lower() in anaphora.party_nouns
    verbs = NOUN_VERBS.get(noun.lemma_.lower(), frozenset())
    excluded = NOUN_EXCLUSIONS.get(noun.lemma_.lower(), ())
    if roots and noun.lemma_.lower() in anaphora.answered_nouns:
        for e in reversed(events):  # the latest such act made against the answering side
            if (
                e.target is not None
                and _own(e.target, exclude)
                and not _own(e.source, exclude)
                and e.cameo.startswith(roots)
                and not e.cameo.startswith(excluded)
            ):
                return e
    body = noun.lemma_.lower() in anaphora.body_text_nouns
    best: Event | None = None
    best_len = 0
    for e in events if not roots else reversed(events):
        if _own(e.source, exclude) and not (joint and e.target and not _own(e.target, exclude)):
            continue
        if body and not _a_body(e.source):
            continue
        if not roots:
            return e  # the story's lead
        length = max((len(r) for r in roots if e.cameo.startswith(r)), default=0)
        if not length or rule_phrase(e.rule) in anaphora.response_acts or e.cameo.startswith(excluded):
            continue
        if told_with(e, verbs):
            return e  # "the invasion": the act reported as "invaded"
        if length > best_len:
            best, best_len = e, length
    return best


def told_with(event: Event, verbs: frozenset[str]) -> bool:
    """Whether ``event`` was coded by a dictionary phrase whose first word is one of ``verbs``
    ("verbs.yaml:3103 190 strike": "strike")."""
    phrase = rule_phrase(event.rule).split()
    return bool(phrase) and phrase[0] in verbs and event.rule.split(":", 1)[0].endswith(".yaml")


def antecedent_actors(
    noun: Token,
    events: Sequence[Event],
    exclude: set[str],
    anaphora: EventAnaphora,
    own_first: bool = False,
) -> list[Actor]:
    """The actors a reaction to ``noun`` answers: the antecedent's source, and for a noun of a
    joint act its target too (those not in ``exclude``); with ``own_first`` (an act that
    undoes one: "Greece lifted the embargo"), first the target of the reacting side's own
    earlier act of that kind."""
    if own_first and (undone := own_act(noun, events, exclude, anaphora)) is not None:
        return [_answer(undone, noun)]
    e = antecedent_event(noun, events, exclude, anaphora)
    return [] if e is None else answered_parties(noun, e, events, exclude, anaphora)


def answered_parties(
    noun: Token, e: Event, events: Sequence[Event], exclude: set[str], anaphora: EventAnaphora
) -> list[Actor]:
    """The actors a reaction to ``noun`` answers, given its antecedent ``e``: its first doer,
    for a noun of a joint act its target too, for a plural noun the kindred doers before it."""
    parties = [first_doer(e, events)]
    if noun.lemma_.lower() in anaphora.party_nouns and e.target is not None:
        parties.append(e.target)
    elif noun.tag_ in PLURAL_TAGS and anaphora.event_nouns.get(noun.lemma_.lower()):
        parties = [*kindred_doers(e, events, exclude), *parties]
    return [_answer(a, noun) for a in unique_by_code(parties) if not _own(a, exclude)]


def kindred_doers(e: Event, events: Sequence[Event], exclude: set[str]) -> list[Actor]:
    """For a plural event noun ("rejected the appeals"), the other doers of acts of the same
    root as its antecedent ``e`` told shortly before it (within ``PLURAL_WINDOW`` sentences):
    "Egypt urged the council ... Sudan appealed to it ... Ethiopia rejected the appeals" answers
    both; in the order they were told."""
    return [
        o.source
        for o in events
        if o is not e
        and o.cameo[:2] == e.cameo[:2]
        and e.sentence_id - PLURAL_WINDOW <= o.sentence_id <= e.sentence_id
        and not _own(o.source, exclude)
    ]


def unique_by_code(actors: list[Actor]) -> list[Actor]:
    """``actors`` without repeats of one code, the first kept."""
    seen: set[str] = set()
    return [a for a in actors if not (a.code in seen or seen.add(a.code))]


def first_doer(e: Event, events: Sequence[Event]) -> Actor:
    """The first named of the sources of ``e``'s act: the source of the earliest event of the
    same verb, code and target in its sentence ("US and British warships struck ...": the US,
    the act's leading doer, as "condemned the strikes" is read; not the last one coded)."""
    if e.verb_span is None:
        return e.source
    target = e.target.code if e.target else None
    for o in events:
        if (
            o.sentence_id == e.sentence_id
            and o.verb_span == e.verb_span
            and o.cameo == e.cameo
            and (o.target.code if o.target else None) == target
        ):
            return o.source
    return e.source


def _answer(a: Actor, noun: Token) -> Actor:
    """An earlier event's party as the actor a reaction to ``noun`` answers (no span here)."""
    return Actor(
        text=a.text,
        code=a.code,
        country=a.country,
        span=None,
        kind=a.kind,
        resolved_by=f"event:{noun.lemma_}",
    )


def own_act(
    noun: Token, events: Sequence[Event], exclude: set[str], anaphora: EventAnaphora
) -> Actor | None:
    """The target of the latest earlier act of the reacting side (``exclude``) of the kind
    ``noun`` names, done to another ("imposed a trade embargo on the republic" for "lifted
    the embargo"), or None."""
    roots = anaphora.event_nouns.get(noun.lemma_.lower())
    if not roots:
        return None
    for e in reversed(events):
        t = e.target
        if _own(e.source, exclude) and t is not None and not _own(t, exclude):
            if any(e.cameo.startswith(r) for r in roots) and not e.cameo.startswith(
                NOUN_EXCLUSIONS.get(noun.lemma_.lower(), ())
            ):
                return t
    return None


def _a_body(actor: Actor) -> bool:
    """Whether ``actor`` is a body that adopts texts: an organisation or a legislature."""
    return actor.kind == "organization" or actor.code[3:6] == "LEG"


def _own(actor: Actor, exclude: set[str]) -> bool:
    """Whether ``actor`` is the reacting side (its code or country is in ``exclude``)."""
    return actor.code in exclude or bool(actor.country and actor.country in exclude)


def victim_doers(
    held: Sequence[Token],
    actors: Sequence[Actor],
    events: Sequence[Event],
    exclude: set[str],
    anaphora: EventAnaphora,
) -> list[Actor]:
    """For a reaction to a definite event noun whose "of" phrase names the victim of a hostile
    act (roots 13-20) told before ("condemned the invasion of Kuwait", after "Iraq invaded
    Kuwait"), the doers of that act: a reaction answers whoever did it. [] unless every actor
    found (``actors``) is that act's target and no modifier of the noun names a doer."""
    for noun in held:
        lemma = noun.lemma_.lower()
        if not anaphora.event_nouns.get(lemma) or lemma in anaphora.party_nouns:
            continue  # a noun of any act ("the decision") or of a joint one ("the talks")
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in NAMING_ENTITIES
            for c in noun.children
        ):  # "the American occupation of an Arab capital" names its doer
            continue
        e = antecedent_event(noun, events, exclude, anaphora)
        if e is None or e.target is None or e.cameo[:2] < HOSTILE_FROM:
            continue  # "the withdrawal of Argentine troops": the "of" phrase is the doer
        victim = e.target.country or e.target.code[:3]
        if actors and all((a.country or a.code[:3]) == victim for a in actors):
            return answered_parties(noun, e, events, exclude, anaphora)
    return []
