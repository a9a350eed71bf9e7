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


def killed_doc(parse, count: str, noun: str, lemma: str, pos: str = "NOUN", ent: str = "O"):
    """ "Militias killed <count> <noun>" built by the ``parse`` fixture; ``ent`` the noun's IOB
    entity tag ("B-NORP" for a people's name)."""
    return parse(
        [
            ("Militias", 1, "nsubj", "NOUN", "NNS", "militia"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            (count, 3, "nummod", "NUM", "CD"),
            (noun, 1, "dobj", pos, "NNPS" if pos == "PROPN" else "NNS", lemma),
        ],
        ents=["O", "O", "B-CARDINAL", ent],
    )


def killing_code(doc, civilians: frozenset[str]) -> str:
    """The code of the killing in a :func:`killed_doc` with ``civilians`` as victims' nouns."""
    from multivector.coding.dictionary import parse_pattern
    from multivector.coding.mass_killings import mass_killing
    from multivector.coding.predicates import match_patterns
    from multivector.coding.syntax import direct_objects
    from multivector.ontology.policy import load_policy

    v = doc[1]
    m = match_patterns(v, [parse_pattern("kill", "190", "test:1", {})], direct_objects(v))
    assert m is not None
    return mass_killing(v, m, load_policy(), civilians).pattern.code


def dateline_in(line: str) -> str | None:
    """The dateline ``multivector.nlp`` finds when ``line`` opens a story under a headline, or
    None."""
    from multivector.nlp import find_dateline

    found = find_dateline(f"Border talks resume\n\n{line}The ministers met again.")
    return None if found is None else found[1].group(0).strip()
