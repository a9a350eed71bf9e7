"""actors28: an act on an international presence (inspectors, a fact-finding mission) that
names no actor is aimed at the organisation last spoken of, not at the doer's own country.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_inspectors_refused_return_answer_the_organisation(rules_coder):
    text = (
        "The UN sent weapons inspectors to Libya in May. Libya's prime minister said the "
        "inspectors would never be allowed back."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "LBYGOV" and t == "IGOUNO" and c.startswith("12") for s, t, c in triples)
    assert not any(s == "LBYGOV" and t == "LBY" for s, t, _c in triples)


@pytest.mark.slow
def test_a_mission_refused_entry_answers_the_organisation(rules_coder):
    text = "A UN fact-finding mission was set up in March. Laos refused to let the mission enter the country."
    triples = event_triples(rules_coder, text)
    assert ("LAO", "IGOUNO", "1245") in triples
