"""rules15: people expelled or driven out by the thousand are a mass expulsion, 201 (CAMEO:
"Engage in mass expulsion"), not the 174 of expelling individuals (`MASS_COUNT` in
coding/data/verbs.yaml). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Chile responded by expelling tens of thousands of Peruvians.",
        "Chilean militias forced thousands of Peruvian families out of the town at gunpoint.",
        "Chilean soldiers drove thousands of ethnic Aymara out of their homes in Arica.",
    ],
)
def test_thousands_expelled_are_a_mass_expulsion(rules_coder, text):
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "201" in codes and "174" not in codes


@pytest.mark.slow
def test_a_few_people_expelled_are_not(rules_coder):
    text = "Chile expelled three Peruvian journalists."
    assert not any(c == "201" for _s, _t, c in event_triples(rules_coder, text))
