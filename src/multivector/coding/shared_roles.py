"""A plural role shared by a list of countries the parser split off it.

"The foreign ministers of Brazil, Argentina and Chile met": the parser hangs "Argentina" and
"Chile" as conjuncts of "ministers", not of "Brazil", so only Brazil would get the role and the
others would act as bare countries. A plural role noun with an "of" country whose conjuncts are
bare country names is each of those countries' role: ``BRAGOV``, ``ARGGOV``, ``CHLGOV``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multivector.model import Actor


def shared_role(subj: Token, found: list[Actor]) -> list[Actor]:
    """``found`` (the actors of the subject ``subj``) with the role of a plural "X of A" given
    to the bare countries listed as conjuncts of ``subj``; unchanged otherwise."""
    if subj.tag_ not in ("NNS", "NNPS") or not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subj.children
    ):
        return found
    listed = [c for c in subj.children if c.dep_ == "conj"]
    listed += [g for c in listed for g in c.subtree if g.dep_ == "conj" and g is not c]
    if not listed or any(c.pos_ != "PROPN" for c in listed):
        return found
    head = next((a for a in found if a.country and a.code != a.country), None)
    if head is None or head.span is None or head.span.start > subj.idx + len(subj.text):
        return found
    agent = head.code[len(head.country) :]
    starts = {c.idx for c in listed}
    return [
        replace(a, code=a.country + agent, kind=head.kind, resolved_by=f"{a.resolved_by}+{agent}")
        if a.code == a.country and a.span is not None and a.span.start in starts
        else a
        for a in found
    ]
