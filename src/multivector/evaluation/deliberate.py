"""PETRARCH validation records multivector fails on purpose, with the reason (a YAML file)."""

from __future__ import annotations

from pathlib import Path

import yaml

DELIBERATE_FILE = Path(__file__).with_name("petrarch_deliberate.yaml")


def load_deliberate(path: str | Path = DELIBERATE_FILE) -> dict[str, str]:
    """Record id -> reason we do not follow PETRARCH's expectation."""
    path = Path(path)
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): " ".join(str(v).split()) for k, v in (data.get("records") or {}).items()}
