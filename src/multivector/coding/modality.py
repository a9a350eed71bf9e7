"""Language data for deciding whether an act happened, and for events that refer back.

:class:`Modality` (``data/modality.yaml``): governors, modals, negations, and how intentions,
threats and obligations re-code an act. :class:`EventAnaphora` (``data/anaphora.yaml``): event
nouns such as "the attack" and the reactions that may refer back with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class Modality:
    """Modality language data (see data/modality.yaml)."""

    realis_governors: frozenset[str]
    intent_governors: frozenset[str]
    negating_governors: frozenset[str]
    intent_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_marks: frozenset[str]
    negations: frozenset[str]
    intent_codes: dict[str, str]
    speech_verbs: frozenset[str]
    obligation_codes: dict[str, str]
    threat_governors: frozenset[str]
    threat_codes: dict[str, str]

    def recode(self, code: str, table: dict[str, str]) -> str | None:
        """``code`` looked up in ``table`` by itself, its 3-digit parent, then its root."""
        return table.get(code) or table.get(code[:3]) or table.get(code[:2])

    @classmethod
    def load(cls, path: Path) -> Modality:
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(
            realis_governors=frozenset(d["realis_governors"]),
            intent_governors=frozenset(d["intent_governors"]),
            negating_governors=frozenset(d["negating_governors"]),
            intent_modals=frozenset(d["intent_modals"]),
            hypothetical_modals=frozenset(d["hypothetical_modals"]),
            hypothetical_marks=frozenset(d["hypothetical_marks"]),
            negations=frozenset(d["negations"]),
            intent_codes={str(k): str(v) for k, v in d["intent_codes"].items()},
            speech_verbs=frozenset(d["speech_verbs"]),
            obligation_codes={str(k): str(v) for k, v in d["obligation_codes"].items()},
            threat_governors=frozenset(d["threat_governors"]),
            threat_codes={str(k): str(v) for k, v in d["threat_codes"].items()},
        )


@dataclass(frozen=True, slots=True)
class EventAnaphora:
    """Event nouns that refer back to earlier events (see data/anaphora.yaml)."""

    event_nouns: dict[str, tuple[str, ...]]
    reaction_roots: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> EventAnaphora:
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(
            event_nouns={
                str(k): tuple(str(r) for r in v or ()) for k, v in d["event_nouns"].items()
            },
            reaction_roots=frozenset(str(r) for r in d["reaction_roots"]),
        )
