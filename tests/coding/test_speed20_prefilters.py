"""The cheap looks before costlier work (speed20): they must never skip what the work finds."""

import pytest

from multivector.coding.dates import MISSED_DAY, RELATIVE_DAY, may_add_days
from multivector.coding.speakers import paragraphs
from multivector.coding.token_index import TokenIndex

SENTENCES = [
    "The talks resumed the following day in Geneva.",
    "Two days later the army withdrew.",
    "THE NEXT MORNING rebels attacked the town.",
    "On 27 May Bosnian Serb soldiers seized the hostages.",
    "On March 3rd the ministers met.",
    "Yesterday residents fled the city.",
    "The minister said on Tuesday that talks would go on.",
    "Rebels attacked the convoy near the border.",
    "The maybe-agreement was signed in Mayfair.",
    "Ministers met in Zürich the following day.",
    "the mayor said so",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_may_add_days_never_misses_a_match(text):
    found = bool(RELATIVE_DAY.search(text) or MISSED_DAY.search(text))
    assert may_add_days(text) or not found


def test_may_add_days_rules_out_texts_without_the_words():
    assert not may_add_days("Rebels attacked the convoy near the border.")
    assert not may_add_days("the mayor said so")  # "May" is a month only capitalised


def test_may_add_days_looks_at_day_units_and_months():
    assert may_add_days("THE NEXT MORNING rebels attacked.")
    assert may_add_days("On 27 May soldiers seized them.")
    assert may_add_days("yesterday")


def test_may_add_days_leaves_non_ascii_text_to_the_search():
    assert may_add_days("Rebels attacked Zürich.")


def _parsed(parse):
    # "Chad sent aid . \n Mali agreed ." (a line break between two paragraphs)
    return parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("aid", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
            ("\n", 3, "dep", "SPACE", "_SP"),
            ("Mali", 6, "nsubj", "PROPN", "NNP"),
            ("agreed", 6, "ROOT", "VERB", "VBD", "agree"),
            (".", 6, "punct", "PUNCT", "."),
        ],
    )


def test_index_ids_are_the_docs_own_arrays(parse):
    from spacy.attrs import DEP, LEMMA, POS

    doc = _parsed(parse)
    ix = TokenIndex(doc)
    for name, attr in (("lemma", LEMMA), ("pos", POS), ("dep", DEP)):
        assert ix.ids(name) == doc.to_array([attr]).ravel().tolist()


def test_paragraphs_end_at_line_breaks(parse):
    doc = _parsed(parse)
    assert paragraphs(doc) == [(0, 4), (5, 8)]


def test_split_subjects_reads_the_two_subjects_from_the_index(parse):
    from multivector.coding.syntax import split_subjects

    # "he and Vajpayee sign": both nsubj of "sign", the "and" hanging on "he"
    doc = parse(
        [
            ("he", 3, "nsubj", "PRON", "PRP"),
            ("and", 0, "cc", "CCONJ", "CC"),
            ("Vajpayee", 3, "nsubj", "PROPN", "NNP"),
            ("sign", 3, "ROOT", "VERB", "VBP"),
        ]
    )
    assert [t.i for t in split_subjects(doc[0])] == [0, 2]
    assert [t.i for t in split_subjects(doc[2])] == [0, 2]
    assert [t.i for t in split_subjects(doc[3])] == [3]  # not a subject


def test_entity_text_is_the_place_entity_the_token_ends(parse):
    from multivector.coding.generic import _entity_text

    # "troops entered Khan Younis near Gaza ."
    doc = parse(
        [
            ("troops", 1, "nsubj", "NOUN", "NNS"),
            ("entered", 1, "ROOT", "VERB", "VBD", "enter"),
            ("Khan", 3, "compound", "PROPN", "NNP"),
            ("Younis", 1, "dobj", "PROPN", "NNP"),
            ("near", 3, "prep", "ADP", "IN"),
            ("Gaza", 4, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=["O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O"],
    )
    assert _entity_text(doc[3]) == "Khan Younis"
    assert _entity_text(doc[2]) is None  # the entity goes on past "Khan"
    assert _entity_text(doc[5]) == "Gaza"
    assert _entity_text(doc[1]) is None  # no entity
    for tok in doc:  # as the document's own entities say
        ent = next((e for e in doc.ents if e.end == tok.i + 1), None)
        assert _entity_text(tok) == (ent.text if ent is not None else None)


def _recognitions(parse, filler: int):
    # "Russia announced the recognition . <filler words> The recognition angered Kyiv ."
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("announced", 1, "ROOT", "VERB", "VBD", "announce"),
        ("the", 3, "det", "DET", "DT"),
        ("recognition", 1, "dobj", "NOUN", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    rows += [("word", 4, "dep", "NOUN", "NN") for _ in range(filler)]
    k = len(rows)
    rows += [
        ("The", k + 1, "det", "DET", "DT"),
        ("recognition", k + 2, "nsubj", "NOUN", "NN"),
        ("angered", k + 2, "ROOT", "VERB", "VBD", "anger"),
        ("Kyiv", k + 2, "dobj", "PROPN", "NNP"),
        (".", k + 2, "punct", "PUNCT", "."),
    ]
    return parse(rows), k + 1


def test_named_doer_is_the_doer_of_the_nearest_earlier_same_noun(parse):
    from multivector.coding.noun_doers import named_doer
    from multivector.model import Actor

    russia = Actor(text="Russia", code="RUS", country="RUS", span=None, kind="country")

    def owners(t):
        return [russia] if t.i == 3 else []

    doc, noun = _recognitions(parse, 3)
    assert named_doer(doc[noun], owners, set()) == [russia]
    assert named_doer(doc[noun], owners, {"RUS"}) == []  # the doer is excluded
    far, noun = _recognitions(parse, 500)  # 2,500 characters back: out of reach
    assert named_doer(far[noun], owners, set()) == []
