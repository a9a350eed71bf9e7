"""Headline verbs the parser read as nouns: terse present-tense entries mended before coding.

Chronologies, digests, live blogs and headlines tell their acts in the bare present ("22
February - Germany halts certification of the pipeline", "5 April - France and Germany expel
dozens of Russian diplomats", "The UN Security Council votes to end the mandate"). The small
parser often reads such a verb as a noun or an adjective ("halts certification": a compound),
so the sentence has no verb and nothing is coded. A sentence whose root is not a verb and that
holds a word of the event dictionary's verbs right after a noun (its subject's last word) is
parsed again with that word made unmistakably a verb (a future auxiliary before its base form,
`headline_probe_auxiliary` in `lang/en/grammar.yaml`); when the new parse makes it the root with
a subject before it, that parse (without the auxiliary) replaces the sentence's old one. A root
verb that swallowed its subject ("The Israeli military declines to comment": "The" a det and
"military" an amod of the verb, no subject) is probed the same way. A subject hung on an entry's
dated heading as an apposition ("10 July 1999: Congo, Angola and Namibia sign a ceasefire") is
hung on the verb that has none. A headline's infinitive after its subject ("Japan to impose
sanctions") is parsed with "will" for its "to", and the "to" keeps that parse as a modal of
intention.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import numpy
from spacy import symbols
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from multivector.coding import lang
from multivector.coding.name_forms import PLURAL_TAGS
from multivector.coding.token_index import doc_text, release
from multivector.nlp import ENTRY_HEADING

PROBE = str(lang.entry("headline_probe_auxiliary"))
# the tags the tagger gives a bare present verb it misreads: a noun, an adjective, a base form
MISREAD_TAGS = lang.words("headline_misread_tags")
SUBJECT_POS = lang.words("headline_subject_pos")
FINITE_TAGS = lang.words("headline_finite_tags")
SUBORDINATE_DEPS = lang.words("headline_subordinate_deps")
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
SWALLOWED_DEPS = lang.words("headline_swallowed_deps")
ENCLOSING_DEPS = lang.words("headline_enclosing_deps")
SUBJECT_DEPS = lang.words("headline_subject_deps")
NOUN_FOLLOWERS = lang.words("headline_noun_followers")
END_POS = frozenset({"PUNCT", "CCONJ", "SPACE"})
PAST_TAGS = lang.words("headline_past_tags")
ES_ENDINGS = lang.word_list("headline_es_endings")
_VERBAL = frozenset({"VERB", "AUX"})
SUBJECT_LABELS = ("nsubj", "expl", "csubj")
_ATTRS = [HEAD, DEP, TAG, POS, LEMMA]
# the parse's own steps, run again on a probe (not ours, not the entity recogniser)
_STEPS = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"})


def base_forms(word: str) -> Iterator[str]:
    """The base forms a present-tense ``word`` may have ("halts": halt; "pledges": pledge)."""
    w = word.lower()
    yield w
    if w.endswith("s") and len(w) > 3:
        if w.endswith("ies"):
            yield w[:-3] + "y"
        elif w.endswith(ES_ENDINGS):
            yield w[:-2]
        else:
            yield w[:-1]


def body(sent: Span, text: str | None = None) -> Span:
    """``sent`` less the dated heading of a chronology's entry it opens with ("May: ...");
    ``text``: the whole document's text, if the caller has it (``Span.text`` joins the
    sentence's tokens anew)."""
    found = sent.text if text is None else text[sent.start_char : sent.end_char]
    m = ENTRY_HEADING.match(found)
    if m is None:
        return sent
    cut = sent.char_span(0, m.end(), alignment_mode="expand")
    return sent[len(cut) if cut is not None else 0 :]


