"""Who speaks: the actor behind a first- or second-person pronoun.

A reporter writes in the third person; "we", "our", "I" and "you" in news stand for someone
else's voice:

- inside a **quotation** attributed to a speaker ('"We will not pay," the finance minister
  said'; 'The minister said: "Our troops stay."'; a quotation running over several sentences
  whose last one names the speaker), the first person is the speaker;
- a quotation with no attribution of its own that follows an attributed one in the same
  paragraph continues its speaker's words;
- a quotation of several paragraphs (each opens with a mark, only the last closes) is one
  quotation; one opening a paragraph with no attribution is the words of the one the prose
  paragraph before it introduces ("X addressed the nation. The following is his address."),
  or of the quotation that paragraph held (coding/speakers.py);
- in a document whose heading or byline names its author ("Statement by the Ministry of
  Foreign Affairs of X", "By Jane Doe, Foreign Minister of X"), or whose introduction
  announces an unquoted text below it, the first person outside quotations and turns is the
  author;
- in a **transcript** (a briefing, hearing or interview printed as turns opened by a
  speaker's label: "SPOKESMAN:", "QUESTION (Reuters):", "Minister Lavrov:", "Q:" and "A:";
  coding/transcripts.py), the first person of an answer is the one who answers: the actor its
  label names, the role it names of the heading's country ("SPOKESMAN" under "Press conference
  of the Foreign Ministry spokesman, Tehran"), or, for a bare "A:", the interviewee named in
  the introduction as the one who spoke to, talked to or was interviewed by the paper
  ("Kenya's trade minister spoke to us"); "you" in a question's statement ("Critics say you
  favoured China") is the one who answers it next; in a sentence that asks ("Did you meet
  them?") it names no one, for a question reports no act, and the questioner's own "I" is no
  one either.

Anywhere else (the paper's own "we", an unattributed quotation, the questioner's "I") the
pronoun names no actor: no event rather than a guess. The positions are found once per
document, on the first first- or second-person pronoun the coder resolves; the speaker's phrase
is resolved like any other noun phrase (``PhraseResolver``), so "he said" goes through the
salience tracker and "Its finance minister" through its owner.
"""

from __future__ import annotations

import bisect
import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.actor_records import agent_actor
from multivector.coding.coref import SPEECH_VERBS
from multivector.coding.speakers import (
    announces,
    cable_sender,
    heading_author,
    introducer,
    paragraphs,
    signature_author,
)
from multivector.coding.syntax import NOUN_SUBJECT_DEPS
from multivector.coding.token_index import doc_text, sentence_of, token_index
from multivector.coding.transcripts import doc_labels, label_actors, role_phrase
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver
    from multivector.coding.state import DocumentState

FIRST_PERSON = lang.words("first_person_pronouns")
SECOND_PERSON = lang.words("second_person_pronouns")
OPEN_QUOTES = lang.words("open_quotes")
CLOSE_QUOTES = lang.words("close_quotes")
BOTH_QUOTES = lang.words("straight_quotes")
_QUOTE_MARKS = frozenset(OPEN_QUOTES | CLOSE_QUOTES | BOTH_QUOTES)  # the marks find_voices looks for
INTERVIEW_VERBS = lang.words("interview_verbs")
INTERVIEWED_VERBS = lang.words("interviewed_verbs")
CABLE_OWN_OFFICES = lang.words_of("people.yaml", "cable_own_offices")
CABLE_OFFICE_COUNTRIES = {str(k): str(v) for k, v in lang.load("people.yaml")["cable_office_countries"].items()}


# A speaker or author index standing for a voice carried from the previous piece of a long
# text (Voices.carried, Voices.carried_author): its actors were resolved in that piece.
CARRIED = -1


@dataclass(frozen=True, slots=True)
class CarriedVoice:
    """A voice of an earlier piece of a long text, with the actors it was resolved to there."""

    actors: tuple[Actor, ...]


