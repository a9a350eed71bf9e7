"""A verb of naming in a free relative that is another verb's object, said by the same judge,
is that judge's name for what the governing verb judges, not a second act (session 52):
"Quito condemned what it called aggression" is one condemnation, no accusation beside it."""

from __future__ import annotations

import pytest
import spacy
from coding_helpers import event_triples
from spacy.tokens import Doc

from multivector.coding.unasserted import named_in_free_relative

PRONOUN_JUDGE = (  # Quito condemned what it called aggression .
    "Quito condemned what it called aggression .", [1, 1, 4, 4, 1, 4, 1],
    ["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "oprd", "punct"],
    ["PROPN", "VERB", "PRON", "PRON", "VERB", "NOUN", "PUNCT"],
)  # fmt: skip
OTHER_JUDGE = (  # the name is Lima's, not the crowds'
    "Crowds denounced what Lima called aggression .", [1, 1, 4, 4, 1, 4, 1],
    ["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "oprd", "punct"],
    ["NOUN", "VERB", "PRON", "PROPN", "VERB", "NOUN", "PUNCT"],
)  # fmt: skip
UNDER_PREPOSITION = (  # no verb governs the relative
    "Troops fled , in what it called a retreat .", [1, 1, 1, 1, 6, 6, 3, 8, 6, 1],
    ["nsubj", "ROOT", "punct", "prep", "dobj", "nsubj", "pcomp", "det", "oprd", "punct"],
    ["NOUN", "VERB", "PUNCT", "ADP", "PRON", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
)  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "naming", "expected"),
    [(PRONOUN_JUDGE, 4, True), (OTHER_JUDGE, 4, False), (UNDER_PREPOSITION, 6, False)],
)
def test_only_the_same_judges_name_under_a_verb_is_no_act(parse, naming, expected):
    text, heads, deps, pos = parse
    doc = Doc(spacy.blank("en").vocab, words=text.split(), heads=heads, deps=deps, pos=pos)
    assert named_in_free_relative(doc[naming]) is expected


@pytest.mark.slow
def test_the_judgement_is_coded_once(rules_coder):
    triples = event_triples(rules_coder, "Ecuador condemned what it called Peruvian aggression.", date="1995-02-01")
    assert {(s[:3], t[:3] if t else None, c) for s, t, c in triples} == {("ECU", "PER", "111")}
