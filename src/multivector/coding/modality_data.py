"""Modality language data: :class:`Modality` (``lang/en/modality.yaml``: governors, modals,
negations, the words of a warned act of force) and :class:`EventAnaphora`
(``lang/en/anaphora.yaml``: event nouns that refer back to earlier events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass(frozen=True, slots=True)
class Modality:
    """Modality language data (see lang/en/modality.yaml)."""

    realis_governors: frozenset[str]
    intent_governors: frozenset[str]
    negating_governors: frozenset[str]
    intent_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_marks: frozenset[str]
    negations: frozenset[str]
    speech_verbs: frozenset[str]
    # modal words of an obligation under a speech verb, by force ("must": "demand"); the code
    # of each force is the ontology policy's obligation_codes
    obligation_modals: dict[str, str]
    threat_governors: frozenset[str]
    # Entries over the ontology policy's intention table (by code or root); usually empty.
    intent_codes: dict[str, str] = field(default_factory=dict)
    refusal_governors: frozenset[str] = frozenset()
    agreement_governors: frozenset[str] = frozenset()
    warning_governors: frozenset[str] = frozenset()
    retaliation_verbs: frozenset[str] = frozenset()
    retaliation_means: frozenset[str] = frozenset()
    mandative_governors: frozenset[str] = frozenset()
    attempt_governors: frozenset[str] = frozenset()
    decision_governors: frozenset[str] = frozenset()  # "voted on Friday to impose": done
    litotes_governors: frozenset[str] = frozenset()  # "would not hesitate to": intended
    wish_governors: frozenset[str] = frozenset()
    negating_determiners: frozenset[str] = frozenset()
    first_person_subjects: frozenset[str] = frozenset()
    refusable_verbs: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    refusal_modals: frozenset[str] = frozenset()  # "cannot accept": of refusable verbs only
    negative_subjects: frozenset[str] = frozenset()  # "nobody attended": no one acted
    blocked_texts: frozenset[str] = frozenset()  # "vetoed a draft condemning X": no condemnation
    blocking_verbs: frozenset[str] = frozenset()
    mandative_nouns: frozenset[str] = frozenset()  # "the demand that it expel": wanted
    asserting_verbs: frozenset[str] = frozenset()  # "did not confirm that": not asserted
    unasked_events: frozenset[str] = frozenset()  # "will not allow it to happen": no refusal
    preventing_governors: frozenset[str] = frozenset()  # "barred X from travelling": not done
    # words of armed force in a warned or announced act with no pattern of its own ("warned that
    # any intervention would mean war"), and the act of force such a threat is coded as
    force_words: frozenset[str] = frozenset()
    force_act: str = ""

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
            speech_verbs=frozenset(d["speech_verbs"]),
            obligation_modals={str(k): str(v) for k, v in d["obligation_modals"].items()},
            threat_governors=frozenset(d["threat_governors"]),
            intent_codes={str(k): str(v) for k, v in (d.get("intent_codes") or {}).items()},
            refusal_governors=frozenset(d.get("refusal_governors") or ()),
            agreement_governors=frozenset(d.get("agreement_governors") or ()),
            warning_governors=frozenset(d.get("warning_governors") or ()),
            retaliation_verbs=frozenset(d.get("retaliation_verbs") or ()),
            retaliation_means=frozenset(d.get("retaliation_means") or ()),
            mandative_governors=frozenset(d.get("mandative_governors") or ()),
            attempt_governors=frozenset(d.get("attempt_governors") or ()),
            decision_governors=frozenset(d.get("decision_governors") or ()),
            litotes_governors=frozenset(d.get("litotes_governors") or ()),
            wish_governors=frozenset(d.get("wish_governors") or ()),
            negating_determiners=frozenset(d.get("negating_determiners") or ()),
            first_person_subjects=frozenset(d.get("first_person_subjects") or ()),
            refusable_verbs=frozenset(d.get("refusable_verbs") or ()),
            possibility_modals=frozenset(d.get("possibility_modals") or ()),
            refusal_modals=frozenset(d.get("refusal_modals") or ()),
            negative_subjects=frozenset(d.get("negative_subjects") or ()),
            blocked_texts=frozenset(d.get("blocked_texts") or ()),
            blocking_verbs=frozenset(d.get("blocking_verbs") or ()),
            mandative_nouns=frozenset(d.get("mandative_nouns") or ()),
            asserting_verbs=frozenset(d.get("asserting_verbs") or ()),
            unasked_events=frozenset(d.get("unasked_events") or ()),
            preventing_governors=frozenset(d.get("preventing_governors") or ()),
            force_words=frozenset(d.get("force_words") or ()),
            force_act=str(d.get("force_act") or ""),
        )


@dataclass(frozen=True, slots=True)
class EventAnaphora:
    """Event nouns that refer back to earlier events (see lang/en/anaphora.yaml)."""

    event_nouns: dict[str, tuple[str, ...]]
    party_nouns: frozenset[str] = frozenset()  # "the agreement": both parties
    response_acts: frozenset[str] = frozenset()  # "returned fire": not "the attack" itself
    answered_nouns: frozenset[str] = frozenset()  # "rejected the accusation": made against it
    body_text_nouns: frozenset[str] = frozenset()  # "the resolution": a body's act only

    @classmethod
    def load(cls, path: Path) -> EventAnaphora:
        d = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(
            event_nouns={str(k): tuple(str(r) for r in v or ()) for k, v in d["event_nouns"].items()},
            party_nouns=frozenset(d.get("party_nouns") or ()),
            response_acts=frozenset(d.get("response_acts") or ()),
            answered_nouns=frozenset(d.get("answered_nouns") or ()),
            body_text_nouns=frozenset(d.get("body_text_nouns") or ()),
        )
