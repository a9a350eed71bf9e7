"""Helpers shared by the coder's sentence tests (imported as ``coding_helpers``)."""

from __future__ import annotations

from multivector.coding.classifier import Opinion
from multivector.model import Document


class FixedOpinion:
    """A stand-in event classifier with one fixed opinion of every sentence."""

    def __init__(self, roots: dict[str, float], codes: dict[str, float] | None = None) -> None:
        self.op = Opinion(roots=roots, codes=codes or {})

    @classmethod
    def of_codes(cls, codes: dict[str, float]) -> FixedOpinion:
        """The opinion whose roots are read off ``codes`` (each code's probability its root's)."""
        return cls({c[:2]: p for c, p in codes.items()}, codes)

    def opinion(self, sent):
        return self.op


def event_triples(
    coder, text: str, date: str = "2024-05-01", root: bool = False
) -> set[tuple[str, str | None, str]]:
    """(source code, target code or None, CAMEO code) of each event ``coder`` finds in ``text``;
    with ``root``, the code's two-digit root."""
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo[:2] if root else e.cameo)
        for e in coded.events
    }


def root_triples(coder, text: str) -> set[tuple[str, str | None, str]]:
    """:func:`event_triples` with each code cut to its root."""
    return event_triples(coder, text, root=True)


def root_dates(coder, text: str, date: str) -> dict[str, set[str | None]]:
    """The dates (or None) of the events ``coder`` finds in ``text``, by CAMEO root."""
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    out: dict[str, set[str | None]] = {}
    for e in coded.events:
        out.setdefault(e.cameo[:2], set()).add(str(e.date) if e.date else None)
    return out


def has_event(triples, source: str, target: str, code: str) -> bool:
    """Whether an event of ``code`` goes from an actor of ``source`` to one of ``target``
    (code prefixes: "USA" matches USAGOV)."""
    return any(
        s.startswith(source) and (t or "").startswith(target) and c == code for s, t, c in triples
    )
