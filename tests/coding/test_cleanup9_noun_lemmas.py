"""One reader of capitalised plurals spaCy leaves unlemmatised (coding/name_forms.py ``noun_lemmas``).

spaCy keeps "Heads", "Parties", "Leaders" as written when it reads them as names; the role-noun
lookup (``ActorLexicon.agent_code``) and the two-parties reading (groups ``party_sides``) both
ask ``noun_lemmas`` for the word's singulars. Hand-built parses.
"""

from __future__ import annotations

import pytest

from multivector.actors import load_actor_data
from multivector.coding.actors import ActorLexicon
from multivector.coding.groups import party_sides
from multivector.coding.name_forms import noun_lemmas


def _word(parse, word: str, pos: str, tag: str, lemma: str):
    """``word`` as the subject of "met", with the given tags and lemma."""
    met = ("met", 1, "ROOT", "VERB", "VBD", "meet")
    return parse([(word, 1, "nsubj", pos, tag, lemma), met])[0]


@pytest.mark.parametrize(
    ("word", "pos", "tag", "lemma", "expected"),
    [
        ("Parties", "PROPN", "NNPS", "Parties", ["parties", "party"]),
        ("Leaders", "NOUN", "NNS", "Leaders", ["leaders", "leader"]),
        ("Gunmen", "PROPN", "NNP", "Gunmen", ["gunmen", "gunman"]),
    ],
)
def test_a_capitalised_plural_left_as_written_gets_its_singulars(
    parse, word, pos, tag, lemma, expected
):
    lemmas = noun_lemmas(_word(parse, word, pos, tag, lemma))
    assert lemmas[0] == expected[0]
    assert set(expected) <= set(lemmas)


@pytest.mark.parametrize(
    ("word", "pos", "tag", "lemma"),
    [
        ("parties", "NOUN", "NNS", "parties"),  # lower case: spaCy's lemma is trusted
        ("Parties", "NOUN", "NNS", "party"),  # lemmatised already
        ("Talks", "VERB", "VBZ", "Talks"),  # neither a name nor a plural noun
    ],
)
def test_other_words_keep_their_lemma_only(parse, word, pos, tag, lemma):
    assert noun_lemmas(_word(parse, word, pos, tag, lemma)) == [lemma.lower()]


@pytest.fixture(scope="module")
def lexicon(blank_nlp) -> ActorLexicon:
    return ActorLexicon(load_actor_data(), blank_nlp.vocab)


def test_role_nouns_and_party_sides_read_the_same_singulars(parse, lexicon):
    # "The Heads of State": the "head of state" phrase is found from the unlemmatised plural
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("Heads", 4, "nsubj", "PROPN", "NNP", "Heads"),
            ("of", 1, "prep", "ADP", "IN", "of"),
            ("State", 2, "pobj", "PROPN", "NNP", "State"),
            ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ]
    )
    assert lexicon.agent_code(doc[1]) == "GOV"
    assert lexicon.agent_code(_word(parse, "Gunmen", "PROPN", "NNP", "Gunmen")) is not None
    # a capitalised plural noun tagged NNS, lemma as written, is a role noun too
    assert lexicon.agent_code(_word(parse, "Ministers", "NOUN", "NNS", "Ministers")) == "GOV"
    # "The Parties met": the same singulars make the pair
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT", "the"),
            ("Parties", 2, "nsubj", "PROPN", "NNPS", "Parties"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ]
    )
    assert party_sides(doc[1]) == 2
    # a name that only looks plural is no role noun
    assert lexicon.agent_code(_word(parse, "Smithers", "PROPN", "NNP", "Smithers")) is None
