"""The parties of relations restored with no doer named.

"Diplomatic relations between Chile and Peru were restored in 1990": the parties the noun names
act towards each other; "Ties were restored only in August 1990", after "Indonesia froze
relations with China", names none: the two sides of the latest cut in relations (or act on
them) in its paragraph are its parties (policy ``ties_party_codes``, ``ties_cut_codes``; the nouns are
``ties_nouns`` of ``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multivector.coding.nominals import noun_parties
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.coding.token_index import doc_text
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

TIES_NOUNS = words("ties_nouns")


def restored_parties(
    v: Token,
    code: str,
    state: DocumentState,
    when,
    phrases: PhraseResolver,
    policy: CodingPolicy,
) -> list[Actor]:
    """The two sides of the relations the agentless passive ``v`` (of CAMEO ``code``) restores,
    or []."""
    if not code.startswith(policy.ties_party_codes) or not policy.ties_party_codes:
        return []
    subjects = [s for s in v.children if s.dep_ == "nsubjpass"]
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in TIES_NOUNS:
        return []
    if named := noun_parties(subjects[0], phrases, state, when):
        return named
    cuts = policy.ties_cut_codes
    paragraph = doc_text(v.doc).rfind("\n", 0, v.idx) + 1  # a cut of the same paragraph only
    for e in reversed(state.events):
        if e.sentence_start < paragraph:
            break
        if cuts and e.cameo.startswith(cuts) and e.target is not None and e.target.code:
            if (e.source.country or e.source.code) != (e.target.country or e.target.code):
                return [_side(e.source), _side(e.target)]
    return []


def _side(a: Actor) -> Actor:
    """A side of the latest cut as a party of the restoring (named in an earlier sentence)."""
    return replace(a, span=None, coref=False, resolved_by="ties")
