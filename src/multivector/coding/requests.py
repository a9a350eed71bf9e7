"""The appeal implied by an act done at someone's request ("sent troops at the request of X",
"at X's request"): X asked the actors for that act. The adjunct may hang on the verb that
governs the act ("At the request of X, Y began deploying forces": the deploying was asked for)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from multivector.coding.build import build_events
from multivector.coding.clause_syntax import requester
from multivector.coding.event_dates import as_date
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.model import Actor, Event
from multivector.ontology import Ontology


def requested_by(
    phrases: PhraseResolver,
    ontology: Ontology,
    v: Token,
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    date,
    code: str,
    actors: list[Actor],
) -> list[Event]:
    """The appeals of whoever asked for the act of ``v`` to its ``actors``: the appeal code
    of that act (``request_codes`` of the policy), else the policy's plain appeal."""
    phrase = requester(v)
    if phrase is None and v.dep_ == "xcomp":  # "at X's request, Y began deploying forces"
        phrase = requester(v.head)
    if phrase is None:
        return []
    policy = ontology.policy
    when = as_date(date) or state.doc_date
    asking = phrases.resolve(phrase, state, when, role="source")
    pairs = [(a, t) for a in asking for t in actors if a.code != t.code]
    if not pairs:
        return []
    appeal = policy.request_code(code, "appeal") or policy.obligation_codes.get("appeal")
    if appeal is None:
        return []
    rule = f"grammar.yaml request adjunct '{phrase.text}' ({code})"
    return build_events(ontology, v, sent, sentence_id, state, date, appeal, rule, pairs, [])
