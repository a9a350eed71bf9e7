"""context18: a day after "on" the entity recogniser left out ("On 27 May" with "27" a number
and "May" no entity) is read as a date; the start of a period ("since Wednesday") is not the
day "the same day" refers to. The texts are written for these tests."""

from __future__ import annotations

from multivector.coding.story_days import with_story_days
from multivector.model import Document


def test_a_day_after_on_left_out_by_the_recogniser_is_a_date(parse):
    doc = parse(
        [
            ("On", 5, "prep", "ADP", "IN"),
            ("27", 4, "nummod", "NUM", "CD"),
            ("May", 4, "compound", "PROPN", "NNP"),
            ("Serb", 4, "amod", "ADJ", "JJ"),
            ("soldiers", 5, "nsubj", "NOUN", "NNS"),
            ("seized", 5, "ROOT", "VERB", "VBD"),
            ("a", 7, "det", "DET", "DT"),
            ("post", 5, "dobj", "NOUN", "NN"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    found = with_story_days(doc[:], [])
    assert [e.text for e in found] == ["27 May"]


def test_a_modal_may_after_on_is_no_date(parse):
    doc = parse(
        [
            ("They", 3, "nsubj", "PRON", "PRP"),
            ("agreed", 3, "ROOT", "VERB", "VBD"),
            ("on", 1, "prep", "ADP", "IN"),
            ("3", 2, "pobj", "NUM", "CD"),
            ("may", 1, "aux", "AUX", "MD"),
        ]
    )
    assert with_story_days(doc[:], []) == []


def test_since_a_weekday_is_not_the_same_day(rules_coder):
    text = (
        "On Sunday, West African leaders imposed sanctions on Niger. The bloc demanded the "
        "release of the president, who has been detained by the army since Wednesday. On the "
        "same day, protesters in Niamey attacked the French embassy."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2023-07-31")]))
    # a crowd's attack is violent protest (145), an armed one's 19x: either way, the act
    attacks = [e for e in coded.events if e.cameo.startswith(("145", "19"))]
    assert attacks and all(str(e.date) == "2023-07-30" for e in attacks)  # Sunday, not Wednesday
