"""A digest of news briefs: several stories in one text, each opening with its own dateline.

A wire digest ("STOCKHOLM - Sweden expelled ...", then "OSLO - A Russian officer ...") puts
unrelated stories one after another. What one brief says is no antecedent for the next: "him",
"border guards", "the two countries" or the other side of a demand belong to their own story,
and so do its place of filing and its focus country. A text with at least ``MIN_BRIEFS``
paragraphs that open with a dateline is cut before each of them, and every brief is coded as a
document of its own (coding/coder.py); any other text is one story.
"""

from __future__ import annotations

from multivector.coding.focus_country import DATELINE_PLACE
from multivector.nlp import SENTENCE_ENDS

MIN_BRIEFS = 2
DATELINE_REACH = 120  # characters a dateline may take ("TROMSO, Norway, May 3 - ")


def brief_starts(text: str) -> list[int]:
    """Where the paragraphs of ``text`` that open with a dateline begin (a paragraph follows a
    blank line, or any line break in a text with no blank lines)."""
    breaks = "\n\n" if "\n\n" in text else "\n"
    starts = []
    k = 0
    while k >= 0:
        first = k + len(text[k:]) - len(text[k:].lstrip())
        k = text.find(breaks, first)
        paragraph = text[first : k if k >= 0 else len(text)].rstrip()
        if paragraph.endswith(SENTENCE_ENDS) and DATELINE_PLACE.match(
            paragraph[:DATELINE_REACH]
        ):  # a headline ("ANALYSIS - Kazakhstan walks a line") is no brief
            starts.append(first)
        k = -1 if k < 0 else k + len(breaks)
    return starts


def briefs(text: str, size: int | None = None) -> list[str] | None:
    """The briefs of a digest, which concatenate back to ``text``; None for one story (or when
    a brief is longer than ``size`` characters: a long text is cut by size instead)."""
    starts = brief_starts(text)
    if len(starts) < MIN_BRIEFS:
        return None
    cuts = [0, *(k for k in starts if k > 0), len(text)]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    if size is not None and any(len(p) > size for p in pieces):
        return None
    return pieces
