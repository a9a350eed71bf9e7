"""owner49: an organ or titled official whose country is only the one last spoken of is not of
the country its own clause acts on ("handed a note to the American charge d'affaires"); the
text's other country is. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

STORY = (
    "Ecuador protested after Peru's navy seized two Ecuadorian trawlers off Tumbes on Sunday, "
    "Peruvian officials said. "
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "clause",
    [
        "Foreign Minister Luis Andrade handed a note of protest to the Peruvian ambassador.",
        "The foreign ministry delivered a note of protest to the Peruvian ambassador.",
    ],
)
def test_an_organ_is_not_of_the_envoys_state(rules_coder, clause):
    triples = event_triples(rules_coder, STORY + clause, date="1991-03-02")
    protest = [(s, t or "") for s, t, c in triples if c == "114" and s != "ECU"]
    assert protest and all(s.startswith("ECU") and t.startswith("PER") for s, t in protest), triples


@pytest.mark.slow
def test_an_official_of_the_country_last_named_keeps_it(rules_coder):
    # guard: the clause acts on a third state, so the country last spoken of stands
    text = STORY + "Foreign Minister Luis Andrade summoned the Chilean ambassador."
    triples = event_triples(rules_coder, text, date="1991-03-02")
    assert any(s.startswith("PER") and (t or "").startswith("CHL") for s, t, _c in triples), triples
