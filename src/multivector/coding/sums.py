"""A sum of money given "in" a kind of aid is that aid for the patterns' word classes.

"gave Egypt $1.3 billion in military aid" is military aid (072), not the economic aid (071) a
bare sum is; "$20 million in humanitarian aid" is humanitarian aid (073). The "in" phrase may
hang on the sum or on the verb whose object the sum is. The nouns a sum may
be given in are ``sum_kind_nouns`` of ``lang/en/grammar.yaml``, after one of its
``sum_kind_prepositions``; the kind must be named by a modifier ("in aid" alone leaves the sum a
sum).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import words

SUM_KIND_NOUNS = words("sum_kind_nouns")
SUM_KIND_PREPS = words("sum_kind_prepositions")
KIND_DEPS = frozenset({"amod", "compound", "nmod"})


def is_sum(tok: Token) -> bool:
    """``tok`` heads a sum of money: a MONEY entity or a noun counted by a number."""
    return tok.ent_type_ == "MONEY" or any(
        c.like_num and c.dep_ in ("nummod", "compound") for c in tok.children
    )


def sum_kind(tok: Token) -> Token:
    """The kind of aid the sum ``tok`` is given in ("in military aid": "aid"), else ``tok``."""
    if not is_sum(tok):
        return tok
    # the parser hangs "in military aid" on the sum or on the verb that gives it
    heads = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in SUM_KIND_PREPS:
            continue
        for p in prep.children:
            if (
                p.dep_ == "pobj"
                and p.lemma_.lower() in SUM_KIND_NOUNS
                and any(c.dep_ in KIND_DEPS for c in p.children)
            ):
                return p
    return tok
