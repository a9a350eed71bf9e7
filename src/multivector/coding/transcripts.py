"""Transcripts: lines opened by a speaker's label and a colon.

A press conference, a briefing, a hearing or an interview printed as dialogue opens each turn
with a label: "SPOKESMAN:", "QUESTION (state television):", "Q:", "A:", "Spokesperson Mao
Ning:", "Reporter (Reuters):", "Minister Lavrov:". A label is at most ``LABEL_MAX_WORDS`` words
with no digit, all in upper case or each capitalised (a few lower-case connectors allowed, "Minister
of Foreign Affairs"), and may end with an affiliation in parentheses. A text is a transcript
when one of its labels after the first line names a person by an office ("Prime Minister
Donald Tusk:", "Chancellor Olaf Scholz (SPD):"; ``person_role_nouns``), even alone (a
headline, "Minister Lavrov: the West is waging war", is not one), or when at least two of its lines open
with a label and one of them is a questioner's (a label holding "question", "Q", "reporter",
"host" ...) or some label comes back: many different labels naming no office (a news
round-up's "Kenya:", "Uganda:") are not.

Who answers (``label_actors``): the person or organisation the label names ("Minister
Lavrov"); else the role the label names ("SPOKESMAN", "THE MINISTER", "Iranian spokesman") of
the country the label names, else of the country of the document's heading, its first
paragraph ("Weekly press conference of the Foreign Ministry spokesman, Tehran": Iran; the later
pieces of a long text keep the first piece's); else a country the label names alone ("CHINA:",
"Mr. Zhang (China):"). A bare answer mark ("A:") is the interviewee the introduction names
(coding/voices.py). Anyone else is no one: no event rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.actors import char_span
from multivector.coding.token_index import doc_text, of_objects, token_index
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver
    from multivector.coding.state import DocumentState

QUESTIONER_WORDS = lang.words("transcript_questioner_words")
CONNECTORS = lang.words("transcript_label_connectors")
ANSWER_MARKS = lang.words("interview_answer_marks")
PERSON_ROLES = lang.words("person_role_nouns")
FRAMING_VERBS = lang.words("briefing_framing_verbs")
SENTENCE_ENDS = lang.words("sentence_end_marks")
CLOSING_MARKS = "'\"\u2019\u201d)"  # after a sentence's end: "... said 'No.'"
LABEL_MAX_WORDS = 6  # "Deputy Foreign Ministry Spokesperson Vedant Patel" is six
WORD_MARKS = frozenset(".'\u2019-")  # "Mr.", "O'Brien", "Al-Sabah"
COUNTRY_KINDS = frozenset({"country", "adjective", "demonym"})  # a capital alone is a dateline
NAMED_KINDS = frozenset({"leader", "organization"})
OWNER_PREPOSITIONS = lang.words("owner_prepositions", "heading")
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
NAME_DEPS = frozenset({"compound", "flat"})  # the words of a name below its head
NAME_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # "Albania's", "Chad's" before an office
_LABELS_KEY = "transcripts.labels"  # the token index's memo of :func:`doc_labels`


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker's label: its words (before any parentheses) and its place in its line."""

    words: tuple[str, ...]
    asks: bool  # a questioner's label
    mark: bool  # a bare answer mark ("A:"): the interviewee of the introduction
    words_end: int  # offset in the line just after the words
    body: int  # offset in the line just after the colon


def parse_label(line: str) -> Label | None:
    """The speaker's label opening ``line`` ("SPOKESMAN: Yes."), or None."""
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    colon = stripped.find(":")
    if colon <= 0:
        return None
    head = stripped[:colon].rstrip()
    words_part = head
    if head.endswith(")"):  # "Reporter (Reuters)": an affiliation
        words_part, paren, inner = head[:-1].partition("(")
        if not paren or "(" in inner or ")" in inner:
            return None
    elif "(" in head or ")" in head:
        return None
    words = tuple(words_part.split())
    if not 1 <= len(words) <= LABEL_MAX_WORDS or not all(map(_is_word, words)):
        return None
    upper = all(w.isupper() for w in words)
    title = words[0][0].isupper() and all(w[0].isupper() or w in CONNECTORS for w in words)
    if not (upper or title):
        return None
    asks = any(w.lower().rstrip(".") in QUESTIONER_WORDS for w in words)
    mark = len(words) == 1 and words[0] in ANSWER_MARKS
    ends = lead + len(words_part.rstrip())
    return Label(words, asks, mark, ends, lead + colon + 1)


