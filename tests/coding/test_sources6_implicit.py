"""Doers of an agentless passive joint act whose clause names one party (coding/implicit.py).

"Joint drills with X were held": a meeting, negotiation, agreement or co-operation has two
parties; the one the clause leaves out is the country the text is about. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.implicit import story_parties
from multivector.coding.state import DocumentState
from multivector.model import Actor, Document


def _state() -> DocumentState:
    return DocumentState(doc_id="t", doc_date=None, mentions={})


def _actor(code: str) -> Actor:
    return Actor(text=code, code=code, country=code, kind="country")


def _drills(parse):
    # "drills with Chad were held"
    return parse(
        [
            ("drills", 4, "nsubjpass", "NOUN", "NNS", "drill"),
            ("with", 0, "prep", "ADP", "IN"),
            ("Chad", 1, "pobj", "PROPN", "NNP"),
            ("were", 4, "auxpass", "AUX", "VBD", "be"),
            ("held", 4, "ROOT", "VERB", "VBN", "hold"),
        ]
    )


def test_the_named_party_and_the_focus_country(parse):
    doc = _drills(parse)
    found = story_parties(doc[4], _state(), "NER", lambda t: [_actor("TCD")] if t.i == 2 else [])
    assert [a.code for a in found] == ["NER", "TCD"]


def test_no_party_named_or_the_focus_is_the_party_itself(parse):
    doc = _drills(parse)
    assert story_parties(doc[4], _state(), "NER", lambda t: []) == []
    assert story_parties(doc[4], _state(), "TCD", lambda t: [_actor("TCD")]) == []
    # no focus and no earlier country: no guess
    assert story_parties(doc[4], _state(), None, lambda t: [_actor("TCD")]) == []


def _dyads(coder, text: str) -> set[tuple[str, str | None]]:
    coded = next(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    return {
        (e.source.country or e.source.code, e.target.country if e.target else None)
        for e in coded.events
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Peru has sought new partners since 2010. Military drills with Brazilian troops"
            " were held near the border in May.",
            {"PER", "BRA"},
        ),
        (
            "Ghana expanded its trade ties last year. The annual naval exercise was held with"
            " French ships in June.",
            {"GHA", "FRA"},
        ),
        (
            "Laos reviewed its foreign policy in 2019. Diplomatic relations with Thailand were"
            " restored in 2020.",
            {"LAO", "THA"},
        ),
    ],
)
def test_a_passive_joint_act_with_one_party_named(coder, text, pair):
    dyads = _dyads(coder, text)
    assert any({s, t} == pair for s, t in dyads), dyads
