"""The dateline that opens a paragraph says where the paragraph happens (coding/paragraphs.py):
"TBILISI - About 20,000 people rallied" is in Georgia; a paragraph with no dateline of its own
has none. Read by the state of jurisdiction. The sentences are written for these tests.
"""

from __future__ import annotations

from multivector.coding.paragraphs import paragraph_dateline

DIGEST = (
    "LIMA - Peru and Chile signed a trade accord on Monday.\n\n"
    "TBILISI - About 20,000 people rallied on Sunday to demand new elections. "
    "Police watched.\n\n"
    "Police arrested twelve men after the match."
)


def test_the_dateline_opening_the_paragraph(rules_coder):
    doc = rules_coder.nlp(DIGEST)
    generic = rules_coder.extractor.phrases.generic
    people = next(t for t in doc if t.text == "people")
    watched = next(t for t in doc if t.text == "watched")
    assert paragraph_dateline(people, generic) == "GEO"
    assert paragraph_dateline(watched, generic) == "GEO"  # a later sentence of the paragraph
    assert paragraph_dateline(doc[2], generic) == "PER"


def test_no_dateline_in_a_paragraph_of_its_own(rules_coder):
    doc = rules_coder.nlp(DIGEST)
    generic = rules_coder.extractor.phrases.generic
    arrested = next(t for t in doc if t.text == "arrested")
    assert paragraph_dateline(arrested, generic) is None
