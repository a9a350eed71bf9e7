"""actors28: a bare family name after a full name that a dateline's city or a capitalised title
introduced. Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.coding.namesakes import dateline_place, owned
from multivector.model import Actor
from multivector.model import Span as CharSpan


def _actor(text: str, how: str) -> Actor:
    return Actor(text=text, code="TURGOV", country="TUR", span=CharSpan(0, len(text)),
                 kind="state_role", resolved_by=how)  # fmt: skip


def test_a_dateline_city_owns_no_person():
    dateline = _actor("ANKARA", "capital:Ankara")
    assert dateline_place(dateline)
    assert owned([dateline]) == []


def test_a_capital_written_as_a_name_still_owns():
    city = _actor("Ankara", "capital:Ankara")
    assert not dateline_place(city)
    assert owned([city]) == [city]


def test_a_capitalised_title_in_apposition_states_the_person(coder):
    text = (
        "Daniel Foster, the former US Marine, flew home on Monday. "
        "Russian police arrested Foster in Moscow in March 2019."
    )
    triples = event_triples(coder, text, date="2021-06-01")
    arrests = {t for _, t, c in triples if c.startswith("173")}
    assert arrests and all(t is not None and t.startswith("USA") for t in arrests)
