"""multivector's event dictionary model: verb and noun patterns, word classes, discards.

A pattern is written as a short phrase (see docs/dictionaries.md, "Verb dictionary"):

    visit                 the verb lemma alone; the target is its direct object
    meet with             verb + preposition: the target is the object of "with"
    impose sanction on    verb + object lemma + preposition introducing the target
    sign &AGREEMENT       verb + an object from the word class AGREEMENT
    enter into &AGREEMENT verb + preposition + that preposition's object
    place under house arrest  a word after a preposition's object word is its head: one phrase
    urge to               "to" also matches an infinitival complement ("urged X to join")
    step up               a particle ("up") of a phrasal verb
    describe as &DENUNCIATION  "as" and locatives (near, outside...) are prepositions too
    be pessimistic about  an adjective complement's prepositions count as the verb's
    test-fire             a hyphenated word matches the tokens the tokenizer split
    draw &CRITICISM from  (under ``converse_verbs``) the preposition's actor acts on the subject

Every pattern carries a CAMEO code and a rule id (``file:line``) that each event records.
The most specific matching pattern wins (more requirements first, then file order).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from multivector.coding import lang
from multivector.datafiles import load_yaml

# Particles of phrasal verbs: the noun after them is the verb's object ("carry out an attack").
PARTICLES = lang.words("particles")
# Words that, after the verb, are read as a particle or preposition requirement.
PREPOSITIONS = lang.words("prepositions")
APPEAL_TO_HEADS = lang.words("appeal_to_heads")


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement of a pattern after its head word.

    ``kind`` is ``"prep"`` (a particle or preposition child, or for "to" an infinitival
    complement), ``"object"`` (the direct object, or the object of the preceding
    preposition when ``after_prep`` is set), or ``"subject"`` (the verb's active subject, for
    an entry's ``subject_verbs``). ``words`` is the accepted lemma set.
    """

    kind: str
    words: frozenset[str]
    after_prep: str | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class EventPattern:
    """A verb (or event noun) pattern mapped to a CAMEO code."""

    head: str  # lemma of the verb or event noun
    requirements: tuple[Requirement, ...]
    code: str
    rule: str  # "verbs.yaml:123 meet with"
    pos: str = "verb"  # "verb" or "noun"
    text: str = ""  # the pattern as written
    target_prep: str | None = (
        None  # preposition whose object is the target, if the pattern names one
    )
    reciprocal: bool = False  # "meet", "agree": a group subject interacts within itself
    # "drew criticism from Paris": the target phrase's actor acts on the subject's
    converse: bool = False

    @property
    def specificity(self) -> int:
        # a phrase after a preposition ("under house arrest") counts each of its words
        return sum(len(r.label.split()) or 1 for r in self.requirements)


# A pattern list's plan: each pattern with its requirements, the key of its first requirement
# (None when it has none), its specificity and the prepositions it asks for (a pattern is
# skipped whole when the verb lacks one), worked out once per list (by identity: a list that
# changes length is planned again).
PatternPlan = tuple[
    tuple[
        EventPattern,
        tuple[Requirement, ...],
        tuple | None,
        int,
        frozenset[str],
        tuple[frozenset[str], ...] | None,
    ],
    ...,
]
_PLANS: dict[int, tuple[list[EventPattern], int, PatternPlan]] = {}


def pattern_plan(patterns: list[EventPattern]) -> PatternPlan:
    """``patterns`` as (pattern, requirements, first requirement's key, specificity) rows."""
    if not patterns:
        return ()
    kept = _PLANS.get(id(patterns))
    if kept is not None and kept[0] is patterns and kept[1] == len(patterns):
        return kept[2]
    plan = tuple(
        (
            p,
            p.requirements,
            (
                (p.requirements[0].kind, p.requirements[0].words, p.requirements[0].after_prep)
                if p.requirements
                else None
            ),
            len(p.requirements),
            frozenset(next(iter(r.words)) for r in p.requirements if r.kind == "prep"),
            object_classes(p.requirements),
        )
        for p in patterns
    )
    if len(_PLANS) > 100_000:  # lists made on the fly: keep the cache bounded
        _PLANS.clear()
    _PLANS[id(patterns)] = (patterns, len(patterns), plan)
    return plan


