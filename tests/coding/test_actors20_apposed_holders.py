"""actors20: an office noun with a named office-holder in apposition ("the interim president,
Roza Otunbayeva,") is that person, by the actor table on the day, not a generic official of
whatever country the text last named (``titles.apposed_holders``); a person out of office on
the day leaves the office noun to be resolved as itself. Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_named_holder_of_an_unowned_title_is_the_source(rules_coder):
    text = (
        "Uzbekistan closed its border on Sunday. "
        "The interim president, Roza Otunbayeva, asked Russia to send troops to restore order."
    )
    triples = event_triples(rules_coder, text, date="2010-06-13")
    assert any(s == "KGZGOV" and t == "RUS" for s, t, _c in triples), triples
    assert not any(s.startswith("UZB") and t == "RUS" for s, t, _c in triples), triples


@pytest.mark.slow
def test_two_named_ministers_sign_with_each_other(rules_coder):
    text = "The foreign ministers, Sergey Lavrov and Urmas Paet, signed a border treaty in May."
    triples = event_triples(rules_coder, text, date="2005-05-20")
    assert any(s == "RUSGOV" and t == "ESTGOV" or s == "ESTGOV" and t == "RUSGOV"
               for s, t, _c in triples), triples


@pytest.mark.slow
def test_a_holder_out_of_office_leaves_the_title_its_own_role(rules_coder):
    text = "Pakistan's army chief, Pervez Musharraf, met the American envoy in Rawalpindi."
    triples = event_triples(rules_coder, text, date="1999-06-24")
    sources = {s for s, _t, _c in triples}
    assert "PAKMIL" in sources, triples
    assert "PAKELI" not in sources, triples
