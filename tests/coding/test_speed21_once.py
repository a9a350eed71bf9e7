"""speed21: work done once per sentence or document gives what the per-call reading gave.

Headlines find a sentence's body once from the document's text and test whole sentences on
the tag columns; the token index is dropped when a mend changes the parse it read; datelines
are read from the index; the leaders of "X-led" phrases are looked for only in a document that
has a leading participle (kept in the index's ``memo``); a date value's partial date is parsed
once per text. Hand-built parses; the sentences are written for these tests.
"""

from __future__ import annotations

from multivector.coding.clause_syntax import dateline_subject, in_dateline
from multivector.coding.dates import DateValue
from multivector.coding.headlines import (
    FINITE_TAGS,
    _Sheet,
    body,
    infinitive_headline,
    mend_headlines,
)
from multivector.coding.leaders import earlier_led, leader_of
from multivector.coding.token_index import doc_text, release, token_index
from multivector.model import PartialDate

# "10 July 1999: Congo and Angola sign a truce ." - "Congo" an apposition of "July"
HEADING_ROWS = [
    ("10", 1, "nummod", "NUM", "CD"),
    ("July", 7, "npadvmod", "PROPN", "NNP"),
    ("1999", 1, "nummod", "NUM", "CD"),
    (":", 1, "punct", "PUNCT", ":"),
    ("Congo", 1, "appos", "PROPN", "NNP"),
    ("and", 4, "cc", "CCONJ", "CC"),
    ("Angola", 4, "conj", "PROPN", "NNP"),
    ("sign", 7, "ROOT", "VERB", "VBP"),
    ("a", 9, "det", "DET", "DT"),
    ("truce", 7, "dobj", "NOUN", "NN"),
    (".", 7, "punct", "PUNCT", "."),
]


def test_a_body_from_the_documents_text_is_the_body_from_the_sentences(parse):
    doc = parse(HEADING_ROWS)
    sent = doc[:]
    assert body(sent, doc_text(doc)) == body(sent)
    assert body(sent, doc_text(doc)).start == 4  # "Congo ...": the heading "10 July 1999:" cut


def test_the_sheet_reads_finite_verbs_and_to_as_the_tokens_do(parse):
    japan = parse(
        [
            ("Japan", 2, "nsubj", "PROPN", "NNP"),
            ("to", 2, "aux", "PART", "TO"),
            ("impose", 2, "ROOT", "VERB", "VB"),
            ("sanctions", 2, "dobj", "NOUN", "NNS", "sanction"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    congo = parse(HEADING_ROWS)
    for doc in (japan, congo):
        sheet = _Sheet(doc)
        tokens = any(t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in doc)
        assert sheet.finite_verb(0, len(doc)) == tokens
        assert sheet.has_to(0, len(doc)) == any(t.tag_ == "TO" for t in doc)
    assert not _Sheet(japan).finite_verb(0, len(japan)) and _Sheet(japan).has_to(0, 5)
    assert _Sheet(congo).finite_verb(0, len(congo))  # "sign" (VBP)
    # with and without the sheet, the same "to"
    assert infinitive_headline(japan[:], {"impose"}, body(japan[:]), _Sheet(japan)) == japan[1]
    assert infinitive_headline(congo[:], {"sign"}, body(congo[:]), _Sheet(congo)) is None


def test_a_mend_drops_the_index_it_made_stale(parse):
    doc = parse(HEADING_ROWS)
    assert mend_headlines(doc, None, set()) == 1  # "Congo" hung on "sign" as its subject
    ix = token_index(doc)
    assert ix.dep == [t.dep_ for t in doc]
    assert ix.head == [t.head.i for t in doc]
    assert ix.dep[4] == "nsubj" and ix.head[4] == 7


def test_a_dateline_of_a_later_sentence_is_read_from_the_index(parse):
    # "Talks ended . PRAGUE - Troops of Chad left ." - the dateline opens the second sentence
    doc = parse(
        [
            ("Talks", 1, "nsubj", "NOUN", "NNS", "talk"),
            ("ended", 1, "ROOT", "VERB", "VBD", "end"),
            (".", 1, "punct", "PUNCT", "."),
            ("PRAGUE", 8, "nsubj", "PROPN", "NNP"),
            ("-", 3, "punct", "PUNCT", ":"),
            ("Troops", 3, "appos", "NOUN", "NNS", "troop"),
            ("of", 5, "prep", "ADP", "IN"),
            ("Chad", 6, "pobj", "PROPN", "NNP"),
            ("left", 8, "ROOT", "VERB", "VBD", "leave"),
            (".", 8, "punct", "PUNCT", "."),
        ]
    )
    assert [s.start for s in doc.sents] == [0, 3]
    assert in_dateline(doc[3]) and not in_dateline(doc[5])
    assert not in_dateline(doc[0])  # "Talks": no capitalised place before a dash
    assert dateline_subject(doc[3]) == doc[5]
    assert dateline_subject(doc[0]) == doc[0]


def test_leaders_only_where_a_leading_participle_is(parse):
    # "the Saudi - led coalition struck . the coalition denied ."
    rows = [
        ("the", 4, "det", "DET", "DT"),
        ("Saudi", 3, "npadvmod", "PROPN", "NNP"),
        ("-", 3, "punct", "PUNCT", "HYPH"),
        ("led", 4, "amod", "VERB", "VBN", "lead"),
        ("coalition", 5, "nsubj", "NOUN", "NN"),
        ("struck", 5, "ROOT", "VERB", "VBD", "strike"),
        (".", 5, "punct", "PUNCT", "."),
        ("the", 8, "det", "DET", "DT"),
        ("coalition", 9, "nsubj", "NOUN", "NN"),
        ("denied", 9, "ROOT", "VERB", "VBD", "deny"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    assert leader_of(doc[4]) == doc[1]
    assert earlier_led(doc[8]) == doc[1]
    release(doc)  # the memo goes with the index: worked out again
    assert earlier_led(doc[8]) == doc[1]
    # the same words with "backed" (no leading participle): no leader anywhere
    plain = parse([("backed", 4, "amod", "VERB", "VBN", "back") if r[0] == "led" else r for r in rows])
    assert leader_of(plain[4]) is None and earlier_led(plain[8]) is None


def test_a_date_values_partial_date_is_the_parsed_one():
    for iso, precision in (("2001-07", "month"), ("2001-07-15", "day"), ("199", "decade")):
        value = DateValue(iso, precision, "explicit")
        assert value.partial == PartialDate.parse(iso)
        assert value.partial is value.partial  # parsed once


def test_a_sentence_with_no_date_still_counts_its_intervals(rules_coder):
    # no date entity: the clause's own and borrowed dates are not looked for, "two days after"
    # still moves the document's date
    events = rules_coder.code_text(
        "Chad recalled its ambassador to Sudan two days after Sudan expelled Chadian diplomats.",
        date="2024-06-05",
    )
    # Sudan's expulsion (Chad's recall, coded since rules41 read "Chad" as the country, is
    # dated on the document's day)
    expelled = [e for e in events if e.cameo == "161" and e.source.code.startswith("SDN")]
    assert expelled and all(e.date == "2024-06-03" for e in expelled)
