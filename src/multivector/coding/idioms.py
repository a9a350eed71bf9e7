"""Verbs a direct object turns into an idiom: "struck a conciliatory tone", "hit a record high",
"shot a documentary". There the bare verb's sense (strike: 190) does not apply; a pattern that
names an object still does ("struck a deal": 057). The pairs are ``idiom_objects`` of
``lang/en/grammar.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from multivector.coding import lang

IDIOM_OBJECTS: dict[str, frozenset[str]] = {
    str(verb): frozenset(str(o) for o in objects)
    for verb, objects in lang.entry("idiom_objects").items()
}


def idiomatic(v: Token, objects: Iterable[Token]) -> bool:
    """Whether a direct object of ``v`` makes it an idiom, not the verb's bare act."""
    found = IDIOM_OBJECTS.get(v.lemma_)
    return found is not None and any(o.lemma_.lower() in found for o in objects)
