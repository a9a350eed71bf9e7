"""Scale out: every core of one machine (worker processes), or a Spark cluster.

>>> from multivector.ingest import read_inputs
>>> from multivector.scale import parallel_code_documents
>>> for coded in parallel_code_documents(read_inputs(["news/"]), workers=2):
...     ...  # CodedDocument in input order; coded.problem is set for unusable input
"""

from __future__ import annotations

from multivector.scale.parallel import (
    build_coder,
    code_items,
    default_workers,
    parallel_code_documents,
    problem_result,
)

__all__ = [
    "build_coder",
    "code_items",
    "default_workers",
    "parallel_code_documents",
    "problem_result",
]