@dataclass(slots=True)
class CarriedVoices:
    """What a piece of a long text leaves to the next about who speaks: the voice of an
    unattributed quotation opening the next piece (the speaker of a quotation still open at
    the cut, or of the last paragraph's quotation, or the one its prose introduces), and the
    document's author (a heading or byline of the first piece)."""

    tail: CarriedVoice | None = None
    author: CarriedVoice | None = None
    author_pronouns_only: bool = False  # a cable's sender: see Voices.author_pronouns_only


@dataclass(slots=True)
class Voices:
    """The voices of one document: quotations with their speakers and transcript turns."""

    quote_starts: list[int] = field(default_factory=list)  # token index of each opening mark
    quote_ends: list[int] = field(default_factory=list)  # and of its closing mark
    speakers: list[int | None] = field(default_factory=list)  # speaker phrase head, by quote
    answers: list[tuple[int, int]] = field(default_factory=list)  # token ranges of answers
    answerers: list[int | None] = field(default_factory=list)  # who answers, by answer
    questions: list[tuple[int, int]] = field(default_factory=list)  # and of questions
    interviewee: int | None = None  # the head of the interviewee's phrase ("A:" answers)
    # label tokens (start, end of its words, end) by the answerer token standing for them
    labels: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    heading: tuple[int, int] = (0, 0)  # the tokens of the first paragraph, before any label
    # the head of the phrase naming the whole document's author (coding/speakers.py), and the
    # token from which the text outside quotations and turns is theirs
    author: int | None = None
    author_from: int = 0
    # a diplomatic cable's sender speaks for its "I" and "we" only: the organs and people the
    # cable names without an owner are the host country's, not the sender's
    author_pronouns_only: bool = False
    carried: CarriedVoices | None = None  # from the previous piece of a long text

    def speaker_at(self, tok: Token) -> Token | CarriedVoice | None:
        """The phrase head whose words ``tok`` is in: the speaker of its quotation, or the one
        who answers in an answer; None elsewhere."""
        k = bisect.bisect_right(self.quote_starts, tok.i) - 1
        if k >= 0 and tok.i < self.quote_ends[k]:
            return self._quoted(tok.doc, k)
        k = _turn(self.answers, tok.i)
        if k is None and self._authored(tok.i) and not self.author_pronouns_only:
            return self.author_voice(tok.doc)
        s = self.answerers[k] if k is not None else None
        return tok.doc[s] if s is not None else None

    def _authored(self, i: int) -> bool:
        """Whether token ``i`` (outside quotations) is in the document author's own words:
        after the heading, byline or introduction that names them, in no transcript turn."""
        return (
            self.author is not None
            and i >= self.author_from
            and _turn(self.answers, i) is None
            and _turn(self.questions, i) is None
        )

    def _quoted(self, doc: Doc, k: int) -> Token | CarriedVoice | None:
        """The speaker of quotation ``k``."""
        s = self.speakers[k]
        if s == CARRIED:
            return self.carried.tail if self.carried is not None else None
        return doc[s] if s is not None else None

    def author_voice(self, doc: Doc) -> Token | CarriedVoice | None:
        """The document's author (named in this piece, or carried from the first)."""
        if self.author == CARRIED:
            return self.carried.author if self.carried is not None else None
        return doc[self.author] if self.author is not None else None

    def speaker(self, tok: Token) -> Token | CarriedVoice | None:
        """The phrase head whose voice the first- or second-person pronoun ``tok`` is in, or
        None when no one can be named."""
        word = tok.lower_
        doc = tok.doc
        k = bisect.bisect_right(self.quote_starts, tok.i) - 1
        if k >= 0 and tok.i < self.quote_ends[k]:
            if word in FIRST_PERSON:
                return self._quoted(doc, k)
            return None  # "you" in a quotation: whoever the speaker addresses
        if word in FIRST_PERSON and self._authored(tok.i):
            return self.author_voice(doc)  # "Statement by the Prime Minister of Z. ... We call on"
        if not self.answers or word in SECOND_PERSON and sentence_of(tok).text.rstrip().endswith("?"):
            return None  # a question asks: "did you meet them?" reports no meeting
        if word in FIRST_PERSON:
            k = _turn(self.answers, tok.i)
        else:  # "you" in a question: the one who answers it next (else the last who did)
            q = _turn(self.questions, tok.i)
            if q is None:
                return None
            k = bisect.bisect_left(self.answers, self.questions[q])
            k = k if k < len(self.answers) else k - 1
        s = self.answerers[k] if k is not None else None
        return doc[s] if s is not None else None

    def actors(
        self, speaker: Token | CarriedVoice, state: DocumentState, when, resolver: PhraseResolver
    ) -> list[Actor]:
        """The actors ``speaker`` (a phrase head, a transcript label's token, or a voice carried
        from an earlier piece) stands for."""
        if isinstance(speaker, CarriedVoice):
            return [copy.copy(a) for a in speaker.actors]
        label = self.labels.get(speaker.i)
        if label is not None:
            return label_actors(speaker.doc, label, self.heading, state, when, resolver)
        return _heading_office(speaker) or resolver.resolve(speaker, state, when, "source")


