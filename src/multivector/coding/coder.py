"""The coder: documents in, events out.

>>> coder = Coder()
>>> [e.cameo for e in coder.code_text("Nazarbayev visited Turkey.")]
['042']

The spaCy model parses each document once (``nlp.pipe`` in batches); everything after the
parse — actor matching, patterns, coreference, dates — is cheap by comparison (see
docs/benchmarks.md). A failure on one sentence is logged and skipped; it never stops a batch.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from multivector.actors import extend_actor_data, load_actor_data
from multivector.coding.actors import ActorLexicon
from multivector.coding.companies import carry_companies
from multivector.coding.date_spans import mend_date_entities, mend_shift_entities
from multivector.coding.dates import names_day
from multivector.coding.dictionary import Dictionaries, bundled_path, load_dictionaries
from multivector.coding.digest import briefs
from multivector.coding.eras import note_document_date
from multivector.coding.events import DocumentState, EventAnaphora, EventExtractor, Modality, Trace
from multivector.coding.headlines import mend_headlines
from multivector.coding.life_story import note_life_subject
from multivector.coding.named_kinds import note_named_kinds
from multivector.coding.page_pairs import page_partners
from multivector.coding.story_day import story_day
from multivector.coding.token_index import doc_text, release
from multivector.coding.verification import Verification
from multivector.coding.voices import carry_voices
from multivector.model import CodedDocument, Document, DocumentProblem, Event, PartialDate
from multivector.model import Span as CharSpan
from multivector.nlp import dateline_span, load_pipeline
from multivector.ontology import load_ontology

log = logging.getLogger(__name__)


def parse_document_date(date: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; None when absent or invalid."""
    found = PartialDate.parse(str(date)[:10]) if date else None
    return found.first if found is not None and found.precision == "day" else None


