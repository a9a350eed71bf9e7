"""A bare state organ in a clause that opens with its capital ("In Oslo, the government ...")
is that country's (coding/generic.py ``fronted_places``, coding/phrases.py ``seat``); a
place coordinated with another ("in Brussels and Liege") places a generic actor too.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.generic import fronted_places

PREPS = frozenset({"in", "at"})


def test_a_fronted_locative_is_the_clause_setting(parse):
    # "In Lima , the cabinet resigned"
    doc = parse(
        [
            ("In", 5, "prep", "ADP", "IN"),
            ("Lima", 0, "pobj", "PROPN", "NNP"),
            (",", 5, "punct", "PUNCT", ","),
            ("the", 4, "det", "DET", "DT"),
            ("cabinet", 5, "nsubj", "NOUN", "NN"),
            ("resigned", 5, "ROOT", "VERB", "VBD", "resign"),
        ]
    )
    assert [t.text for t in fronted_places(doc[4], PREPS)] == ["Lima"]


def test_a_locative_after_the_subject_is_not_fronted(parse):
    # "the cabinet met in Lima"
    doc = parse(
        [
            ("the", 1, "det", "DET", "DT"),
            ("cabinet", 2, "nsubj", "NOUN", "NN"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"),
            ("in", 2, "prep", "ADP", "IN"),
            ("Lima", 3, "pobj", "PROPN", "NNP"),
        ]
    )
    assert fronted_places(doc[1], PREPS) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The United States approved the sale of jets to Saudi Arabia on Monday. In Oslo, the "
            "government suspended export licences for military equipment to the United Arab "
            "Emirates on Tuesday.",
            "NORGOV",
        ),
        (
            "Kenya's president met Chinese investors. In Kampala, the government closed the "
            "border with Kenya.",
            "UGAGOV",
        ),
        (
            "Argentina criticised the vote on Monday. In Santiago, the foreign ministry "
            "condemned Peru.",
            "CHLGOV",
        ),
    ],
)
def test_the_capital_that_opens_the_clause_owns_the_organ(coder, text, source):
    events = _events(coder, text)
    assert any(s == source for s, _, _ in events), events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police arrested twelve protesters in Brussels and Antwerp on Sunday.", "BELCOP"),
        ("Police detained nine smugglers in Brussels and Liege overnight.", "BELCOP"),
        ("Police detained forty protesters in Brussels and Ghent on Friday.", "BELCOP"),
    ],
)
def test_a_coordinated_place_gives_a_generic_actor_its_country(coder, text, source):
    # "Brussels" alone is the EU's metonym, not a place of the gazetteer: the town beside it is
    events = _events(coder, text)
    assert any(s == source for s, _, _ in events), events
