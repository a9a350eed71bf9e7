"""lexicon26: a foreign ministry or presidential seat named for its government.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Itamaraty condemned the coup in Bolivia.", "BRAGOV", "BOL"),
        ("The Farnesina summoned Egypt's ambassador.", "ITAGOV", "EGY"),
        ("Kasumigaseki protested to China over the incursions.", "JPNGOV", "CHN"),
    ],
)
def test_a_ministry_building_stands_for_its_government(rules_coder, text, source, target):
    triples = event_triples(rules_coder, text, date="2019-11-20")
    assert any(s == source and (t or "").startswith(target) for s, t, _c in triples), triples
