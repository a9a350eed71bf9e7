"""rules14: events named by nouns. A bare noun of fighting ("clashes", "fighting") is coded when
a phrase names its two parties, its own or, for a subject, its clause's ("clashes broke out
between A and B": `reciprocal_nouns` of 190, `nominals.party_tokens`); an envoy's expulsion or
recall announced is a cut in relations (161). Sentences are written for these tests (none is
from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out between Kenyan and Ugandan troops on the border on Monday.",
        "Three soldiers died in clashes between Kenyan and Ugandan troops.",
    ],
)
def test_clashes_between_two_parties_are_fighting(rules_coder, text):
    triples = event_triples(rules_coder, text)
    assert any({s, t} == {"KENMIL", "UGAMIL"} and c == "190" for s, t, c in triples)


@pytest.mark.slow
def test_fighting_with_no_parties_is_no_event(rules_coder):
    assert event_triples(rules_coder, "Fighting broke out in Nairobi on Monday.") == set()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany announced the expulsion of 20 Russian diplomats.", ("DEU", "RUSGOV", "161")),
        ("Peru announced the recall of its ambassador from Chile.", ("PER", "CHLGOV", "161")),
    ],
)
def test_an_announced_expulsion_of_envoys_cuts_relations(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)
