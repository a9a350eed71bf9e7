"""rules42: families of the language met in the misses of the news batches (105-110 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc


def _mentions(coder, words, ents, pos):
    doc = Doc(coder.nlp.vocab, words=words, ents=ents, pos=pos)
    return {i: {e.code for e in m.entries} for i, m in coder.lexicon.find_mentions(doc).items()}


@pytest.mark.slow
def test_a_live_blog_time_stamp_tagged_with_the_name_leaves_the_name(rules_coder):
    # "12:05 - New Zealand recalled ...": the tagger's one numeric entity covers the name
    words = ["12:05", "-", "New", "Zealand", "recalled", "its", "envoy", "."]
    ents = ["B-PERCENT", "I-PERCENT", "I-PERCENT", "I-PERCENT", "O", "O", "O", "O"]
    pos = ["NUM", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"]
    assert _mentions(rules_coder, words, ents, pos).get(3) == {"NZL"}


@pytest.mark.slow
def test_a_name_inside_a_sum_is_no_actor(rules_coder):
    words = ["paid", "20", "Jordan", "dinars", "."]
    ents = ["O", "B-MONEY", "I-MONEY", "I-MONEY", "O"]
    pos = ["VERB", "NUM", "PROPN", "NOUN", "PUNCT"]
    assert 2 not in _mentions(rules_coder, words, ents, pos)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the judgement sits in the light noun's adjectives or its "of" phrase
        ("Egypt called the Israeli raid an abhorrent act.", ("EGY", "ISR", "111")),
        ("Ghana called the Togolese decision an unlawful and provocative step.", ("GHA", "TGO", "111")),
        ("Ghana described the Togolese decision as a reprehensible act.", ("GHA", "TGO", "111")),
        ("Ghana called the Togolese raid an act of open banditry.", ("GHA", "TGO", "111")),
    ],
)
def test_a_light_noun_judged_by_its_words_is_censure(rules_coder, text, triple):
    assert triple in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_light_noun_with_words_of_praise_is_no_censure(rules_coder):
    triples = event_triples(rules_coder, "Ghana called the Togolese decision an important step.")
    assert ("GHA", "TGO", "051") in triples
    assert not any(code.startswith("11") for _s, _t, code in triples)
