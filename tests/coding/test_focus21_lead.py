"""roles21: with no focus by count, the country named most is the document's focus when it is
named at least 1.5 times as often as the next and the opening (headline and first sentence)
names it and not the next (`coding/lead_focus.py`). Hand-built documents and mentions.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.lead_focus import lead_countries, lead_focus

WORDS = ["Pakistan", "votes", ".", "Lahore", "waits", ".", "Washington", "watches", "."]
STARTS = [True, False, False, True, False, False, True, False, False]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, sent_starts=STARTS)


def _mention(i: int, country: str) -> SimpleNamespace:
    return SimpleNamespace(start=i, end=i + 1, entries=(SimpleNamespace(country=country),))


MENTIONS = {0: _mention(0, "PAK"), 3: _mention(3, "PAK"), 6: _mention(6, "USA")}


def test_the_opening_countries_are_those_of_its_first_sentences():
    assert lead_countries(_doc(), MENTIONS, 2) == {"PAK"}
    assert lead_countries(_doc(), MENTIONS, 3) == {"PAK", "USA"}


def test_the_most_named_country_named_in_the_opening_is_the_focus():
    ranked = [("PAK", 3), ("USA", 2)]
    assert lead_focus(_doc(), MENTIONS, ranked, (1.5, 2), 2) == "PAK"


def test_not_when_the_opening_names_the_runner_up_too():
    ranked = [("PAK", 3), ("USA", 2)]
    assert lead_focus(_doc(), MENTIONS, ranked, (1.5, 3), 2) is None


def test_not_when_the_runner_up_is_named_nearly_as_often():
    ranked = [("PAK", 4), ("USA", 3)]
    assert lead_focus(_doc(), MENTIONS, ranked, (1.5, 2), 2) is None


def test_not_when_the_opening_does_not_name_it():
    ranked = [("USA", 3), ("PAK", 2)]
    assert lead_focus(_doc(), MENTIONS, ranked, (1.5, 2), 2) is None