def _heading_office(t: Token) -> list[Actor]:
    """The government whose ministry an upper-case cable heading names ("DEPARTMENT OF
    STATE", "FOREIGN OFFICE": ``cable_office_countries``), which the names table, written in
    ordinary case, does not find; else []."""
    if not t.text.isupper():
        return []
    words = " ".join(w.lower_ for w in t.subtree if w.is_alpha)
    code = next((c for name, c in CABLE_OFFICE_COUNTRIES.items() if name in words), None)
    return [agent_actor(t, f"{code}GOV", code, "cable:office")] if code else []


def _turn(turns: list[tuple[int, int]], i: int) -> int | None:
    """The index of the turn (sorted token ranges) holding token ``i``, or None."""
    k = bisect.bisect_right(turns, i, key=_start) - 1
    return k if k >= 0 and turns[k][0] <= i < turns[k][1] else None


def voice_actors(
    h: Token,
    state: DocumentState,
    when,
    exclude: set[str],
    resolver: PhraseResolver,
) -> list[Actor]:
    """The actors a first- or second-person pronoun ``h`` speaks for: the speaker of its
    quotation or the one who answers in a transcript, resolved as a noun phrase by the phrase
    ``resolver`` (a label as coding/transcripts.py says), none of ``exclude``; none when no one
    can be named."""
    speaker = voices_of(h.doc, state).speaker(h)
    if speaker is None or is_personal(speaker):
        return []
    found = state.voices.actors(speaker, state, when, resolver)
    return [a for a in found if a.code and a.code not in exclude]


def own_voice(
    p: Token,
    state: DocumentState,
    when,
    exclude: set[str],
    resolver: PhraseResolver,
    tracked: set[str],
) -> list[Actor]:
    """The owners a possessive pronoun ``p`` names: for the first person with a speaker, the
    speaker ("Russian drones violated our airspace": the speaker's country; none when the
    speaker is excluded, "we thank our allies"), else the salience tracker's antecedent (none
    of ``tracked``)."""
    if p.lower_ in FIRST_PERSON:
        if any(c.i in state.mentions for c in p.head.children if c is not p):
            return []  # "our Saudi partners": the named owner, not the speaker
        speaker = voices_of(p.doc, state).speaker(p)
        if speaker is not None and not is_personal(speaker):
            found = state.voices.actors(speaker, state, when, resolver)
            return [a for a in found if a.code and a.code not in exclude]
    return state.tracker.pronoun(p.lower_, tracked, p.idx)


def sender_office(
    h: Token, state: DocumentState, when, exclude: set[str], resolver: PhraseResolver
) -> list[Actor]:
    """The sender of a diplomatic cable for one of its own offices named bare, "the
    Secretary", "the Department", "the Embassy" (``cable_own_offices``, capitalised, with no
    modifier or owner of its own), in a document whose heading names its sender; else []."""
    if h.lemma_.lower() not in CABLE_OWN_OFFICES or not h.text[:1].isupper() or h.i == h.sent.start:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) or any(
        c.dep_ in ("compound", "amod", "poss", "prep", "nmod", "appos") for c in h.children
    ):
        return []
    v = voices_of(h.doc, state)
    if not v.author_pronouns_only or h.i < v.author_from:
        return []
    sender = v.author_voice(h.doc)
    if sender is None or sender is h:
        return []
    found = v.actors(sender, state, when, resolver)
    return [a for a in found if a.code and a.code not in exclude]


