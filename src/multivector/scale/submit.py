"""Driver script for ``spark-submit``: ``spark-submit [options] submit.py INPUT... OUTPUT``.

spark-submit wants a Python file; this one runs ``multivector spark-code`` with the given
arguments. Find its path with ``python -c "import multivector.scale.submit as m; print(m.__file__)"``.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from multivector.cli import main as cli

    cli(["spark-code", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
