"""dateline32: a dateline that follows the story's headline, sub-headline or byline
("Chile recalls envoy\\n\\nOSLO, Norway, May 3 - Chile ...") is where the story was filed, as one
at the very start is: a sentence of its own, never a party to the first sentence's acts, and
the place the focus country falls back on (``multivector.nlp.find_dateline``). A line of prose
ends the headline lines. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.coding.focus_country import DATELINE_PLACE
from multivector.model import Document
from multivector.nlp import HEADLINE_REACH, find_dateline, opening_lines

HEADED = (
    "Chile recalls envoy over border row\n\n"
    "OSLO, Norway, May 3 - Chile recalled its ambassador from Bolivia on Tuesday."
)


def test_a_dateline_after_a_headline_is_found_at_its_line():
    found = find_dateline(HEADED)
    assert found is not None
    start, m = found
    assert HEADED[start:].lstrip().startswith("OSLO")
    assert HEADED[start + m.end() :].startswith("Chile recalled")


def test_a_dateline_at_the_start_is_found_at_offset_zero():
    found = find_dateline("LIMA, June 2 - Peru protested.")
    assert found is not None and found[0] == 0


def test_a_line_of_prose_ends_the_headline_lines():
    text = "Chile recalled its envoy on Tuesday.\nOSLO, May 3 - Peru protested."
    assert opening_lines(text) == [0]
    assert find_dateline(text) is None


def test_a_dateline_beyond_the_reach_is_not_looked_for():
    text = "x" * HEADLINE_REACH + "\nOSLO, May 3 - Peru protested."
    assert find_dateline(text) is None


def test_the_place_pattern_is_looked_for_after_a_headline_too():
    found = find_dateline("Ceasefire holds\n\nKNIN - Troops withdrew.", DATELINE_PLACE)
    assert found is not None and found[1].group(1) == "KNIN"


def test_the_dateline_after_a_headline_is_a_sentence_of_its_own(rules_coder):
    text = (
        "Border row deepens\n\n"
        "TBILISI, Georgia, May 3 - Russian troops seized two villages on Tuesday."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2020-05-05")]))
    sentences = [s for _a, _b, s in coded.sentences]
    assert "TBILISI, Georgia, May 3 -" in sentences
    assert "Russian troops seized two villages on Tuesday." in sentences
    assert all(e.sentence != "TBILISI, Georgia, May 3 -" for e in coded.events)


def test_the_dateline_after_a_headline_is_no_party(rules_coder):
    triples = event_triples(rules_coder, HEADED)
    assert ("CHL", "BOL") in {(s, t) for s, t, c in triples if c.startswith("16")}
    assert not any((s or "").startswith("NOR") for s, _t, _c in triples)


def test_a_state_agencys_dateline_is_a_dateline():
    from multivector.nlp import DATELINE

    assert DATELINE.match("Tashkent, May 3, UZA -- Uzbekistan signed a deal.")
    assert DATELINE.match("Baku, 12 March 2021, APA - Azerbaijan protested.")
    assert not DATELINE.match("Paris, the capital, said on Monday that talks - would go on.")


def test_a_state_agencys_dateline_is_no_party_but_places_the_story(rules_coder):
    triples = event_triples(
        rules_coder, "Tashkent, May 3, UZA -- The president received the Kazakh foreign minister."
    )
    assert ("UZBGOV", "KAZGOV", "043") in triples  # the place the president is of
    assert not any(s == "UZB" and (t or "").startswith("UZB") for s, t, _c in triples)
