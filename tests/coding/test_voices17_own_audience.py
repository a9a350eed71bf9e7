"""A government addressing its own people or legislature ("addressed the nation", "told
parliament") makes no statement to another actor (policy ``own_audience_codes``); addressing
another country's parliament or a foreign leader still does.

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def _statements(coder, text: str) -> set[tuple[str, str, str]]:
    return {e for e in _events(coder, text) if e[2] == "010"}


def test_addressing_ones_own_nation_is_no_event(rules_coder):
    text = "President Gabriel Boric addressed the people of Chile on Sunday evening."
    assert _statements(rules_coder, text) == set()


def test_addressing_ones_own_parliament_is_no_event(rules_coder):
    text = "Prime Minister Pedro Sanchez told the Spanish parliament that the cabinet would resign."
    assert not any(t.startswith("ESP") for _, t, _ in _statements(rules_coder, text))
    text = "President Emmanuel Macron addressed both houses of the French parliament at Versailles."
    assert _statements(rules_coder, text) == set()


def test_addressing_a_foreign_parliament_is_a_statement(rules_coder):
    text = "The German chancellor addressed the Polish parliament on Monday."
    assert ("DEUGOV", "POLLEG", "010") in _statements(rules_coder, text)
