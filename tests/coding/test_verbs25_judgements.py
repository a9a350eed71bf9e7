"""verbs25: a speaker's copula of censure on what was just told ("This is unacceptable", "That
is a grave breach of our waters") is a disapproval (111) of the doer of the latest hostile act,
only in someone's words and only with a subject pointing back (``JUDGED_SUBJECT``); a noun
subject ("the tariffs were a provocation") accuses no one (112); since speech28 a said-clause
judging a party's thing is a censure (111) of its owner, and a relative clause or a copula of
readiness is no judgement. The documents are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

from coding_helpers import event_triples

TARIFFS = "Bolivia imposed heavy tariffs on Paraguayan soybeans on Monday. "


def test_a_quoted_adjective_of_censure_disapproves_of_the_doer(rules_coder):
    text = TARIFFS + '"This is simply unacceptable," the Paraguayan trade minister said.'
    assert ("PRYGOV", "BOL", "111") in event_triples(rules_coder, text, date="2025-03-04")


def test_a_quoted_noun_of_censure_disapproves_of_the_doer(rules_coder):
    text = TARIFFS + '"It is a betrayal of our common market," the Paraguayan trade minister said.'
    assert ("PRYGOV", "BOL", "111") in event_triples(rules_coder, text, date="2025-03-04")


def test_the_papers_own_censure_is_no_ones(rules_coder):
    text = TARIFFS + "That is a setback for the common market, economists believe."
    assert not any(c == "111" for _, _, c in event_triples(rules_coder, text))


def test_a_noun_subject_of_a_copula_judges_no_one(rules_coder):
    text = "Paraguay said the Bolivian tariffs were a provocation."
    got = event_triples(rules_coder, text)
    assert not any(c.startswith("112") for _, _, c in got), got


def test_a_plan_called_unconstitutional_censures_its_owner(rules_coder):
    # verbs25 asserted no event here; since speech28 a said-clause judging a party's thing is
    # a censure (111) of its owner, as CAMEO's "criticize or denounce" reads
    text = "The Bolivian plan was unconstitutional, the Paraguayan court said."
    got = event_triples(rules_coder, text)
    assert ("PRYJUD", "BOL", "111") in got, got
    assert not any(c.startswith("112") for _, _, c in got), got