def object_classes(reqs: tuple[Requirement, ...]) -> tuple[frozenset[str], ...] | None:
    """The word sets of a pattern's plain object requirements (no preposition before them),
    each of which some word of the verb's phrase must be known by (``match_patterns`` skips
    the row when one meets none of the phrase's words), or None when the row may not be
    skipped so: its first requirement is a subject or a "to" (what a failed first requirement
    says of the rows after it depends on the row, see ``match_patterns``), or it has no such
    object requirement."""
    if not reqs or reqs[0].kind == "subject" or (reqs[0].kind == "prep" and "to" in reqs[0].words):
        return None
    sets = tuple(
        r.words for r in reqs if r.kind == "object" and not r.after_prep and "" not in r.words
    )
    return sets or None


def names_object(reqs: tuple[Requirement, ...], after_prep: bool = False) -> bool:
    """Whether a pattern's requirements name the verb's object ("strike &DEAL", "send
    &MESSAGE of condolence to"), not only prepositions or a subject ("send to"); with
    ``after_prep``, an object after a preposition counts too ("give to &COUNTRY")."""
    return any(r.kind == "object" and (after_prep or not r.after_prep) for r in reqs)


# a plan's rows by the prepositions at hand: (plan, every preposition its rows ask for, or None
# when its specificities are not in falling order, rows kept by the prepositions present)
_BY_PREPS: dict[int, tuple[PatternPlan, frozenset[str] | None, dict[frozenset[str], PatternPlan]]]
_BY_PREPS = {}


def plan_for_preps(patterns: list[EventPattern], have: AbstractSet[str]) -> PatternPlan:
    """:func:`pattern_plan` of ``patterns`` without the rows asking for a preposition not in
    ``have`` (rows a match skips whole), kept by the prepositions the plan names that are in
    ``have``. Only a plan in falling order of specificity is cut: a skipped row could
    otherwise end the search for a tie (``match_patterns``)."""
    plan = pattern_plan(patterns)
    kept = _BY_PREPS.get(id(plan))
    if kept is None or kept[0] is not plan:
        spec = [row[3] for row in plan]
        falling = all(a >= b for a, b in zip(spec, spec[1:], strict=False))
        named = frozenset().union(*(row[4] for row in plan)) if falling else None
        if len(_BY_PREPS) > 100_000:
            _BY_PREPS.clear()
        kept = _BY_PREPS[id(plan)] = (plan, named, {})
    named = kept[1]
    if not named:
        return plan
    key = named.intersection(have)
    rows = kept[2].get(key)
    if rows is None:
        rows = kept[2][key] = tuple(row for row in plan if row[4] <= key)
    return rows


@dataclass(slots=True)
class EventDictionary:
    """Event patterns indexed by head lemma, plus word classes."""

    verbs: dict[str, list[EventPattern]] = field(default_factory=dict)
    nouns: dict[str, list[EventPattern]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, pattern: EventPattern) -> None:
        table = self.verbs if pattern.pos == "verb" else self.nouns
        table.setdefault(pattern.head, []).append(pattern)

    def patterns_for(self, lemma: str, pos: str = "verb") -> list[EventPattern]:
        table = self.verbs if pos == "verb" else self.nouns
        return table.get(lemma, [])

    def roots_of(self, lemma: str) -> frozenset[str]:
        """The CAMEO roots of the patterns ``lemma`` heads, as a verb or as an event noun."""
        return frozenset(p.code[:2] for p in (*self.verbs.get(lemma, ()), *self.nouns.get(lemma, ())))

    def __iter__(self) -> Iterator[EventPattern]:
        for table in (self.verbs, self.nouns):
            for patterns in table.values():
                yield from patterns

    def __len__(self) -> int:
        return sum(len(p) for p in self.verbs.values()) + sum(len(p) for p in self.nouns.values())

    def finalize(self) -> None:
        """Order each lemma's patterns most specific first, then by the longer (more specific)
        code; stable otherwise (file order)."""
        for table in (self.verbs, self.nouns):
            for lemma, patterns in table.items():
                # equally specific patterns: the more specific CAMEO code first ("request
                # &MILITARY_AID" 0232 before "request &AID" 023 when both fit)
                table[lemma] = sorted(patterns, key=lambda p: (-p.specificity, -len(p.code)))

    def merge(self, other: EventDictionary, replace_heads: bool = False) -> None:
        """Add ``other``'s patterns and classes. With ``replace_heads`` a head word defined in
        ``other`` drops our patterns for it (a user file overriding a verb)."""
        self.classes.update(other.classes)
        for table, theirs in ((self.verbs, other.verbs), (self.nouns, other.nouns)):
            for lemma, patterns in theirs.items():
                if replace_heads:
                    table[lemma] = list(patterns)
                else:
                    table.setdefault(lemma, []).extend(patterns)
        self.finalize()


