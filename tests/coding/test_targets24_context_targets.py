"""targets24: targets the sentence does not name, read from the story.

- A disapproval whose object is a definite noun of an act that no earlier event answers ("Chile
  condemned the coup") is aimed at the doer of the latest act of material conflict told by
  another side (policy ``judged_noun_codes``, ``ContextTargets.judged_act_target``), not at the
  latest other country named.
- A counted pair's cut in relations that names no one else ("the two countries severed ties")
  is aimed at each other (``pair_mutual_roots`` in ``lang/en/words.yaml``).
- A cut in relations no earlier act on the source's country explains is aimed at the country of
  the latest event between the source's country and another, either way
  (``ContextTargets.last_partner``).

Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.model import Document
from multivector.ontology import load_ontology


def test_policy_judges_told_nouns_of_disapproval_only():
    policy = load_ontology().policy
    assert policy.judges_told_noun("111")
    assert not policy.judges_told_noun("112")  # an accusation names its own act
    assert not policy.judges_told_noun("051")


@pytest.mark.slow
def test_condemned_the_coup_answers_the_doer_of_the_act_told(rules_coder):
    text = (
        "Soldiers surrounded the palace in Ouagadougou on Tuesday and detained the president. "
        "Flights to Paris were cancelled. "
        "Ghana condemned the takeover."
    )
    triples = event_triples(rules_coder, text, date="2022-09-28")
    judged = {t for s, t, c in triples if s == "GHA" and c.startswith("11")}
    assert judged and all((t or "").startswith("BFA") for t in judged), triples


@pytest.mark.slow
def test_a_noun_naming_a_party_is_not_read_back(rules_coder):
    text = (
        "Soldiers surrounded the palace in Ouagadougou on Tuesday and detained the president. "
        "Ghana condemned the Malian statement."
    )
    triples = event_triples(rules_coder, text, date="2022-09-28")
    judged = {t for s, t, c in triples if s == "GHA" and c.startswith("11")}
    assert all(not (t or "").startswith("BFA") for t in judged), triples


@pytest.mark.slow
def test_a_verbal_quarrel_is_no_act_to_read_back(rules_coder):
    text = (
        "Norway accused Iceland of overfishing on Monday. "
        "Finland criticised the quota."
    )
    [coded] = list(
        rules_coder.code_documents([Document(id="t", text=text, date="2021-03-02")])
    )
    read_back = [e for e in coded.events if e.target and e.target.resolved_by == "event:quota"]
    assert not read_back, [(e.source.code, e.target.code) for e in read_back]


@pytest.mark.slow
def test_a_counted_pair_cuts_ties_with_each_other(rules_coder):
    text = (
        "Guyana expelled hundreds of Surinamese traders in March. "
        "The two countries cut diplomatic ties in May."
    )
    triples = event_triples(rules_coder, text, date="1991-06-01")
    cuts = {(s[:3], (t or "")[:3]) for s, t, c in triples if c.startswith("16")}
    assert {("GUY", "SUR"), ("SUR", "GUY")} <= cuts, triples


@pytest.mark.slow
def test_a_cut_in_relations_answers_the_country_last_dealt_with(rules_coder):
    text = (
        "Uruguay accused Paraguay of smuggling weapons across the river on Monday. "
        "On Friday the Uruguayan government cut diplomatic ties."
    )
    triples = event_triples(rules_coder, text, date="2019-04-12")
    cuts = {(s[:3], (t or "")[:3]) for s, t, c in triples if c.startswith("16")}
    assert ("URY", "PRY") in cuts, triples


def test_policy_last_partner_is_for_cuts_only():
    policy = load_ontology().policy
    assert policy.takes_last_partner("161")
    assert not policy.takes_last_partner("055")  # an apology no foreign act preceded is domestic
