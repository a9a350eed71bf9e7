"""Shared fixtures for the scale tests: one local Spark session for the whole run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FAKES = Path(__file__).with_name("scale_fakes.py")


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="pyspark not installed (pip install multivector[spark])")
    if shutil.which("java") is None:
        pytest.skip("Java not found: Spark needs a JRE (e.g. openjdk-17-jre-headless)")
    from multivector.scale.spark import make_spark_session

    session = make_spark_session(
        "local[2]", "multivector-tests", {"spark.sql.shuffle.partitions": "2"}
    )
    session.sparkContext.setLogLevel("ERROR")
    session.sparkContext.addPyFile(str(FAKES))  # the fake coder, for executors
    yield session
    session.stop()