def candidates(
    sent: Span, verbs: Collection[str], part: Span | None = None
) -> Iterator[tuple[Token, str]]:
    """Words of a verbless ``sent`` that may be its misread verb, with their base form; of a
    plural and a word after it the second ("Syrian government forces fire rockets": "fire").
    ``part``: ``body(sent)`` if the caller has it."""
    part = body(sent) if part is None else part
    found = [(tok, base) for tok in part[1:-1] if (base := _candidate(tok, verbs))]
    for k, (tok, base) in enumerate(found):
        if k + 1 < len(found) and found[k + 1][0].i == tok.i + 1 and tok.tag_ in PLURAL_TAGS:
            continue  # a plural noun and the verb after it: "forces fire"
        yield tok, base


def _candidate(tok: Token, verbs: Collection[str]) -> str | None:
    """The base form of ``tok`` if it may be a misread headline verb, else None."""
    if tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return None
    # a capitalised word inside a sentence is a name or a title's noun ("Official Visit of")
    if tok.tag_ not in MISREAD_TAGS or not tok.is_alpha or not tok.text[0].islower():
        return None
    prev, nxt = tok.nbor(-1), tok.nbor()
    if prev.pos_ not in SUBJECT_POS or nxt.pos_ in END_POS or nxt.lower_ in NOUN_FOLLOWERS:
        return None  # "Press release of the Ministry", "weapons use and the response"
    if tok.tag_ == "NN" and prev.tag_ == "NN":
        return None  # a bare form after a singular noun: "air force planes"
    # inside a preposition's phrase or a verb's it is a noun ("on the state visit of", "condemned
    # the air strikes on"), and so is the head of a subject ("Security forces fire tear gas")
    if tok.dep_ in SUBJECT_DEPS or any(
        a.dep_ in ENCLOSING_DEPS for a in (tok, *tok.ancestors)
    ) or any(a.pos_ in _VERBAL for a in tok.ancestors):
        return None
    return next((b for b in base_forms(tok.text) if b in verbs), None)


def probe(nlp: Language, sent: Span, tok: Token, base: str) -> Doc | None:
    """``sent`` parsed again with ``tok`` as "<probe> base"; None unless ``tok`` comes out the
    root verb with a subject before it."""
    words, spaces = [], []
    for t in sent:
        if t.i == tok.i:
            words.append(PROBE)
            spaces.append(True)
            words.append(base)
        else:
            words.append(t.text)
        spaces.append(bool(t.whitespace_))
    doc = _reparse(nlp, words, spaces)
    return doc if _verb_with_subject(doc, tok.i - sent.start + 1) else None


def probe_infinitive(nlp: Language, sent: Span, to: Token) -> Doc | None:
    """``sent`` parsed again with the "to" of a headline's infinitive as the probe's auxiliary
    ("Japan to impose sanctions": "Japan will impose sanctions"); None unless its verb comes out
    the root with a subject before it."""
    words = [PROBE if t.i == to.i else t.text for t in sent]
    doc = _reparse(nlp, words, [bool(t.whitespace_) for t in sent])
    return doc if _verb_with_subject(doc, to.head.i - sent.start) else None


def _reparse(nlp: Language, words: list[str], spaces: list[bool]) -> Doc:
    """``words`` parsed as one sentence by the parse's own steps."""
    spaces[-1] = False
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1))
    for name, step in nlp.pipeline:
        if name in _STEPS:
            doc = step(doc)
    return doc


def _verb_with_subject(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is the one root, a verb, with a subject before it."""
    verb = doc[i]
    if verb.dep_ != "ROOT" or verb.pos_ not in _VERBAL or sum(t.dep_ == "ROOT" for t in doc) != 1:
        return False
    return any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)


def mend(doc: Doc, sent: Span, tok: Token, probed: Doc) -> bool:
    """Put the probe's parse of ``sent`` (less its auxiliary) on ``doc``; False (and ``doc``
    unchanged) if the sentences would not stay as they were."""
    aux = tok.i - sent.start  # the probe's auxiliary, just before the verb
    tag = doc.vocab.strings.add("VBZ" if tok.text.lower().endswith("s") else "VBP")
    return _put(
        doc,
        sent,
        probed,
        lambda k: k if k < aux else k + 1,
        lambda j: j if j < aux else (aux if j == aux else j - 1),
        {tok.i: tag},
    )


def mend_infinitive(doc: Doc, sent: Span, probed: Doc) -> bool:
    """Put the parse of ``probe_infinitive`` on ``doc``: its "to" is the auxiliary ("will") of
    the headline's future, word for word."""
    return _put(doc, sent, probed, lambda k: k, lambda j: j, {})


