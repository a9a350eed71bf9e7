"""A conjunct the parser hung on an existential complement ("said there was no case for the
ban and urged ..."): "there" does nothing, so the conjunct is the speaker's act."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.clause_syntax import raised_conjunct


def _there(parse, conj: str, conj_tag: str, conj_lemma: str):
    # "Lima said there was no case and urged Quito to act ."
    return parse(
        [
            ("Lima", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("there", 3, "expl", "PRON", "EX"),
            ("was", 1, "ccomp", "VERB", "VBD", "be"),
            ("no", 5, "det", "DET", "DT"),
            ("case", 3, "attr", "NOUN", "NN"),
            ("and", 3, "cc", "CCONJ", "CC"),
            (conj, 3, "conj", "VERB", conj_tag, conj_lemma),
            ("Quito", 7, "dobj", "PROPN", "NNP"),
            ("to", 10, "aux", "PART", "TO"),
            ("act", 7, "xcomp", "VERB", "VB"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_a_conjunct_of_an_existential_complement_is_the_speakers(parse):
    doc = _there(parse, "urged", "VBD", "urge")
    assert raised_conjunct(doc[7]).text == "said"


def test_a_conjunct_in_another_tense_than_the_speech_stays(parse):
    # "said there was no case and urges ...": no coordinate of "said"
    doc = _there(parse, "urges", "VBZ", "urge")
    assert raised_conjunct(doc[7]) is None


@pytest.mark.slow
def test_the_speaker_demands_after_there_was(rules_coder):
    text = (
        "Peru's foreign minister said on Tuesday there was no case for the ban "
        "and urged Ecuador to lift it."
    )
    triples = event_triples(rules_coder, text, date="2021-03-02")
    assert any(s == "PERGOV" and t == "ECU" and c.startswith("02") for s, t, c in triples)
