"""Killing many civilians is a mass killing (202, policy ``mass_killing_*``), and patterns for
gratitude, cancelled agreements, approved arms sales, dropped objections. Sentences are written
for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import killed_doc, killing_code

from multivector.coding.mass_killings import counted

CIVILIANS = frozenset({"civilian", "villager", "people"})


def _killed(parse, count: str, noun: str, lemma: str):
    # "Militias killed <count> <noun>"
    return killed_doc(parse, count, noun, lemma)


def _code(doc) -> str:
    return killing_code(doc, CIVILIANS)


def test_counted_reads_digits_and_number_words(parse):
    assert counted(_killed(parse, "1,400", "civilians", "civilian")[3]) == 1400
    assert counted(_killed(parse, "three", "villagers", "villager")[3]) == 3


def test_many_civilians_killed_is_a_mass_killing(parse):
    assert _code(_killed(parse, "120", "villagers", "villager")) == "202"


def test_few_civilians_or_many_soldiers_stay_a_killing(parse):
    assert _code(_killed(parse, "three", "villagers", "villager")) == "190"
    assert _code(_killed(parse, "300", "soldiers", "soldier")) == "190"


def test_hundreds_of_civilians(parse):
    doc = parse(
        [
            ("Militias", 1, "nsubj", "NOUN", "NNS", "militia"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("hundreds", 1, "dobj", "NOUN", "NNS", "hundred"),
            ("of", 2, "prep", "ADP", "IN"),
            ("civilians", 3, "pobj", "NOUN", "NNS", "civilian"),
        ]
    )
    assert _code(doc) == "202"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Government troops killed more than 300 villagers in the Kivu region of Congo.", "202"),
        ("A suicide bomber killed 80 people at a market in Baghdad.", "1831"),
        ("Oman expressed its gratitude to Iran for its help.", "051"),
        ("Jakarta cancelled a security agreement with Canberra.", "160"),
        ("The United States approved the sale of 24 fighter jets to Egypt.", "0332"),
        ("Hungary withdrew its objection to the sanctions on Russia.", "080"),
        ("Greece lifted its veto on the accession talks with North Macedonia.", "080"),
    ],
)
def test_patterns_through_the_coder(coder, text, code):
    codes = {e.cameo for e in coder.code_text(text)}
    assert code in codes, (text, codes)
