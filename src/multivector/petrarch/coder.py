"""Coding with converted PETRARCH dictionaries: the code features finished after coding.

:class:`PetrarchCoder` wraps a :class:`~multivector.coding.coder.Coder` built on converted
PETRARCH dictionaries and, for each event, looks up the PETRARCH code field of the rule that
fired (``file:line``, the first word of ``Event.rule``):

* ``[A:B]``: keeps the event (A) and adds B from the target to the source (``LEFT [032:033]``:
  "X left for Y" is a visit by X and a visit received by Y);
* ``[:B]``: replaces the event by B from the target to the source;
* ``[---]``: drops the event (the pattern exists to stop a less specific one from coding).

PETRARCH dictionaries also carry codes that are not CAMEO (the validation dictionaries use
WEIS-era codes such as 223 or 903, and letters such as 174K). Events keep such codes verbatim;
Goldstein and quad class come from the nearest CAMEO parent when there is one, else 0, and the
PLOVER type is None.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping

from multivector.model import CodedDocument, Document, DocumentProblem, Event
from multivector.petrarch.convert import NULL_CODE


class TolerantOntology:
    """An ontology view that answers for codes outside CAMEO instead of raising."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def cameo(self, code: str):
        from multivector.ontology import CameoCode

        try:
            return self._inner.cameo(code)
        except KeyError:
            return CameoCode(code=code, name="not a CAMEO code (imported dictionary)",
                             goldstein=0.0, quad_class=0, root=str(code)[:2])

    def plover(self, code: str) -> tuple[str | None, str | None]:
        try:
            return self._inner.plover(code)
        except KeyError:
            return None, None

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class _AnyWord(frozenset):
    """A word set that contains every word."""

    def __contains__(self, item: object) -> bool:
        return True


def petrarch_modality(modality):
    """PETRARCH's reading of modality: every verb is coded as an act, whatever its auxiliary,
    governor or negation; a dictionary says otherwise through its own patterns
    (``NOT *``, ``&NEGATVAUXVRB *``). Built from the coder's own modality data."""
    empty: frozenset[str] = frozenset()
    return dataclasses.replace(
        modality, realis_governors=_AnyWord(), intent_governors=empty, negating_governors=empty,
        intent_modals=empty, hypothetical_modals=empty, hypothetical_marks=empty, negations=empty,
        intent_codes={})


MODALITIES = ("multivector", "petrarch")


class PetrarchCoder:
    """A Coder on converted PETRARCH dictionaries, with paired, reverse and null codes applied.

    ``modality="petrarch"`` codes every verb as an act (PETRARCH's behaviour, which its
    dictionaries and validation suite assume); ``"multivector"`` keeps multivector's reading of
    negation, intention and hypotheticals.
    """

    def __init__(self, coder, special: Mapping[str, tuple[str, str | None]],
                 modality: str = "multivector") -> None:
        if modality not in MODALITIES:
            raise ValueError(f"modality must be one of {MODALITIES}, not {modality!r}")
        self.coder = coder
        self.special = dict(special)
        self.modality = modality
        if modality == "petrarch" and hasattr(coder, "extractor"):
            coder.extractor.modality = petrarch_modality(coder.extractor.modality)
        # The coder looks Goldstein values up for every code it emits; PETRARCH files hold codes
        # CAMEO does not list, which must pass through (see the module docstring).
        tolerant = TolerantOntology(coder.ontology)
        coder.ontology = tolerant
        if hasattr(coder, "extractor"):
            coder.extractor.ontology = tolerant
        self.ontology = tolerant

    def finish(self, events: Iterable[Event]) -> list[Event]:
        """Apply the PETRARCH code features to one document's events."""
        out: list[Event] = []
        seen: set[tuple] = set()
        for ev in events:
            for actor in (ev.source, ev.target):
                # PETRARCH writes an agent whose country is unknown as ---GOV
                if actor is not None and actor.kind == "agent" and not actor.country \
                        and not actor.code.startswith(NULL_CODE):
                    actor.code = NULL_CODE + actor.code
            key = ev.rule.split(" ", 1)[0]
            forward, reverse = self.special.get(key, (None, None))
            produced: list[Event] = []
            if ev.cameo != NULL_CODE:
                produced.append(ev)
            if reverse and ev.target is not None and (forward in (ev.cameo, NULL_CODE)):
                cameo = self.ontology.cameo(reverse)
                plover, mode = self.ontology.plover(reverse)
                produced.append(dataclasses.replace(
                    ev, source=ev.target, target=ev.source, cameo=reverse, plover=plover,
                    plover_mode=mode, goldstein=cameo.goldstein, quad_class=cameo.quad_class,
                    rule=ev.rule + " +reverse"))
            for e in produced:
                k = (e.sentence_id, e.source.code, e.target.code if e.target else None, e.cameo)
                if k not in seen:
                    seen.add(k)
                    out.append(e)
        for i, e in enumerate(out):
            e.index = i
        return out

    def code_documents(
        self, documents: Iterable[Document | DocumentProblem], batch_size: int = 32
    ) -> Iterator[CodedDocument]:
        for coded in self.coder.code_documents(documents, batch_size=batch_size):
            coded.events = self.finish(coded.events)
            yield coded

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        coded = next(self.code_documents([Document(id=doc_id, text=text, date=date)]))
        if coded.problem is not None:
            raise ValueError(str(coded.problem))
        return coded.events

    def __getattr__(self, name: str):
        return getattr(self.coder, name)
