"""What the actor table and the gazetteer know a name to be, for the word classes.

The small English model's recogniser often labels a country or a capital as a person or an
organisation ("French troops left Mali": Mali PERSON; "aid to Sierra Leone": ORG), a town as a
person ("seized Timbuktu and Gao"), and a leader as an organisation or a place. A word class
that accepts a name by its entity type (``@gpe``, ``@person`` in ``data/verbs.yaml``: "leave
&INVADED", "seize &PLACE_NAME", "receive &VISITOR") then misses it, or takes a town for a
hostage. So, for the word classes only (:func:`multivector.coding.wordclass.lemma_keys`):

* the tokens of a mention whose every entry in the actor table is a country, a capital or a
  region, none of them a name shared with other things (``ambiguous``), are ``@gpe``;
* so is a run of proper nouns outside the mentions that the gazetteer places in one country,
  when the run is the whole place name ("Kenji Goto" is no town);
* the tokens of a mention whose every entry is a leader are ``@person``, and of one whose every
  entry is an organisation ``@org`` ("withdrew from ECOWAS", ECOWAS labelled GPE).

The recogniser's own labels, which other stages read, are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from multivector.coding.actors import Mention

PLACE_KINDS = frozenset({"country", "capital", "region"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
KEY = "multivector.named_kinds"  # in Doc.user_data: token index -> word-class entity type

Locate = Callable[[Token], "tuple[list[Token], str] | None"]


def note_named_kinds(
    doc: Doc, mentions: Mapping[int, Mention], locate: Locate | None = None
) -> dict[int, str]:
    """Note (and return) the entity type the word classes read for the tokens whose
    recogniser label disagrees with the actor table or the gazetteer (``locate``: a whole
    place name a proper noun ends, and its country; ``PlaceLocator.whole_place``)."""
    kinds: dict[int, str] = {}
    named = {i for m in mentions.values() for i in range(m.start, m.end)}
    if locate is not None:
        for tok in doc:
            if _last_proper(doc, tok) and tok.i not in named and (found := locate(tok)):
                words = found[0]
                if not any(w.i in named for w in words):
                    kinds.update((w.i, "@gpe") for w in words)
    for m in mentions.values():
        span = range(m.start, m.end)
        labels = {doc[i].ent_type_ for i in span}
        if m.entries and all(e.kind in PLACE_KINDS and not e.ambiguous for e in m.entries):
            if not labels <= PLACE_LABELS or "" in labels:
                kinds.update((i, "@gpe") for i in span)
        elif m.entries and all(e.kind == "leader" for e in m.entries) and labels != {"PERSON"}:
            kinds.update((i, "@person") for i in span)
        elif m.entries and all(e.kind == "organization" for e in m.entries) and labels != {"ORG"}:
            kinds.update((i, "@org") for i in span)
    doc.user_data[KEY] = kinds
    return kinds


def _last_proper(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is the last word of a run of proper nouns the recogniser did not label
    a place."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ not in PLACE_LABELS
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ != "PROPN")
    )


def entity_class(tok: Token) -> str | None:
    """The entity type a word class reads for ``tok`` ("@gpe"): what
    :func:`note_named_kinds` noted for it, else its recogniser label, else None."""
    noted = tok.doc.user_data.get(KEY, {}).get(tok.i)
    return noted or (f"@{tok.ent_type_.lower()}" if tok.ent_type else None)
