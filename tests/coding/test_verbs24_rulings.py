"""verbs24: a ruling that another state did an act of force or broke an agreement finds it
liable (CAMEO 116, ``ruling_verbs`` of ``data/reports.yaml``), where a statement of the same act
accuses it (112). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.coding.reports import report_policy


def test_the_ruling_verbs_and_code_are_read_from_the_data():
    policy = report_policy()
    assert "rule" in policy.ruling_verbs
    assert policy.ruling_code == "116"


def test_a_court_that_rules_a_treaty_violated_finds_the_violator_liable(rules_coder):
    text = "On Monday the World Court ruled that Chile had violated its 1904 treaty with Bolivia."
    got = event_triples(rules_coder, text)
    assert ("CHL", "116") in {(t, c) for _s, t, c in got}, got
    assert not {c for _s, _t, c in got if c.startswith("112")}, got


def test_a_state_that_says_another_shelled_it_still_accuses(rules_coder):
    got = event_triples(rules_coder, "Peru said that Chilean troops had shelled the border post.")
    assert any(c.startswith("112") for _s, _t, c in got), got
    assert "116" not in {c for _s, _t, c in got}, got


def test_a_ruling_on_a_law_finds_no_one_liable(rules_coder):
    assert not event_triples(rules_coder, "The court ruled that the law was constitutional.")