class DictionaryError(ValueError):
    """A dictionary file that cannot be read; the message names the file and line."""


def parse_pattern(
    text: str,
    code: str,
    rule: str,
    classes: dict[str, frozenset[str]],
    pos: str = "verb",
    reciprocal: bool = False,
    converse: bool = False,
    subject_class: str | None = None,
) -> EventPattern:
    """Parse a pattern phrase such as ``"impose sanction on"`` into an :class:`EventPattern`.

    With ``subject_class`` the verb's active subject must be a word of that class (one more
    requirement: "land in" said of troops)."""
    words = text.strip().lower().split()
    if not words:
        raise DictionaryError(f"{rule}: empty pattern")
    head, rest = words[0], words[1:]
    reqs: list[Requirement] = []
    if "-" in head.strip("-"):  # "test-fire": the tokenizer splits it; its last part heads it
        reqs.append(Requirement("hyphen", frozenset([head]), label=head))
        head = head.rsplit("-", 1)[1]
    last_prep: str | None = None
    for word in rest:
        if word.startswith("&"):
            name = word[1:].upper()
            if name not in classes:
                raise DictionaryError(f"{rule}: unknown word class &{name}")
            reqs.append(Requirement("object", classes[name], after_prep=last_prep, label=word))
            last_prep = "to" if last_prep == "to" else None
        elif word in PREPOSITIONS:
            reqs.append(Requirement("prep", frozenset([word]), label=word))
            # a verb particle ("carry out an attack") takes no object of its own
            last_prep = None if word in PARTICLES else word
        elif reqs and reqs[-1].kind == "object" and reqs[-1].after_prep not in (None, "to"):
            # "under house arrest", "under &SMALL_ARMS fire": a modifier and its head noun,
            # one phrase of the preposition (the pair lemma_in knows), not a second object
            prev = reqs.pop()
            words_of = frozenset(f"{w} {word}" for w in prev.words)
            label = f"{prev.label} {word}"
            reqs.append(Requirement("object", words_of, after_prep=prev.after_prep, label=label))
        else:
            reqs.append(Requirement("object", frozenset([word]), after_prep=last_prep, label=word))
            # "urge to lift &SANCTION": the infinitive and its own object both follow "to"
            last_prep = "to" if last_prep == "to" else None
    # The preposition that introduces the target: a trailing preposition with no object named.
    target_prep = None
    subject_req = None
    if subject_class is not None:
        if subject_class.upper() not in classes:
            raise DictionaryError(f"{rule}: unknown word class &{subject_class.upper()}")
        label = "&" + subject_class.lower()
        subject_req = Requirement("subject", classes[subject_class.upper()], label=label)
    if reqs and reqs[-1].kind == "prep":
        target_prep = next(iter(reqs[-1].words))
    else:  # "call on to free": the phrase before the named infinitive ("called on X to free")
        for a, b, c in zip(reqs, reqs[1:], reqs[2:], strict=False):
            if a.kind == "prep" and b.kind == "prep" and b.words == {"to"} and c.after_prep:
                target_prep = next(iter(a.words))
                break
        # "appeal to release": "appealed to X to release ...", the addressee after the first "to"
        if target_prep is None and len(reqs) >= 2 and head in APPEAL_TO_HEADS:
            if reqs[0].words == {"to"} and reqs[1].after_prep == "to":
                target_prep = "to"
    if subject_req is not None:  # after the target is found: it never introduces one
        reqs.append(subject_req)
    return EventPattern(
        head=head,
        requirements=tuple(reqs),
        code=code,
        rule=rule,
        pos=pos,
        text=text.strip(),
        target_prep=target_prep,
        reciprocal=reciprocal,
        converse=converse,
    )


