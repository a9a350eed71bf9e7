"""Session 55's dictionary entries, one table: each case is a sentence written for these tests
and the source and target one of its events must carry, with a code prefix.

- ``verbs.yaml`` 040 and 046: talks or negotiations entered or engaged in with no partner named
  ("engage in dialogue", "enter into negotiations"); asked for, they are an appeal to meet or
  negotiate (026).
- ``verbs.yaml`` 0871: a truce held to, stuck to, adhered to, respected or honoured is kept, as
  "observed" is; asked for, an appeal for de-escalation (0256).

Five of the six cases fail at the session's start commit (9b3a5388); "enter negotiations" with
no "into" was already read.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow

CASES = [
    (
        "The Secretary-General urged Sudan to engage in dialogue.",
        "2023-05-02",
        ("IGOUNO", "SDN", "026"),
    ),
    (
        "The Security Council asked Athens and Ankara to enter into negotiations without delay.",
        "1964-03-04",
        ("IGOUNO", "GRC", "026"),
    ),
    (
        "Norway urged the Sri Lankan government to enter negotiations.",
        "2006-02-01",
        ("NOR", "LKA", "026"),
    ),
    ("Qatar urged Israel to hold to the truce.", "2023-11-26", ("QAT", "ISR", "0256")),
    ("Moscow called on Baku to adhere to the ceasefire.", "2020-10-12", ("RUS", "AZE", "0256")),
    (
        "The African Union asked Ethiopia to stick to the truce.",
        "2022-11-20",
        ("IGOAFRAFU", "ETH", "0256"),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_an_appeal_names_the_act_asked_for(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert has_event(triples, source, target, code), triples
