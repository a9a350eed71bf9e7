"""actors20: goods "imported from Australia" belong to where they come from, as "barley from
Australia" does (``origin_participles`` in ``lang/en/grammar.yaml``, read by
``PhraseResolver.modifier_actors``): a measure on them is aimed at that country. A participle
of another kind ("barley stored in Australia") names no owner. Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.phrases import ORIGIN_VERBS


def test_origin_participles_are_lemmas():
    assert {"import", "ship"} <= ORIGIN_VERBS
    assert "store" not in ORIGIN_VERBS


@pytest.mark.slow
def test_a_measure_on_imported_goods_targets_their_origin(rules_coder):
    text = "Hungary banned grain imported from Ukraine on Saturday."
    triples = event_triples(rules_coder, text, date="2023-09-16")
    assert ("HUN", "UKR", "172") in {(s, t, c[:3]) for s, t, c in triples}, triples


@pytest.mark.slow
def test_duties_on_goods_shipped_from_a_country(rules_coder):
    text = "China imposed tariffs on coal shipped from Australia last year."
    triples = event_triples(rules_coder, text, date="2020-11-26")
    assert any(s == "CHN" and t == "AUS" and c.startswith("16") for s, t, c in triples), triples
