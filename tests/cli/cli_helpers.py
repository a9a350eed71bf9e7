"""Shared helpers for the command-line fault tests: a tiny store, a guard against loading the
model, and the check that a result is a clean one-line error rather than a traceback."""

from __future__ import annotations

from click.testing import Result

from multivector.store import open_store
from multivector.store.synthetic import synthetic_corpus


def tiny_store(path) -> str:
    """A SQLite store with a few synthetic documents; returns its URL."""
    url = f"sqlite:///{path}"
    store = open_store(url)
    store.add_coded_documents(synthetic_corpus(3, events_per_document=4))
    store.close()
    return url


class ModelLoaded(AssertionError):
    """Raised by the stand-in for the coder: an option check came after the model load."""


def forbid_model(monkeypatch) -> None:
    """Make any attempt to build the real coder fail the test."""
    import multivector.coding.coder as coder_module

    def boom(*_a, **_k):
        raise ModelLoaded("the model was loaded before the options were checked")

    monkeypatch.setattr(coder_module, "Coder", boom)
    monkeypatch.setattr(coder_module, "default_coder", boom)


def assert_clean_failure(result: Result, status: int | set[int]) -> None:
    """Exit status as expected, no traceback, one error line, and no escaped exception."""
    allowed = {status} if isinstance(status, int) else status
    assert result.exit_code in allowed, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    assert "internal error" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error:")]
    if result.exit_code != 0:
        assert len(errors) <= 1, result.output


class NoEventCoder:
    """A coder stand-in that codes every document into zero events (no model)."""

    def code_documents(self, documents, batch_size: int = 32):
        from multivector.model import CodedDocument

        for doc in documents:
            yield CodedDocument(document=doc, events=[], n_sentences=1)


def use_fake_coder(monkeypatch) -> None:
    """``ingest`` codes with :class:`NoEventCoder` instead of the spaCy pipeline."""
    import multivector.coding.coder as coder_module

    monkeypatch.setattr(coder_module, "default_coder", lambda: NoEventCoder())