def _headline(line: str) -> bool:
    """Whether the first line ``line`` is a headline, not a turn: something follows its colon
    and it ends with no full stop, question or exclamation mark ("Podcast: 'Our Neighbours
    Are Being Beaten'", "BROADCAST INTERVIEW: THE MINISTER AFTER THE TESTS")."""
    body = line.partition(":")[2].strip()
    return bool(body) and body.rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_ENDS


def _is_word(word: str) -> bool:
    return any(c.isalpha() for c in word) and all(c.isalpha() or c in WORD_MARKS for c in word)


def doc_labels(doc: Doc) -> list[tuple[int, Label]]:
    """:func:`labelled_lines` of ``doc``'s text, read once per document (the token index's
    memo): every label's reader and the voices' turns ask for them."""
    memo = token_index(doc).memo
    found = memo.get(_LABELS_KEY)
    if found is None:
        found = memo[_LABELS_KEY] = labelled_lines(doc_text(doc))
    return found  # type: ignore[return-value]


def labelled_lines(text: str) -> list[tuple[int, Label]]:
    """The lines of a transcript that open with a label, as (line offset, label); none when
    ``text`` is not a transcript (no label naming an office, and fewer than two labels, none a
    questioner's or repeated)."""
    found: list[tuple[int, Label]] = []
    pos = 0
    briefer = False  # a named answerer's label came before ("SPOKESMAN:")
    first = True  # the text's first line: a headline when it reads as one
    for line in text.split("\n"):
        heading, first = first and _headline(line), first and not line.strip()
        if not heading and ":" in line and (label := parse_label(line)) is not None:
            if label.mark and briefer:  # "A:" after "SPOKESMAN:": the briefer (briefer_label)
                label = replace(label, mark=False)
            briefer = briefer or not (label.asks or label.mark)
            found.append((pos, label))
        pos += len(line) + 1
    if any(_names_office(label) for at, label in found if at > 0):
        return found  # "Prime Minister Donald Tusk:" (not a headline's "Lavrov: West ...")
    if len(found) < 2:
        return []
    keys = [" ".join(label.words).lower() for _, label in found]
    if any(label.asks for _, label in found) or len(set(keys)) < len(keys):
        return found
    return []


def _names_office(label: Label) -> bool:
    """Whether ``label`` names a person by an office ("Prime Minister Donald Tusk", "Minister
    of the Interior"): a speaker's label even alone, unlike a round-up's "Kenya:"."""
    return not label.asks and any(w.lower() in PERSON_ROLES for w in label.words)


def label_actors(
    doc: Doc,
    label: tuple[int, int, int],
    heading: tuple[int, int],
    state: DocumentState,
    when,
    resolver: PhraseResolver,
    prose: bool = False,
) -> list[Actor]:
    """Who speaks under the label of tokens ``label`` (start, end of its words, end with its
    affiliation), read with the document's ``heading`` tokens; none when no one is named.
    With ``prose``, ``label`` is the phrase the prose introduced a bare name's speaker by."""
    start, words_end, end = label
    if doc[start:words_end].text in ANSWER_MARKS and (named := briefer_label(doc, start)):
        label = named  # "A:" after "SPOKESMAN:" answers for the spokesman
        start, words_end, end = label
    country: str | None = None
    for i in range(start, end):
        mention = state.mentions.get(i)
        entry = resolver.entry(mention, when) if mention is not None else None
        if entry is None:
            continue
        if entry.kind in NAMED_KINDS:  # "Minister Lavrov", "Mr. Dujarric (United Nations)"
            return resolver.resolve(doc[mention.end - 1], state, when, "source")
        if entry.kind in COUNTRY_KINDS and country is None:
            country = entry.country
    if country is None and not prose:
        # "ZHU:" after "Foreign Ministry spokesman Zhu Bangzao told the briefing", "SHEA:"
        # under "..., the NATO spokesman told a news conference": the phrase the prose named
        # them by before, read as a label (its named actor, else its role of the heading's
        # country; not the salience of the answer's place)
        if (fuller := _fuller_label(doc, start, words_end)) is not None:
            # "LERNER:" after "LIEUTENANT COLONEL LERNER:": the same speaker
            return label_actors(doc, fuller, heading, state, when, resolver)
        found_at = (
            introduced(doc, start, words_end)
            or heading_speaker(doc, heading, start, words_end)
            or introduced_role(doc, start, words_end)
        )
        if found_at is not None:
            phrase = (found_at.left_edge.i, found_at.i + 1, found_at.i + 1)
            found = label_actors(doc, phrase, heading, state, when, resolver, prose=True)
            if found:
                return found
    agent = next(
        (a for t in reversed(doc[start:words_end]) if (a := resolver.agent_code(t, state))), None
    )
    if agent is None:  # "CHINA:", "Mr. Zhang (China):": the country; a bare name: no one
        return [_actor(doc, label, country, country, "country")] if country else []
    if country is None:
        if state.house is None and not state.later_piece:  # once; a later piece has no heading
            state.house = heading_country(doc, heading, state, when, resolver) or ""
        country = state.house or None
    if country is None:
        return []
    return [_actor(doc, label, country + agent, country, "agent")]


