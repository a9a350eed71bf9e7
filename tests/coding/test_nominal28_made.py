"""A reduced passive participle with a "by" phrase on a noun of an agreement or a joint process
tells who made it ("the deal, brokered by Norway, commits ..."), unlike one that identifies a
person or thing ("the sailors released by Tehran flew home"): coding/participle_events.py
``told_making`` (nominal28; the hook in unasserted.py is a proposal). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.participle_events import sender, stray_agents, told_making


def _subject_participle(parse, noun: str, lemma: str, participle: str, plemma: str):
    # The <noun> , <participle> by Norway , commits both sides .
    return parse(
        [
            ("The", 1, "det", "DET", "DT"),
            (noun, 7, "nsubj", "NOUN", "NNS" if noun.endswith("s") else "NN", lemma),
            (",", 1, "punct", "PUNCT", ","),
            (participle, 1, "acl", "VERB", "VBN", plemma),
            ("by", 3, "agent", "ADP", "IN"),
            ("Norway", 4, "pobj", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","),
            ("commits", 7, "ROOT", "VERB", "VBZ", "commit"),
            ("both", 9, "det", "DET", "DT"),
            ("sides", 7, "dobj", "NOUN", "NNS", "side"),
        ]
    )


def test_agreement_made_by_its_doer_is_told(parse):
    doc = _subject_participle(parse, "deal", "deal", "brokered", "broker")
    assert told_making(doc[3])
    doc = _subject_participle(parse, "talks", "talk", "mediated", "mediate")
    assert told_making(doc[3])


def test_person_identified_by_an_act_is_not_told(parse):
    doc = _subject_participle(parse, "sailors", "sailor", "released", "release")
    assert not told_making(doc[3])


def test_participle_without_a_doer_is_not_told(parse):
    # The deal , signed on Monday , commits both sides .
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("deal", 7, "nsubj", "NOUN", "NN"),
            (",", 1, "punct", "PUNCT", ","),
            ("signed", 1, "acl", "VERB", "VBN", "sign"),
            ("on", 3, "prep", "ADP", "IN"),
            ("Monday", 4, "pobj", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","),
            ("commits", 7, "ROOT", "VERB", "VBZ", "commit"),
            ("both", 9, "det", "DET", "DT"),
            ("sides", 7, "dobj", "NOUN", "NNS", "side"),
        ]
    )
    assert not told_making(doc[3])


def test_stray_by_phrase_under_a_phrase_of_time(parse):
    # talks held in Geneva on 5 May by Chile and Peru  ("by" hung on "May")
    doc = parse(
        [
            ("talks", 0, "ROOT", "NOUN", "NNS", "talk"),
            ("held", 0, "acl", "VERB", "VBN", "hold"),
            ("in", 1, "prep", "ADP", "IN"),
            ("Geneva", 2, "pobj", "PROPN", "NNP"),
            ("on", 1, "prep", "ADP", "IN"),
            ("5", 6, "nummod", "NUM", "CD"),
            ("May", 4, "pobj", "PROPN", "NNP"),
            ("by", 6, "agent", "ADP", "IN"),
            ("Chile", 7, "pobj", "PROPN", "NNP"),
            ("and", 8, "cc", "CCONJ", "CC"),
            ("Peru", 8, "conj", "PROPN", "NNP"),
        ]
    )
    assert [t.text for t in stray_agents(doc[1])] == ["Chile", "Peru"]
    assert told_making(doc[1])


def test_by_phrase_of_a_circumstance_is_its_own(parse):
    # a treaty signed during a visit by Li Peng  (the visit's doer, not the signing's)
    doc = parse(
        [
            ("treaty", 0, "ROOT", "NOUN", "NN"),
            ("signed", 0, "acl", "VERB", "VBN", "sign"),
            ("during", 1, "prep", "ADP", "IN"),
            ("a", 4, "det", "DET", "DT"),
            ("visit", 2, "pobj", "NOUN", "NN"),
            ("by", 4, "prep", "ADP", "IN"),
            ("Li", 7, "compound", "PROPN", "NNP"),
            ("Peng", 5, "pobj", "PROPN", "NNP"),
        ]
    )
    assert stray_agents(doc[1]) == []


@pytest.mark.slow
def test_passive_with_a_stray_agent(coder):
    found = event_triples(coder, "The talks were held in Geneva on 5 May by Portugal and Indonesia.")
    assert any(s[:3] == "PRT" and t is not None and t[:3] == "IDN" and c.startswith("04") for s, t, c in found), found


def test_sender_of_the_subjects_people(parse):
    # a team of investigators sent by the UN examined the sites
    doc = parse(
        [
            ("a", 1, "det", "DET", "DT"),
            ("team", 7, "nsubj", "NOUN", "NN"),
            ("of", 1, "prep", "ADP", "IN"),
            ("investigators", 2, "pobj", "NOUN", "NNS", "investigator"),
            ("sent", 3, "acl", "VERB", "VBN", "send"),
            ("by", 4, "agent", "ADP", "IN"),
            ("UN", 5, "pobj", "PROPN", "NNP"),
            ("examined", 7, "ROOT", "VERB", "VBD", "examine"),
            ("the", 9, "det", "DET", "DT"),
            ("sites", 7, "dobj", "NOUN", "NNS", "site"),
        ]
    )
    assert [t.text for t in sender(doc[1])] == ["UN"]
    assert sender(doc[9]) == []


@pytest.mark.slow
def test_people_sent_by_an_actor_act_for_it(coder):
    found = event_triples(coder, "Specialists sent by the Secretary-General examined the sites in Syria.")
    assert any(s == "IGOUNO" and c.startswith("09") for s, t, c in found), found
