"""Event dates: the dates a sentence gives, the narrative date carried forward, an event's date.

Parsing a date expression is :mod:`multivector.coding.dates`; this stage decides which parsed
date an event takes (a date in the verb's own phrase first, else the nearest) and how the
narrative date moves from sentence to sentence.
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.carried_dates import (
    act_dates,
    carried_dates,
    interval_anchor,
    stated_in_past,
)
from multivector.coding.date_intervals import interval, shifted
from multivector.coding.date_owners import (
    ORDINAL,
    date_owner,
    names_a_thing,
    opens_period,
)
from multivector.coding.dates import (
    END_PREPOSITIONS,
    HISTORY_YEARS,
    MONTHS,
    DateValue,
    is_date_like,
    names_day,
    parse_date_expression,
)
from multivector.coding.entry_dates import entry_date_of, heading_match, heading_match_date
from multivector.coding.future_dates import FUTURE_FRAMES, ahead
from multivector.coding.gathering_dates import gathering_date, note_gathering
from multivector.coding.narrative_time import (
    frame_after,
    frame_of_sentence,
    narrating_past,
    open_paragraph,
)
from multivector.coding.state import DocumentState
from multivector.coding.story_days import (
    is_story_phrase,
    story_day,
    story_day_base,
    tells_month,
    with_story_days,
)
from multivector.coding.token_index import doc_text, token_index
from multivector.coding.weekends import weekend_day
from multivector.model import PartialDate

SentenceDates = list[tuple[Span, DateValue]]
DAY_PRECISION = frozenset({"day", "week"})
ANY_PRECISION = frozenset({"day", "week", "month", "year"})

DATE_QUALIFIERS = lang.words("date_qualifiers")
THAT_MONTH_WORDS = lang.words("narrative_month_words")  # "That October" ("That" left outside)
EVENT_PREPOSITIONS = lang.words("date_event_prepositions")
SHARING_MARKS = lang.words("date_sharing_marks")


def sentence_dates(sent: Span, state: DocumentState) -> SentenceDates:
    """Every date entity of ``sent`` parsed, relative to the document date and the narrative."""
    out: SentenceDates = []
    narrative = state.narrative
    last_day = state.last_day
    past = state.retro
    month = state.told_month  # the month a bare day is in ("on the 27th")
    ents = state.dates_by_sentence.get(sent.start, ())
    quick = state.sentence_text if state.sentence is sent else None
    for ent in with_story_days(sent, ents, quick):
        text = doc_text(sent.doc)[ent.start_char : ent.end_char]  # Span.text joins its tokens
        if not (is_date_like(text) or is_story_phrase(text)) or is_tally(ent):
            continue
        # spaCy leaves the qualifier outside the entity at times ("late 2001").
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (
            before.lower_ in DATE_QUALIFIERS
            or (_day_number(before) or before.lower_ in THAT_MONTH_WORDS)
            and ent[0].lower_ in MONTHS
        ):  # "late 2001"; "the night of 25 March 1971" where the entity is "March 1971"; "That
            # October" where it is "October"
            text = before.text + " " + text
        told = story_day_base(last_day, state.last_day, state.previous_date)
        news_day = None if past or state.history or opens_period(ent) else state.doc_date
        value = (
            story_day(ent, told, month, state.doc_date) or weekend_day(text, news_day)
        ) or parse_date_expression(
            text,
            state.doc_date,
            narrative,
            _day_base(last_day, narrative, state.narrative),
            history=state.history is not False or past,
            entry=state.entry_date,
        )
        if value is not None:
            month = value if tells_month(value) and not opens_period(ent) else month
            value = ahead(value, ent, text, date_owner(ent), state.doc_date)  # "will meet on Friday"
            out.append((ent, value))
            if not opens_period(ent) and not names_a_thing(ent):
                past = frame_after(value, past, state.doc_date)
                if moves_narrative(value, narrative):
                    narrative = value
            if value.precision == "day" and not opens_period(ent):  # not "since Wednesday"
                last_day = value
    return out


def _day_base(
    last_day: DateValue | None, narrative: DateValue | None, before: DateValue | None
) -> DateValue | None:
    """What "the same day" is relative to: the last day the text gave, unless a month or year
    earlier in the same sentence (``narrative`` moved on from ``before``) is later than it ("In
    January 2023 Estonia expelled ..., and Russia expelled ... the same day" after a day of
    2008: January 2023)."""
    if (
        narrative is not None
        and narrative is not before
        and narrative.precision in ("month", "year")
        and narrative.how != "document-relative"
        and (last_day is None or narrative.partial.first > last_day.partial.first)
    ):
        return narrative
    return last_day


def is_tally(ent: Span) -> bool:
    """A count within a period ("its 14th this year", "the 3rd this month"): the entity
    recogniser takes the ordinal in, but the phrase numbers the act, it does not date it."""
    first = ent[0]
    return bool(ORDINAL.match(first.text)) and not names_day(ent.text)


def _day_number(tok: Token) -> bool:
    """A day of the month written in figures ("25", "3rd")."""
    digits = tok.text[:-2] if ORDINAL.match(tok.text) else tok.text
    return digits.isdigit() and 1 <= int(digits) <= 31


def moves_narrative(value: DateValue, narrative: DateValue | None) -> bool:
    """Whether ``value`` becomes the narrative date: a date not relative to the document, and
    not a decade when the narrative is finer (a decade is background, "the genocide of the
    1970s", not a step of the story: "On 4 September" after it is still in the story's year)."""
    if value.how == "document-relative":
        return False
    return not (
        value.precision == "decade" and narrative is not None and narrative.precision != "decade"
    )


def actor_day(dates: SentenceDates, state: DocumentState) -> dt.date | None:
    """The day a sentence's places and leaders are read on: the document's day when the
    sentence dates something relative to it ("met on Monday" after "independence in 1991":
    Moscow is Russia's capital again), else the narrative's, else the document's."""
    if state.doc_date is not None and any(v.how == "document-relative" for _, v in dates):
        return state.doc_date
    return as_date(state.narrative) or state.doc_date


def _in_note(state: DocumentState) -> bool:
    """Whether the sentence read lies in an editor's note: a line in square brackets ("[Report
    of a Lima daily, Tuesday 4 May 1982.]", "[Retrospective, published 21 November 2015]")."""
    sent = state.sentence
    if sent is None:
        return False
    text = doc_text(sent.doc)
    words = text[sent.start_char : sent.end_char]
    first = sent.start_char + len(words) - len(words.lstrip())  # the sentence's own words
    last = sent.start_char + len(words.rstrip())
    end = text.find("\n", last)
    line = text[text.rfind("\n", 0, first) + 1 : end if end >= 0 else len(text)].strip()
    return line.startswith("[") and line.endswith("]")


def advance_narrative(dates: SentenceDates, state: DocumentState) -> None:
    """The last date of the sentence that is not relative to the document becomes the narrative;
    the last one known to the day is kept too ("the same day" in a later sentence)."""
    if state.history is None and dates and state.doc_date is not None and not _in_note(state):
        # the first dated sentence: news anchors it on the reporting day ("on Wednesday"); an
        # editor's note in brackets dates the document, not the text's time
        doc_year = state.doc_date.year
        state.history = all(v.how != "document-relative" for _, v in dates) and any(
            v.precision != "decade" and doc_year - v.year > HISTORY_YEARS for _, v in dates
        )  # years before the document (a later one is a release note or a plan: "released 1999")
    told = [v for e, v in dates if not (opens_period(e) or names_a_thing(e))]
    state.retro = frame_of_sentence(told, state.retro, state.doc_date)
    for ent, value in dates:
        if moves_narrative(value, state.narrative) and not (
            opens_period(ent) or names_a_thing(ent)
        ):
            state.narrative = value
        if value.precision == "day" and not opens_period(ent):  # not "since Wednesday"
            state.last_day = value
        if tells_month(value) and not opens_period(ent):
            state.told_month = value
    note_gathering([(e, v) for e, v in dates if not opens_period(e)], state)
    carried = carried_dates(dates, [date_owner(e) for e, _ in dates], opens_period)
    if dates and carried is not None:  # not "since Wednesday" alone; not the saying's date
        state.previous_date = sentence_date(carried, state.doc_date, ANY_PRECISION)


def _borrowed(v: Token, dates: SentenceDates, owners: list[Token]) -> DateValue | None:
    """A date of a clause inside ``v``'s that shares its time: an infinitive of purpose after an
    object ("used tear gas to break up the rally late on Tuesday") or after a verb in the simple
    past ("met officials to strengthen ties in April 2003"), or a relative clause in the simple
    past on its object ("brokered a ceasefire that both sides signed in 2002"; not "who had
    opposed")."""
    kids = list(v.children)
    has_object = any(c.dep_ == "dobj" for c in kids)
    for c in kids:
        if has_object and c.dep_ == "xcomp" and (found := _own(c, dates, owners)) is not None:
            return found  # "used tear gas to disperse ...", not "hoped to finish this year"
        if (
            c.dep_ == "advcl"
            and v.tag_ == "VBD"
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            and (found := _own(c, dates, owners)) is not None
        ):
            return found  # "met officials to strengthen ties in April 2003": a past act's purpose
        if c.dep_ != "dobj":
            continue
        for r in c.children:
            if (
                r.dep_ == "relcl"
                and r.tag_ == "VBD"
                and not any(a.dep_ in ("aux", "auxpass") for a in r.children)
                and (found := _own(r, dates, owners)) is not None
            ):
                return found
    return None


def _own(node: Token, dates: SentenceDates, owners: list[Token]) -> DateValue | None:
    """The date of ``node``'s own clause (an explicit one first, then the nearest)."""
    own = [
        (value.how == "narrative-relative", abs(ent.root.i - node.i), value)
        for (ent, value), owner in zip(dates, owners, strict=True)
        if owner == node
    ]
    return min(own, key=lambda x: x[:2])[2] if own else None


def _later_conjunct(v: Token, dates: SentenceDates, owners: list[Token]) -> DateValue | None:
    """The date of a verb coordinated after ``v`` sharing its subject (no subject or modal of its
    own), when ``v`` has none: a trailing date phrase belongs to the whole coordination ("shelled and then stormed the camp
    in April", "surrounded the building and cut its power the next day"). An earlier conjunct's
    date reaches a later one by climbing; this is the other direction."""
    if v.pos_ not in ("VERB", "AUX"):
        return None
    for c in v.conjuncts:
        if (
            c.i <= v.i
            or c.pos_ not in ("VERB", "AUX")
            or any(
                k.dep_ in ("nsubj", "nsubjpass") or (k.dep_ == "aux" and k.tag_ == "MD")
                for k in c.children
            )
        ):  # a clause with its own subject, or a modal one ("... and will vote on Friday")
            continue
        if (found := _own(c, dates, owners) or _inside_event(c, dates, owners)) is not None:
            return found
    return None


def _inside_event(v: Token, dates: SentenceDates, owners: list[Token]) -> DateValue | None:
    """The date premodifying an event noun that ``v`` happened in ("killed 1,200 people in
    their October 7 attack", "was arrested during the 2019 protests")."""
    for prep in v.children:
        if prep.dep_ != "prep" or prep.lower_ not in EVENT_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (found := _own(noun, dates, owners)) is not None:
                return found
    return None


def _temporal_clause(v: Token, dates: SentenceDates, owners: list[Token]) -> DateValue | None:
    """The date of a clause under ``v`` that sets its time ("After the result was announced on
    4 May, crowds stormed ...", "killed them after capturing the town in July 1995"): an
    adverbial clause opened by a sharing subordinator, or a gerund after one, with no span of
    time ("two days after" is an :func:`interval`)."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in SHARING_MARKS:
            # "had killed them after capturing the town in July 1995": the gerund's date;
            # "Following the earthquake of February 2023, ...": the date the preposition owns
            for g in (c, *(g for g in c.children if g.dep_ == "pcomp")):
                if (found := _own(g, dates, owners)) is not None:
                    return found
            continue
        if c.dep_ != "advcl" or interval(c) is not None:
            continue
        if any(
            (m.dep_ == "mark" or m.dep_ == "advmod" and m.tag_ == "WRB") and m.lower_ in SHARING_MARKS
            for m in c.children
        ):  # "when" is the parser's adverb as often as its subordinator
            if (found := _own(c, dates, owners)) is not None:
                return found
    return None


def event_date(
    v: Token, dates: SentenceDates, state: DocumentState, announced: bool = False
) -> DateValue | None:
    """The date of the event whose predicate is ``v``: a date of its own clause, else that of
    the clause it depends on (climbing conjuncts, complements and subordinate clauses), moved by
    an interval ("a day after ..."). A date of another clause of the sentence (a relative
    clause, a subordinate clause of another verb) or one premodifying a noun is not the event's.
    An ``announced`` act (an intention, threat or refusal) is dated when it was stated: the
    date of the clause that states it comes before a date of the act ("said on Thursday it would
    cut duties from April")."""
    owners = [date_owner(ent) for ent, _ in dates]
    steps: list[tuple[int, int, str]] = []
    found: DateValue | None = None
    node = v
    if v.pos_ in ("NOUN", "PROPN"):  # an event noun: a date inside its phrase first
        inside = [
            (abs(ent.root.i - v.i), value)
            for ent, value in dates
            if (v in ent.root.ancestors or ent.root.head == v)
            and not (names_a_thing(ent) and ent.root.head != v)  # not "talks on the 2015 deal"
        ]
        if inside:
            return min(inside, key=lambda x: x[0])[1]
    if announced:
        g = v
        while g.dep_ in ("xcomp", "ccomp", "conj") and g.head.i != g.i:
            g = g.head
            if (said := _own(g, dates, owners)) is not None:
                return said
    for _ in range(12):  # a sentence with no dates: only the intervals are looked for
        found = (_own(node, dates, owners) or _borrowed(node, dates, owners)) if dates else None
        if dates and found is None and node is v:
            found = _later_conjunct(v, dates, owners) or _temporal_clause(v, dates, owners)
        if dates and found is None and node.pos_ in ("VERB", "AUX"):
            found = _inside_event(node, dates, owners)
        if found is not None:
            break
        if (step := interval(node)) is not None:
            steps.append(step)
        if node.head.i == node.i:
            break
        node = node.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
    if found is None and steps:  # "came a day after ...": from the document's date
        if state.doc_date is not None:  # or from the day just told ("That clash came ...")
            found = interval_anchor(node, dates, state.previous_date, _told_in_past) or DateValue(
                state.doc_date.isoformat(), "day", "document-relative"
            )
        elif state.narrative is not None and state.doc_date is None:
            found = state.narrative
    if found is not None:
        for step in reversed(steps):
            found = shifted(found, step)
        return found
    dates, owners = act_dates(v, dates, owners, opens_period)  # not another's saying's
    if (one := sentence_date(dates, state.doc_date, DAY_PRECISION, owners)) is not None:
        return one
    if state.entry_date is not None:  # a chronology entry: its heading's date
        return entry_date_of(state)
    if not dates and (met := gathering_date(v, state)) is not None:  # "At the summit, ..."
        return met
    if (
        not dates
        and state.previous_date is not None
        and (_told_in_past(v) or announced and stated_in_past(v, _told_in_past))
        and not (narrating_past(state) and _in_history(v, state))
    ):  # "Troops shelled X on Tuesday. Y answered with ...": that day (in a history text too,
        # when its narrative is near the document's date and so gives no date of its own)
        return state.previous_date
    if state.narrative is not None and (
        state.doc_date is None or _in_history(tense_carrier(v), state)
    ):
        return state.narrative
    return None


def tense_carrier(v: Token) -> Token:
    """The verb whose tense tells when ``v``'s event happened: ``v`` itself, or for a
    participle ("gathered ..., calling for") or an event noun ("Fighting spread") the nearest
    verb it hangs on that is not a participle itself."""
    node = v
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.tag_ != "VBG" or node.head.i == node.i:
            return node
        node = node.head
    return node


def _told_in_past(v: Token) -> bool:
    """A verb in the simple past, or a present participle of a clause in it ("Moscow responded
    by ordering a diplomat out": the ordering is told in the past too)."""
    if v.tag_ == "VBD":
        return True
    if v.tag_ != "VBG" or v.dep_ not in ("pcomp", "advcl"):
        return False
    head = v.head.head if v.dep_ == "pcomp" else v.head
    return head.tag_ == "VBD"


def sentence_date(
    dates: SentenceDates,
    doc_date: dt.date | None,
    precisions: frozenset[str],
    owners: list[Token] | None = None,
) -> DateValue | None:
    """The one date of ``precisions`` a sentence gives, for an act whose own clauses give none
    (a day or week), or for the undated acts of the sentences after it (any but a decade): the
    parse may hang the date on another clause ("police fired tear gas at students who marched
    on Tuesday", "the army fought in Omdurman on Thursday, and warplanes struck ...") or on a
    noun ("On Thursday insurgents ..."), but a news sentence tells of one time. None when the
    sentence gives two dates or more, a decade, or only a period, a term, a date naming a thing, a date of
    a modal clause ("... and the minister will resign on Monday") or of a clause whose
    conjunction sets it apart in time ("Before the result was announced on Monday, ..."), or
    one after the document's. ``owners``: the dates' owners (:func:`date_owner`), when the
    caller has them already."""
    owners = owners if owners is not None else [date_owner(ent) for ent, _ in dates]
    days = {
        value
        for (ent, value), owner in zip(dates, owners, strict=True)
        if value.precision in precisions
        and not opens_period(ent)
        and (not names_a_thing(ent) or _after_preposition(ent))
        and not _apart(owner)
        and not _deadline(owner)
        and not (owner.dep_ == "xcomp" and owner.head.lemma_ in FUTURE_FRAMES)  # "due to meet"
        and (doc_date is None or value.iso <= doc_date.isoformat())
    }
    return next(iter(days)) if len(days) == 1 else None


def _deadline(owner: Token) -> bool:
    """A date under an end preposition ("until June 27", "until noon the next day"); not one
    under "by" ("By the afternoon of 7 January, ...": a time)."""
    return owner.dep_ == "prep" and owner.lower_ in END_PREPOSITIONS


def _apart(owner: Token) -> bool:
    """A modal clause, or a subordinate one whose conjunction does not share its time."""
    ix = token_index(owner.doc)  # the children's labels and words from the index
    dep, tag, low = ix.dep, ix.tag, ix.lower
    clause = dep[owner.i] == "advcl"
    return any(
        dep[c] == "aux" and tag[c] == "MD"
        or dep[c] == "mark" and clause and low[c] not in SHARING_MARKS
        for c in ix.children[owner.i]
    )


def _after_preposition(ent: Span) -> bool:
    """A date entity right after a preposition ("On Thursday insurgents ...")."""
    return ent.start > 0 and ent.doc[ent.start - 1].tag_ == "IN"


def _in_history(v: Token, state: DocumentState) -> bool:
    """Whether an undated verb in the past tense continues a story told of another time: the
    text tells history (its first date lies years from the document's: an encyclopedic text,
    not a news story with a background paragraph) and the narrative date lies more than
    HISTORY_YEARS from the document's, so the document's date would be wrong for it."""
    narrative, doc_date = state.narrative, state.doc_date
    return (
        narrating_past(state)
        and narrative is not None
        and doc_date is not None
        and narrative.how != "document-relative"
        and narrative.precision != "decade"
        and abs(doc_date.year - narrative.year) > HISTORY_YEARS
        and v.tag_ in ("VBD", "VBN")
    )


def read_dates(sent: Span, state: DocumentState, new_paragraph: bool) -> SentenceDates:
    """The dates of ``sent`` (:func:`sentence_dates`); a sentence opening a paragraph first
    sets the chronology entry it opens, if any (``entry_dates.entry_date``), so that a month
    with no year in the entry is read in the entry's year ("2007. On 11 March ..."), and the heading's
    date entity takes the heading's date ("19-25 March:" is March, not the 25th)."""
    if not new_paragraph:
        return sentence_dates(sent, state)
    open_paragraph(state)  # a paragraph starts in the news (narrative_time)
    state.told_month = None  # and with no month in scope for a bare day (story_days)
    text = doc_text(sent.doc)  # Doc.text joins every token of the document at each call
    m = heading_match(text, sent.start_char)
    state.entry_date = heading_match_date(m, state, text)
    dates = sentence_dates(sent, state)
    if state.entry_date is None or m is None:
        return dates
    return [(ent, state.entry_date if ent.start_char < m.end() else v) for ent, v in dates]


def as_date(value: DateValue | None) -> dt.date | None:
    """The day a date stands for (:attr:`PartialDate.reference_day`): who held office "in
    2001" is judged on 1 July 2001."""
    return None if value is None else _reference_day(value.iso)


@functools.lru_cache(maxsize=4096)
def _reference_day(iso: str) -> dt.date | None:
    """:func:`as_date` of an ISO date (parsed once per distinct value)."""
    found = PartialDate.parse(iso)
    return found.reference_day if found else None
