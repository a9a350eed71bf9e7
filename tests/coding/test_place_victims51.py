"""targets51: an act of force with no actor target strikes every country of its phrase of
places ("shelled villages in Syria and Iraq": both), while a protest in several capitals does
not act on them. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


def test_an_act_of_force_strikes_each_country_of_its_places(rules_coder):
    triples = event_triples(rules_coder, "Turkish troops shelled villages in Syria and Iraq.")
    targets = {t[:3] for s, t, c in triples if s.startswith("TUR") and c.startswith("19") and t}
    assert targets == {"SYR", "IRQ"}, triples


def test_a_protest_in_several_capitals_does_not_act_on_them(rules_coder):
    triples = event_triples(
        rules_coder, "Thousands of Kurds demonstrated in Berlin, Paris and Vienna against Ankara."
    )
    assert not any(t and t[:3] in ("FRA", "AUT") for _s, t, _c in triples), triples
