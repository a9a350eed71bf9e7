"""speed23: the pattern of every country's words is a tree of their shared beginnings, not a
plain alternation of some thousands of words (read about 25 times faster); it must match
exactly as the alternation, longest word first, did. Texts are written for these tests."""

from __future__ import annotations

import re

from multivector.coding.homonyms import _country_words, _trie

TEXTS = [
    "Nigeria and Niger signed a pact; Nigerian and Nigerien troops met in Niamey.",
    "Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea sent envoys.",
    "South Sudan accused Sudan; a Sudanese-backed militia crossed from Khartoum.",
    "A pro-Russia rally in Moscow; Russia-linked hackers; the Russian-Chinese talks.",
    "Congo, the Democratic Republic of the Congo and Congolese officials; Dominica and "
    "the Dominican Republic; Mali and Malian, Malawi and Malawian.",
]


def _plain(words) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


def test_the_tree_matches_as_the_alternation_of_every_country_word():
    pattern, owner = _country_words()
    plain = _plain(owner)
    for text in TEXTS:
        assert _found(pattern, text) == _found(plain, text)
        assert _found(pattern, text)  # each text names some country


def test_the_longer_word_first_and_the_shorter_when_what_follows_fails():
    words = ["Guinea", "Guinea-Bissau", "Niger", "Nigeria", "ab", "abc", "St", "St. Lucia"]
    pattern = re.compile(rf"(?<![\w-]){_trie(words)}(?![\w-])")
    assert _found(pattern, "Guinea-Bissau's envoy") == [(0, "Guinea-Bissau")]
    assert _found(pattern, "Guinea-Bissauan Guinea") == [(16, "Guinea")]  # no word ends at "-"
    assert _found(pattern, "Nigeria, Niger.") == [(0, "Nigeria"), (9, "Niger")]
    assert _found(pattern, "abc ab abd") == [(0, "abc"), (4, "ab")]
    assert _found(pattern, "St. Lucia, St. Kitts") == [(0, "St. Lucia"), (11, "St")]  # both could end
    texts = ["Guinea-Bissau's envoy", "Guinea-Bissauan Guinea", "Nigeria, Niger.", "abc ab abd",
             "St. Lucia, St. Kitts"]  # fmt: skip
    for text in texts:
        assert _found(pattern, text) == _found(_plain(words), text)
