"""Fixtures for the stage tests: hand-built parses (no statistical model) and actor data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

# One parsed token: (word, head index, dependency label, coarse POS, fine tag[, lemma]).
Row = tuple


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English pipeline: a tokenizer and a vocabulary, no model."""
    return spacy.blank("en")


@pytest.fixture(scope="session")
def parse(blank_nlp) -> Callable[..., Doc]:
    """Build a ``Doc`` from rows ``(word, head, dep, pos, tag[, lemma])`` as spaCy's own tests do.

    Heads are absolute token indices (a root is its own head); ``ents`` are IOB tags
    ("B-DATE", "O", ...)."""

    def build(rows: list[Row], ents: list[str] | None = None) -> Doc:
        words = [r[0] for r in rows]
        lemmas = [r[5] if len(r) > 5 else r[0].lower() for r in rows]
        return Doc(
            blank_nlp.vocab,
            words=words,
            heads=[r[1] for r in rows],
            deps=[r[2] for r in rows],
            pos=[r[3] for r in rows],
            tags=[r[4] for r in rows],
            lemmas=lemmas,
            ents=ents,
        )

    return build


@pytest.fixture(scope="session")
def lexicon(blank_nlp):
    """The bundled actor dictionaries compiled for the blank vocabulary."""
    from multivector.actors import load_actor_data
    from multivector.coding.actors import ActorLexicon

    lex = ActorLexicon(load_actor_data(), blank_nlp.vocab)
    lex.compile(blank_nlp.make_doc)
    return lex
