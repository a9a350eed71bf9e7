"""Joint acts of several countries with no one else named (coding/arguments.py).

"Uzbek and Kyrgyz border guards began joint patrols": the partners act towards each other,
once a pair, instead of two events with no target, in consultation and cooperation only (a
joint offensive is aimed elsewhere). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.groups import joint_act
from multivector.coding.state import DocumentState
from multivector.model import Document


def _state() -> DocumentState:
    return DocumentState(doc_id="t", doc_date=None, mentions={})


def test_a_joint_word_on_the_verb_or_its_object(parse):
    # "navies held a joint drill"
    doc = parse(
        [
            ("navies", 1, "nsubj", "NOUN", "NNS", "navy"),
            ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("a", 4, "det", "DET", "DT"),
            ("joint", 4, "amod", "ADJ", "JJ"),
            ("drill", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert joint_act(doc[1], _state())
    # "guards patrolled together"
    doc = parse(
        [
            ("guards", 1, "nsubj", "NOUN", "NNS", "guard"),
            ("patrolled", 1, "ROOT", "VERB", "VBD", "patrol"),
            ("together", 1, "advmod", "ADV", "RB"),
        ]
    )
    assert joint_act(doc[1], _state())


def test_no_joint_word_no_joint_act(parse):
    # "navies held a large drill"
    doc = parse(
        [
            ("navies", 1, "nsubj", "NOUN", "NNS", "navy"),
            ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("a", 4, "det", "DET", "DT"),
            ("large", 4, "amod", "ADJ", "JJ"),
            ("drill", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert not joint_act(doc[1], _state())


def _dyads(coder, text: str) -> set[tuple[str, str | None]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    return {
        (e.source.country or e.source.code, e.target.country if e.target else None)
        for e in coded.events
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Uzbek and Kyrgyz border guards began joint patrols on Monday.", "UZB", "KGZ"),
        (
            "Brazilian and Argentine police broke up a drug ring in a joint operation.",
            "BRA",
            "ARG",
        ),
        ("Indian and Japanese coast guards trained together in the strait on Friday.", "IND", "JPN"),
    ],
)
def test_joint_partners_act_towards_each_other_once(coder, text, a, b):
    dyads = _dyads(coder, text)
    assert (a, b) in dyads, dyads
    assert (b, a) not in dyads and (a, None) not in dyads and (b, None) not in dyads, dyads


@pytest.mark.slow
def test_a_joint_attack_is_not_aimed_at_the_partners(coder):
    # rules37: the partners of a joint offensive cooperate militarily (062, coding/
    # joint_operations.py); what must not join them is the attack itself
    text = "Turkish and Iraqi troops attacked rebel camps in a joint offensive."
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    hostile = {
        (e.source.country, e.target.country if e.target else None)
        for e in coded.events
        if e.cameo[:2] >= "18"
    }
    assert ("TUR", "IRQ") not in hostile and ("IRQ", "TUR") not in hostile, hostile
    assert any(e.cameo[:2] >= "18" for e in coded.events)
