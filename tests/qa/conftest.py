from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "web"))

from web_corpus import seed_documents  # noqa: E402

from multivector.store import open_store  # noqa: E402


@pytest.fixture
def qa_store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'qa.db'}")
    s.add_coded_documents(seed_documents(), status="accepted")
    yield s
    s.close()
