"""rules12: a list of signatories whose first member the parser hung on a fronted date keeps
that member (coding/fronted.py): "In December 1988 South Africa, Angola and Cuba signed".
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


def _signers(triples) -> set[str]:
    return {a for s, t, c in triples if c == "057" for a in (s, t) if a}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            "In December 1988 South Africa, Angola and Cuba signed the New York Accords.",
            {"ZAF", "AGO", "CUB"},
        ),
        ("In 1994 Kenya, Uganda and Tanzania signed a trade agreement.", {"KEN", "UGA", "TZA"}),
    ],
)
def test_a_signatory_hung_on_the_date_still_signs(rules_coder, text, signers):
    assert _signers(event_triples(rules_coder, text)) == signers


@pytest.mark.slow
def test_a_fronted_place_is_no_signatory(rules_coder):
    text = "In Kenya, Uganda and Tanzania signed a trade agreement."
    assert "KEN" not in _signers(event_triples(rules_coder, text))
