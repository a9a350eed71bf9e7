"""Who speaks across sentences: the speaker an introduction, a heading or a byline names.

coding/voices.py owns "who is speaking"; this module reads the document-level clues it uses
when a quotation or a stretch of text carries no attribution of its own:

- the **introducer** of a quotation that opens a paragraph: the paragraph before it names
  the one whose words follow ("President X addressed the nation on Monday. The following is
  the text of his address."): the doer of a text noun ("the letter sent by Ambassador Y",
  "remarks by Y"), the owner of one ("Y's speech"; "his address": the paragraph's first
  person), the subject of a verb of speaking ("X spoke at the Assembly"), else, when the
  paragraph names a text at all ("with a speech", "Excerpts follow"), its first person;
- the **author** of a whole document: a heading that opens with a text noun and names its
  author ("Statement by the Prime Minister of Z", "Address of President X to the nation"), a
  byline ("By Jane Doe, Foreign Minister of Z"), an introduction that announces the text
  below it ("The following is the text of his address") when no quotation follows, or a
  closing signature that names an office ("Jane Doe, Minister of Foreign Affairs of Z"; "Jane
  Doe is the foreign minister of Z.").

Words: ``speech_text_nouns``, ``speaking_verbs``, ``announcing_words``, ``byline_words`` and
``author_prepositions`` in ``lang/en/words.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from multivector.coding import lang
from multivector.coding.coref import SPEECH_VERBS
from multivector.coding.syntax import NOUN_SUBJECT_DEPS
from multivector.coding.token_index import token_index

TEXT_NOUNS = lang.words("speech_text_nouns")
SPEAKING_VERBS = lang.words("speaking_verbs") | SPEECH_VERBS
ANNOUNCING_WORDS = lang.words("announcing_words")
BYLINE_WORDS = lang.words("byline_words")
AUTHOR_PREPOSITIONS = lang.words("author_prepositions")
PERSON_ROLES = lang.words("person_role_nouns")
FIRST_PERSON = lang.words("first_person_pronouns")
CABLE_SENDERS = lang.words_of("people.yaml", "cable_sender_words")
CABLE_FROM = lang.words_of("people.yaml", "cable_from_words")
CABLE_TO = lang.words_of("people.yaml", "cable_to_words")
CABLE_OFFICES = lang.words_of("people.yaml", "cable_office_words")
CABLE_DOCUMENT_WORDS = lang.words_of("people.yaml", "cable_document_words")
CABLE_HEADING_REACH = 20  # tokens of a cable heading that may name the kind of document
HEADING_REACH = 6  # tokens into the first paragraph a heading's text noun may stand
BYLINE_MAX_TOKENS = 25  # a byline is a short line: "By Jane Doe, Foreign Minister of Z"
SIGNATURE_MAX_TOKENS = 20  # and so is a signature


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of ``doc``'s paragraphs (a line break ends one)."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(token_index(doc).text):  # the index's words: no Token each
        if "\n" in word:
            if i > start:
                out.append((start, i))
            start = i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def introducer(doc: Doc, start: int, end: int) -> int | None:
    """The head of the phrase naming whose words the paragraph ``doc[start:end]`` introduces,
    or None when it names none."""
    span = doc[start:end]
    named_text = False
    for t in span:
        if t.lemma_.lower() not in TEXT_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        named_text = True
        if (doer := _text_doer(t)) is not None:
            return doer.i
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in FIRST_PERSON:
            if owner.pos_ != "PRON":
                return owner.i
            if (first := _protagonist(span)) is not None:
                return first.i
    for t in reversed(span):
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEAKING_VERBS:
            subject = next((c for c in t.children if c.dep_ in NOUN_SUBJECT_DEPS), None)
            if subject is not None and _named(subject):
                return subject.i
    if named_text and (first := _protagonist(span)) is not None:
        return first.i
    return None


def announces(doc: Doc, start: int, end: int) -> bool:
    """Whether the paragraph ``doc[start:end]`` announces a text that follows it ("The following
    is the text of his address", "Excerpts follow")."""
    lemmas = token_index(doc).lemma[start:end]  # lower-cased lemmas: no Token of each word
    return any(w in ANNOUNCING_WORDS for w in lemmas) and any(w in TEXT_NOUNS for w in lemmas)


def heading_author(doc: Doc, para: tuple[int, int], heading: bool) -> int | None:
    """The head of the author's phrase a byline in the paragraph ``para`` names ("By Jane
    Doe, Foreign Minister of Z"), or with ``heading`` (the document's first paragraph) a
    heading that opens with a text noun ("Statement by the Prime Minister of Z", "Address of
    President X to the nation"; not the subject of a sentence, "A statement by X said"); None
    when they name no one."""
    start, end = para
    head = doc[start : min(end, start + HEADING_REACH)] if heading else doc[start:start]
    for t in head:
        if t.lemma_.lower() in TEXT_NOUNS and t.pos_ in ("NOUN", "PROPN"):
            if t.dep_ in NOUN_SUBJECT_DEPS:
                return None
            doer = _text_doer(t, of=True)
            if doer is not None:
                return doer.i
            owner = next((c for c in t.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ != "PRON":
                return owner.i
            return None
    lead = doc[start]
    if lead.text.lower() in BYLINE_WORDS and end - start <= BYLINE_MAX_TOKENS:
        # the office after the name ("Jane Doe, Foreign Minister of Z": the minister, whose
        # country the name alone may not tell), else the name
        office = next((t for t in doc[start + 1 : end] if t.lower_ in PERSON_ROLES), None)
        obj = office or next((c for c in lead.children if c.dep_ == "pobj"), None)
        if obj is not None and _named(obj):
            return obj.i
    return None


def cable_sender(doc: Doc, start: int, end: int) -> int | None:
    """The sender a diplomatic cable's heading ``doc[start:end]`` names in its first sentence:
    a sending post or ministry as its first word ("AMEMBASSY ROME 123."), or the ministry a
    "from" line writes to ("FM OSLO TO FCO."); None for any other first line."""
    lead = doc[start]
    if lead.lower_ in CABLE_SENDERS:
        return start
    if (office := _sending_office(doc, start, end)) is not None:
        return office
    if lead.lower_ not in CABLE_FROM or not lead.text.isupper():
        return None
    stop = next((t.i for t in doc[start + 1 : end] if t.is_sent_start or t.text == "."), end)
    to = next((t.i for t in doc[start + 1 : stop] if t.lower_ in CABLE_TO), None)
    if to is None or to + 1 >= stop:
        return None
    return to + 1


def _sending_office(doc: Doc, start: int, end: int) -> int | None:
    """The ministry an upper-case cable heading opens with when its first sentence names a
    cable or a report ("DEPARTMENT OF STATE, CIRCULAR TELEGRAM 725.", "FOREIGN OFFICE. SUMMARY
    OF TELEGRAMS RECEIVED"): its head word (``cable_office_words``), or None."""
    words = [t for t in doc[start : min(end, start + CABLE_HEADING_REACH)] if t.is_alpha]
    if not words or not all(t.text.isupper() for t in words[:4]):
        return None
    if not any(t.lower_ in CABLE_DOCUMENT_WORDS for t in words):
        return None
    stop = next((t.i for t in doc[start + 1 : end] if t.text == "."), end)
    return next((t.i for t in doc[start:stop] if t.lower_ in CABLE_OFFICES and t.text.isupper()), None)


def signature_author(doc: Doc, last: tuple[int, int]) -> int | None:
    """The office a closing signature in the last paragraph ``last`` names, the author of a
    letter or an op-ed: a short line with no verb naming an office ("Jane Doe, Minister of
    Foreign Affairs of Z"), or a one-sentence note that someone is an office holder ("Jane Doe
    is the foreign minister of Z."); not a credit line ("Reporting by X, bureau chief")."""
    start, end = last
    span = doc[start:end]
    if end - start > SIGNATURE_MAX_TOKENS or any(t.lower_ in BYLINE_WORDS for t in span):
        return None
    offices = [t for t in span if t.lower_ in PERSON_ROLES and t.pos_ in ("NOUN", "PROPN")]
    if not offices:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return offices[0].i
    if len(verbs) == 1 and verbs[0].lemma_ == "be" and offices[0].dep_ == "attr":
        subject = next((c for c in verbs[0].children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            return offices[0].i  # "Jane Doe is the foreign minister of Estonia."
    return None


def _text_doer(t: Token, of: bool = False) -> Token | None:
    """Who made the text noun ``t``: the object of its "by" ("remarks by X", "the letter sent
    by X"), with ``of`` also of its "of" ("Statement of the Ministry of Foreign Affairs")."""
    preps = AUTHOR_PREPOSITIONS | ({"of"} if of else set())
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps or c.dep_ == "agent":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _named(obj):
                return obj
        if c.dep_ == "acl":  # "the letter sent by X"
            for g in c.children:
                if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ in AUTHOR_PREPOSITIONS:
                    obj = next((o for o in g.children if o.dep_ == "pobj"), None)
                    if obj is not None and _named(obj):
                        return obj
    return None


def _named(t: Token) -> bool:
    """Whether ``t`` heads a phrase that can name a speaker: a name or a noun, not a pronoun."""
    return (
        t.pos_ in ("PROPN", "NOUN")
        and t.lower_ not in FIRST_PERSON
        and t.lemma_.lower() not in TEXT_NOUNS
    )


def _protagonist(span: Span) -> Token | None:
    """The first subject of ``span`` that names a person or an office ("President X", "the
    minister"), else the first name that is a subject: the one an introduction is about (not
    a dateline's place, "AL-ULA, Saudi Arabia - Crown Prince X opened ...")."""
    subjects = [t for t in span if t.dep_ in NOUN_SUBJECT_DEPS or t.dep_ == "appos"
                and t.head.dep_ in NOUN_SUBJECT_DEPS]
    for t in subjects:
        if t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_ROLES:
            return t
    return next((t for t in subjects if t.pos_ == "PROPN"), None)