def _put(doc, sent, probed, where, back, tags: dict[int, int]) -> bool:
    """Copy the parse of ``probed`` onto ``sent`` (``where``: a token's index in ``probed``,
    ``back``: a probe token's index in ``sent``); undone if the sentences would change."""
    arr = doc.to_array(_ATTRS)
    for k in range(len(sent)):
        p = probed[where(k)]
        arr[sent.start + k, 0] = numpy.int64(back(p.head.i) - k).astype(numpy.uint64)
        arr[sent.start + k, 1:] = [p.dep, p.tag, p.pos, p.lemma]
    for i, tag in tags.items():
        arr[i, 2] = tag
    return _apply(doc, arr)


def infinitive_headline(
    sent: Span, verbs: Collection[str], part: Span | None = None, sheet: _Sheet | None = None
) -> Token | None:
    """The "to" of a headline that tells the future by an infinitive after its subject and has
    no finite verb ("Japan to impose sanctions on Russian banks", "Modi to visit Russia"), when
    the infinitive is a verb of the event dictionary; else None. ``part``: ``body(sent)``, and
    ``sheet`` the document's columns, if the caller has them."""
    part = body(sent) if part is None else part
    if (
        sheet.finite_verb(part.start, part.end)
        if sheet is not None
        else any(t.tag_ in FINITE_TAGS and t.pos_ in _VERBAL for t in part)
    ):
        return None
    if sheet is not None and not sheet.has_to(part.start, part.end):
        return None  # no "to" tagged TO: no headline infinitive
    for to in part[1:-1]:
        verb = to.head
        if (
            to.tag_ == "TO"
            and to.dep_ == "aux"
            and verb.i == to.i + 1
            and verb.tag_ == "VB"
            and verb.lemma_ in verbs
            and to.nbor(-1).pos_ in SUBJECT_POS
        ):
            # only a subject before it: no verb, nor a misread one ("Kabila orders troops to
            # leave", "Myanmar and Bangladesh sign an agreement to start")
            before = part[: to.i - part.start]
            if any(t.pos_ in _VERBAL or _candidate(t, verbs) for t in before):
                return None
            return to
    return None


def swallowed(verb: Token) -> bool:
    """Whether the parser took the subject of root ``verb`` for its modifiers ("The Israeli
    military declines to comment": "The" a det, "military" an amod of "declines")."""
    deps = [c.dep_ for c in verb.lefts]
    return not any(d.startswith(SUBJECT_LABELS) for d in deps) and any(
        d in SWALLOWED_DEPS for d in deps
    )


def heading_subject(sent: Span, part: Span | None = None) -> Token | None:
    """The subject the parser hung on the dated heading of ``sent``'s entry as an apposition
    ("10 July 1999: Congo, Angola and Namibia sign a ceasefire": "Congo" an appos of "July"),
    when the root verb has no subject of its own; else None. ``part``: ``body(sent)`` if the
    caller has it."""
    root, start = sent.root, (body(sent) if part is None else part).start
    if start == sent.start or any(c.dep_.startswith(SUBJECT_LABELS) for c in root.lefts):
        return None
    for date in root.lefts:
        if date.i >= start:
            break
        for name in date.rights:
            if (
                name.dep_ == "appos"
                and name.i >= start
                and name.pos_ in SUBJECT_POS
                and name.right_edge.i == root.i - 1
            ):
                return name
    return None


def reattach(doc: Doc, tok: Token, head: Token, dep: str) -> bool:
    """Hang ``tok`` on ``head`` as ``dep``; False (and ``doc`` unchanged) if the sentences
    would not stay as they were."""
    arr = doc.to_array(_ATTRS)
    arr[tok.i, 0] = numpy.int64(head.i - tok.i).astype(numpy.uint64)
    arr[tok.i, 1] = doc.vocab.strings.add(dep)
    return _apply(doc, arr)


