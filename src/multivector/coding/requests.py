"""The appeal implied by an act done at someone's request ("sent troops at the request of X",
"at X's request"): X asked the actors for that act. The adjunct may hang on the verb that
governs the act ("At the request of X, Y began deploying forces": the deploying was asked for)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from multivector.coding.build import build_events
from multivector.coding.clause_syntax import requester
from multivector.coding.event_dates import SentenceDates, as_date, event_date
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.model import Actor, Event
from multivector.ontology import Ontology

UNCODED_REQUEST_NOUNS = words("uncoded_request_nouns")
CONDITIONAL_WORDS = words("conditional_request_words")
TOLD_CLAUSES = ("ccomp", "acl", "relcl")
NO_ACTOR = "---"  # the placeholder source the source ranker fills (verifier.sources.NO_SOURCE)


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


def requests_of_uncoded(
    ex, sent: Span, sentence_id: int, state: DocumentState, dates: SentenceDates, events: list[Event]
) -> list[Event]:
    """The appeals of the requesters named by "at the request of X" / "at X's request" on a
    verb of this sentence that coded no act ("The council will discuss the crisis at the request
    of A and B", "The alliance met at A's request"): each requester asked the verb's subject,
    with the policy's plain appeal (``ex``: the
    :class:`~multivector.coding.events.EventExtractor`; ``events``: the sentence's events so
    far). The request was made whatever the act's own mood ("will discuss")."""
    out: list[Event] = []
    coded = {e.verb_span.start for e in events if e.verb_span is not None}
    done = {(e.source.code, e.target.code if e.target else None) for e in events if e.cameo[:2] == "02"}
    policy = ex.ontology.policy
    appeal = policy.obligation_codes.get("appeal")
    if appeal is None:
        return []
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or v.idx in coded:
            continue
        if v.dep_ in TOLD_CLAUSES:
            continue  # "Moscow said it had acted at the request of ...": the teller's claim;
            # "a strike carried out at the request of ...": a description of a noun
        phrase = _adjunct_requester(v)
        if phrase is None or any(c.idx in coded for c in v.children if c.dep_ in ("xcomp", "dobj")):
            continue  # an act it governs was coded: its own request adjunct was read with it
        noun = phrase.head if phrase.dep_ == "poss" else phrase.head.head
        prep = noun.head
        if noun.lemma_.lower() not in UNCODED_REQUEST_NOUNS or any(
            c.lower_ in CONDITIONAL_WORDS for c in (*prep.children, *v.children) if c.i < prep.i
        ):
            continue  # an invitation; "only at the request of": a condition
        date = event_date(v, dates, state)
        when = as_date(date) or state.doc_date
        asked, _subj, _passive = ex.arguments.sources(v, state, when, False)
        asking = ex.phrases.resolve(phrase, state, when, role="source")
        pairs = [
            (a, t)
            for a in asking
            for t in asked
            if a.code != t.code and a.code and t.code and t.code != NO_ACTOR and (a.code, t.code) not in done
        ]
        if not pairs:
            continue
        done.update((a.code, t.code) for a, t in pairs)
        rule = f"grammar.yaml request adjunct '{phrase.text}' (uncoded '{v.text}')"
        out += build_events(ex.ontology, v, sent, sentence_id, state, date, appeal, rule, pairs, [])
    return out


def _adjunct_requester(v: Token) -> Token | None:
    """The requester of an adjunct on ``v`` or on the nouns of its prepositional phrases, which
    the parser may hang it on ("met in session in the afternoon at Turkey's request")."""
    heads = [v]
    for h in heads:
        phrase = requester(h)
        if phrase is not None:
            return phrase
        heads += [p for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return None
