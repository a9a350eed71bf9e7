"""lexicon26: an organisation named by its short name ("the Commonwealth").
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_commonwealth_alone_is_the_commonwealth_of_nations(rules_coder):
    text = "The Commonwealth suspended Fiji from its councils after the army seized power."
    triples = event_triples(rules_coder, text, date="2009-09-01")
    assert any(s == "IGOCWN" and t == "FJI" for s, t, _c in triples), triples


@pytest.mark.slow
def test_the_longer_commonwealth_name_still_wins(rules_coder):
    text = "The Commonwealth of Independent States condemned Georgia's attack."
    triples = event_triples(rules_coder, text, date="2008-08-10")
    assert not any(s == "IGOCWN" for s, _t, _c in triples), triples


@pytest.mark.slow
def test_a_un_human_rights_chief_by_name_is_the_un_office(rules_coder):
    text = "Navi Pillay condemned Sri Lanka's treatment of Tamil detainees."
    triples = event_triples(rules_coder, text, date="2012-03-01")
    assert any(s.startswith("IGOUNOHRIHCH") and t == "LKA" for s, t, _c in triples), triples


@pytest.mark.slow
def test_an_icc_prosecutor_by_name_in_office_is_the_court(rules_coder):
    text = "Fatou Bensouda accused Kenya of obstructing the investigation."
    triples = event_triples(rules_coder, text, date="2014-03-01")
    assert any(s.startswith("IGOJUDICC") and t == "KEN" for s, t, _c in triples), triples
