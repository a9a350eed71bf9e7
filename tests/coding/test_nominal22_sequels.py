"""Event nouns a clause takes as its cause or forerunner (coding/nominals.py ``sequel``): the
object of a verb of sequence or cause ("followed Russia's recognition of X"), the agent of such a
verb in the passive ("was triggered by Moscow's invasion"), the object of a phrase of response
("in protest at Jordan's recognition of"), each only when the noun names its own doer; the event
nouns of rules22 (recognition, embargo, tariff, withdrawal, seizure); an event noun that repeats
an act already coded is not coded again (``told_before``). Sentences are written for these
tests (none is from a gold file); each fails without the rules22 change.
"""

from __future__ import annotations

import pytest

from multivector.coding.nominals import names_doer, sequel


def test_object_of_a_verb_of_sequence(parse):
    # The break followed Russia 's recognition of Abkhazia .
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("break", 2, "nsubj", "NOUN", "NN"),
            ("followed", 2, "ROOT", "VERB", "VBD", "follow"),
            ("Russia", 5, "poss", "PROPN", "NNP"),
            ("'s", 3, "case", "PART", "POS"),
            ("recognition", 2, "dobj", "NOUN", "NN"),
            ("of", 5, "prep", "ADP", "IN"),
            ("Abkhazia", 6, "pobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert names_doer(doc[5])
    assert sequel(doc[5]) == doc[2]


def test_bare_definite_noun_refers_back(parse):
    # The break followed the recognition of Abkhazia .  (no doer: it refers back)
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("break", 2, "nsubj", "NOUN", "NN"),
            ("followed", 2, "ROOT", "VERB", "VBD", "follow"),
            ("the", 4, "det", "DET", "DT"),
            ("recognition", 2, "dobj", "NOUN", "NN"),
            ("of", 4, "prep", "ADP", "IN"),
            ("Abkhazia", 5, "pobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert not names_doer(doc[4])
    assert sequel(doc[4]) is None


def test_object_of_another_verb_is_no_sequel(parse):
    # Georgia condemned Russia 's recognition .  (a reaction: one event, the condemnation)
    doc = parse(
        [
            ("Georgia", 1, "nsubj", "PROPN", "NNP"),
            ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
            ("Russia", 4, "poss", "PROPN", "NNP"),
            ("'s", 2, "case", "PART", "POS"),
            ("recognition", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert names_doer(doc[4])
    assert sequel(doc[4]) is None


def test_agent_of_a_passive_verb_of_cause(parse):
    # The crisis was triggered by Soviet raids .
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("crisis", 3, "nsubjpass", "NOUN", "NN"),
            ("was", 3, "auxpass", "AUX", "VBD", "be"),
            ("triggered", 3, "ROOT", "VERB", "VBN", "trigger"),
            ("by", 3, "agent", "ADP", "IN"),
            ("Soviet", 6, "amod", "ADJ", "JJ", "soviet"),
            ("raids", 4, "pobj", "NOUN", "NNS", "raid"),
            (".", 3, "punct", "PUNCT", "."),
        ]
    )
    assert sequel(doc[6]) == doc[3]


def test_object_of_a_phrase_of_response(parse):
    # Egypt protested in response to Jordan 's recognition .
    doc = parse(
        [
            ("Egypt", 1, "nsubj", "PROPN", "NNP"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("in", 1, "prep", "ADP", "IN"),
            ("response", 2, "pobj", "NOUN", "NN"),
            ("to", 3, "prep", "ADP", "IN"),
            ("Jordan", 7, "poss", "PROPN", "NNP"),
            ("'s", 5, "case", "PART", "POS"),
            ("recognition", 4, "pobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert sequel(doc[7]) == doc[3]
    # a lower-case modifier is no actor ("in response to heavy raids")
    doc2 = parse(
        [
            ("Egypt", 1, "nsubj", "PROPN", "NNP"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("in", 1, "prep", "ADP", "IN"),
            ("response", 2, "pobj", "NOUN", "NN"),
            ("to", 3, "prep", "ADP", "IN"),
            ("heavy", 6, "amod", "ADJ", "JJ"),
            ("raids", 4, "pobj", "NOUN", "NNS", "raid"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert sequel(doc2[6]) is None


def _codes(coder, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2001-05-01")
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The crisis deepened after Russia's recognition of Abkhazia.", ("RUS", "GEO", "054")),
        ("The break followed Russia's recognition of Abkhazia.", ("RUS", "GEO", "054")),
        ("The crisis was triggered by Moscow's invasion of Afghanistan.", ("RUS", "AFG", "190")),
        ("The Soviet withdrawal from Afghanistan was completed in February.", ("USR", "AFG", "087")),
        ("The EU embargo on Iraq hurt its economy.", ("IGO", "IRQ", "163")),
        ("The raids followed Egypt's rejection of the British ultimatum.", ("EGY", "GBR", "120")),
    ],
)
def test_event_noun_coded(rules_coder, text, event):
    assert event in _codes(rules_coder, text), (text, _codes(rules_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # leaving an alliance is not a withdrawal from a place
        ("Albania's withdrawal from the alliance was completed in September.", "087"),
        # the sentence reports the lifting, not the sanctions
        ("The UN sanctions against Libya were lifted in May.", "163"),
    ],
)
def test_event_noun_not_coded(rules_coder, text, root):
    assert not [c for c in _codes(rules_coder, text) if c[2].startswith(root)], text


@pytest.mark.slow
def test_noun_repeating_an_act_already_coded(rules_coder):
    text = (
        "China imposed tariffs on Australian barley in May. "
        "Australia asked the WTO to rule on China's tariffs on barley."
    )
    events = rules_coder.code_text(text, date="2020-06-01")
    assert [e.sentence_id for e in events if e.cameo == "163"] == [0], [
        (e.sentence_id, e.cameo, e.rule) for e in events
    ]


def test_small_clause_verb_is_no_light_verb(parse):
    from multivector.coding.carriers import light_verb

    # Morocco made recognition of its claim the main test .
    doc = parse(
        [
            ("Morocco", 1, "nsubj", "PROPN", "NNP"),
            ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("recognition", 1, "dobj", "NOUN", "NN"),
            ("of", 2, "prep", "ADP", "IN"),
            ("its", 5, "poss", "PRON", "PRP$"),
            ("claim", 3, "pobj", "NOUN", "NN"),
            ("the", 8, "det", "DET", "DT"),
            ("main", 8, "amod", "ADJ", "JJ"),
            ("test", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert light_verb(doc[2], frozenset({"make"})) is None
    # with one object, "made a recognition of its claim", the verb is light
    doc2 = parse(
        [
            ("Morocco", 1, "nsubj", "PROPN", "NNP"),
            ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("a", 3, "det", "DET", "DT"),
            ("recognition", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert light_verb(doc2[3], frozenset({"make"})) == doc2[1]