class Coder:
    """Codes documents into events with a spaCy model and multivector's dictionaries.

    Load it once and reuse it: loading the model and dictionaries is the expensive part.
    ``dictionary_paths`` are user dictionaries layered over the bundled ones (``replace=True``:
    instead of them); ``dictionaries`` passes a ready bundle (e.g. converted PETRARCH files);
    ``modality`` replaces the bundled modality data; ``coref_at_mention=False`` gives actors found
    through coreference their antecedent's words and span instead of the mention's (for
    post-processing that reads actors by position, as PETRARCH's does). ``model`` consults the
    trained event classifier (:mod:`multivector.coding.second_opinion`): ``True`` the bundled
    one if it has been built (``make model``; a warning says when it has not), a path another
    file, ``False`` none (rules only). ``verify`` (with ``model`` on) applies the learned checks
    after the rules, the target ranker and the event verifier
    (:mod:`multivector.coding.verification`): ``True`` the bundled models if built, a directory
    holding others, ``False`` none; ``strict`` drops events at the verifier's stricter threshold
    (more precise on news, fewer events on event-dense text; ``verifier/settings.yaml``).
    """

    def __init__(
        self,
        dictionary_paths: Iterable[str] = (),
        nlp=None,
        dictionaries: Dictionaries | None = None,
        replace: bool = False,
        max_chunk: int = 20_000,
        modality: Modality | None = None,
        coref_at_mention: bool = True,
        model: bool | str = True,
        verify: bool | str = True,
        strict: bool = False,
    ) -> None:
        self.dictionary_paths = list(dictionary_paths)
        self.max_chunk = max_chunk
        self.dictionaries = dictionaries or load_dictionaries(
            self.dictionary_paths, replace=replace
        )
        self.nlp = nlp or load_pipeline()
        actor_data = load_actor_data(self.dictionaries.actor_files)
        if self.dictionaries.extra_actors:
            actor_data = extend_actor_data(actor_data, self.dictionaries.extra_actors)
        self.lexicon = ActorLexicon(actor_data, self.nlp.vocab)
        self.lexicon.compile(self.nlp.make_doc)
        self.ontology = load_ontology()
        self.extractor = EventExtractor(
            self.dictionaries,
            self.lexicon,
            self.ontology,
            modality or Modality.load(bundled_path("modality.yaml")),
            EventAnaphora.load(bundled_path("anaphora.yaml")),
            coref_at_mention=coref_at_mention,
            second_opinion=(opinion := _second_opinion(model)),
            verification=_verification(verify, opinion, strict) if model is not False else None,
        )
        if opinion is not None:
            opinion.know_dictionary(self.dictionaries.events)

    @property
    def second_opinion(self):
        """The classifier the coder consults, or None (rules only)."""
        return self.extractor.second_opinion

    # ------------------------------------------------------------------ public API
    def code_documents(
        self,
        documents: Iterable[Document | DocumentProblem],
        batch_size: int = 32,
        stream: bool = False,
    ) -> Iterator[CodedDocument]:
        """Code a stream of documents, yielding one :class:`CodedDocument` each, in input order.

        A :class:`DocumentProblem` in the stream (a file the reader could not use) passes
        through as a CodedDocument with ``problem`` set. With ``stream``, a document longer than
        ``max_chunk`` comes as a :class:`StreamedDocument` whose events arrive piece by piece
        (its ``parts()``), so they are never all held at once.
        """
        it = iter(documents)
        while batch := list(islice(it, batch_size)):
            # parsed in one stream: every text that is not coded piece by piece (decided once)
            short = [d for d in batch if isinstance(d, Document) and not self._in_pieces(d)]
            whole = {id(d) for d in short}
            parsed = self._parse_stream(short, batch_size)
            for item in batch:
                if isinstance(item, DocumentProblem):
                    yield CodedDocument(document=Document(id=item.name, text=""), problem=item)
                    continue
                if id(item) not in whole:  # a long text, or a digest of briefs
                    if stream:
                        yield StreamedDocument(document=item, pieces=self.code_pieces(item))
                    else:
                        yield self._code_long(item)
                    continue
                try:
                    doc = next(parsed)
                except Exception as exc:  # the parser failed on this text: report, go on
                    log.warning("%s: could not be parsed: %s", item.id, exc)
                    yield CodedDocument(
                        document=item, problem=DocumentProblem(item.id, f"parse failed: {exc}")
                    )
                    parsed = self._parse_stream(short[short.index(item) + 1 :], batch_size)
                    continue
                yield self.code_parsed(item, doc)

    def _in_pieces(self, document: Document) -> bool:
        """Whether ``document`` is coded piece by piece: longer than ``max_chunk``, or a digest
        of datelined briefs (coding/digest.py)."""
        text = document.text
        return len(text) > self.max_chunk or briefs(text, self.max_chunk) is not None

    def _parse_stream(self, documents: list[Document], batch_size: int) -> Iterator:
        return iter(self.nlp.pipe((d.text for d in documents), batch_size=batch_size))

    def _code_long(self, document: Document) -> CodedDocument:
        """Code a long text piece by piece (:meth:`code_pieces`) and gather the pieces."""
        result = CodedDocument(document=document)
        for part in self.code_pieces(document):
            if part.problem is not None:
                return part
            result.events.extend(part.events)
            result.sentences.extend(part.sentences)
        result.n_sentences = len(result.sentences)
        return result

    def code_pieces(self, document: Document) -> Iterator[CodedDocument]:
        """Code a long text piece by piece, so memory stays bounded by the piece size.

        The text is cut at paragraph breaks (else line breaks, sentence ends, spaces) into
        pieces of at most ``max_chunk`` characters; each piece is parsed and coded, yielded as
        one CodedDocument of ``document`` (its events and sentences, with the whole document's
        sentence ids and character offsets), and its parse released. What crosses pieces
        (coreference salience, the narrative date, recent events, the focus country, who speaks at
        the cut and the author a heading named) is carried
        in the document state. A digest of datelined briefs (coding/digest.py) is cut into its
        briefs instead, each coded with a state of its own. If the parser fails on a piece, a
        CodedDocument with ``problem`` set is the last one yielded.
        """
        state: DocumentState | None = None
        offset = n_sentences = 0
        # the briefs of a digest are stories of their own: nothing crosses them
        digest = briefs(document.text, self.max_chunk)
        split = iter(digest) if digest else iter_pieces(document.text, self.max_chunk)
        # the parser reads the pieces (a batch ahead at most) as this loop does: tee keeps both
        pieces, to_parse = itertools.tee(split)
        try:
            for piece, doc in zip(pieces, self.nlp.pipe(to_parse, batch_size=1), strict=True):
                part, state = self._code(
                    Document(id=document.id, text=piece, date=document.date),
                    doc,
                    None,
                    None if digest else state,
                    more=not digest and offset + len(piece) < len(document.text),
                )
                shift_coded(part, offset, n_sentences)
                part.document = document
                n_sentences += len(part.sentences)
                offset += len(piece)
                yield part
        except Exception as exc:  # the parser failed on a piece: report the document, go on
            log.warning("%s: could not be parsed: %s", document.id, exc)
            yield CodedDocument(
                document=document, problem=DocumentProblem(document.id, f"parse failed: {exc}")
            )

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        """Code one text; ``date`` (YYYY-MM-DD) anchors relative dates."""
        coded = next(self.code_documents([Document(id=doc_id, text=text, date=date)]))
        if coded.problem is not None:
            raise ValueError(str(coded.problem))
        return coded.events

    def code_parsed(
        self, document: Document, doc, traces: list[tuple[int, Trace]] | None = None
    ) -> CodedDocument:
        """Code an already parsed spaCy ``doc`` of ``document``."""
        try:
            return self._code(document, doc, traces)[0]
        finally:
            release(doc)

    def _code(
        self,
        document: Document,
        doc,
        traces: list[tuple[int, Trace]] | None = None,
        carry: DocumentState | None = None,
        more: bool = False,
    ) -> tuple[CodedDocument, DocumentState]:
        """Code ``doc``; ``carry`` is the state left by the previous piece of a long text, and
        ``more`` says another piece follows (who speaks at the cut is left to it)."""
        mend_date_entities(doc)
        mend_shift_entities(doc)
        mend_headlines(doc, self.nlp, self.dictionaries.events.verbs)
        mentions = self.lexicon.find_mentions(doc)
        generic = self.extractor.phrases.generic
        note_named_kinds(doc, mentions, generic.locator.whole_place if generic is not None else None)
        text = doc_text(doc)  # Doc.text joins every token: built once, shared with the stages
        dateline = dateline_span(text) if carry is None else None  # found once: day and sentence
        if carry is not None:
            state = carry.continued(mentions)
        else:
            filed = text[dateline[0] : dateline[1]] if dateline else None
            state = DocumentState(
                doc_id=document.id,
                doc_date=story_day(filed, parse_document_date(document.date)),
                mentions=mentions,
            )
            when = state.doc_date
            state.partners = page_partners(doc, mentions, lambda m: m.stands_for(when))
        state.cut = more
        note_document_date(doc, state.doc_date)
        self.extractor.index_document(doc, state)
        # DATE entities by sentence, found once (Span.ents walks the whole document each time).
        sentences = list(_content_sentences(doc, text))
        starts = [sent.start for sent in sentences]
        for ent in doc.ents:
            if ent.label_ == "DATE" or (ent.label_ == "TIME" and names_day(ent.text)):
                k = bisect.bisect_right(starts, ent.start) - 1
                if k >= 0:
                    state.dates_by_sentence.setdefault(starts[k], []).append(ent)
        coded = CodedDocument(document=document)
        previous_end = 0
        for sid, sent in enumerate(sentences):
            sent_text = text[sent.start_char : sent.end_char]
            if dateline and dateline[0] <= sent.start_char and sent.end_char <= dateline[1] + 1:
                coded.sentences.append((sent.start_char, sent.end_char, sent_text.strip()))
                continue  # "MOGADISHU, March 8 (Wire) -": where the story was filed, not an event
            lead = len(sent_text) - len(sent_text.lstrip())
            new_paragraph = sid == 0 or "\n" in text[previous_end : sent.start_char + lead]
            previous_end = sent.start_char + len(sent_text.rstrip())
            coded.sentences.append((sent.start_char, sent.end_char, sent_text.strip()))
            try:
                events, sentence_traces = self.extractor.code_sentence(
                    sent, sid, state, new_paragraph, sent_text.strip()
                )
                note_life_subject(sent, sid, state, self.extractor.phrases.resolve)
            except Exception:  # one bad sentence must not stop the document
                log.exception("%s: sentence %d could not be coded; skipped", document.id, sid)
                continue
            coded.events.extend(events)
            if traces is not None:
                traces.extend((sid, t) for t in sentence_traces)
        coded.n_sentences = len(coded.sentences)
        if more:  # the quotation, author and companies the next piece goes on with
            state.carried_voices = carry_voices(doc, state, self.extractor.phrases)
            state.carried_companies = carry_companies(doc, state)
            if (generic := self.extractor.phrases.generic) is not None:
                generic.focus(doc, state.mentions, state.generic)  # with the lead and dateline
        return coded, state

    def explain(self, text: str, date: str | None = None) -> str:
        """A readable account of the parse and of why each predicate was or was not coded."""
        doc = self.nlp(text)
        traces: list[tuple[int, Trace]] = []
        check = self.extractor.verification
        scores: dict[int, str] = {}
        if check is not None:
            check.scores = scores
        try:
            coded = self.code_parsed(Document(id="explain", text=text, date=date), doc, traces)
        finally:
            if check is not None:
                check.scores = None
        mentions = self.lexicon.find_mentions(doc)
        lines: list[str] = []
        for sid, sent in enumerate(_content_sentences(doc, doc.text)):
            lines.append(f"sentence {sid}: {sent.text.strip()}")
            lines.append("  parse:")
            for t in sent:
                if t.is_space:
                    continue
                m = mentions.get(t.i)
                actor = f"  actor={m.entries[0].code}({m.entries[0].kind})" if m else ""
                lines.append(
                    f"    {t.i:>3} {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} head={t.head.i}{actor}"
                )
            if self.second_opinion is not None:
                op = self.second_opinion.opinion(sent)
                best = op.best_code(None if op.best_root()[0] == "none" else op.best_root()[0])
                code = f"; best code {best[0]} {best[1]:.2f}" if best else ""
                lines.append(f"  model (event classifier): {op.summary(4)}{code}")
            lines.append("  predicates:")
            found = [tr for s, tr in traces if s == sid]
            if not found:
                lines.append("    (no word of this sentence is in the event dictionary)")
            for tr in found:
                lines.append(f"    {tr.token} [{tr.lemma}]: {tr.outcome}")
            lines.append("  events:")
            evs = [e for e in coded.events if e.sentence_id == sid]
            if not evs:
                lines.append("    (none)")
            for e in evs:
                tgt = e.target.code if e.target else (f"object '{e.object}'" if e.object else "-")
                lines.append(
                    f"    {e.source.code} -> {tgt}  CAMEO {e.cameo} ({self.ontology.cameo(e.cameo).name}), "
                    f"PLOVER {e.plover}, Goldstein {e.goldstein}, date {e.date} [{e.date_source}], rule {e.rule}"
                    + (f" ({scores[id(e)]})" if id(e) in scores else "")
                )
        return "\n".join(lines)


