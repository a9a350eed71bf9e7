"""Names the actor table knows as places, taken as places by the word classes.

The small English model's recogniser often labels a country or a capital as a person or an
organisation ("French troops left Mali": Mali PERSON; "aid to Sierra Leone": ORG). A word
class that accepts a place by its entity type (``@gpe`` in ``data/verbs.yaml``: "leave
&INVADED", "sent troops to &DESTINATION") then misses it. The tokens of a mention whose every
entry in the actor table is a country, a capital or a region, none of them a name shared with
other things (``ambiguous``), and a proper noun outside the actor table's mentions that the
gazetteer places in one country ("seized Timbuktu and Gao", both PERSON), count as ``@gpe``
for the word classes
(:func:`multivector.coding.wordclass.lemma_keys`); the recogniser's own labels, which other
stages read, are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from multivector.coding.actors import Mention

PLACE_KINDS = frozenset({"country", "capital", "region"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
KEY = "multivector.places"  # in Doc.user_data: the indices of the tokens taken as places


def note_places(
    doc: Doc,
    mentions: Mapping[int, Mention],
    locate: Callable[[Token], tuple[list[Token], str] | None] | None = None,
) -> frozenset[int]:
    """Note (and return) the tokens of mentions the actor table knows only as places, and of
    the other proper nouns ``locate`` (the gazetteer's reading) finds a country for, where the
    recogniser labelled them otherwise."""
    found: set[int] = set()
    if locate is not None:
        named = {i for m in mentions.values() for i in range(m.start, m.end)}
        for tok in doc:
            if (
                tok.pos_ == "PROPN"
                and tok.ent_type_ not in PLACE_LABELS
                and tok.i not in named
                and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ != "PROPN")
                and (place := locate(tok)) is not None
            ):
                words = place[0]
                start = tok.i  # the whole run of proper nouns is the place, not its last
                while start > 0 and doc[start - 1].pos_ == "PROPN":  # word ("Kenji Goto")
                    start -= 1
                if words[0].i == start and not any(w.i in named for w in words):
                    found.update(w.i for w in words)
    for m in mentions.values():
        if not m.entries or any(e.kind not in PLACE_KINDS or e.ambiguous for e in m.entries):
            continue
        labels = {doc[i].ent_type_ for i in range(m.start, m.end)}
        if not labels <= PLACE_LABELS or "" in labels:
            found.update(range(m.start, m.end))
    places = doc.user_data[KEY] = frozenset(found)
    return places


def noted_place(doc: Doc, i: int) -> bool:
    """Whether token ``i`` of ``doc`` was noted as a place (:func:`note_places`)."""
    return i in doc.user_data.get(KEY, ())
