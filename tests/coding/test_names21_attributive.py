"""roles21: a movement or region named attributively before a role noun ("Houthi forces",
"Amhara forces") gives the role noun its owner, not the document's focus (actor data:
`Houthi` of the Houthis in organizations.yaml, `Amhara` among Ethiopia's regions). Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_houthi_forces_are_the_houthis(rules_coder):
    text = "Iran denied the charge. Houthi forces fired missiles at Riyadh on Sunday."
    triples = event_triples(rules_coder, text, date="2018-01-10")
    assert any(s == "YEMREBHTH" and c.startswith("19") for s, _t, c in triples), triples


@pytest.mark.slow
def test_amhara_forces_are_ethiopian(rules_coder):
    text = "Eritrea denied the charge. Amhara forces attacked Tigrayan fighters near Humera."
    triples = event_triples(rules_coder, text, date="2021-03-01")
    assert any(s.startswith("ETH") and c.startswith("19") for s, _t, c in triples), triples
