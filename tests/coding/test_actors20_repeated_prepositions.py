"""actors20: a preposition repeated in coordination ("with Iran and with China") gives a target
for each of its objects (``argument_syntax.repeated_preposition_objects``), also when the parser
hangs the first "with" on the verb's object and the second on the verb. Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.argument_syntax import repeated_preposition_objects


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_conjoined_preposition_adds_its_object():
    # Russia signed deals with Iran and with China .
    doc = _doc(
        ["Russia", "signed", "deals", "with", "Iran", "and", "with", "China", "."],
        [1, 1, 1, 2, 3, 3, 3, 6, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "PUNCT"],
    )
    assert [t.text for t in repeated_preposition_objects(doc[3])] == ["Iran", "China"]
    assert [t.text for t in repeated_preposition_objects(doc[6])] == ["China"]


def test_the_first_of_two_split_prepositions_is_found_from_the_second():
    # Putin held talks with Xi and with Erdogan .  ("with Xi" on "talks", "with Erdogan" on "held")
    doc = _doc(
        ["Putin", "held", "talks", "with", "Xi", "and", "with", "Erdogan", "."],
        [1, 1, 1, 2, 3, 1, 1, 6, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "PUNCT"],
    )
    assert [t.text for t in repeated_preposition_objects(doc[6])] == ["Xi", "Erdogan"]


def test_another_preposition_or_no_conjunction_adds_nothing():
    # Putin held talks with Xi on trade in Moscow .
    doc = _doc(
        ["Putin", "held", "talks", "with", "Xi", "on", "trade", "in", "Moscow", "."],
        [1, 1, 1, 2, 3, 1, 5, 1, 7, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert [t.text for t in repeated_preposition_objects(doc[5])] == ["trade"]
    assert [t.text for t in repeated_preposition_objects(doc[3])] == ["Xi"]


@pytest.mark.slow
def test_talks_with_two_partners_named_apart_give_two_events(rules_coder):
    text = (
        "Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping "
        "and with Turkish President Recep Tayyip Erdogan on Thursday."
    )
    triples = event_triples(rules_coder, text, date="2024-07-04")
    targets = {t for s, t, c in triples if s == "KAZGOV" and c.startswith("04")}
    assert {"CHNGOV", "TURGOV"} <= targets, triples