def voice_owner(h: Token, state: DocumentState, when, resolver: PhraseResolver) -> Actor | None:
    """The speaker's side, owner of a state organ named with no owner in their own words:
    '"We have asked parliament to act," the Kenyan president said' (Kenya's parliament); in a
    transcript's answer, the side of the one who answers. None outside quotations and answers."""
    speaker = voices_of(h.doc, state).speaker_at(h)
    if speaker is None or is_personal(speaker):
        return None
    return next((a for a in state.voices.actors(speaker, state, when, resolver) if a.country), None)


def voices_of(doc: Doc, state: DocumentState) -> Voices:
    """The voices of ``doc`` (found once per document or piece, on first need)."""
    if state.voices is None:
        state.voices = find_voices(doc, state.carried_voices, state.cut)
    return state.voices


def carry_voices(doc: Doc, state: DocumentState, resolver: PhraseResolver) -> CarriedVoices:
    """What the piece ``doc`` of a long text leaves to the next about who speaks (its voices'
    phrases resolved here, where their antecedents are)."""
    v = voices_of(doc, state)
    tail = tail_voice(doc, v)
    speaker = v.carried.tail if tail == CARRIED and v.carried else None
    if tail is not None and tail != CARRIED:
        speaker = doc[tail]
    return CarriedVoices(
        tail=_carried(speaker, v, state, resolver),
        author=_carried(v.author_voice(doc), v, state, resolver),
        author_pronouns_only=v.author_pronouns_only,
    )


def _carried(
    speaker: Token | CarriedVoice | None, v: Voices, state: DocumentState, resolver: PhraseResolver
) -> CarriedVoice | None:
    if speaker is None or isinstance(speaker, CarriedVoice):
        return speaker
    if is_personal(speaker):
        return None
    found = [a for a in v.actors(speaker, state, state.doc_date, resolver) if a.code]
    return CarriedVoice(tuple(found)) if found else None


def is_personal(tok: Token | CarriedVoice) -> bool:
    """Whether ``tok`` is a first- or second-person pronoun (a carried voice is not)."""
    return isinstance(tok, Token) and (tok.lower_ in FIRST_PERSON or tok.lower_ in SECOND_PERSON)


def find_voices(doc: Doc, carried: CarriedVoices | None = None, cut: bool = False) -> Voices:
    """The quotations and interview turns of ``doc`` (one pass over its tokens and lines).

    A quotation left open at a paragraph's end goes on when the next paragraph opens with a
    quotation mark (the English convention for a quotation of several paragraphs) and ends at
    its closing mark, or at the end of the text; left open before any other paragraph, it is
    dropped. ``doc`` may be a piece of a long text: ``carried`` is what the piece before left
    (an unattributed quotation opening this piece is its tail voice's; the author its heading
    named is this piece's too), and ``cut`` says a piece follows (a quotation open at the end
    goes on there)."""
    v = Voices(carried=carried)
    paras = paragraphs(doc)
    open_at: int | None = None
    resumed: int | None = None  # the opening mark of a paragraph that continues a quotation
    words = token_index(doc).text  # the tokens' strings, read once per document
    marks = _QUOTE_MARKS | {w for w in set(words) if "\n" in w}  # each distinct word once
    for i in [i for i, w in enumerate(words) if w in marks]:  # few tokens are quotation marks
        text = words[i]
        if i == resumed:
            continue
        if "\n" in text:
            if open_at is not None:  # a paragraph ends an unclosed quotation ...
                nxt = _next_word(doc, i)
                if nxt is not None and _opens(doc[nxt].text):
                    resumed = nxt  # ... that the next paragraph continues
                else:
                    open_at = None
            continue
        if text in OPEN_QUOTES or (text in BOTH_QUOTES and open_at is None):
            open_at = i
        elif (text in CLOSE_QUOTES or text in BOTH_QUOTES) and open_at is not None:
            _add_quote(doc, v, open_at, i, paras)
            open_at = None
    if open_at is not None and (cut or "\n" in doc[open_at : len(doc)].text.strip()):
        _add_quote(doc, v, open_at, len(doc), paras)  # a quotation of paragraphs never closed
    _transcript_turns(doc, v)
    _document_author(doc, v, paras)
    return v