@dataclasses.dataclass(slots=True)
class StreamedDocument(CodedDocument):
    """A long document whose events arrive piece by piece (``Coder.code_documents(...,
    stream=True)``): ``events`` and ``sentences`` stay empty; :meth:`parts` yields, once, one
    CodedDocument per piece, the last one with ``problem`` set if the parser failed."""

    pieces: Iterator[CodedDocument] | None = None

    def parts(self) -> Iterator[CodedDocument]:
        """The pieces' results, in order; a second call yields nothing."""
        pieces, self.pieces = self.pieces, None
        for part in pieces or ():
            self.n_sentences += len(part.sentences)
            yield part


def _second_opinion(model: bool | str):
    if model is False or model is None:
        return None
    from multivector.coding.classifier import ClassifierNotBuilt
    from multivector.coding.second_opinion import load_second_opinion

    try:
        return load_second_opinion(None if model is True else str(model))
    except ClassifierNotBuilt as exc:
        if model is not True:
            raise
        _warn_once(str(exc))
        return None


def _verification(verify: bool | str, second_opinion, strict: bool) -> Verification | None:
    if verify is False or verify is None:
        return None
    from multivector.coding.verifier import DEFAULT_PATH, RANKER_PATH, VerifierNotBuilt, load_scorer
    from multivector.coding.verifier.model import SOURCE_RANKER_PATH

    directory = None if verify is True else Path(str(verify))
    try:
        verifier = load_scorer(directory / DEFAULT_PATH.name if directory else DEFAULT_PATH)
        ranker = load_scorer(directory / RANKER_PATH.name if directory else RANKER_PATH)
    except VerifierNotBuilt as exc:
        if verify is not True:
            raise
        _warn_once(str(exc))
        return None
    sources = directory / SOURCE_RANKER_PATH.name if directory else SOURCE_RANKER_PATH
    try:  # the source ranker is optional: without it the rules' sources stand
        source_ranker = load_scorer(sources)
    except VerifierNotBuilt:
        source_ranker = None
    return Verification(
        verifier, ranker, second_opinion, strict=strict, source_ranker=source_ranker
    )


