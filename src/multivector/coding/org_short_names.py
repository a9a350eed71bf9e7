"""An international organisation named again by the last word of its name, when that word is
also a role noun: "the Assembly" or "this Assembly" after "the United Nations General
Assembly", "the Parliament" after "the European Parliament", "the Bank" after "the World
Bank". The role noun alone would be read as an organ of the country in focus ("assembly":
its legislature); the capitalised word after "the" or "this" is the organisation's name
shortened, when the latest earlier use of that capitalised word was inside the organisation's
full name (not "Kenya's National Assembly" in between). Other such words ("the Council",
"the Fund") are no role nouns and are read back by the salience tracker
(:meth:`~multivector.coding.coref.SalienceTracker.short_name`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from multivector.coding import lang

if TYPE_CHECKING:
    from multivector.coding.actors import Mention

SHORT_NAME_DETERMINERS = lang.words("org_short_name_determiners")  # "the", "this"
IGO_PREFIX = "IGO"


def add_org_short_names(
    doc: Doc,
    found: list[Mention],
    by_token: dict[int, Mention],
    is_role_noun: Callable[[str], bool],
    make: Callable[[int, int, tuple], Mention],
) -> None:
    """Add to ``by_token`` a mention of the international organisation a capitalised role noun
    after "the" or "this" names again (``found``: the document's named mentions)."""
    full: dict[str, list[Mention]] = {}
    for m in found:
        last = doc[m.end - 1]
        if (
            m.end - m.start >= 2
            and last.is_title
            and is_role_noun(last.lower_)
            and all(e.kind == "organization" and e.code.startswith(IGO_PREFIX) for e in m.entries)
        ):
            full.setdefault(last.text, []).append(m)
    if not full:
        return
    latest: dict[str, int] = {}  # where each word was last used before the token at hand
    for tok in doc:
        word = tok.text
        if word not in full:
            continue
        here = by_token.get(tok.i)
        before = latest.get(word)
        latest[word] = tok.i
        if here is not None or before is None or tok.i == 0:
            continue
        owner = by_token.get(before)
        if owner is None or owner not in full[word] or before != owner.end - 1:
            continue  # the word's last use was not the organisation's full name
        if doc[tok.i - 1].lower_ not in SHORT_NAME_DETERMINERS or doc[tok.i - 1].head.i != tok.i:
            continue
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children):
            continue  # "the National Assembly": a name of its own
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "the Assembly Speaker X"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the Assembly of Experts": another body
        by_token[tok.i] = make(tok.i, tok.i + 1, owner.entries)