def _apply(doc: Doc, arr: numpy.ndarray) -> bool:
    """Put the parse ``arr`` (columns ``_ATTRS``) on ``doc``; undone, and False, if the
    sentences would not stay as they were."""
    before = doc.to_array(_ATTRS)
    starts = [s.start for s in doc.sents]
    doc.from_array(_ATTRS, arr)
    if [s.start for s in doc.sents] != starts:
        doc.from_array(_ATTRS, before)
        return False
    return True


def _finite(sent: Span, tok: Token, part: Span | None = None) -> bool:
    """Whether ``sent`` has a verb other than ``tok`` the tagger already read as finite ("US
    arms sales violate the principle": "arms" is a noun). ``part``: ``body(sent)`` if the
    caller has it."""
    for t in body(sent) if part is None else part:
        if t.tag_ not in FINITE_TAGS or t.pos_ not in _VERBAL or t.i == tok.i:
            continue
        clause = t.head if t.dep_ in AUXILIARY_DEPS else t
        if clause.dep_ not in SUBORDINATE_DEPS:
            return True
    return False


def mend_headlines(doc: Doc, nlp: Language, verbs: Collection[str]) -> int:
    """Mend every verbless sentence of ``doc`` whose misread verb a probe finds, and every
    entry whose subject was hung on its heading; how many."""
    mended = 0
    # the text joined once from the token index's word columns (which a mend leaves as they
    # are); the index is dropped below if a mend changed the parse it read
    text = doc_text(doc)
    sheet = _Sheet(doc)
    for sent in list(doc.sents):
        if len(sent) < 3:
            continue
        root = sent.root
        part = body(sent, text)  # the sentence less its entry's heading, found once
        if (to := infinitive_headline(sent, verbs, part, sheet)) is not None:
            probed = probe_infinitive(nlp, sent, to)
            if probed is not None and mend_infinitive(doc, sent, probed):
                mended += 1
                sheet = _Sheet(doc)
            continue
        if root.pos_ in _VERBAL and (subject := heading_subject(sent, part)) is not None:
            if reattach(doc, subject, root, "nsubj"):
                mended += 1
                sheet = _Sheet(doc)
            continue
        if root.pos_ in _VERBAL:
            found = [(root, root.lemma_)] if swallowed(root) and root.lemma_ in verbs else []
        else:
            found = list(candidates(sent, verbs, part))
        for tok, base in found:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
            if _finite(sent, tok, part) or (nxt.pos_ in _VERBAL and nxt.tag_ in PAST_TAGS):
                continue  # "air strikes killed 20": a noun; "Russia shells port": "port" no verb
            probed = probe(nlp, sent, tok, base)
            if probed is not None and mend(doc, sent, tok, probed):
                mended += 1
                sheet = _Sheet(doc)
                break
    if mended:
        release(doc)  # the index read the parse before the mends: built again on next use
    return mended


class _Sheet:
    """The tag and part-of-speech columns of a Doc as plain lists, read once (and again after a
    mend changes them), for the tests that scan a whole sentence."""

    __slots__ = ("tags", "pos", "_finite_tags", "_verbal", "_to")

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([TAG, POS])
        self.tags: list[int] = arr[:, 0].tolist() if len(doc) else []
        self.pos: list[int] = arr[:, 1].tolist() if len(doc) else []
        strings = doc.vocab.strings
        self._finite_tags = frozenset(strings.add(t) for t in FINITE_TAGS)
        self._verbal = frozenset({symbols.VERB, symbols.AUX})
        self._to = strings.add("TO")

    def finite_verb(self, start: int, end: int) -> bool:
        """Whether a token of ``[start, end)`` is a verb tagged finite."""
        finite, verbal, pos = self._finite_tags, self._verbal, self.pos
        return any(
            t in finite and pos[k] in verbal
            for k, t in enumerate(self.tags[start:end], start)
        )

    def has_to(self, start: int, end: int) -> bool:
        """Whether a token of ``[start, end)`` is tagged TO."""
        return self._to in self.tags[start:end]
