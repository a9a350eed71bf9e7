"""The subject of a passive governor does the act of its infinitive: "X is expected to visit Y",
"X was forced to withdraw from Y", "X is scheduled to meet Y" (X acts; Y is the target), unless
the infinitive is passive itself ("X is expected to be freed": X is the patient).

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import subject_of


def _expected_to(parse, passive_infinitive: bool):
    # "Kenya is expected to visit Peru" / "Kenya is expected to be visited"
    rows = [
        ("Kenya", 2, "nsubjpass", "PROPN", "NNP"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("expected", 2, "ROOT", "VERB", "VBN", "expect"),
        ("to", 4 if not passive_infinitive else 5, "aux", "PART", "TO"),
    ]
    if passive_infinitive:
        rows += [
            ("be", 5, "auxpass", "AUX", "VB"),
            ("visited", 2, "xcomp", "VERB", "VBN", "visit"),
        ]
    else:
        rows += [
            ("visit", 2, "xcomp", "VERB", "VB"),
            ("Peru", 4, "dobj", "PROPN", "NNP"),
        ]
    return parse(rows)


def test_the_passive_governors_subject_is_the_infinitives_active_subject(parse):
    doc = _expected_to(parse, passive_infinitive=False)
    subj, passive = subject_of(doc[4])
    assert subj is not None and subj.i == 0
    assert passive is False


def test_a_passive_infinitive_keeps_its_subject_as_patient(parse):
    doc = _expected_to(parse, passive_infinitive=True)
    subj, passive = subject_of(doc[5])
    assert subj is not None and subj.i == 0
    assert passive is True


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The Brazilian president is expected to visit Lisbon next month.", "BRA", "PRT", "03"),
        (
            "Ghana's foreign minister is scheduled to meet the Togolese president.",
            "GHA",
            "TGO",
            "03",
        ),
        (
            "Armenia was forced to withdraw its troops from the disputed border area with Iran.",
            "ARM",
            "IRN",
            "08",
        ),
    ],
)
def test_the_passive_governors_subject_acts(coder, text, source, target, root):
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo[:2])
        for e in coder.code_text(text)
    }
    assert (source, target, root) in found


def _expected_in(parse, agent: bool):
    # "Kenya is expected in Lima" / "Kenya is expected in Lima by Peru"
    rows = [
        ("Kenya", 2, "nsubjpass", "PROPN", "NNP"),
        ("is", 2, "auxpass", "AUX", "VBZ", "be"),
        ("expected", 2, "ROOT", "VERB", "VBN", "expect"),
        ("in", 2, "prep", "ADP", "IN"),
        ("Lima", 3, "pobj", "PROPN", "NNP"),
    ]
    if agent:
        rows += [("by", 2, "agent", "ADP", "IN"), ("Peru", 5, "pobj", "PROPN", "NNP")]
    return parse(rows)


def test_an_awaited_visitor_is_the_subject_not_a_patient(parse):
    subj, passive = subject_of(_expected_in(parse, agent=False)[2])
    assert subj is not None and subj.i == 0
    assert passive is False


def test_an_awaiting_passive_with_an_agent_stays_passive(parse):
    subj, passive = subject_of(_expected_in(parse, agent=True)[2])
    assert subj is not None and subj.i == 0
    assert passive is True


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Egypt's foreign minister is expected in Khartoum on Thursday.", "EGY", "SDN"),
        ("The Indian defence minister is expected in Colombo next week.", "IND", "LKA"),
    ],
)
def test_a_visitor_expected_in_a_capital_announces_a_visit(coder, text, source, target):
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in coder.code_text(text)
    }
    assert (source, target, "036") in found
