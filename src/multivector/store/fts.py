"""Full-text search over sentences: one implementation per dialect.

SQLite: the external-content FTS5 table ``sentences_fts`` (Porter stemming). PostgreSQL: the
generated ``tsvector`` column ``sentences.tsv`` (GIN index) with ``websearch_to_tsquery``.
Every full-text query of the package (the store's ``search``, the ``text`` event filter, the
question box) is built here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
)

from multivector.store import schema as S

_SNIPPET_PG = "StartSel=«,StopSel=»,MaxWords=30,MinWords=12"


def fts_query(user_text: str) -> str:
    """A safe FTS5 query from free text: every word must match; a quoted input is a phrase."""
    stripped = user_text.strip()
    words = re.findall(r"\w+", stripped)
    if not words:
        raise ValueError(f"nothing to search for in {user_text!r}: give words or numbers")
    if len(stripped) > 1 and stripped[0] == stripped[-1] == '"':
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


def any_word_query(dialect: str, words: list[str]) -> str:
    """A query matching sentences with any of ``words`` (each quoted, so never an operator)."""
    quoted = ['"' + w.replace('"', "") + '"' for w in words]
    return (" or " if dialect == "postgresql" else " OR ").join(quoted)


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """The pieces of a full-text match: ``source`` (FROM clause holding ``sentences``),
    ``where`` (the match), ``rank`` (higher is better) and ``snippet`` (matches in « »)."""

    source: FromClause
    where: ColumnElement[bool]
    rank: ColumnElement[Any]
    snippet: ColumnElement[Any]


def sentence_match(dialect: str, user_text: str, *, any_word: bool = False) -> SentenceMatch:
    """The full-text match of ``user_text`` in ``dialect``.

    By default every word must match (a query in double quotes is a phrase on SQLite; on
    PostgreSQL the text is ``websearch_to_tsquery`` syntax). With ``any_word`` the text is
    already an :func:`any_word_query`.
    """
    s = S.sentences
    if dialect == "postgresql":
        q = func.websearch_to_tsquery("english", literal(user_text))
        tsv = literal_column("sentences.tsv")
        return SentenceMatch(
            source=s,
            where=tsv.op("@@")(q),
            rank=func.ts_rank(tsv, q),
            snippet=func.ts_headline("english", s.c.text, q, _SNIPPET_PG),
        )
    fts = table("sentences_fts", column("rowid"))
    match = user_text if any_word else fts_query(user_text)
    ref = literal_column("sentences_fts")
    return SentenceMatch(
        source=fts.join(s, s.c.id == fts.c.rowid),
        where=ref.op("MATCH")(literal(match)),
        rank=-func.bm25(ref),
        snippet=func.snippet(ref, 0, "«", "»", "…", 16),
    )


def sentence_matches(dialect: str, sentences: Any, user_text: str) -> ColumnElement[bool]:
    """A condition on ``sentences`` (the table or an alias): the sentence matches ``user_text``
    (every word). On SQLite its id is among the FTS5 index's matching rowids, which are read
    once, without touching the sentences table."""
    if dialect == "postgresql":
        q = func.websearch_to_tsquery("english", literal(user_text))
        return literal_column(f"{sentences.name}.tsv").op("@@")(q)
    fts = table("sentences_fts", column("rowid"))
    match = literal_column("sentences_fts").op("MATCH")(literal(fts_query(user_text)))
    return sentences.c.id.in_(select(fts.c.rowid).where(match))