def _add_quote(doc: Doc, v: Voices, start: int, end: int, paras: list[tuple[int, int]]) -> None:
    """Record the quotation from mark ``start`` to mark ``end`` with its speaker: the one a
    speech verb names beside it; else, in the same paragraph, the speaker of the quotation
    before it ('"We won't," she said. "Our farmers ..."'); else, for a quotation opening a
    paragraph, the one the prose paragraph before it introduces ("X addressed the nation. The
    following is his address.") or the speaker of the quotation that paragraph ended with."""
    speaker = _quote_speaker(doc, start, min(end, len(doc) - 1))
    if speaker is None and v.quote_ends and "\n" not in doc[v.quote_ends[-1] : start].text:
        speaker = v.speakers[-1]  # '"We won't," she said. "Our farmers ...": hers still
    elif speaker is None and _opens_paragraph(doc, start):
        speaker = _paragraph_voice(doc, v, start, paras)
    v.quote_starts.append(start)
    v.quote_ends.append(end)
    v.speakers.append(speaker)


def _paragraph_voice(
    doc: Doc, v: Voices, start: int, paras: list[tuple[int, int]]
) -> int | None:
    """Who speaks in an unattributed quotation opening a paragraph at ``start``: the one the
    paragraph before introduces when it is prose ("X addressed the nation. The following is
    his address."), else the speaker of the quotation that paragraph holds."""
    k = bisect.bisect_right(paras, start, key=_start) - 1
    if k < 1:  # the first paragraph: a piece's goes on from the piece before
        return CARRIED if v.carried is not None and v.carried.tail is not None else None
    return _after_paragraph(doc, v, paras[k - 1])


def _after_paragraph(doc: Doc, v: Voices, para: tuple[int, int]) -> int | None:
    """Who speaks in an unattributed quotation opening the paragraph after ``para``."""
    p_start, p_end = para
    found = None if _opens(doc[p_start].text) else introducer(doc, p_start, p_end)
    if found is None and v.quote_ends and v.quote_ends[-1] >= p_start:
        return v.speakers[-1]
    return found


def _document_author(doc: Doc, v: Voices, paras: list[tuple[int, int]]) -> None:
    """The author of the whole document: named by a heading or a byline in its first two
    paragraphs, or, when no quotation follows, by an introduction that announces the text
    below it, or, in a text of no quotation or turn, by a closing signature (its words after
    the first paragraph are the author's; coding/speakers.py). A later piece of a long text
    has the author the first piece's heading or byline named."""
    if v.carried is not None and v.carried.author is not None:
        v.author, v.author_from = CARRIED, 0
        v.author_pronouns_only = v.carried.author_pronouns_only
        return
    if paras and (sender := cable_sender(doc, *paras[0])) is not None:
        v.author, v.author_from, v.author_pronouns_only = sender, paras[0][1], True
        return
    for k, para in enumerate(paras[:2]):
        author = heading_author(doc, para, heading=k == 0)
        if author is None and not v.quote_starts and announces(doc, *para):
            author = introducer(doc, *para)
        if author is not None:
            v.author, v.author_from = author, para[1]
            return
    if len(paras) > 2 and not v.quote_starts and not v.answers:
        author = signature_author(doc, paras[-1])  # "Jane Doe, Foreign Minister of Z"
        if author is not None:
            v.author, v.author_from = author, paras[0][1]
            return


def tail_voice(doc: Doc, v: Voices) -> int | None:
    """Who speaks in an unattributed quotation opening a paragraph after ``doc`` (the next
    piece of a long text): the speaker of a quotation still open at its end, else as
    :func:`_after_paragraph` says of its last paragraph; ``CARRIED`` for a carried voice."""
    if v.quote_ends and v.quote_ends[-1] == len(doc):
        return v.speakers[-1]
    paras = paragraphs(doc)
    return _after_paragraph(doc, v, paras[-1]) if paras else None


