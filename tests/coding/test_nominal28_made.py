"""A reduced passive participle with a "by" phrase on a noun of an agreement or a joint process
tells who made it ("the deal, brokered by Norway, commits ..."), unlike one that identifies a
person or thing ("the sailors released by Tehran flew home"): coding/participle_events.py
``told_making`` (nominal28; the hook in unasserted.py is a proposal). Sentences written for
these tests.
"""

from __future__ import annotations

from multivector.coding.participle_events import told_making


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
