"""An indirect object is the recipient a pattern's "to" phrase names ("gave Japan aid" is
"gave aid to Japan"), for patterns that also name what is given.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.syntax import dative_recipient


def test_the_indirect_object_is_the_recipient(parse):
    # "Chile gave Peru loans"
    doc = parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("Peru", 1, "dative", "PROPN", "NNP"),
            ("loans", 1, "dobj", "NOUN", "NNS", "loan"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert dative_recipient(doc[1]).text == "Peru"


def test_a_to_phrase_is_no_indirect_object(parse):
    # "Chile gave loans to Peru": the "to" phrase is found as a preposition, not here
    doc = parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("loans", 1, "dobj", "NOUN", "NNS", "loan"),
            ("to", 1, "dative", "ADP", "IN"),
            ("Peru", 3, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert dative_recipient(doc[1]) is None


def _coded(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, "2024-05-01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rules12: a sum given "in military aid" is military aid (coding/sums.py), no longer 071
        ("Germany gave Ukraine 500 million euros in military aid.", ("DEU", "UKR", "072")),
        ("Russia sold India five air defence systems.", ("RUS", "IND", "072")),
        ("Kenya gave Somalia military equipment.", ("KEN", "SOM", "072")),
    ],
)
def test_a_double_object_gift_is_coded_with_its_recipient(rules_coder, text, expected):
    assert expected in _coded(rules_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Uzbek government gave the United States 180 days to remove its troops.",
        "The minister gave Kenyan reporters details of the plan.",
    ],
)
def test_a_double_object_of_no_aid_class_is_no_gift(rules_coder, text):
    assert not any(c.startswith("07") for _s, _t, c in _coded(rules_coder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia pledged 500 million roubles to Kyrgyzstan.", ("RUS", "KGZ", "0331")),
        ("Taiwan gave Japan more than 20 billion yen in aid.", ("TWN", "JPN", "071")),
    ],
)
def test_a_sum_in_any_currency_is_economic_aid(rules_coder, text, expected):
    assert expected in _coded(rules_coder, text)
