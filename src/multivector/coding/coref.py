"""Coreference good enough for foreign-policy prose.

A :class:`SalienceTracker` remembers, per document, the actors mentioned so far, with subjects
ranked above other mentions (the subject of the previous clause is the preferred antecedent of
a pronoun). It resolves:

- "he", "she", "him", "his", "her" -> the most recent person (a leader, or an office holder
  named by a role: "the foreign minister");
- "it", "its" -> the most recent non-person actor, subjects first;
- "they", "them", "their" -> the most recent group (a compound subject), else a non-person;
- "the country", "the nation" -> the most recent country;
- "the two countries", "both sides" -> the two most recent distinct countries;
- "his country" -> the country of the most recent person.

Actors in the clause being coded can be excluded ("The United States invested in the
country" cannot mean the United States).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.name_forms import PLURAL_TAGS
from multivector.coding.org_nouns import fits
from multivector.coding.syntax import NOUN_SUBJECT_DEPS
from multivector.model import Actor

PERSON_PRONOUNS = lang.words("person_pronouns")
THING_PRONOUNS = lang.words("thing_pronouns")
PLURAL_PRONOUNS = lang.words("plural_pronouns")
PERSON_ROLES = lang.words("person_role_nouns")
TITLED_PERSON = "title:"  # how phrases.py marks a name it resolved by the title before it
SPEECH_VERBS = frozenset(str(w) for w in lang.load("modality.yaml")["speech_verbs"])
GROUP_MEMBER_REACH = 2  # sentences back a lone subject may stand before a group's
PERSON_REACH = 1500  # characters back "him" may reach a person named with a nationality
HEAD_NOUN_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "nummod"})
BODY_NOUNS = lang.words("body_nouns")
STATE_KINDS = frozenset({"country", "leader", "state_role"})  # actor kinds naming a state


@dataclass(slots=True)
class _Entry:
    actor: Actor
    order: int
    subject: bool
    plural: bool = False


@dataclass(slots=True)
class SalienceTracker:
    """Recent actors of one document, most recent last."""

    history: list[_Entry] = field(default_factory=list)
    groups: list[tuple[int, list[Actor], bool]] = field(default_factory=list)
    _order: int = 0
    window: int = 60
    # people the text gave a nationality (coding/nationality.py), found once per document
    people: list[Actor] = field(default_factory=list)
    crowds: list[Actor] = field(default_factory=list)  # groups of them ("two Chinese nationals")
    nationals: object | None = None
    people_doc: object | None = None
    # the person a life story is about (coding/life_story.py) and where its paragraph began
    topic: Actor | None = None
    paragraph_start: int = 0

    def new_sentence(self, new_paragraph: bool = False) -> None:
        """Mentions noted from now on belong to the next sentence (the unit of recency);
        ``new_paragraph``: that sentence opens a paragraph."""
        self._order += 1
        if new_paragraph:
            self.paragraph_start = self._order

    def note(self, actors: list[Actor], subject: bool = False, plural: bool = False) -> None:
        """Record actors just mentioned (``subject``: they were a clause's subject).

        Named things that are not actors (a treaty) are noted too, with an empty code, so that
        "withdrew from it" can refer to the treaty rather than to the last country.
        """
        for a in actors:
            self.history.append(_Entry(a, self._order, subject, plural or len(actors) > 1))
        if len(actors) > 1 and all(a.code for a in actors):
            self.groups.append((self._order, list(actors), subject))
            # only the latest groups are ever read: a long document must not keep them all
            if len(self.groups) > self.window:
                del self.groups[: len(self.groups) - self.window]
        if len(self.history) > self.window:
            del self.history[: len(self.history) - self.window]

    @property
    def sentence_number(self) -> int:
        """The number of the sentence being read (the unit of recency of ``groups``)."""
        return self._order

    def recent(
        self, accept, exclude: set[str], prefer_subject: bool = True, before: int | None = None
    ) -> Actor | None:
        """The most recent actor ``accept`` takes, none of ``exclude`` (codes or countries),
        mentioned before character ``before``; with ``prefer_subject``, a subject of the latest
        clause that has a candidate first."""
        candidates = [
            e
            for e in self.history
            if accept(e.actor)
            and e.actor.code not in exclude
            and (e.actor.country or "") not in exclude
            and (before is None or e.actor.span is None or e.actor.span.end <= before)
        ]
        if not candidates:
            return None
        if prefer_subject:
            last_order = candidates[-1].order
            # Prefer a subject from the most recent clause that has any candidate at all.
            recent_subjects = [e for e in candidates if e.subject and e.order >= last_order - 1]
            if recent_subjects:
                return recent_subjects[-1].actor
        return candidates[-1].actor

    def person(self, exclude: set[str] = frozenset(), before: int | None = None) -> Actor | None:
        """The most recent person: a leader, or an office holder named by a role ("Chile's
        trade minister", "the ambassador": ``person_role_nouns``); in a life story, the
        first one of a paragraph is the story's subject (``topic``)."""
        if self.topic is not None and self.opens_paragraph(exclude, before):
            return self.topic
        found = self.recent(is_person, set(exclude), before=before)
        return latest_person(found, self.people, set(exclude), before) if self.people else found

    def single_person(self, found: Actor | None, exclude: set[str], before: int | None) -> Actor | None:
        """``found``, or when it is only a member of a group just named ("Arafat, Rabin and
        Peres shared the prize. He rejected ..."), the person who was last a clause's subject on
        their own within ``GROUP_MEMBER_REACH`` sentences: a singular pronoun does not pick one
        member out of a list."""
        if found is None:
            return None
        entries = [e for e in self.history if e.actor is found]
        if not entries or not entries[-1].plural or entries[-1].order == self._order:
            return found  # "Gaddafi and his family": a member named in the pronoun's own sentence
        reach = entries[-1].order - GROUP_MEMBER_REACH
        for e in reversed(self.history):
            if e.order < reach:
                break
            if (
                e.subject
                and not e.plural
                and e.order < entries[-1].order  # before the group, not one of its sentence
                and is_person(e.actor)
                and e.actor.code not in exclude
                and (e.actor.country or "") not in exclude
                and (before is None or e.actor.span is None or e.actor.span.end <= before)
            ):
                return e.actor
        return found

    def opens_paragraph(self, exclude: set[str], before: int | None) -> bool:
        """Whether a person pronoun at ``before`` is the first reference to a person in its
        paragraph (no person named or referred to before it there) and may be the topic."""
        topic = self.topic
        if topic is None or topic.code in exclude or (topic.country or "") in exclude:
            return False
        return not any(
            e.order >= self.paragraph_start
            and is_person(e.actor)
            and (before is None or e.actor.span is None or e.actor.span.end <= before)
            for e in self.history
        )

    def thing(self, exclude: set[str] = frozenset(), before: int | None = None) -> Actor | None:
        return self.recent(lambda a: a.kind != "leader", set(exclude), before=before)

    def country(
        self,
        exclude: set[str] = frozenset(),
        before: int | None = None,
        prefer_subject: bool = False,
    ) -> Actor | None:
        """The most recent actor with a country ("the country" after "Nazarbayev arrived");
        with ``prefer_subject``, a recent clause subject first (the country in focus)."""
        return self.recent(
            lambda a: a.country is not None,
            set(exclude),
            prefer_subject=prefer_subject,
            before=before,
        )

    def other_party(
        self, exclude: set[str], sentence_start: int, before: int | None = None,
        within: int | None = None,
    ) -> Actor | None:
        """The most recent actor with a country, none of ``exclude``, named before character
        ``before`` (with ``within``, in the last ``within`` sentences before this one); a
        country, leader or state organ named in the sentence starting at ``sentence_start``
        counts only as a clause's subject (not a place visited, "a visit to Australia", nor an
        owner, "compared to Russian legislation")."""
        for e in reversed(self.history):
            if within is not None and e.order < self._order - within:
                return None
            a = e.actor
            if a.country is None or a.code in exclude or a.country in exclude:
                continue
            if a.span is not None and before is not None and a.span.end > before:
                continue
            if (
                a.span is not None
                and a.span.start >= sentence_start
                and a.kind in STATE_KINDS
                and not e.subject
            ):
                continue
            return a
        return None

    def organization(
        self, exclude: set[str] = frozenset(), before: int | None = None, noun: str | None = None
    ) -> Actor | None:
        """The most recent organisation ("the bloc", "the alliance"); with ``noun``, the most
        recent one of the kind that noun names, or whose official was named (coding/org_nouns.py)."""
        found = self.recent(
            lambda a: fits(noun, a), set(exclude), prefer_subject=False, before=before
        )
        if found is not None and found.kind != "organization":
            return replace(found, kind="organization")  # "NATO's chief said the alliance"
        return found

    def same_role(
        self, words: set[str], exclude: set[str] = frozenset(), before: int | None = None
    ) -> Actor | None:
        """The actor of a role phrase of this sentence or the one before whose head word is
        one of ``words`` ("the ministers" after "EU foreign ministers"), latest first; among
        those of the latest clause, its subject ("A's minister called B's minister. The minister
        conveyed ...": A's)."""
        found = []
        for e in reversed(self.history):
            a = e.actor
            if e.order < self._order - 1:
                break
            if (
                a.kind == "agent"
                and a.code
                and a.span is not None
                and (before is None or a.span.end <= before)
                and a.code not in exclude
                and a.text.split()[-1].lower() in words
            ):
                found.append(e)
        if not found:
            return None
        subjects = [e for e in found if e.subject and e.order == found[0].order]
        return (subjects or found)[0].actor

    def short_name(
        self, h: Token, org_heads: dict[str, set[str]], exclude: set[str]
    ) -> Actor | None:
        """The organisation "the Fund", "the Council", "the agency" stands for: a capitalised
        word, the last organisation spoken of when the word ends one of its names
        (``org_heads``: such words and the organisations they end); a lower-case singular
        with no modifier ("suspended cooperation with the agency"), the latest organisation
        so named, as a definite description refers back by its head noun."""
        codes = org_heads.get(h.lower_)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return None
        if not codes:
            return self.body(h, exclude)
        if h.is_title:
            if any(c.dep_ == "compound" and c.is_title for c in h.children):
                return None  # "the Zambian Electoral Commission": a name of its own
            org = self.organization(exclude, before=h.idx)
            if org is not None and org.code in codes:
                return org
            # "the Community" after "the European Community ... the Red Cross": the latest so named
            return self.recent(
                lambda a: a.kind == "organization" and a.code in codes,
                set(exclude),
                prefer_subject=False,
                before=h.idx,
            )
        if h.tag_ != "NN" or any(c.dep_ in HEAD_NOUN_MODIFIERS for c in h.children):
            return None  # "the country's news agency", "the agencies"
        return self.recent(
            lambda a: a.kind == "organization" and a.code in codes,
            set(exclude),
            prefer_subject=False,
            before=h.idx,
        )

    def body(self, h: Token, exclude: set[str]) -> Actor | None:
        """The organisation whose body the bare definite singular ``h`` names again ("A United
        Nations panel of experts ... The Panel", "the EU Monitoring Mission ... the mission"):
        the latest organisation that modified a noun of that lemma or was the object of its "of"
        phrase (``body_nouns`` in ``lang/en/anaphora.yaml``), or None."""
        lemma = h.lemma_.lower()
        if lemma not in BODY_NOUNS or h.tag_ not in ("NN", "NNP"):
            return None
        if any(c.dep_ in HEAD_NOUN_MODIFIERS for c in h.children):
            return None  # "the Russian delegation", "the UN mission": a body of its own
        doc = h.doc

        def names_body(a: Actor) -> bool:
            if a.kind != "organization" or a.span is None or a.coref:
                return False
            found = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
            if found is None:
                return False
            noun = found.root
            if noun.dep_ == "pobj" and noun.head.lower_ == "of":
                noun = noun.head.head  # "a team of the OPCW"
            while noun.dep_ in HEAD_NOUN_MODIFIERS and noun.head.i != noun.i:
                noun = noun.head  # "European Union" -> "Monitoring" -> "Mission"
            return noun.i != found.root.i and noun.i != h.i and noun.lemma_.lower() == lemma

        return self.recent(names_body, set(exclude), prefer_subject=False, before=h.idx)

    def countries(self, n: int, exclude: set[str] = frozenset()) -> list[Actor]:
        """The ``n`` most recent distinct countries not in ``exclude``, oldest first."""
        seen: list[Actor] = []
        codes: set[str] = set()
        for e in reversed(self.history):
            c = e.actor.country
            if c and c not in codes and c not in exclude:
                codes.add(c)
                seen.append(e.actor)
                if len(seen) == n:
                    break
        return list(reversed(seen))

    def group(self) -> list[Actor]:
        """The last group mentioned, a subject group of the last two sentences first."""
        if not self.groups:
            return []
        subjects = [g for g in self.groups if g[2] and g[0] >= self._order - 1]
        return list((subjects or self.groups)[-1][1])

    def pronoun(
        self, word: str, exclude: set[str] = frozenset(), before: int | None = None
    ) -> list[Actor]:
        """Actors a pronoun refers to (empty when unknown). ``before`` is the pronoun's
        character offset: a phrase cannot be its own antecedent ("its fighters")."""
        w = word.lower()
        if w in PERSON_PRONOUNS:
            a = self.person(exclude, before)
            a = self.single_person(a, set(exclude), before) if a is not None and a.kind == "leader" else a
            return [a] if a else []
        if w in THING_PRONOUNS:
            a = self.thing(exclude, before)
            return [a] if a else []
        if w in PLURAL_PRONOUNS:
            return latest_crowd(self._plural(exclude, before), self.crowds, set(exclude), before)
        return []

    def _plural(self, exclude: set[str], before: int | None) -> list[Actor]:
        """What "they" refers to by the tracker's own record."""
        # the latest plural phrase ("OSCE observers") or group ("Russia and Belarus"),
        # subjects first, from this sentence or the one before
        plural = [
            e
            for e in self.history
            if e.plural
            and e.actor.code
            and e.order >= self._order - 1
            and (before is None or e.actor.span is None or e.actor.span.end <= before)
        ]
        if plural:
            latest = max(e.order for e in plural)
            recent = [e for e in plural if e.order == latest]
            subjects = [e for e in recent if e.subject] or recent
            first = subjects[0].order
            group = [e.actor for e in subjects if e.order == first]
            if len(group) > 1 or not self.groups or self.groups[-1][0] <= latest:
                return unique_actors(group)
        g = self.group()
        if g and self.groups[-1][0] >= self._order - 2:
            return g
        a = self.thing(exclude, before)
        return [a] if a else []


def latest_crowd(
    found: list[Actor], crowds: list[Actor], exclude: set[str], before: int | None
) -> list[Actor]:
    """``found`` or, when it is only the ``exclude`` actors ("Kenyan police arrested them"),
    the last group of people given a nationality before ``before`` ("two Chinese nationals")."""
    if any(a.code not in exclude and (a.country or "") not in exclude for a in found):
        return found
    for p in reversed(crowds):
        if p.span is None or (before is not None and p.span.end > before):
            continue
        if before is not None and before - p.span.end > PERSON_REACH or p.code in exclude:
            return found
        return [p]
    return found


def latest_person(
    found: Actor | None, people: list[Actor], exclude: set[str], before: int | None
) -> Actor | None:
    """``found`` or, when named after it, the last person given a nationality before
    ``before`` ("an Indian pilot ... Pakistani troops detained him"), unless of the
    ``exclude`` codes (the source's own people)."""
    for p in reversed(people):
        if p.span is None or (before is not None and p.span.end > before):
            continue
        if before is not None and before - p.span.end > PERSON_REACH:
            return found  # named paragraphs ago
        if found is not None and found.span is not None and found.span.start >= p.span.start:
            return found
        return found if p.code in exclude else p
    return found


def is_person(actor: Actor) -> bool:
    """Whether an actor is one person: a leader, an office holder named by a role noun or by
    a title before a name the actor table does not list ("Chinese Foreign Ministry spokesman
    Zhao Lijian"), or a person the text gave a nationality."""
    if actor.kind in ("leader", "person") or actor.resolved_by.startswith(TITLED_PERSON):
        return True
    return actor.kind == "agent" and actor.text.split()[-1].lower() in PERSON_ROLES


def unique_actors(actors: list[Actor]) -> list[Actor]:
    """The actors with their first occurrence of each code, in order."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


def as_country(actor: Actor) -> Actor:
    """The country an actor belongs to, as an actor of its own (for "his country")."""
    if actor.country is None:
        return actor
    return replace(actor, code=actor.country, kind="country")


def speaker_of(pronoun: Token) -> Token | None:
    """The head of the subject of the speech verb whose reported clause ``pronoun`` is the
    subject of (or the owner of its subject), when their number agrees, else None.

    "The Kazakh border service said it had sent officers": "it" is the border service;
    "Turkey said its troops would stay": "its" is Turkey's; "the ministers said they would
    meet": "they" are the ministers; "Chile's trade minister said she would" is the minister.
    A person pronoun after a named person ("Putin said he") is left to the tracker.
    """
    word = pronoun.lower_
    holder = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if holder.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    clause = holder.head
    if clause.dep_ == "conj" and holder.dep_ == "nsubj" and word not in PERSON_PRONOUNS:
        # "Kuwait has filed claims for the damage done when Iraqi forces ..., and it has urged
        # the council": the subject of the clause it is conjoined to
        subject = conjunct_subject(clause.head)
    else:
        while clause.dep_ == "conj" and clause.head.dep_ in ("ccomp", "conj"):
            clause = clause.head  # "said the jets had crossed and that it had scrambled its own"
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        subject = conjunct_subject(clause.head)  # "Beijing protested ... and announced it would"
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subject.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in subject.children)
    if word in THING_PRONOUNS and plural or word in PLURAL_PRONOUNS and not plural:
        return None
    if word in PERSON_PRONOUNS and (plural or subject.lemma_.lower() not in PERSON_ROLES):
        return None  # "the minister said he would": the minister; "Putin said he" is the tracker's
    return subject


CONJUNCT_DEPS = ("conj", "dep")


def conjunct_subject(verb: Token) -> Token | None:
    """The nominal subject of ``verb``, else, for a subjectless conjunct, that of the verb it is
    conjoined to ("Beijing lodged a protest and announced ...": Beijing), else None."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.head is verb or verb.dep_ not in CONJUNCT_DEPS:
            return subject
        if verb.dep_ == "dep" and verb.head.pos_ != "VERB":  # a verb the parser left unlabelled
            return None
        verb = verb.head
