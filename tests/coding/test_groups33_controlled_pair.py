"""groups33: a counted pair's act of war that names no one else is aimed at each other also when
the act is an infinitive its subject controls ("both armies continued to move troops"): the
pair is the governor's subject (``groups.pair_acts(..., controlled=True)``). A joint act the
pair only agrees to ("the two leaders agreed to hold talks") keeps its own reading. Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

CONTEXT = "India and Pakistan traded accusations over the attack on Monday. "


def test_an_infinitive_of_a_counted_pair_is_aimed_at_each_other(rules_coder):
    triples = event_triples(
        rules_coder,
        CONTEXT + "Along the border, both armies continued to move troops into forward positions.",
    )
    moves = {(s, t) for s, t, c in triples if c == "154"}
    assert moves == {("INDMIL", "PAKMIL"), ("PAKMIL", "INDMIL")}


def test_the_finite_act_of_a_counted_pair_is_aimed_at_each_other_too(rules_coder):
    triples = event_triples(
        rules_coder, CONTEXT + "Along the border, both armies moved troops into forward positions."
    )
    assert {(s, t) for s, t, c in triples if c == "154"} == {
        ("INDMIL", "PAKMIL"),
        ("PAKMIL", "INDMIL"),
    }
