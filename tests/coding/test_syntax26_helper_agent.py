"""syntax26: the agent of a participle on a light verb's act is a helper of the act, no target.

"Rebels launched an offensive supported by Turkish drones": the parser hangs "supported by ..."
on the object "offensive"; the drones' owner backs the offensive, it is not what it attacks. On
another verb's object the agent may be a party ("welcomed a union formed by Russia")."""

from __future__ import annotations

from spacy.tokens import Doc

from multivector.coding.argument_syntax import helper_agent, in_clause_below, in_helper_agent


def _doc(parse, verb: str) -> Doc:
    # Troops <verb> an offensive supported by Turkish drones against rebels .
    return parse([
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
        (verb + "ed", 1, "ROOT", "VERB", "VBD", verb),
        ("an", 3, "det", "DET", "DT"),
        ("offensive", 1, "dobj", "NOUN", "NN"),
        ("supported", 3, "acl", "VERB", "VBN", "support"),
        ("by", 4, "agent", "ADP", "IN"),
        ("Turkish", 7, "amod", "ADJ", "JJ"),
        ("drones", 5, "pobj", "NOUN", "NNS", "drone"),
        ("against", 4, "prep", "ADP", "IN"),
        ("rebels", 8, "pobj", "NOUN", "NNS", "rebel"),
        (".", 1, "punct", "PUNCT", "."),
    ])


def test_the_agent_of_a_participle_on_a_launched_act_is_a_helper(parse):
    doc = _doc(parse, "launch")
    offensive, drones = doc[3], doc[7]
    assert not in_clause_below(drones, offensive)  # the reading the nested targets took
    assert helper_agent(drones, offensive)
    assert in_helper_agent(doc[6], doc[1])  # "Turkish", inside the agent phrase
    assert not helper_agent(doc[9], offensive)  # "against rebels": the act's target
    assert not in_helper_agent(doc[9], doc[1])


def test_the_agent_on_another_verbs_object_is_no_helper(parse):
    doc = _doc(parse, "welcom")  # "welcomed an offensive supported by ...": a party
    assert not helper_agent(doc[7], doc[3])
    assert not in_helper_agent(doc[6], doc[1])


def test_a_by_phrase_of_the_noun_itself_is_no_participle_agent(parse):
    # Troops launched strikes by drones .  ("by" on the noun: no participle)
    doc = parse([
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
        ("launched", 1, "ROOT", "VERB", "VBD", "launch"),
        ("strikes", 1, "dobj", "NOUN", "NNS", "strike"),
        ("by", 2, "prep", "ADP", "IN"),
        ("drones", 3, "pobj", "NOUN", "NNS", "drone"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert not helper_agent(doc[4], doc[2])
