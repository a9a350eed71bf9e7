"""A verb of stopping with a gerund of supplying ("stopped pumping gas to Spain"): the gerund and
its objects are the verb's objects, so the stopping verb's patterns read the deliveries stopped
(163: energy sold or piped is trade, its stop an embargo), while the gerund's own act is not
coded. Other gerunds ("stopped discharging water") stay in their own clause.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.syntax import direct_objects, prepositions


def _stopped(parse, verb: str, lemma: str, gerund: str = "pumping", gerund_lemma: str = "pump"):
    # "Chad <verb> <gerund> oil to Niger"
    return parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            (gerund, 1, "xcomp", "VERB", "VBG", gerund_lemma),
            ("oil", 2, "dobj", "NOUN", "NN"),
            ("to", 2, "dative", "ADP", "IN"),
            ("Niger", 4, "pobj", "PROPN", "NNP"),
        ]
    )


def test_a_stopped_gerund_and_its_object_are_the_verbs_objects(parse):
    doc = _stopped(parse, "stopped", "stop")
    objects = direct_objects(doc[1])
    assert [o.i for o in objects] == [2, 3]
    assert prepositions(doc[1], objects)["to"].i == 4


def test_other_verbs_keep_their_gerund_apart(parse):
    doc = _stopped(parse, "resumed", "resume")
    assert direct_objects(doc[1]) == []


def test_a_gerund_that_supplies_nothing_stays_apart(parse):
    doc = _stopped(parse, "stopped", "stop", "discharging", "discharge")
    assert direct_objects(doc[1]) == []


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Belarus stopped pumping oil to Poland on Tuesday.", "BLR", "POL"),
        ("Iran halted supplying gas to Turkey after the explosion.", "IRN", "TUR"),
        ("Norway suspended exporting electricity to Denmark.", "NOR", "DNK"),
    ],
)
def test_energy_stopped_with_a_gerund_is_a_cut(coder, text, source, target):
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in coder.code_text(text)
    }
    assert (source, target, "163") in found
    assert not any(code.startswith("06") for _, _, code in found)