@functools.cache
def _warn_once(message: str) -> None:
    log.warning("%s; coding with the rules only", message)


def shift_coded(coded: CodedDocument, offset: int, first_sentence: int) -> None:
    """Move a piece's sentences and events to their place in the whole document."""
    if not offset and not first_sentence:
        return
    coded.sentences = [(a + offset, b + offset, t) for a, b, t in coded.sentences]
    for e in coded.events:
        e.sentence_id += first_sentence
        e.sentence_start += offset
        e.verb_span = _shifted(e.verb_span, offset)
        e.object_span = _shifted(e.object_span, offset)
        e.source = dataclasses.replace(e.source, span=_shifted(e.source.span, offset))
        if e.target is not None:
            e.target = dataclasses.replace(e.target, span=_shifted(e.target.span, offset))


def _shifted(span: CharSpan | None, offset: int) -> CharSpan | None:
    return None if span is None else CharSpan(span.start + offset, span.end + offset)


def split_text(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of at most about ``size`` characters at paragraph breaks (else
    line breaks, else sentence ends, else spaces); the pieces concatenate back to ``text``."""
    return list(iter_pieces(text, size))


def iter_pieces(text: str, size: int) -> Iterator[str]:
    """:func:`split_text` one piece at a time (a long text is not copied whole)."""
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep)
            if k > size // 4:
                cut = k + len(sep)
                break
        if cut <= 0:
            cut = size
        if cut:
            yield text[start : start + cut]
        start += cut
    if start < len(text):
        yield text[start:]


def _content_sentences(doc, text: str):
    for sent in doc.sents:
        if text[sent.start_char : sent.end_char].strip():
            yield sent


@functools.lru_cache(maxsize=1)
def default_coder() -> Coder:
    """The process-wide default coder, built on first use."""
    return Coder()
