"""Gapped coordination: a second object whose verb the text leaves out.

"accused Rwanda of arming the rebels, and Uganda of harbouring them": spaCy hangs "Uganda" on
"accused" as a conjunct of the verb. When the verb has a direct object and the noun conjunct
after it is followed by the same kind of complement as that object ("of ..." after both, an
infinitive after both: "urged Mali to hold elections, and Niger to free the president"), the
conjunct is another object of the verb, with the verb's act done to it too.

The subject can be gapped as well: "Germany expelled two Russian diplomats, France three and
Poland four". spaCy hangs "France" on the object as an apposition, with its number; a proper
noun in apposition to a counted object, counted itself, is not the object renamed but another
subject of the verb, with the same act done to the same target (:func:`gapped_subjects`).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.token_index import TokenIndex, token_index

NOMINAL = ("NOUN", "PROPN")
COMPLEMENT_DEPS = ("prep", "xcomp")


def _complement(ix: TokenIndex, heads: tuple[int, ...], lo: int, hi: int) -> str | None:
    """The kind of the first complement of ``heads`` (the verb, the conjunct the parser may
    hang it on) between tokens ``lo`` and ``hi``: the preposition's word, "to" for an
    infinitive, else None."""
    found = sorted(c for h in heads for c in ix.children[h] if lo < c < hi)
    for c in found:
        if ix.dep[c] in COMPLEMENT_DEPS:
            return ix.lower[c] if ix.dep[c] == "prep" else "to"
    return None


def gapped_objects(v: Token, objects: list[Token]) -> list[Token]:
    """The noun conjuncts of ``v`` that are further objects of it in a gapped clause, or []."""
    if not objects:
        return []
    ix = token_index(v.doc)
    last = max(o.i for o in objects)
    # a verb conjunct among them is the parser's ("of commanding and arming X"): passed over
    conjs = [c for c in ix.children[v.i] if ix.dep[c] == "conj" and c > last and ix.pos[c] in NOMINAL]
    if not conjs:
        return []
    first = _complement(ix, (v.i, *(o.i for o in objects)), last, conjs[0])
    if first is None:
        return []
    out = []
    for k, c in enumerate(conjs):
        nxt = conjs[k + 1] if k + 1 < len(conjs) else len(v.doc)
        if _complement(ix, (v.i, c), c, nxt) != first:
            break
        out.append(v.doc[c])
    return out


def gapped_subjects(ix: TokenIndex, v: int) -> list[int]:
    """The proper nouns after ``v``'s counted object that are further subjects of ``v`` in a
    gapped clause, each with its own number ("..., France three and Poland four"), or []."""
    out: list[int] = []
    for o in ix.children[v]:
        if ix.dep[o] != "dobj" or not _counted(ix, o):
            continue
        for a in ix.children[o]:
            if ix.dep[a] == "appos" and a > o and _counted_after(ix, a):
                out.append(a)
                out.extend(c for c in ix.coordinated(a)[1:] if _counted_after(ix, c))
    return out


def _counted(ix: TokenIndex, i: int) -> bool:
    return any(ix.dep[c] == "nummod" for c in ix.children[i])


def _counted_after(ix: TokenIndex, i: int) -> bool:
    """A proper noun with its number after it ("France three"; not "two Egyptians", the
    object's count of another kind of people)."""
    return ix.pos[i] == "PROPN" and any(ix.dep[c] == "nummod" and c > i for c in ix.children[i])
