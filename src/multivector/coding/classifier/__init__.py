"""A learned second opinion for the rule-based coder: a sentence-level event classifier.

It scores each sentence that names actors for every CAMEO root (and "no event") and code.
The coder uses it to propose an event where actors are present but no pattern fired and to
arbitrate between competing patterns; it never overrides a negation or modality decision,
and every event it decides records ``model:event-classifier P`` in its rule. Trained by
``make model`` from ``training/``; switched off with ``--no-model`` (``Coder(model=False)``).
"""

from multivector.coding.classifier.features import sentence_features
from multivector.coding.classifier.model import (
    DEFAULT_PATH,
    NONE,
    ClassifierNotBuilt,
    EventClassifier,
    Opinion,
    load_classifier,
)

__all__ = [
    "DEFAULT_PATH",
    "NONE",
    "ClassifierNotBuilt",
    "EventClassifier",
    "Opinion",
    "load_classifier",
    "sentence_features",
]