def introduced(doc: Doc, start: int, words_end: int) -> Token | None:
    """The head of the name the prose before the label of tokens ``start``-``words_end``
    introduced its speaker by: the first earlier name holding the label's last word ("ZHU",
    "LIEUTENANT COLONEL LERNER", "VON DER LEYEN" after "spokesman Zhu Bangzao", "Lt. Col.
    Peter Lerner", "Ursula von der Leyen"), not in another label; None when a role ends the
    label ("JCS SPOKESMAN") or the prose named no one so."""
    last = doc[words_end - 1]
    if last.lower_ in PERSON_ROLES or not last.is_alpha:
        return None
    for t in doc[:start]:
        if t.lower_ != last.lower_ or t.pos_ != "PROPN" or t.nbor(1).text == ":":
            continue
        h = t
        while h.dep_ in NAME_DEPS and h.head.pos_ == "PROPN" and h.head is not h:
            h = h.head  # "Zhu" of "Zhu Bangzao": "Bangzao", the name's head
        return h
    return None


def introduced_role(doc: Doc, start: int, words_end: int) -> Token | None:
    """The head of the phrase the headline or introduction names the role of the label of
    tokens ``start``-``words_end`` by, with a name before it ("Lithuania's foreign minister"
    for "MINISTER:", "the UN Envoy for Rwanda" for "ENVOY:"), when the label is the
    transcript's first answerer and a role ends it; else None."""
    last = doc[words_end - 1]
    if last.lower_ not in PERSON_ROLES or not _first_answerer(doc, start, words_end):
        return None
    return role_phrase(doc, last.lower_)


def role_phrase(doc: Doc, role: str | None = None) -> Token | None:
    """The first office noun (``role``, else any of ``person_role_nouns``) in the text before
    the transcript's first label that a name stands before in its phrase ("Albania's foreign
    minister", "the UN Envoy"), or the name its "of" phrase holds ("the president of the ECOWAS
    Commission": "Commission"); None: the introduction presents no one so."""
    labels = doc_labels(doc)
    stop = labels[0][0] if labels else len(doc_text(doc))
    for t in doc:
        if t.idx >= stop:
            break
        if t.pos_ not in ("NOUN", "PROPN") or (
            t.lower_ != role if role else t.lower_ not in PERSON_ROLES
        ):
            continue
        if any(map(_name_word, doc[t.left_edge.i : t.i])):
            return t
        owner = next(iter(of_objects(t)), None)
        if owner is not None and any(map(_name_word, doc[owner.left_edge.i : owner.i + 1])):
            return owner
    return None


def _name_word(t: Token) -> bool:
    """Whether ``t`` is a word of a name: a named entity's or an acronym ("UN", "ECOWAS")."""
    return t.ent_type_ in NAME_ENTS or (t.pos_ == "PROPN" and t.is_upper and len(t) > 1)


def heading_speaker(doc: Doc, heading: tuple[int, int], start: int, words_end: int) -> Token | None:
    """The speaker the heading's framing names for the label of tokens ``start``-``words_end``:
    the role-noun subject of its verb of speaking ("..., the UN spokesman told the noon
    briefing") for a bare name ("SHEA:") or for the same role ("SPOKESMAN:" under "a UN
    military spokesman told reporters"), when the label is the transcript's first answerer;
    None when the heading names no such speaker."""
    last = doc[words_end - 1]
    if not last.is_alpha or start < heading[1] or not _first_answerer(doc, start, words_end):
        return None
    role = last.lower_ in PERSON_ROLES
    for t in doc[heading[0] : heading[1]]:
        if t.pos_ != "VERB" or t.lemma_.lower() not in FRAMING_VERBS:
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in PERSON_ROLES:
            continue
        if not role or subject.lemma_.lower() == last.lower_:
            return subject
    return None


