"""What the coder remembers while it reads one document, and why a predicate was (not) coded."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from multivector.coding.actors import Mention
from multivector.coding.companies import Companies
from multivector.coding.coref import SalienceTracker
from multivector.coding.dates import DateValue
from multivector.coding.orders import ordered_patient
from multivector.coding.participle_doers import sent_cargo
from multivector.coding.syntax import direct_objects
from multivector.coding.voices import CarriedVoices, Voices
from multivector.model import Event


@dataclass(slots=True)
class DocumentState:
    """What the coder remembers while it reads one document."""

    doc_id: str
    doc_date: dt.date | None
    mentions: dict[int, Mention]
    tracker: SalienceTracker = field(default_factory=SalienceTracker)
    narrative: DateValue | None = None
    last_day: DateValue | None = None  # the last date known to the day ("the same night")
    told_month: DateValue | None = None  # the paragraph's last day or month ("on the 27th")
    # the one date the last dated sentence gave, if it gave one (an undated act after it in news)
    previous_date: DateValue | None = None
    # Whether the text tells history: its first date is not relative to the document and lies
    # years from it (None until a date is seen). Only then does an undated past-tense clause
    # take the narrative date instead of the document's.
    history: bool | None = None
    # the day the sentence being read names its actors on: the document's day when it dates an
    # act relative to the document ("on Monday"), else the narrative's, else the document's
    # (event_dates.actor_day; set before the sentence's first phrase is noted)
    actor_day: dt.date | None = None
    # Whether the paragraph being read narrates the past: it gave an explicit month or day years
    # from the document's ("In June 1976 ..."), with no date relative to the document after it
    # (coding/narrative_time.py). A news text's paragraph then reads as history does.
    retro: bool = False
    # the date of the chronology entry being read ("27 July 1998: ..."): its paragraph's date
    entry_date: DateValue | None = None
    # the day the latest dated sentence naming a gathering gave ("at the summit": gathering_dates)
    gathering_day: DateValue | None = None
    cursor: int = 0  # tokens before this index have been noted for coreference
    sentence_text: str = ""  # the sentence being coded
    sentence: Span | None = None  # and its span (``Token.sent`` walks the parse each time)
    agents: dict[int, str | None] = field(default_factory=dict)  # role-noun codes by token
    objects: dict[int, list[Token]] = field(default_factory=dict)  # direct objects by token
    # the owner words of a noun's phrase by token (``phrase_owners.phrase_modifiers``)
    modifiers: dict[int, tuple[list[Token], list[Token], bool]] = field(default_factory=dict)
    predicates: list[int] = field(default_factory=list)  # tokens whose lemma has patterns
    noun_phrases: list[int] = field(default_factory=list)  # heads that may name an actor
    events: list[Event] = field(default_factory=list)  # coded so far, for "the attack"
    dates_by_sentence: dict[int, list[Span]] = field(default_factory=dict)
    generic: dict[str, str | None] = field(default_factory=dict)  # focus, dateline country
    voices: Voices | None = None  # quotations and interview turns, found on first need
    companies: Companies | None = None  # firms named with their country, found on first need
    # the country of a transcript's heading ("" when it names none), found on first need and
    # kept for the later pieces of a long text, which have no heading of their own
    house: str | None = None
    # where a relations page pairs two countries ("Japan–South Korea relations", or a section
    # of a page on one country's relations): an act of one with no target is aimed at the
    # other (coding/page_pairs.py); (first token, the pair or None) in text order
    partners: list[tuple[int, tuple[str, str] | None]] = field(default_factory=list)
    later_piece: bool = False  # a piece after the first of a long text
    cut: bool = False  # another piece of the text follows this one
    carried_voices: CarriedVoices | None = None  # who speaks, as the piece before left it
    carried_companies: Companies | None = None  # firms the pieces before introduced

    def continued(self, mentions: dict[int, Mention]) -> DocumentState:
        """The state for the next piece of a long document: what crosses pieces (who was
        spoken of, the narrative date, recent events, the focus country) is kept; what indexes
        the previous piece's tokens is not."""
        return DocumentState(
            doc_id=self.doc_id,
            doc_date=self.doc_date,
            mentions=mentions,
            tracker=self.tracker,
            narrative=self.narrative,
            last_day=self.last_day,
            previous_date=self.previous_date,
            history=self.history,
            retro=self.retro,
            entry_date=self.entry_date,
            gathering_day=self.gathering_day,
            events=self.events[-RECENT_EVENTS:],
            generic=self.generic,
            house=self.house,
            partners=self.partners,
            later_piece=True,
            carried_voices=self.carried_voices,
            carried_companies=self.carried_companies,
        )


# Events a continued state keeps for "the attack", "the talks" (earlier ones are out of reach).
RECENT_EVENTS = 50


@dataclass(slots=True)
class Trace:
    """Why a predicate was or was not coded (for ``multivector explain``)."""

    token: str
    lemma: str
    outcome: str

    @property
    def unmade(self) -> bool:
        """Whether a pattern fitted the predicate but the argument stages made no event of it
        (no source, no target, ...: :func:`unmade_outcome`); the classifier reads it
        (``SecondOpinion.blocked``)."""
        return self.outcome.startswith(UNMADE_OUTCOME)


UNMADE_OUTCOME = "pattern "


def unmade_outcome(rule: str, why: str) -> str:
    """The trace outcome of a predicate the pattern ``rule`` fitted, left without an event."""
    return f"{UNMADE_OUTCOME}{rule}: {why}"


def objects_of(v: Token, state: DocumentState) -> list[Token]:
    """``direct_objects(v)``, computed once per token of the document; for a bare participle
    ordered done, what it is done to ("ordered the frontier closed": the frontier); a vehicle's
    cargo after the vehicle ("sent ships carrying food": the food too)."""
    got = state.objects.get(v.i)
    if got is None:
        got = direct_objects(v)
        if not got and (patient := ordered_patient(v)) is not None:
            got = [patient]
        # "sent an aircraft with food and water": the vehicle's cargo is what is sent
        got = got + sent_cargo(v, got)
        state.objects[v.i] = got
    return got


def any_within(indexes: list[int], sent: Span) -> bool:
    """Whether the sorted token ``indexes`` hold one inside ``sent``."""
    k = bisect.bisect_left(indexes, sent.start)
    return k < len(indexes) and indexes[k] < sent.end
