"""Places read in the state of their time: a town, region or country named as a place is
coded with the state it lay in on the document's date (``actors/data/successions.yaml``: a
1986 dispatch from Moscow is the Soviet Union's, a Kosovo village in 1999 Yugoslavia's).

The coder notes the document's date on its parsed ``Doc`` (:func:`note_document_date`); the
place readers of ``generic.py`` ask :func:`place_state` for the country of a place they found.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from multivector.actors import state_on
from multivector.model import Actor

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
    code = then + actor.code[len(country) :] if actor.code.startswith(country) else actor.code
    return replace(actor, code=code, country=then)