def _fuller_label(doc: Doc, start: int, words_end: int) -> tuple[int, int, int] | None:
    """The tokens (start, end of its words, end with its affiliation) of an earlier, longer
    answerer's label ending in the same name as the bare name of tokens ``start``-
    ``words_end`` ("LIEUTENANT COLONEL LERNER:" before "LERNER:"), or None."""
    last = doc[words_end - 1]
    if words_end - start != 1 or last.lower_ in PERSON_ROLES or not last.is_alpha:
        return None
    at = doc[start].idx
    for pos, lb in doc_labels(doc):
        if pos >= at or lb.asks or lb.mark or len(lb.words) < 2:
            continue
        if lb.words[-1].lower() == last.lower_:
            words = doc.char_span(pos, pos + lb.words_end, alignment_mode="expand")
            colon = doc.char_span(pos, pos + lb.body, alignment_mode="expand")
            if words is not None and colon is not None:
                return words.start, words.end, colon.end
    return None


def _first_answerer(doc: Doc, start: int, words_end: int) -> bool:
    """Whether the label of tokens ``start``-``words_end`` names the transcript's first
    answerer, the one its heading introduces (not "KIRBY:" after "MUJAHID:")."""
    first = next((lb for _, lb in doc_labels(doc) if not (lb.asks or lb.mark)), None)
    return first is not None and [w.lower() for w in first.words] == [
        t.lower_ for t in doc[start:words_end]
    ]


def briefer_label(doc: Doc, start: int) -> tuple[int, int, int] | None:
    """The tokens (start, end of its words, end with its affiliation) of the latest named
    answerer's label before token ``start`` ("SPOKESMAN:", "Mr. Price:"): a bare "A:" after
    it in a briefing answers for that briefer; None when no such label came before."""
    at = doc[start].idx
    named = [
        (pos, lb)
        for pos, lb in doc_labels(doc)
        if pos < at and not lb.asks and not (len(lb.words) == 1 and lb.words[0] in ANSWER_MARKS)
    ]
    if not named:
        return None
    pos, lb = named[-1]
    words = doc.char_span(pos, pos + lb.words_end, alignment_mode="expand")
    colon = doc.char_span(pos, pos + lb.body, alignment_mode="expand")
    if words is None or colon is None:
        return None
    return words.start, words.end, colon.end


def heading_country(
    doc: Doc, heading: tuple[int, int], state: DocumentState, when, resolver: PhraseResolver
) -> str | None:
    """The country the heading tokens name (a country, capital, adjective or office holder):
    the state whose ministry or official holds the briefing, the first one named as its owner
    ("of Peru", "by the Kenyan minister", "in Tehran", "Tehran"); a country the briefing is
    about, the object of another preposition ("on the visit to Japan", "talks with Chile"), is
    none."""
    i, end = heading
    while i < end:
        mention = state.mentions.get(i)
        entry = resolver.entry(mention, when) if mention is not None else None
        if mention is None or entry is None or entry.kind == "organization":
            i += 1
            continue
        i = mention.end
        country = entry.country or (entry.leader.country if entry.leader else None)
        if country and _owner(doc[mention.start : mention.end].root):
            return country
    return None


def _owner(t: Token) -> bool:
    """Whether the phrase of ``t`` is not the object of a preposition other than an owner's
    ("of", "by", "in" ...): "the Kenyan minister" in "remarks by the Kenyan minister" is."""
    for _ in range(4):  # "the Tanzanian ambassador" -> "ambassador": the phrase's head
        if t.dep_ not in MODIFIER_DEPS or t.head is t:
            break
        t = t.head
    return not (t.dep_ == "pobj" and t.head.lower_ not in OWNER_PREPOSITIONS)


def _actor(doc: Doc, label: tuple[int, int, int], code: str, country: str, kind: str) -> Actor:
    words = doc[label[0] : label[1]]
    return Actor(
        text=words.text,
        code=code,
        country=country,
        span=char_span(words),
        kind=kind,
        resolved_by=f"transcript:{kind}",
    )