def _opens(text: str) -> bool:
    return text in OPEN_QUOTES or text in BOTH_QUOTES


def _opens_paragraph(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of a paragraph."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j < 0 or "\n" in doc[j].text or "\n" in doc[j].whitespace_


def _next_word(doc: Doc, i: int) -> int | None:
    """The first token after ``i`` that is not white space."""
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j if j < len(doc) else None


def _quote_speaker(doc: Doc, start: int, end: int) -> int | None:
    """The head of the subject of a speech verb outside the quotation ``doc[start:end+1]``:
    after it in the sentence of its closing mark ('..." the minister said'), else before it in
    the sentence of its opening mark ('The minister said: "...').

    A quotation that opens a sentence and is followed by a noun phrase with no verb (a
    headline, '"We cannot pay": the minister on the talks') has no speaker."""
    after = sentence_of(doc[end])
    for t in doc[end + 1 : after.end]:
        if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
            subject = next((c for c in t.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
            if subject is not None and not (start <= subject.i <= end):
                return subject.i
    before = sentence_of(doc[start])
    for t in reversed(doc[before.start : start]):
        if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
            subject = next((c for c in t.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
            if subject is not None and subject.i < start:
                return subject.i
    return None


def _start(turn: tuple[int, int]) -> int:
    return turn[0]


def _transcript_turns(doc: Doc, v: Voices) -> None:
    """The turns of a transcript (coding/transcripts.py): each runs from its label's colon to
    the next label; an answer's speaker is its label's last word (before any affiliation), or
    for a bare "A:" the interviewee the introduction (before the first question) names."""
    lines = doc_labels(doc)
    if not lines:
        return
    starts = [t.idx for t in doc]
    bounds = [bisect.bisect_left(starts, at) for at, _ in lines] + [len(doc)]
    first_question = next(
        (bisect.bisect_left(starts, at + lb.body) for at, lb in lines if lb.asks), None
    )
    if first_question is not None and any(lb.mark for _, lb in lines):
        v.interviewee = _interviewee(doc, first_question)
    paragraph = doc_text(doc).find("\n")
    v.heading = (0, bounds[0] if paragraph < 0 else min(bounds[0], _token_at(starts, paragraph)))
    for k, (at, label) in enumerate(lines):
        body = bisect.bisect_left(starts, at + label.body)
        turn = (body, max(body, bounds[k + 1]))
        if label.asks:
            v.questions.append(turn)
            continue
        v.answers.append(turn)
        if label.mark:
            v.answerers.append(v.interviewee)
            continue
        words_end = _token_at(starts, at + label.words_end)
        v.answerers.append(words_end - 1)
        v.labels[words_end - 1] = (bounds[k], words_end, body)


def _token_at(starts: list[int], char: int) -> int:
    """The index of the first token starting at or after ``char``."""
    return bisect.bisect_left(starts, char)


def _interviewee(doc: Doc, stop: int) -> int | None:
    """The head of the phrase the introduction (tokens before ``stop``) names as the one who
    spoke to the paper ("X spoke to us", "X told this newspaper") or whom the paper interviewed
    ("we interviewed X", "X was interviewed"), else the office the headline or introduction
    presents with a name ("Albania's foreign minister")."""
    for t in doc[:stop]:
        lemma = t.lemma_.lower()
        if t.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in t.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
        if lemma in INTERVIEW_VERBS and subject is not None and not is_personal(subject):
            if any(is_personal(d) and d.lower_ in FIRST_PERSON for d in t.subtree if d.i > t.i):
                return subject.i
        if lemma in INTERVIEWED_VERBS:
            if subject is not None and subject.dep_ == "nsubjpass" and not is_personal(subject):
                return subject.i
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is not None and not is_personal(obj):
                return obj.i
    office = role_phrase(doc)  # "'We are receiving a nation': Albania's foreign minister"
    return office.i if office is not None else None
