"""What "the move" or "the decision" a reaction refers to (coding/arguments.py).

A noun of any act ("the move", "the decision", "the step") refers to the story's lead, the
first event of the document, not to the background event told last; a noun of a kind of act
("the attack") still refers to the latest act of that kind. The sentences are written for
these tests. Rejecting "the findings", "the allegations", "the report" answers their
author (anaphora.yaml).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "reaction"),
    [
        (
            "Canada imposed sanctions on Iran on Monday. Last year Qatar paid Iran's debts to the "
            "World Bank. Human rights groups criticised the move on Tuesday.",
            ("11", "CAN"),
        ),
        (
            "The African Union suspended Gabon on Thursday. In 2019 Nigeria sent troops to "
            "Gambia. Senegal welcomed the decision on Friday.",
            ("05", "IGOAFRAFU"),
        ),
        (
            "Japan lifted its ban on Chinese seafood on Monday. Separately, South Korea signed a "
            "trade deal with Vietnam. China welcomed the step on Tuesday.",
            ("05", "JPN"),
        ),
    ],
)
def test_a_generic_act_noun_refers_to_the_lead(coder, text, reaction):
    root, target = reaction
    events = _events(coder, text)
    assert any(c[:2] == root and t == target for _, t, c in events), events


@pytest.mark.slow
def test_a_kind_of_act_refers_to_the_latest_of_its_kind(coder):
    events = _events(
        coder,
        "Russia shelled Kharkiv on Monday. Ukraine's army struck a Russian depot. Poland "
        "condemned the attack.",
    )
    assert ("POL", "UKRMIL", "111") in events, events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "A United Nations panel accused Sudan's army of killing civilians in Darfur. The army "
            "rejected the findings on Tuesday.",
            ("SDNMIL", "IGOUNO"),
        ),
        (
            "Human Rights Watch accused Ethiopian troops of torture. Addis Ababa dismissed the "
            "allegations as lies.",
            ("ETHGOV", "NGOHRIHRW"),
        ),
        (
            "Amnesty International accused Bahrain's police of abusing detainees. The interior "
            "ministry rejected the report on Monday.",
            ("BHR", "NGOHRIAMN"),
        ),
    ],
)
def test_rejecting_findings_answers_their_author(coder, text, reply):
    source, target = reply
    events = _events(coder, text)
    # a rejection (12x), or a denial of the charges (016: "dismissed the allegations")
    assert any(
        s.startswith(source) and t == target for s, t, c in events if c[:2] == "12" or c == "016"
    ), events
