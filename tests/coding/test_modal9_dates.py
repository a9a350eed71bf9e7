"""Which clause a date belongs to, intervals ("a day after ..."), relative days and history.

Hand-built parses (no statistical model), sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from multivector.coding.dates import DateValue, parse_date_expression
from multivector.coding.event_dates import date_owner, event_date, sentence_dates
from multivector.coding.state import DocumentState

FRIDAY = dt.date(2024, 6, 14)  # a Friday


def _state(doc, doc_date=FRIDAY) -> DocumentState:
    state = DocumentState(doc_id="t", doc_date=doc_date, mentions={})
    for ent in doc.ents:
        state.dates_by_sentence.setdefault(0, []).append(ent)
    return state


def _dated(parse, rows, ents, doc_date=FRIDAY):
    doc = parse(rows, ents=ents)
    state = _state(doc, doc_date)
    return doc, state, sentence_dates(doc[:], state)


def test_a_span_after_dates_the_subordinate_clause_from_its_head(parse):
    # "Chile recalled its envoy on Thursday, two days after Peru expelled a consul."
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP"),
        ("recalled", 1, "ROOT", "VERB", "VBD", "recall"),
        ("its", 3, "poss", "PRON", "PRP$"),
        ("envoy", 1, "dobj", "NOUN", "NN"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Thursday", 4, "pobj", "PROPN", "NNP"),
        (",", 1, "punct", "PUNCT", ","),
        ("two", 8, "nummod", "NUM", "CD"),
        ("days", 11, "npadvmod", "NOUN", "NNS", "day"),
        ("after", 11, "mark", "SCONJ", "IN"),
        ("Peru", 11, "nsubj", "PROPN", "NNP"),
        ("expelled", 1, "advcl", "VERB", "VBD", "expel"),
        ("a", 13, "det", "DET", "DT"),
        ("consul", 11, "dobj", "NOUN", "NN"),
    ]
    ents = ["O"] * 5 + ["B-DATE"] + ["O"] * 8
    doc, state, dates = _dated(parse, rows, ents)
    assert event_date(doc[1], dates, state).iso == "2024-06-13"
    assert event_date(doc[11], dates, state).iso == "2024-06-11"


def test_a_span_after_an_undated_clause_counts_from_the_document_date(parse):
    # "The raid came a week after rebels seized the mine."
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("raid", 2, "nsubj", "NOUN", "NN"),
        ("came", 2, "ROOT", "VERB", "VBD", "come"),
        ("a", 4, "det", "DET", "DT"),
        ("week", 7, "npadvmod", "NOUN", "NN"),
        ("after", 7, "mark", "SCONJ", "IN"),
        ("rebels", 7, "nsubj", "NOUN", "NNS", "rebel"),
        ("seized", 2, "advcl", "VERB", "VBD", "seize"),
        ("the", 9, "det", "DET", "DT"),
        ("mine", 7, "dobj", "NOUN", "NN"),
    ]
    doc, state, dates = _dated(parse, rows, ["O"] * 10)
    assert event_date(doc[7], dates, state).iso == "2024-06-07"
    assert event_date(doc[2], dates, state) is None  # the document's own date


def test_the_date_of_a_relative_clause_is_not_the_main_clause_s(parse):
    # "Ghana freed a reporter who was jailed in 2019."
    rows = [
        ("Ghana", 1, "nsubj", "PROPN", "NNP"),
        ("freed", 1, "ROOT", "VERB", "VBD", "free"),
        ("a", 3, "det", "DET", "DT"),
        ("reporter", 1, "dobj", "NOUN", "NN"),
        ("who", 6, "nsubjpass", "PRON", "WP"),
        ("was", 6, "auxpass", "AUX", "VBD", "be"),
        ("jailed", 3, "relcl", "VERB", "VBN", "jail"),
        ("in", 6, "prep", "ADP", "IN"),
        ("2019", 7, "pobj", "NUM", "CD"),
    ]
    doc, state, dates = _dated(parse, rows, ["O"] * 8 + ["B-DATE"])
    assert event_date(doc[1], dates, state) is None
    assert event_date(doc[6], dates, state).iso == "2019"


def test_a_year_premodifying_a_noun_dates_the_noun(parse):
    # "Laos breached the 2004 accord on Monday."
    rows = [
        ("Laos", 1, "nsubj", "PROPN", "NNP"),
        ("breached", 1, "ROOT", "VERB", "VBD", "breach"),
        ("the", 4, "det", "DET", "DT"),
        ("2004", 4, "nummod", "NUM", "CD"),
        ("accord", 1, "dobj", "NOUN", "NN"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Monday", 5, "pobj", "PROPN", "NNP"),
    ]
    doc, state, dates = _dated(parse, rows, ["O", "O", "O", "B-DATE", "O", "O", "B-DATE"])
    assert date_owner(dates[0][0]).text == "accord"
    assert event_date(doc[1], dates, state).iso == "2024-06-10"
    # without "on Monday" the accord's year is still not the breach's
    doc, state, dates = _dated(parse, rows[:5], ["O", "O", "O", "B-DATE", "O"])
    assert event_date(doc[1], dates, state) is None


def test_a_time_of_day_keeps_its_date_on_the_clause(parse):
    # "Oman hosted talks on Tuesday evening."
    rows = [
        ("Oman", 1, "nsubj", "PROPN", "NNP"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Tuesday", 5, "compound", "PROPN", "NNP"),
        ("evening", 3, "pobj", "NOUN", "NN"),
    ]
    doc, state, dates = _dated(parse, rows, ["O"] * 4 + ["B-DATE", "O"])
    assert event_date(doc[1], dates, state).iso == "2024-06-11"


def test_an_announced_act_is_dated_when_it_was_stated(parse):
    # "Peru said on Monday it would lift the duties from March."
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "NNP"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Monday", 2, "pobj", "PROPN", "NNP"),
        ("it", 6, "nsubj", "PRON", "PRP"),
        ("would", 6, "aux", "AUX", "MD"),
        ("lift", 1, "ccomp", "VERB", "VB"),
        ("the", 8, "det", "DET", "DT"),
        ("duties", 6, "dobj", "NOUN", "NNS", "duty"),
        ("from", 6, "prep", "ADP", "IN"),
        ("March", 9, "pobj", "PROPN", "NNP"),
    ]
    ents = ["O"] * 3 + ["B-DATE"] + ["O"] * 6 + ["B-DATE"]
    doc, state, dates = _dated(parse, rows, ents)
    assert event_date(doc[6], dates, state, announced=True).iso == "2024-06-10"
    assert event_date(doc[6], dates, state).iso == "2024-06-10"  # "from March" is a term


def test_relative_days_count_from_the_last_day_the_text_gave():
    base = DateValue("1961-04-17", "day", "explicit")
    assert parse_date_expression("the following day", None, base, base).iso == "1961-04-18"
    assert parse_date_expression("the same night", None, base, base).iso == "1961-04-17"
    assert parse_date_expression("three days later", None, base, base).iso == "1961-04-20"
    assert parse_date_expression("the previous day", FRIDAY, None, None) is None
    monday = DateValue("2024-06-10", "day", "document-relative")
    assert parse_date_expression("the next day", FRIDAY, None, monday).iso == "2024-06-11"


def test_a_month_without_a_year_in_a_history_takes_the_narrative_year():
    history = DateValue("1956-10-23", "day", "explicit")
    doc_date = dt.date(2016, 10, 23)
    assert parse_date_expression("In November", doc_date, history).iso == "1956-11"
    assert parse_date_expression("On 4 November", doc_date, history).iso == "1956-11-04"
    assert parse_date_expression("in March", doc_date, history).iso == "1957-03"
    # a narrative of the last year or two is news, not history: the document's year
    recent = DateValue("2015", "year", "explicit")
    assert parse_date_expression("In March", doc_date, recent).iso == "2016-03"


def test_a_relative_day_the_recogniser_missed_is_found_in_the_text(parse):
    # "Quito closed the border the following day." (no DATE entity)
    rows = [
        ("Quito", 1, "nsubj", "PROPN", "NNP"),
        ("closed", 1, "ROOT", "VERB", "VBD", "close"),
        ("the", 3, "det", "DET", "DT"),
        ("border", 1, "dobj", "NOUN", "NN"),
        ("the", 6, "det", "DET", "DT"),
        ("following", 6, "amod", "ADJ", "JJ"),
        ("day", 1, "npadvmod", "NOUN", "NN"),
    ]
    doc = parse(rows, ents=["O"] * 7)
    state = _state(doc, None)
    state.last_day = DateValue("1941-07-05", "day", "explicit")
    dates = sentence_dates(doc[:], state)
    assert event_date(doc[1], dates, state).iso == "1941-07-06"


def test_a_dateline_naming_two_cities_is_a_dateline():
    from multivector.nlp import DATELINE

    assert DATELINE.match("LIMA/QUITO, June 2 - Peru and Ecuador signed a pact.")
    assert DATELINE.match("DAKAR/BAMAKO, Nov. 3 (Wire) - Senegal closed its border.")


def test_a_span_attached_to_the_subordinator_counts_too(parse):
    # "Chile recalled its envoy on Thursday, two days after Peru expelled a consul", with
    # "two days" parsed under "after" rather than under the verb
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP"),
        ("recalled", 1, "ROOT", "VERB", "VBD", "recall"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Thursday", 2, "pobj", "PROPN", "NNP"),
        ("two", 5, "nummod", "NUM", "CD"),
        ("days", 6, "npadvmod", "NOUN", "NNS", "day"),
        ("after", 8, "mark", "SCONJ", "IN"),
        ("Peru", 8, "nsubj", "PROPN", "NNP"),
        ("expelled", 1, "advcl", "VERB", "VBD", "expel"),
    ]
    doc, state, dates = _dated(parse, rows, ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"])
    assert event_date(doc[8], dates, state).iso == "2024-06-11"


def test_a_month_without_a_year_in_the_news_is_the_document_s():
    # a news story's background sentence ("in March 2021") does not carry a later bare month
    # into that past: "talks by video link in February" is last February
    background = DateValue("2021-03", "month", "explicit")
    doc_date = dt.date(2024, 3, 29)
    assert parse_date_expression("in February", doc_date, background, history=False).iso == (
        "2024-02"
    )
    # in a history the narrative's year: a month well before the narrative's is the next
    # year's, one a few months before looks back (narrative_months_back in dates.yaml)
    autumn = DateValue("2021-09", "month", "explicit")
    assert parse_date_expression("in February", doc_date, autumn).iso == "2022-02"
    assert parse_date_expression("in February", doc_date, background).iso == "2021-02"


def _purpose_rows(tense: str, tag: str) -> list[tuple]:
    # "Peru <tense> envoys to discuss fishing rights in May 2011."
    return [
        ("Peru", 1, "nsubj", "PROPN", "NNP"),
        (tense, 1, "ROOT", "VERB", tag, "send"),
        ("envoys", 1, "dobj", "NOUN", "NNS", "envoy"),
        ("to", 4, "aux", "PART", "TO"),
        ("discuss", 1, "advcl", "VERB", "VB"),
        ("fishing", 6, "compound", "NOUN", "NN"),
        ("rights", 4, "dobj", "NOUN", "NNS", "right"),
        ("in", 4, "prep", "ADP", "IN"),
        ("May", 7, "pobj", "PROPN", "NNP"),
        ("2011", 8, "nummod", "NUM", "CD"),
    ]


def test_a_past_act_takes_the_date_of_its_clause_of_purpose(parse):
    doc, state, dates = _dated(parse, _purpose_rows("sent", "VBD"), ["O"] * 8 + ["B-DATE", "I-DATE"])
    assert event_date(doc[1], dates, state).iso == "2011-05"


def test_an_announced_act_does_not_take_the_date_of_its_purpose(parse):
    # "Peru sends envoys to discuss fishing rights in May 2011": not the simple past
    doc, state, dates = _dated(parse, _purpose_rows("sends", "VBZ"), ["O"] * 8 + ["B-DATE", "I-DATE"])
    assert event_date(doc[1], dates, state) is None
