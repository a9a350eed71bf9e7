"""rules16: the head or chief of a body ("the head of the IAEA", "the chief of the Kenyan
delegation") speaks for it, as its director-general or leader would (`head`, `chief` among the
GOV nouns of `actors/data/agents.yaml`); an army chief stays the army's. Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_head_of_an_organisation_is_the_organisation(rules_coder):
    triples = event_triples(rules_coder, "The head of the IAEA visited Iran on Monday.")
    assert ("IGOUNOIAE", "IRN", "042") in triples


@pytest.mark.slow
def test_the_chief_of_a_delegation_is_its_government(rules_coder):
    triples = event_triples(rules_coder, "The chief of the Kenyan delegation met Ethiopian officials.")
    assert any(s == "KENGOV" and c.startswith("04") for s, _t, c in triples)


@pytest.mark.slow
def test_an_army_chief_stays_military(rules_coder):
    triples = event_triples(rules_coder, "The Kenyan army chief visited Ethiopia on Monday.")
    assert any(s == "KENMIL" for s, _t, _c in triples)
