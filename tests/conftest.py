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
    """The default coder (spaCy model + bundled dictionaries), loaded once."""
    from multivector.coding.coder import default_coder

    return default_coder()


@pytest.fixture(scope="session")
def rules_coder():
    """The coder with the rules only (no classifier): for tests of the dictionaries' patterns,
    which must not change when the classifier is retrained."""
    from multivector.coding.coder import Coder

    return Coder(model=False)
