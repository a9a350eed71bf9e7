"""The issue stage on hand-built parses: the fourth digit of protests and demands."""

from __future__ import annotations

from multivector.coding.issues import IssueWords, clause_lemmas, issue_code
from multivector.ontology import load_ontology
from multivector.ontology.policy import load_policy


def _strike(parse, purpose: tuple[str, str]):
    # "Teachers began a strike to demand the <noun> of the <owner>"
    noun, owner = purpose
    return parse(
        [
            ("Teachers", 1, "nsubj", "NOUN", "NNS", "teacher"),
            ("began", 1, "ROOT", "VERB", "VBD", "begin"),
            ("a", 3, "det", "DET", "DT"),
            ("strike", 1, "dobj", "NOUN", "NN"),
            ("to", 5, "aux", "PART", "TO"),
            ("demand", 1, "advcl", "VERB", "VB"),
            ("the", 7, "det", "DET", "DT"),
            (noun, 5, "dobj", "NOUN", "NN"),
            ("of", 7, "prep", "ADP", "IN"),
            ("the", 10, "det", "DET", "DT"),
            (owner, 8, "pobj", "NOUN", "NN"),
        ]
    )


def test_issue_digit_from_the_purpose_clause(parse):
    words, policy = IssueWords.bundled(), load_policy()
    known = frozenset(load_ontology().codes())

    def code(noun: str, owner: str = "minister", base: str = "143") -> str | None:
        doc = _strike(parse, (noun, owner))
        return issue_code(doc[1], base, words, policy.issue_codes, policy.issue_digits, known)

    assert code("resignation") == "1431"
    assert code("repeal", "law") == "1432"
    assert code("release", "detention") == "1433"  # a protest against repression: rights
    assert code("independence", "region") == "1434"
    assert code("return", "minister") is None  # no issue named: the code stays
    assert code("resignation", base="190") is None  # not a code with an issue digit


def test_subject_words_are_not_the_issue(parse):
    # "Democracy activists marched": the subject's words say who, not what for
    doc = parse(
        [
            ("Democracy", 1, "compound", "NOUN", "NN"),
            ("activists", 2, "nsubj", "NOUN", "NNS", "activist"),
            ("marched", 2, "ROOT", "VERB", "VBD", "march"),
        ]
    )
    assert "democracy" not in clause_lemmas(doc[2])