_ENTRY_KEY = re.compile(r"\s*[\"']?(\d{2,4})[\"']?\s*:")


def _entry_starts(lines: list[str]) -> dict[str, int]:
    """The first line index of each code's entry (one pass over the file)."""
    starts: dict[str, int] = {}
    for i, line in enumerate(lines):
        m = _ENTRY_KEY.match(line)
        if m:
            starts.setdefault(m.group(1), i)
    return starts


_QUOTES = "\"'"


def _listed_in(line: str, phrase: str) -> bool:
    """Whether ``line`` lists ``phrase`` as an item: after the start, ``[``, ``,``, ``-`` or a
    space, and before ``,``, ``]`` or the end (each side may be quoted). A scan, not a regular
    expression: compiling one per pattern was most of the dictionary's loading time."""
    at = line.find(phrase)
    while at >= 0:
        before = at - 1 if at and line[at - 1] in _QUOTES else at
        after = at + len(phrase)
        if after < len(line) and line[after] in _QUOTES:
            after += 1
        while after < len(line) and line[after].isspace():
            after += 1
        if (before == 0 or line[before - 1] in "[,-" or line[before - 1].isspace()) and (
            after == len(line) or line[after] in ",]"
        ):
            return True
        at = line.find(phrase, at + 1)
    return False


def _line_of(lines: list[str], start: int, phrase: str) -> int:
    """The line number where ``phrase`` is listed from line index ``start`` on (0 if unknown)."""
    for i in range(start, len(lines)):
        if phrase in lines[i] and _listed_in(lines[i], phrase):
            return i + 1
    return 0


