"""Learned checks after the rules: the target ranker and the event verifier.

The rules propose, these models dispose: a targetless event gets the named actor nearby that
most probably is its target, and an event whose features make it improbable is dropped
(:mod:`multivector.coding.verification`). Both are trained on the coder's own output over our
gold batches (``make model``, :mod:`multivector.coding.verifier.train`).
"""

from multivector.coding.verifier.features import event_features
from multivector.coding.verifier.model import (
    DEFAULT_PATH,
    RANKER_PATH,
    LinearScorer,
    VerifierNotBuilt,
    load_scorer,
)

__all__ = [
    "DEFAULT_PATH",
    "RANKER_PATH",
    "LinearScorer",
    "VerifierNotBuilt",
    "event_features",
    "load_scorer",
]
