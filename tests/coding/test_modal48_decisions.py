"""modal48: a governor of decision ("voted", "decided") whose infinitive the parser attached as a
clause of purpose because a count, date or place came between them ("voted 13 to 2 on Friday to
impose an embargo") still has it as its complement: what was decided was done. Not after an
object (a vote count is none: "voted nineteen to none to impose"), and not for a governor that
takes clauses of purpose ("moved troops to deter"). Time spent doing something is doing it
("spent months negotiating"). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import Modality, displaced_complement, modality_status

MODALITY = Modality.load(bundled_path("modality.yaml"))


def _voted(parse, governor: str, lemma: str, obj: bool = False):
    # "The council voted on Friday to impose sanctions ." or, with obj, "... voted funds Friday
    # to impose sanctions ." (an object before the infinitive)
    between = [("funds", 2, "dobj", "NOUN", "NNS"), ("Friday", 2, "npadvmod", "PROPN", "NNP")]
    if not obj:
        between = [("on", 2, "prep", "ADP", "IN"), ("Friday", 3, "pobj", "PROPN", "NNP")]
    return parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("council", 2, "nsubj", "NOUN", "NN"),
            (governor, 2, "ROOT", "VERB", "VBD", lemma),
            *between,
            ("to", 6, "aux", "PART", "TO"),
            ("impose", 2, "advcl", "VERB", "VB"),
            ("sanctions", 6, "dobj", "NOUN", "NNS", "sanction"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_displaced_infinitive_of_a_vote_is_its_complement(parse):
    doc = _voted(parse, "voted", "vote")
    assert displaced_complement(doc[6], MODALITY)
    assert modality_status(doc[6], MODALITY) == "realis"


def test_a_purpose_after_a_movement_stays_a_purpose(parse):
    doc = _voted(parse, "moved", "move")
    assert not displaced_complement(doc[6], MODALITY)
    assert modality_status(doc[6], MODALITY) != "realis"


def test_an_infinitive_after_the_object_stays_a_purpose(parse):
    doc = _voted(parse, "voted", "vote", obj=True)
    assert not displaced_complement(doc[6], MODALITY)


@pytest.mark.slow
def test_a_counted_vote_to_impose_an_embargo_is_coded(rules_coder):
    text = "The Security Council voted 13 to 2 on Friday to impose an arms embargo on Eritrea."
    triples = event_triples(rules_coder, text, date="2009-12-24")
    assert any(t == "ERI" and c.startswith("163") for _s, t, c in triples)


@pytest.mark.slow
def test_a_vote_count_is_no_object_before_the_infinitive(rules_coder):
    text = "The Security Council voted nineteen to none to impose an arms embargo on Eritrea."
    triples = event_triples(rules_coder, text, date="2009-12-24")
    assert any(t == "ERI" and c.startswith("163") for _s, t, c in triples), triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egypt spent months negotiating with Israel.", "046"),
        ("Iraq spent the 1980s fighting Iran.", "190"),
    ],
)
def test_time_spent_doing_it_is_doing_it(rules_coder, text, code):
    # "spend" governs a done act; the stretch of time is no controller of its subject
    triples = event_triples(rules_coder, text, date="1990-10-25")
    assert any(s in ("EGY", "IRQ") and t in ("ISR", "IRN") and c == code for s, t, c in triples), (
        triples
    )
