"""Where a paragraph is: the dateline that opens it.

A story may open a paragraph with its own dateline ("MINSK - More than 300 members ... have
been interned"): the paragraph happens in that place's country. Read by the state of
jurisdiction (:mod:`~multivector.coding.jurisdiction`). (A digest of datelined briefs is coded
brief by brief, :mod:`~multivector.coding.digest`: each brief's dateline opens its text.)
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.eras import place_state
from multivector.coding.focus_country import dateline_country
from multivector.coding.generic import GenericActors
from multivector.coding.token_index import doc_text


def paragraph_dateline(h: Token, generic: GenericActors) -> str | None:
    """The country (in the state of the document's time) of the dateline that opens ``h``'s
    paragraph, or None (no dateline there, or a place the gazetteer does not know)."""
    doc = h.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, h.sent.start_char) + 1
    country = dateline_country(text[start : h.sent.end_char], generic.locator.gazetteer)
    return place_state(doc, country) if country else None
