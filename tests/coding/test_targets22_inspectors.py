"""targets22: inspectors, observers and monitors (the event dictionary's &INSPECTOR, listed in
``actor_classes`` of ``lang/en/words.yaml``) are people of an owner: the organisation named
as their modifier is the target of an act on them ("allow IAEA inspectors to visit": the
IAEA), not a named thing like "a Security Council draft". Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.arguments import ACTOR_CLASSES


def test_inspectors_are_a_class_of_people():
    assert "&INSPECTOR" in ACTOR_CLASSES


@pytest.mark.slow
def test_admitting_inspectors_is_towards_their_organisation(rules_coder):
    text = "Iran said it would allow IAEA inspectors to visit the site."
    triples = event_triples(rules_coder, text, date="2024-05-01")
    assert any(s.startswith("IRN") and t == "IGOUNOIAE" and c.startswith("03") for s, t, c in triples), triples
