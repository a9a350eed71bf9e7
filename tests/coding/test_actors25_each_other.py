"""actors25: "each government blames the other": the two states in focus, each acting on the
other. Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_each_government_blames_the_other(rules_coder):
    text = (
        "Fighting broke out between Chad and Sudan on Monday. "
        "Each government blamed the other for the clashes."
    )
    triples = event_triples(rules_coder, text)
    blame = {(s[:3], t[:3]) for s, t, c in triples if c.startswith("112") and t}
    assert {("TCD", "SDN"), ("SDN", "TCD")} <= blame, triples
