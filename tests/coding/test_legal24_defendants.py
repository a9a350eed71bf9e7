"""legal24: the defendant of a legal act and the court that orders a state to act.

- A relative pronoun that is the subject of a passive relative clause is its antecedent as the
  act's patient ("the engineer, who was arrested in Lisbon": the engineer's country, not the
  place's), checked against a thing acted on in a relative clause ("the embassy, which was
  attacked") and a relative clause on an object.
- A conjunct that orders its complement's subject by pronoun to act ("ruled that X had broken
  the contract and ordered it to repay") is the governor's: the judge orders X, not X the judge;
  checked against a conjunct that orders someone else ("ordered the army to respond": the
  complement's subject orders) and a pronoun that disagrees in number with that subject.

Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

# ---- a relative pronoun patient ----


def test_a_passive_relative_clause_acts_on_its_antecedent(rules_coder):
    triples = event_triples(
        rules_coder,
        "The Chilean trader Ramon Soto, who was arrested in Oslo in 2018, pleaded guilty.",
    )
    assert any(c == "173" and (s or "").startswith("NOR") and (t or "").startswith("CHL")
               for s, t, c in triples)


def test_a_definite_person_noun_antecedent_is_that_person(rules_coder):
    triples = event_triples(
        rules_coder,
        "A Chilean trader, Ramon Soto, was questioned. The trader, who was detained in Oslo "
        "last spring, denied the charges.",
    )
    assert any(c == "173" and (s or "").startswith("NOR") and (t or "").startswith("CHL")
               for s, t, c in triples)


def test_the_place_of_a_passive_relative_clause_is_not_its_patient(rules_coder):
    triples = event_triples(
        rules_coder,
        "The Chilean trader Ramon Soto, who was arrested in Oslo in 2018, pleaded guilty.",
    )
    assert not any(c == "173" and t == "NOR" for _s, t, c in triples)


# ---- a court ordering a state to act ----


def test_a_judge_who_rules_and_orders_a_state_to_pay_is_the_source(rules_coder):
    triples = event_triples(
        rules_coder,
        "A Dutch judge ruled that Peru had violated the contract and ordered it to repay the "
        "investors 40 million dollars.",
    )
    orders = [(s, t) for s, t, c in triples if c.startswith("10")]
    assert orders and all((s or "").startswith("NLD") and t == "PER" for s, t in orders)


def test_a_conjunct_ordering_another_party_keeps_the_complement_subject(rules_coder):
    triples = event_triples(
        rules_coder,
        "Kenya said the rebels had crossed the border and ordered the army to respond.",
    )
    assert any(c.startswith("10") and (s or "").startswith("KENREB") for s, _t, c in triples)
