"""Places read in the state of their time: a town, region or country named as a place is
coded with the state it lay in on the document's date (``actors/data/successions.yaml``: a
1986 dispatch from Moscow is the Soviet Union's, a Kosovo village in 1999 Yugoslavia's).

The coder notes the document's date on its parsed ``Doc`` (:func:`note_document_date`); the
place readers of ``generic.py`` ask :func:`place_state` for the country of a place they found.
An organ of a territory another state governed then (``actors/data/dependencies.yaml``: the
police in Algiers in 1957) is the governing state's: :func:`governed`, on the event's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from multivector.actors import ruler_on, state_on
from multivector.coding.actors import STATE_AGENTS
from multivector.model import Actor, Event, PartialDate

# the key of the document's date in ``Doc.user_data``
DATE_KEY = "multivector.document_date"


def note_document_date(doc: Doc, day: dt.date | None) -> None:
    """Remember the date of the document ``doc`` was parsed from."""
    doc.user_data[DATE_KEY] = day


def document_date(doc: Doc) -> dt.date | None:
    """The date noted for ``doc``, or None."""
    return doc.user_data.get(DATE_KEY)


def place_state(doc: Doc, country: str) -> str:
    """The state a place of ``country`` lay in on ``doc``'s date (itself when no date is
    known or it has no earlier state then)."""
    return state_on(country, document_date(doc)) if country else country


def place_actor_then(doc: Doc, actor: Actor) -> Actor:
    """A place named by the actor dictionaries ("in Kosovo", "in Kiev") as the state it lay in
    on ``doc``'s date: its country, and the country letters of its code, replaced."""
    country = actor.country
    then = place_state(doc, country) if country else country
    if not country or then == country:
        return actor
    return _of_country(actor, then)


def _of_country(actor: Actor, country: str, how: str = "") -> Actor:
    """``actor`` as ``country``'s: its country and its code's country letters replaced, and
    ``how`` added to its provenance."""
    old = actor.country or ""
    code = country + actor.code[len(old) :] if old and actor.code.startswith(old) else actor.code
    found = f"{actor.resolved_by}+{how}" if how else actor.resolved_by
    return replace(actor, code=code, country=country, resolved_by=found)


def governed(event: Event, doc_day: dt.date | None, recognised: tuple[str, ...] = ()) -> Event:
    """``event`` with each side that is a state organ (``STATE_AGENTS``: ``GOV``, ``MIL`` ...)
    of a territory another state governed on the event's day (its date's reference day, else
    ``doc_day``) coded as that state's; only organs the text placed (a town, the dateline, the
    story's country), not those it named by their country ("Algerian officers"), nor the target
    of an event whose code begins with one of ``recognised`` (the policy's
    ``recognised_target_codes``: a government others recognise is the territory's own)."""
    when = PartialDate.parse(event.date) if event.date else None
    day = when.reference_day if when is not None else doc_day
    if day is None:
        return event
    source = _organ_then(event.source, day)
    own = bool(recognised) and event.cameo.startswith(recognised)
    target = event.target if own else _organ_then(event.target, day)
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target)


# the steps by which the text named the organ's country itself ("Algerian officers", "the
# Government of India"): such an organ is that country's own
_NAMED = ("adjective", "country")


def _organ_then(actor: Actor | None, day: dt.date) -> Actor | None:
    if actor is None or not actor.country or actor.kind != "agent":
        return actor
    if actor.code[len(actor.country) : len(actor.country) + 3] not in STATE_AGENTS:
        return actor
    if any(step.startswith(_NAMED) for step in actor.resolved_by.split("+")):
        return actor
    ruler = ruler_on(actor.country, day)
    return actor if ruler is None else _of_country(actor, ruler, "governed")
