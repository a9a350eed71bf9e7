"""What becomes of a sentence's events once the rules have coded its predicates.

In order: duplicates go (:func:`~multivector.coding.build.dedupe`); the learned checks complete
them (a target, or a source for the acts kept sourceless; :mod:`~multivector.coding.verification`);
a sentence listing very many actors is cut to ``max_events``; organs of a territory another state
governed on the day are that state's (:func:`~multivector.coding.eras.governed`); the events
become the document's antecedents (``state.events``: every act the text reports, verified or
not, but no source the source ranker guessed); then the verifier drops the improbable ones and
one event is kept per dyad and code (:func:`~multivector.coding.build.one_per_dyad`).
"""

from __future__ import annotations

import logging

from spacy.tokens import Span

from multivector.coding.build import dedupe, one_per_dyad
from multivector.coding.eras import governed
from multivector.coding.state import DocumentState, Trace
from multivector.coding.verification import Verification
from multivector.coding.verifier.targets import FILLED_MARK
from multivector.model import Event
from multivector.ontology.policy import CodingPolicy

log = logging.getLogger(__name__)


def finish_sentence(
    sent: Span,
    sentence_id: int,
    events: list[Event],
    unsourced: list[Event],
    state: DocumentState,
    traces: list[Trace],
    check: Verification | None,
    policy: CodingPolicy,
    max_events: int,
) -> list[Event]:
    """The events of sentence ``sentence_id`` the coder keeps, from what its rules coded
    (``events``) and the acts they found no source for (``unsourced``, for the source ranker)."""
    events = dedupe(events)
    if check is not None:
        events = check.complete(sent, events + unsourced, state)
    if len(events) > max_events:
        # "A, B, ... and Z condemned X, Y, ... and W": a list, not 10,000 interactions
        log.warning(
            "%s: sentence %d gave %d events; kept the first %d (max_events_per_sentence)",
            state.doc_id, sentence_id, len(events), max_events,
        )  # fmt: skip
        traces.append(Trace("", "", f"{len(events)} events cut to {max_events}"))
        events = events[:max_events]
    recognised = policy.recognised_target_codes
    events = [governed(e, state.doc_date, recognised) for e in events]
    state.events.extend(e for e in events if FILLED_MARK not in e.rule)
    if check is not None:
        events = check.verify(sent, events, traces)
    return one_per_dyad(events, traces, policy.dyad_state_sectors)