def load_event_dictionary(path: str | Path) -> EventDictionary:
    """Load a multivector event dictionary (YAML) from ``path``.

    Format::

        classes:
          AGREEMENT: [agreement, accord, treaty, pact]
        events:
          "042":                         # CAMEO code
            verbs: [visit, travel to, arrive in]
            nouns: [visit, trip to]      # event nouns ("during his visit to Moscow")
          "040":
            reciprocal: true             # "the two leaders met": one event within the group
            verbs: [meet with, meet, hold talks with]
          "030":
            verbs: [pledge to]
            reciprocal_verbs: [agree]    # only these phrases are reciprocal
          "190":
            reciprocal_nouns: [clash]    # coded only when two parties are named
          "111":
            converse_verbs: [draw &CRITICISM from]   # "the move drew criticism from Paris":
                                         # Paris (the preposition's object) acts on the subject
          "192":
            subject_verbs:               # coded only when the subject is a word of the class
              ARMED_FORCE: [land in, cross into]
    """
    path = Path(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
        data = load_yaml(raw_text) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: cannot read event dictionary: {exc}") from exc
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping with 'classes' and 'events'")
    unknown = set(data) - {"classes", "events"}
    if unknown:
        raise DictionaryError(f"{path}: unknown top-level keys {sorted(unknown)}")
    lines = raw_text.splitlines()
    starts = _entry_starts(lines)
    ed = EventDictionary()
    for name, members in (data.get("classes") or {}).items():
        if not isinstance(members, list):
            raise DictionaryError(f"{path}: class {name} must be a list of words")
        ed.classes[str(name).upper()] = frozenset(str(m).lower() for m in members)
    for code, entry in (data.get("events") or {}).items():
        code = str(code)
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise DictionaryError(f"{path}: '{code}' is not a CAMEO event code")
        if not isinstance(entry, dict):
            raise DictionaryError(f"{path}: entry for {code} must be a mapping")
        bad = set(entry) - {
            "verbs",
            "nouns",
            "reciprocal",
            "reciprocal_verbs",
            "reciprocal_nouns",
            "converse_verbs",
            "subject_verbs",
            "note",
        }
        if bad:
            raise DictionaryError(f"{path}: entry for {code}: unknown keys {sorted(bad)}")
        reciprocal = bool(entry.get("reciprocal", False))
        for pos, key, recip in (
            ("verb", "verbs", reciprocal),
            ("noun", "nouns", reciprocal),
            ("verb", "reciprocal_verbs", True),
            ("noun", "reciprocal_nouns", True),
            ("verb", "converse_verbs", False),
        ):
            for phrase in entry.get(key) or []:
                phrase = str(phrase)
                line = _line_of(lines, starts.get(code, 0), phrase)
                rule = f"{path.name}:{line} {code} {phrase}"
                conv = key == "converse_verbs"
                if conv and parse_pattern(phrase, code, rule, ed.classes).target_prep is None:
                    raise DictionaryError(f"{rule}: a converse pattern ends in a preposition")
                ed.add(
                    parse_pattern(
                        phrase, code, rule, ed.classes, pos=pos, reciprocal=recip, converse=conv
                    )
                )
        by_subject = entry.get("subject_verbs") or {}
        if not isinstance(by_subject, dict):
            raise DictionaryError(f"{path}: entry for {code}: subject_verbs maps a class to phrases")
        for cls, phrases in by_subject.items():
            for phrase in phrases or []:
                phrase = str(phrase)
                line = _line_of(lines, starts.get(code, 0), phrase)
                rule = f"{path.name}:{line} {code} {phrase} (&{str(cls).upper()} subject)"
                ed.add(parse_pattern(phrase, code, rule, ed.classes, subject_class=str(cls)))
    ed.finalize()
    return ed


@dataclass(slots=True)
class Dictionaries:
    """Everything the coder looks words up in.

    ``events`` holds event patterns; ``actor_files`` are user actor YAML files merged over the
    bundled actor data; ``discards`` are phrases whose presence in a sentence means it is not
    about international relations (sports scores, for example) and is skipped.
    """

    events: EventDictionary
    actor_files: list[Path] = field(default_factory=list)
    discards: frozenset[str] = frozenset()
    extra_actors: list = field(default_factory=list)  # ActorEntry objects from other formats

    def merge(self, other: Dictionaries) -> Dictionaries:
        """Return a new bundle with ``other`` layered on top of this one."""
        events = dataclasses.replace(
            self.events,
            verbs={k: list(v) for k, v in self.events.verbs.items()},
            nouns={k: list(v) for k, v in self.events.nouns.items()},
            classes=dict(self.events.classes),
        )
        events.merge(other.events)
        return Dictionaries(
            events=events,
            actor_files=[*self.actor_files, *other.actor_files],
            discards=self.discards | other.discards,
            extra_actors=[*self.extra_actors, *other.extra_actors],
        )


def bundled_path(name: str) -> Path:
    """A bundled data file: ``data/<name>``, or the language bundle's (``modality.yaml``)."""
    path = Path(__file__).parent / "data" / name
    return path if path.exists() or not lang.bundle_path(name).exists() else lang.bundle_path(name)


def load_dictionaries(paths: Iterable[str | Path] = (), replace: bool = False) -> Dictionaries:
    """Load the bundled dictionaries, with user files layered on top.

    Each path is an event dictionary (has ``events:``) or an actor file (has any of
    ``countries:``, ``organizations:``, ``leaders:``, ``agents:``). With ``replace`` the bundled
    event dictionary is not loaded (the user's files stand alone).
    """
    events = EventDictionary() if replace else load_event_dictionary(bundled_path("verbs.yaml"))
    bundle = Dictionaries(events=events, discards=_load_discards(bundled_path("discards.yaml")))
    for p in paths:
        p = Path(p)
        try:
            head = load_yaml(p.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise DictionaryError(f"{p}: cannot read dictionary: {exc}") from exc
        if not isinstance(head, dict):
            raise DictionaryError(f"{p}: a dictionary file must be a YAML mapping")
        if "events" in head or "classes" in head:
            user = load_event_dictionary(p)
            bundle.events.classes.update(user.classes)
            bundle.events.merge(user, replace_heads=False)
        if {"countries", "organizations", "leaders", "agents"} & set(head):
            bundle.actor_files.append(p)
        if "discards" in head:
            bundle.discards = bundle.discards | frozenset(str(d).lower() for d in head["discards"])
        if not (
            {"events", "classes", "discards", "countries", "organizations", "leaders", "agents"}
            & set(head)
        ):
            raise DictionaryError(
                f"{p}: no known section (events, classes, discards, countries, ...)"
            )
    return bundle


def _load_discards(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    return frozenset(str(d).lower() for d in data.get("discards", []))
