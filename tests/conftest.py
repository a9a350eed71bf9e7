"""Shared fixtures: the path to ../shared and one coder per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(
            f"../shared not found at {SHARED} (reference material for tests and benchmarks)"
        )
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """The coder with the rules and the event classifier (spaCy model + bundled dictionaries),
    loaded once. The learned checks after the rules (target ranker, event verifier) are left
    out: these tests state what the rules do; the checks are tested on their own
    (tests/coding/test_verification*.py) and measured by the benchmarks."""
    from multivector.coding.coder import Coder

    return Coder(verify=False)


@pytest.fixture(scope="session")
def full_coder():
    """The default coder, with every trained model, loaded once."""
    from multivector.coding.coder import default_coder

    return default_coder()


@pytest.fixture(scope="session")
def rules_coder():
    """The coder with the rules only (no classifier): for tests of the dictionaries' patterns,
    which must not change when the classifier is retrained."""
    from multivector.coding.coder import Coder

    return Coder(model=False)
