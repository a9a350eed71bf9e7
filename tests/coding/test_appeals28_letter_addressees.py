"""appeals28: the one a letter or message is written or sent to is the one its participle of
asking or proposing asks (``addressees.letter_addressees``, on hand-built parses of sentences
written for these tests)."""

from __future__ import annotations

from multivector.coding.addressees import letter_addressees


def test_the_one_written_to_is_asked(parse):
    doc = parse([
        ("Ghana", 1, "nsubj", "PROPN", "NNP"),
        ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
        ("to", 1, "prep", "ADP", "IN"),
        ("Togo", 2, "pobj", "PROPN", "NNP"),
        ("asking", 1, "advcl", "VERB", "VBG", "ask"),
        ("for", 4, "prep", "ADP", "IN"),
        ("help", 5, "pobj", "NOUN", "NN"),
    ])
    assert [t.text for t in letter_addressees(doc[4])] == ["Togo"]


def test_a_letter_sent_to_someone_proposing_talks(parse):
    doc = parse([
        ("Ghana", 1, "nsubj", "PROPN", "NNP"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("a", 3, "det", "DET", "DT"),
        ("letter", 1, "dobj", "NOUN", "NN"),
        ("to", 1, "dative", "ADP", "IN"),
        ("Togo", 4, "pobj", "PROPN", "NNP"),
        ("proposing", 1, "advcl", "VERB", "VBG", "propose"),
        ("talks", 6, "dobj", "NOUN", "NNS", "talk"),
    ])
    assert [t.text for t in letter_addressees(doc[6])] == ["Togo"]


def test_no_letter_no_addressee(parse):
    doc = parse([
        ("Ghana", 1, "nsubj", "PROPN", "NNP"),
        ("flew", 1, "ROOT", "VERB", "VBD", "fly"),
        ("to", 1, "prep", "ADP", "IN"),
        ("Togo", 2, "pobj", "PROPN", "NNP"),
        ("asking", 1, "advcl", "VERB", "VBG", "ask"),
        ("for", 4, "prep", "ADP", "IN"),
        ("help", 5, "pobj", "NOUN", "NN"),
    ])
    assert letter_addressees(doc[4]) == []
