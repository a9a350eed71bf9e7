"""Predicates that report no event though a pattern fits them.

Two rules of English, both syntactic:

* **a standing state**: a verb in the simple present inside a non-restrictive relative clause
  describes its antecedent, it does not report news ("Russia, which supplies most of the
  country's fuel, kept quiet"; "Chad, which hosts 800,000 refugees, appealed for aid"). A
  perfect or progressive ("which has backed", "which is pressing") or a past tense ("which
  brokered the deal") still reports an act;
* **a backstory that identifies its noun**: a restrictive relative clause (no comma before it)
  in the past perfect says which people or places are meant by what they had done before
  ("fired on demonstrators who had blocked the highway", "townships where factories had been
  set on fire"), and a restrictive relative clause of who/whose/that on a noun in apposition to
  a name says who that person is ("Pinochet, the general who seized power in 1973, died");
* **a report of speech or thought**: a verb of ``clausal_report_verbs``
  (``data/discards.yaml``) whose matching pattern is the bare verb and whose complement is a
  finite clause ("officials concede that the toll is higher" is no act of yielding).

Five more rules (``coding/unasserted.py``, words in ``data/discards.yaml``): a clause that is
the content of a claim noun ("reports that troops had shot ..."), an infinitive with its own
subject under a verb of wanting ("wants the president to cancel ..."), a direct question ("Has
X agreed to ...?"), a characterisation ("called the move a mistake": no call) and a reduced
passive participle that only identifies its noun ("the sailors released by Tehran flew home").

(A passive participle clause, "Asked about the talks, the minister said", is ruled out by the
modality stage: ``modality.passive_participle_clause``.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from multivector.coding.dictionary import EventPattern
from multivector.coding.unasserted import Unasserted
from multivector.datafiles import load_yaml

DATA = Path(__file__).parent / "data" / "discards.yaml"
SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})
AUX = frozenset({"aux", "auxpass"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
# The rule prefix of the patterns the modality stage makes of a clause (an obligation under a
# speech verb, a warning): readings of the complement, not the verb's bare sense.
MODALITY_RULES = "modality.yaml"


@dataclass(frozen=True, slots=True)
class Background:
    """The rules above, with their word list."""

    clausal_report_verbs: frozenset[str] = frozenset()
    unasserted: Unasserted = Unasserted()
    describing_relatives: frozenset[str] = frozenset()

    @classmethod
    def bundled(cls, path: Path = DATA) -> Background:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        words = data.get("clausal_report_verbs", []) or []
        relatives = data.get("describing_relatives", []) or []
        return cls(
            frozenset(str(w).lower() for w in words),
            Unasserted.from_data(data),
            frozenset(str(w).lower() for w in relatives),
        )

    def reason(
        self, v: Token, pattern: EventPattern, act: Callable[[Token], str | None] | None = None
    ) -> str | None:
        """Why the verb ``v`` (matched by ``pattern``) reports no event, or None (``act``: the
        code of the act another verb states, coding/unasserted.py)."""
        if standing_state(v):
            return "a standing state (simple present in a non-restrictive relative clause)"
        if identifying_backstory(v, self.describing_relatives):
            return "a backstory that identifies its noun (restrictive relative clause)"
        if (
            not pattern.requirements
            and not pattern.rule.startswith(MODALITY_RULES)  # "told X that Y must ...": a demand
            and v.lemma_.lower() in self.clausal_report_verbs
            and finite_clause_complement(v)
        ):
            return f"'{v.lemma_.lower()} that ...' reports speech or thought, not an act"
        return self.unasserted.reason(v, pattern, act)


def standing_state(v: Token) -> bool:
    """Whether ``v`` heads a simple-present relative clause set off by a comma."""
    if v.dep_ != "relcl":
        return False
    aux = [c for c in v.children if c.dep_ in AUX]
    if v.tag_ == "VBN":  # "which is banned in Egypt": a present passive is a standing state
        if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].tag_ not in SIMPLE_PRESENT:
            return False
    elif v.tag_ not in SIMPLE_PRESENT or aux:
        return False
    left = v.left_edge.i
    return left > 0 and v.doc[left - 1].text == ","


def relative_clause(v: Token) -> Token | None:
    """The head of the relative clause ``v`` heads or is a conjunct of ("who stormed a prison
    and seized buildings": "stormed"), or None."""
    node = v
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node if node.dep_ == "relcl" else None


def identifying_backstory(v: Token, relatives: frozenset[str]) -> bool:
    """Whether ``v`` tells, in a restrictive relative clause, what identifies its noun: a past
    perfect ("demonstrators who had blocked the highway"), or any act of the person a noun in
    apposition to a name describes ("Li Peng, the premier who declared martial law, died";
    ``relatives``: the relative words of such a description)."""
    clause = relative_clause(v)
    if clause is None:
        return False
    left = clause.left_edge.i
    if left > 0 and v.doc[left - 1].text in (",", "(", "-", "\u2014", "\u2013"):
        return False  # non-restrictive: it adds news about a noun already identified
    noun = clause.head
    if noun.dep_ == "attr" and any(c.lower_ == "it" for c in noun.head.children):
        return False  # a cleft ("It was Sargsyan who had invited Gul") asserts the act
    relative = next(
        (c for c in clause.subtree if c.tag_ in ("WP", "WP$", "WDT", "WRB") and c.i < clause.i),
        None,
    )
    if relative is not None and (relative.tag_ == "WRB" or relative.dep_ == "pobj"):
        return False  # "a row in which Rabat had recalled ...", "where": what happened then
    aux = [c for c in (*v.children, *clause.children) if c.dep_ in AUX]
    if any(a.lower_ == "had" for a in aux):
        # a contact clause ("the districts they had retaken") leaves its object out; one
        # with an object or a passive is a misread complement ("told relatives they had
        # been beaten")
        return relative is not None or not any(
            c.dep_ in ("dobj", "auxpass") for c in v.children
        )
    return (
        noun.dep_ == "appos"
        and noun.head.ent_type_ == "PERSON"
        and relative is not None
        and relative.lower_ in relatives
    )


def finite_clause_complement(v: Token) -> bool:
    """Whether ``v`` has a clausal complement with a subject or a complementizer."""
    for c in v.children:
        if c.dep_ != "ccomp":
            continue
        for g in c.children:
            if g.dep_ in SUBJECTS or (g.dep_ == "mark" and g.lower_ in COMPLEMENTIZERS):
                return True
    return False
