"""Events told by a participle that modifies a noun (nominal28): the parties of an agreement
noun named in a "between" phrase of its participle of making ("a truce signed in Geneva between
A and B", "an armistice concluded in Moscow between A and B"): the noun tells a whole act
wherever it stands (coding/nominals.py ``made_by``, ``made_between``). Sentences are written
for these tests (none is from a gold file); each fails without the nominal28 change.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.nominals import (
    agented,
    made_between,
    made_by,
    names_doer,
    party_tokens,
    stray_agents,
)


def _armistice(parse):
    # Fighting ended under an armistice concluded in Moscow between Russia and Japan .
    return parse(
        [
            ("Fighting", 1, "nsubj", "NOUN", "NN", "fighting"),
            ("ended", 1, "ROOT", "VERB", "VBD", "end"),
            ("under", 1, "prep", "ADP", "IN"),
            ("an", 4, "det", "DET", "DT"),
            ("armistice", 2, "pobj", "NOUN", "NN"),
            ("concluded", 4, "acl", "VERB", "VBN", "conclude"),
            ("in", 5, "prep", "ADP", "IN"),
            ("Moscow", 6, "pobj", "PROPN", "NNP"),
            ("between", 5, "prep", "ADP", "IN"),
            ("Russia", 8, "pobj", "PROPN", "NNP"),
            ("and", 9, "cc", "CCONJ", "CC"),
            ("Japan", 9, "conj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_parties_in_the_participle_of_making(parse):
    doc = _armistice(parse)
    noun = doc[4]
    assert made_by(noun) == [doc[5]]
    assert made_between(noun)
    assert [t.text for t in party_tokens(noun)] == ["Russia", "Japan"]
    assert agented(noun)  # a whole act told, though the object of a preposition


def test_participle_with_its_own_auxiliary_is_no_modifier(parse):
    # the truce , which was signed between Chad and Sudan  (a clause of its own: not a modifier)
    doc = parse(
        [
            ("the", 1, "det", "DET", "DT"),
            ("truce", 1, "ROOT", "NOUN", "NN"),
            ("was", 3, "auxpass", "AUX", "VBD", "be"),
            ("signed", 1, "acl", "VERB", "VBN", "sign"),
            ("between", 3, "prep", "ADP", "IN"),
            ("Chad", 4, "pobj", "PROPN", "NNP"),
        ]
    )
    assert made_by(doc[1]) == []
    assert not made_between(doc[1])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Fighting ended yesterday under an armistice concluded in Moscow between Russia and"
            " Japan, officials said.",
            {"RUS", "JPN"},
        ),
        (
            "A ceasefire signed in Geneva in March between Chad and Sudan has been broken"
            " repeatedly.",
            {"TCD", "SDN"},
        ),
    ],
)
def test_agreement_parties_from_the_participle(coder, text, pair):
    found = event_triples(coder, text)
    assert any(c.startswith("08") and t is not None and {s[:3], t[:3]} == pair for s, t, c in found), found


def test_stray_agent_on_the_of_object(parse):
    # The expulsion of Russian diplomats by Poland angered Moscow .  ("by" misattached)
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("expulsion", 7, "nsubj", "NOUN", "NN"),
            ("of", 1, "prep", "ADP", "IN"),
            ("Russian", 4, "amod", "ADJ", "JJ"),
            ("diplomats", 2, "pobj", "NOUN", "NNS", "diplomat"),
            ("by", 4, "prep", "ADP", "IN"),
            ("Poland", 5, "pobj", "PROPN", "NNP"),
            ("angered", 7, "ROOT", "VERB", "VBD", "anger"),
            ("Moscow", 7, "dobj", "PROPN", "NNP"),
            (".", 7, "punct", "PUNCT", "."),
        ]
    )
    assert [t.text for t in stray_agents(doc[1])] == ["Poland"]
    assert names_doer(doc[1])
    assert stray_agents(doc[4]) == []


@pytest.mark.slow
def test_doer_of_an_event_noun_from_a_stray_by_phrase(coder):
    found = event_triples(coder, "The expulsion of Chinese diplomats by Lithuania angered Beijing.")
    assert any(s[:3] == "LTU" and t is not None and t[:3] == "CHN" and c.startswith("16") for s, t, c in found), found
