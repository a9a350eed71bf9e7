"""Actor records made from words of the text: the words and character span a found actor is
given for provenance, and how it was found (``Actor.resolved_by``)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from multivector.coding.actors import char_span
from multivector.coding.generic import Located
from multivector.coding.syntax import np_core
from multivector.model import Actor


def at_mention(h: Token, antecedents: list[Actor]) -> list[Actor]:
    """Actors found through coreference, with the words and span of *this* mention ("he",
    "the country") for provenance; their codes are the antecedents'."""
    core = np_core(h) if h.pos_ in ("NOUN", "PROPN") else [h]
    text = " ".join(t.text for t in core)
    span = char_span(core)
    return [dataclasses.replace(a, text=text, span=span, coref=True) for a in antecedents]


def place_actor(place: Located) -> Actor:
    """The country a place lies in, as the words of the place ("Gao" -> MLI)."""
    first, last = place.tokens[0], place.tokens[-1]
    text = first.doc[first.i : last.i + 1].text
    return Actor(
        text=text,
        code=place.country,
        country=place.country,
        span=char_span(place.tokens),
        kind="country",
        resolved_by=f"{place.source or 'place'}:{text}",
    )


def agent_actor(h: Token, code: str, country: str | None, how: str) -> Actor:
    """An actor named by a role noun ("the Kazakh legislature" -> KAZLEG)."""
    core = np_core(h)
    text = " ".join(t.text for t in core) or h.text
    return Actor(
        text=text, code=code, country=country, span=char_span(core), kind="agent", resolved_by=how
    )
