from __future__ import annotations

import pytest

from multivector.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'analysis.db'}")
    yield s
    s.close()
