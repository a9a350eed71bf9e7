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


@pytest.mark.slow
def test_relative_clause_after_a_list_of_names_tells_of_all(rules_coder):
    text = (
        "Kuwait and the United Arab Emirates, which pledged two billion dollars in aid to "
        "Ukraine in March, have said they back the talks."
    )
    triples = event_triples(rules_coder, text)
    sources = {s[:3] for s, t, c in triples if c.startswith("03") and t and t.startswith("UKR")}
    assert {"KWT", "ARE"} <= sources, triples


@pytest.mark.slow
def test_relative_clause_agreeing_with_one_member_tells_of_it(rules_coder):
    text = "Envoys from Norway and Qatar, which hosts the talks, pledged aid to Sudan on Monday."
    triples = event_triples(rules_coder, text)
    assert not any(s.startswith("NOR") and c.startswith("04") for s, _t, c in triples), triples
