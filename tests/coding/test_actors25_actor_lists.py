"""actors25: a list of countries the parser hangs as an apposition of its first member is the
subject's list ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties"). Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_apposed_country_list_is_all_sources(rules_coder):
    text = "Saudi Arabia, the United Arab Emirates, Oman and Kuwait cut diplomatic ties with Iran on Tuesday."
    triples = event_triples(rules_coder, text)
    sources = {s[:3] for s, t, c in triples if c.startswith("16") and t and t.startswith("IRN")}
    assert {"SAU", "ARE", "OMN", "KWT"} <= sources, triples


@pytest.mark.slow
def test_apposed_title_is_no_list(rules_coder):
    text = "Kenya, a close ally of Uganda, cut diplomatic ties with Somalia on Tuesday."
    triples = event_triples(rules_coder, text)
    assert {s[:3] for s, t, c in triples if c.startswith("16")} == {"KEN"}, triples
