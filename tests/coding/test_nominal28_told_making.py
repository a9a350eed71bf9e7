"""A reduced passive participle with a "by" phrase on a noun of an agreement tells who made it
("the deal, brokered by Norway, was signed"): it is reported, not a participle that only
identifies its noun ("the sailors released by Tehran"); session 28, the hook in unasserted.py
for participle_events.told_making."""

from coding_helpers import event_triples


def test_a_deal_brokered_by_a_state_is_its_mediation(coder):
    triples = event_triples(coder, "The deal with Sudan, brokered by Norway, was signed on Monday.")
    assert ("NOR", "SDN", "045") in triples


def test_a_participle_identifying_people_stays_unreported(coder):
    triples = event_triples(coder, "The sailors released by Iran returned to Britain on Monday.")
    assert not any(s == "IRN" and c.startswith("08") for s, _t, c in triples)
