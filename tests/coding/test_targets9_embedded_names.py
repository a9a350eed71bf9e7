"""A capital's name inside a longer Romance place name is no mention of the capital
(coding/embedded_names.py). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.embedded_names import inside_longer_name


def _doc(parse, words: list[str]):
    return parse([(w, 0, "dep", "PROPN", "NNP") for w in words])


def test_a_capital_after_a_name_and_particle_is_part_of_the_name(parse):
    doc = _doc(parse, ["near", "Mocimboa", "da", "Praia", "today"])
    assert inside_longer_name(doc, 3, 4)


def test_a_capital_before_a_particle_and_name_is_part_of_the_name(parse):
    doc = _doc(parse, ["in", "San", "Jose", "del", "Guaviare"])
    assert inside_longer_name(doc, 1, 3)


def test_a_capital_on_its_own_is_a_mention(parse):
    doc = _doc(parse, ["talks", "in", "Praia", "on", "Monday"])
    assert not inside_longer_name(doc, 2, 3)
    doc = _doc(parse, ["the", "son", "of", "Praia"])  # "of" is no particle of a name
    assert not inside_longer_name(doc, 3, 4)


@pytest.mark.slow
def test_a_port_named_after_a_beach_is_not_cape_verde(rules_coder):
    events = event_triples(rules_coder, "Mozambican insurgents attacked Mocimboa da Praia.")
    assert events and not any(t and t.startswith("CPV") for _, t, _ in events), events
    assert any(t and t.startswith("MOZ") for _, t, _ in events), events
