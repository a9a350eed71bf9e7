"""Dates the entity recogniser split: "27 September 2020" read as a number and two DATEs.

The small English model sometimes tags a full date at the head of a sentence as pieces ("On 27
September 2020 Azerbaijan launched ...": ``27`` CARDINAL, ``September`` DATE, ``2020`` DATE),
and the coder, which reads a sentence's dates from its DATE entities, then finds only a month
or a bare year. :func:`mend_date_entities` joins, around every DATE entity that is a month name
(or a month and a day), an adjacent day number and a following year into one DATE entity. It
touches nothing else: a span that other entities (a name, a quantity) overlap stays as it was.

At the head of a sentence the model may also tag only the unit of a shift from the narrative
("The following month Kosovo police ...": ``month`` DATE); :func:`mend_shift_entities` gives
the entity back its shift word and article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from multivector.coding import lang
from multivector.coding.dates import COUNT_DIRECTIONS, MONTHS, NARRATIVE_SHIFTS

NARRATIVE_UNITS = lang.words("narrative_units")
ARTICLES = lang.words("date_article")
#: What a direction word may be before or after ("the day after the vote"): no shift of its own.
ANCHOR_POS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})

#: Labels of the pieces a split date leaves (the day as a number, the year as a date or number).
PIECE_LABELS = frozenset({"DATE", "CARDINAL"})


def _is_month(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.lower().rstrip(".") in MONTHS


def _is_day(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) <= 2 and 1 <= int(tok.text) <= 31


def _is_year(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2199


def _full_date(doc: Doc, ent: Span) -> tuple[int, int] | None:
    """The token range of the full date around the month of ``ent``, if it reaches further."""
    months = [t for t in ent if _is_month(t)]
    if len(months) != 1 or len(ent) > 3:
        return None
    month = months[0]
    start, end = ent.start, ent.end
    if month.i == ent.start and start > 0 and _is_day(doc[start - 1]):
        start -= 1  # "27 | September"
    if month.i == end - 1 and end < len(doc) and _is_day(doc[end]):
        end += 1  # "September | 27"
    comma = end < len(doc) and doc[end].text == "," and _is_day(doc[end - 1])
    after = end + 1 if comma else end  # "September 27, 2020"; not "In March, 2000 people"
    if after < len(doc) and _is_year(doc[after]) and not _is_year(doc[end - 1]):
        end = after + 1  # "September | 2020", "September 27, | 2020"
    if (start, end) == (ent.start, ent.end):
        return None
    return start, end


def mend_date_entities(doc: Doc) -> int:
    """Join the split pieces of full dates in ``doc`` into single DATE entities; how many."""
    ents = doc.ents
    if not ents:
        return 0
    n = len(doc)
    reaches: list[tuple[Span, tuple[int, int]]] = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ != "DATE" or end - start > 3:
            continue
        after = doc[end].text if end < n else ""
        if not (start > 0 and doc[start - 1].text.isdigit() or after.isdigit() or after == ","):
            continue  # the usual case, cheaply: no number beside the date
        if (reach := _full_date(doc, ent)) is not None:
            reaches.append((ent, reach))
    if not reaches:
        return 0
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    joined: list[Span] = []
    dropped: set[tuple[int, int]] = set()
    for ent, (start, end) in reaches:
        if (ent.start, ent.end) in dropped:
            continue
        parts = {(e.start, e.end): e for i in range(start, end) if (e := owner.get(i)) is not None}
        if any(e.label_ not in PIECE_LABELS or e.start < start or e.end > end for e in parts.values()):
            continue  # another entity reaches into or beyond the date: not a split date
        dropped.update(parts)
        joined.append(Span(doc, start, end, label="DATE"))
    if not joined:
        return 0
    doc.ents = [e for e in ents if (e.start, e.end) not in dropped] + joined
    return len(joined)


def mend_shift_entities(doc: Doc) -> int:
    """Mend the DATE entities of a shift from the narrative that the model tagged in part: a
    bare unit (``narrative_units``) gets back the shift word and article before it ("the
    following | month") and a direction word after "the" and the unit when nothing it could
    be before or after follows ("The day | before, the Union had ..."; not "the day after the
    vote"); how many."""
    ents = doc.ents
    n = len(doc)
    taken = {i for e in ents for i in range(e.start, e.end)}
    mended: dict[tuple[int, int], Span] = {}
    for ent in ents:
        if ent.label_ != "DATE" or ent[-1].lower_ not in NARRATIVE_UNITS or len(ent) > 2:
            continue
        start, end = ent.start, ent.end
        if len(ent) == 1 and start > 0 and doc[start - 1].lower_ in NARRATIVE_SHIFTS and start - 1 not in taken:
            start -= 1
            if start > 0 and doc[start - 1].lower_ in ARTICLES and start - 1 not in taken:
                start -= 1
        elif (
            len(ent) == 2
            and ent[0].lower_ in ARTICLES
            and end < n
            and doc[end].lower_ in COUNT_DIRECTIONS
            and end not in taken
            and (end + 1 == n or doc[end + 1].pos_ not in ANCHOR_POS)
        ):
            end += 1
        if (start, end) != (ent.start, ent.end):
            mended[ent.start, ent.end] = Span(doc, start, end, label="DATE")
    if not mended:
        return 0
    doc.ents = [mended.get((e.start, e.end), e) for e in ents]
    return len(mended)
