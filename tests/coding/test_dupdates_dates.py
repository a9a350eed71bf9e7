"""Event dates: a date trailing a coordination, a decade as background, tallies, named days.

Hand-built parses (no statistical model), sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from multivector.coding.dates import DateValue, is_date_like, names_day, parse_date_expression
from multivector.coding.event_dates import event_date, moves_narrative, sentence_dates
from multivector.coding.state import DocumentState

FRIDAY = dt.date(2024, 6, 14)  # a Friday


def _dated(parse, rows, ents, doc_date=FRIDAY, narrative=None, last_day=None):
    doc = parse(rows, ents=ents)
    state = DocumentState(doc_id="t", doc_date=doc_date, mentions={})
    state.narrative, state.last_day = narrative, last_day
    for ent in doc.ents:
        state.dates_by_sentence.setdefault(0, []).append(ent)
    return doc, state, sentence_dates(doc[:], state)


def test_a_trailing_date_dates_the_earlier_verb_of_a_coordination(parse):
    # "Rebels looted and then burned the depot in May."
    rows = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("looted", 1, "ROOT", "VERB", "VBD", "loot"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("then", 4, "advmod", "ADV", "RB"),
        ("burned", 1, "conj", "VERB", "VBD", "burn"),
        ("the", 6, "det", "DET", "DT"),
        ("depot", 4, "dobj", "NOUN", "NN"),
        ("in", 4, "prep", "ADP", "IN"),
        ("May", 7, "pobj", "PROPN", "NNP"),
    ]
    doc, state, dates = _dated(parse, rows, ["O"] * 8 + ["B-DATE"])
    assert event_date(doc[1], dates, state).iso == "2024-05"
    assert event_date(doc[4], dates, state).iso == "2024-05"


def test_a_trailing_relative_day_dates_a_verb_tagged_otherwise(parse):
    # "Troops encircled the town and cut its power the following day." (after a known day)
    rows = [
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
        ("encircled", 1, "ROOT", "VERB", "VBD", "encircle"),
        ("the", 3, "det", "DET", "DT"),
        ("town", 1, "dobj", "NOUN", "NN"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("cut", 1, "conj", "VERB", "VB", "cut"),
        ("its", 7, "poss", "PRON", "PRP$"),
        ("power", 5, "dobj", "NOUN", "NN"),
        ("the", 10, "det", "DET", "DT"),
        ("following", 10, "amod", "ADJ", "JJ"),
        ("day", 5, "npadvmod", "NOUN", "NN"),
    ]
    ents = ["O"] * 8 + ["B-DATE", "I-DATE", "I-DATE"]
    day = DateValue("2019-03-04", "day", "explicit")
    doc, state, dates = _dated(parse, rows, ents, narrative=day, last_day=day)
    assert event_date(doc[1], dates, state).iso == "2019-03-05"


def test_a_conjunct_with_its_own_subject_or_a_modal_does_not_lend_its_date(parse):
    # "Farmers blocked the road and the minister will resign on Monday."
    rows = [
        ("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"),
        ("blocked", 1, "ROOT", "VERB", "VBD", "block"),
        ("the", 3, "det", "DET", "DT"),
        ("road", 1, "dobj", "NOUN", "NN"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("the", 6, "det", "DET", "DT"),
        ("minister", 8, "nsubj", "NOUN", "NN"),
        ("will", 8, "aux", "AUX", "MD"),
        ("resign", 1, "conj", "VERB", "VB", "resign"),
        ("on", 8, "prep", "ADP", "IN"),
        ("Monday", 9, "pobj", "PROPN", "NNP"),
    ]
    doc, state, dates = _dated(parse, rows, ["O"] * 10 + ["B-DATE"])
    assert event_date(doc[1], dates, state) is None  # the document's date, in build
    # "Guards arrested the men and will try them next week": the modal keeps its date apart
    rows = [
        ("Guards", 1, "nsubj", "NOUN", "NNS", "guard"),
        ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
        ("the", 3, "det", "DET", "DT"),
        ("men", 1, "dobj", "NOUN", "NNS", "man"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("will", 6, "aux", "AUX", "MD"),
        ("try", 1, "conj", "VERB", "VB", "try"),
        ("them", 6, "dobj", "PRON", "PRP"),
        ("next", 9, "amod", "ADJ", "JJ"),
        ("week", 6, "npadvmod", "NOUN", "NN"),
    ]
    doc, state, dates = _dated(parse, rows, ["O"] * 8 + ["B-DATE", "I-DATE"])
    assert event_date(doc[1], dates, state) is None


def test_a_decade_is_background_not_a_step_of_the_narrative():
    day = DateValue("1988-08-08", "day", "explicit")
    decade = DateValue("197", "decade", "explicit")
    assert not moves_narrative(decade, day)
    assert moves_narrative(decade, None)
    assert moves_narrative(DateValue("1990", "year", "explicit"), day)
    assert not moves_narrative(DateValue("2024-06-13", "day", "document-relative"), None)


def test_a_day_and_month_after_a_decade_stays_in_the_story_year(parse):
    # "The coup of 12 May 1961 ended the reforms of the 1950s. On 3 June ..."
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("coup", 6, "nsubj", "NOUN", "NN"),
        ("of", 1, "prep", "ADP", "IN"),
        ("12", 2, "pobj", "NUM", "CD"),
        ("May", 3, "npadvmod", "PROPN", "NNP"),
        ("1961", 3, "nummod", "NUM", "CD"),
        ("ended", 6, "ROOT", "VERB", "VBD", "end"),
        ("the", 8, "det", "DET", "DT"),
        ("reforms", 6, "dobj", "NOUN", "NNS", "reform"),
        ("of", 8, "prep", "ADP", "IN"),
        ("the", 11, "det", "DET", "DT"),
        ("1950s", 9, "pobj", "NUM", "CD"),
    ]
    ents = ["O"] * 3 + ["B-DATE", "I-DATE", "I-DATE"] + ["O"] * 4 + ["B-DATE", "I-DATE"]
    doc, state, dates = _dated(parse, rows, ents, doc_date=dt.date(2021, 5, 12))
    from multivector.coding.event_dates import advance_narrative

    advance_narrative(dates, state)
    assert state.narrative.iso == "1961-05-12"
    nxt = parse_date_expression("3 June", state.doc_date, state.narrative, state.last_day)
    assert nxt.iso == "1961-06-03"


def test_a_tally_in_a_period_does_not_date_the_act(parse):
    # "Seoul filed a complaint on Monday, its 5th this year."
    rows = [
        ("Seoul", 1, "nsubj", "PROPN", "NNP"),
        ("filed", 1, "ROOT", "VERB", "VBD", "file"),
        ("a", 3, "det", "DET", "DT"),
        ("complaint", 1, "dobj", "NOUN", "NN"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Monday", 4, "pobj", "PROPN", "NNP"),
        (",", 1, "punct", "PUNCT", ","),
        ("its", 8, "poss", "PRON", "PRP$"),
        ("5th", 1, "npadvmod", "NOUN", "NN"),
        ("this", 10, "det", "DET", "DT"),
        ("year", 1, "npadvmod", "NOUN", "NN"),
    ]
    ents = ["O"] * 5 + ["B-DATE", "O", "O", "B-DATE", "I-DATE", "I-DATE"]
    doc, state, dates = _dated(parse, rows, ents)
    assert [v.iso for _, v in dates] == ["2024-06-10"]
    assert event_date(doc[1], dates, state).iso == "2024-06-10"
    # "Coast guards seized the third such vessel this month" on an undated verb
    rows = [
        ("Guards", 1, "nsubj", "NOUN", "NNS", "guard"),
        ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
        ("the", 5, "det", "DET", "DT"),
        ("third", 5, "amod", "ADJ", "JJ"),
        ("such", 5, "amod", "ADJ", "JJ"),
        ("vessel", 1, "dobj", "NOUN", "NN"),
        ("this", 7, "det", "DET", "DT"),
        ("month", 5, "npadvmod", "NOUN", "NN"),
    ]
    ents = ["O", "O", "O", "B-ORDINAL", "O", "O", "B-DATE", "I-DATE"]
    doc, state, dates = _dated(parse, rows, ents)
    assert event_date(doc[1], dates, state) is None


def test_times_naming_a_day_and_relative_parts_of_days_are_dates():
    assert names_day("Sunday night") and names_day("the night of 4 March")
    assert not names_day("overnight") and not names_day("two hours later")
    assert names_day("last night") and names_day("this morning") and is_date_like("last night")
    assert is_date_like("the same afternoon") and is_date_like("the following evening")
    assert not is_date_like("the afternoon session")


def test_a_weekday_with_a_part_of_the_day_dates_the_event(coder):
    from multivector.model import Document

    texts = [  # the document is dated Wednesday 12 June 2024
        "Gunmen attacked a police post in northern Benin on Sunday night.",
        "Armed men raided a village near the Chadian border on Monday evening, witnesses said on Tuesday.",
        "Protesters stormed the parliament of Kenya on Monday afternoon.",
    ]
    docs = [Document(id=str(i), text=t, date="2024-06-12") for i, t in enumerate(texts)]
    dates = [[e.date for e in c.events] for c in coder.code_documents(docs)]
    assert all(ds for ds in dates), dates
    assert all(d == "2024-06-09" for d in dates[0])
    assert all(d == "2024-06-10" for d in dates[1] + dates[2])


def test_a_date_opening_a_period_to_the_present_is_not_the_narrative(parse):
    # "Militias have displaced thousands since 2016." then "In March ..." in a 2023 article
    rows = [
        ("Militias", 2, "nsubj", "NOUN", "NNS", "militia"),
        ("have", 2, "aux", "AUX", "VBP"),
        ("displaced", 2, "ROOT", "VERB", "VBN", "displace"),
        ("thousands", 2, "dobj", "NOUN", "NNS", "thousand"),
        ("since", 2, "prep", "ADP", "IN"),
        ("2016", 4, "pobj", "NUM", "CD"),
    ]
    from multivector.coding.event_dates import advance_narrative

    doc, state, dates = _dated(parse, rows, ["O"] * 5 + ["B-DATE"], doc_date=dt.date(2023, 9, 1))
    advance_narrative(dates, state)
    assert state.narrative is None
    nxt = parse_date_expression("March", state.doc_date, state.narrative, state.last_day)
    assert nxt.iso == "2023-03"
    # the same year under "in" is a step of the story: "In 2016 ..." then "In March" is 2016's
    rows[4] = ("in", 2, "prep", "ADP", "IN")
    doc, state, dates = _dated(parse, rows, ["O"] * 5 + ["B-DATE"], doc_date=dt.date(2023, 9, 1))
    advance_narrative(dates, state)
    assert state.narrative.iso == "2016"


def test_a_day_number_left_outside_a_month_entity_is_read_with_it(parse):
    # "On the eve of 9 April 1940, German troops crossed the border." (entity "April 1940")
    rows = [
        ("On", 9, "prep", "ADP", "IN"),
        ("the", 2, "det", "DET", "DT"),
        ("eve", 0, "pobj", "NOUN", "NN"),
        ("of", 2, "prep", "ADP", "IN"),
        ("9", 5, "nummod", "NUM", "CD"),
        ("April", 3, "pobj", "PROPN", "NNP"),
        ("1940", 5, "nummod", "NUM", "CD"),
        ("German", 8, "amod", "ADJ", "JJ"),
        ("troops", 9, "nsubj", "NOUN", "NNS", "troop"),
        ("crossed", 9, "ROOT", "VERB", "VBD", "cross"),
    ]
    ents = ["O"] * 5 + ["B-DATE", "I-DATE", "O", "O", "O"]
    doc, state, dates = _dated(parse, rows, ents)
    assert event_date(doc[9], dates, state).iso == "1940-04-09"
    # "the 3rd March 2011 ..." and a count that is no day ("40 May 1999" is not a date)
    rows = [("the", 1, "det", "DET", "DT"), ("3rd", 2, "amod", "ADJ", "JJ"),
            ("March", 2, "ROOT", "PROPN", "NNP"), ("2011", 2, "nummod", "NUM", "CD")]  # fmt: skip
    doc, state, dates = _dated(parse, rows, ["O", "O", "B-DATE", "I-DATE"])
    assert [v.iso for _, v in dates] == ["2011-03-03"]
    rows[1] = ("40", 2, "nummod", "NUM", "CD")
    doc, state, dates = _dated(parse, rows, ["O", "O", "B-DATE", "I-DATE"])
    assert [v.iso for _, v in dates] == ["2011-03"]


def _temporal(parse, mark: str):
    # "<mark> the result was announced on Monday, crowds stormed the office."
    rows = [
        (mark, 4, "mark", "SCONJ", "IN"),
        ("the", 2, "det", "DET", "DT"),
        ("result", 4, "nsubjpass", "NOUN", "NN"),
        ("was", 4, "auxpass", "AUX", "VBD"),
        ("announced", 9, "advcl", "VERB", "VBN", "announce"),
        ("on", 4, "prep", "ADP", "IN"),
        ("Monday", 5, "pobj", "PROPN", "NNP"),
        (",", 9, "punct", "PUNCT", ","),
        ("crowds", 9, "nsubj", "NOUN", "NNS", "crowd"),
        ("stormed", 9, "ROOT", "VERB", "VBD", "storm"),
        ("the", 11, "det", "DET", "DT"),
        ("office", 9, "dobj", "NOUN", "NN"),
    ]
    ents = ["O"] * 6 + ["B-DATE"] + ["O"] * 5
    return _dated(parse, rows, ents)


def test_an_undated_clause_takes_the_date_of_its_temporal_clause(parse):
    for mark in ("After", "When", "As"):
        doc, state, dates = _temporal(parse, mark)
        assert event_date(doc[9], dates, state).iso == "2024-06-10", mark
    doc, state, dates = _temporal(parse, "Although")  # a concession sets no time
    assert event_date(doc[9], dates, state) is None
    doc, state, dates = _temporal(parse, "Before")  # the act came earlier
    assert event_date(doc[9], dates, state) is None


def _history(parse, first_how: str, tag: str = "VBD"):
    """A text whose first dated sentence gave a date of 1962 (``first_how``), then
    "Rebels seized the port." (``tag``: the verb's tense)."""
    from multivector.coding.event_dates import advance_narrative

    rows = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("seized", 1, "ROOT", "VERB", tag, "seize"),
        ("the", 3, "det", "DET", "DT"),
        ("port", 1, "dobj", "NOUN", "NN"),
    ]
    doc, state, _ = _dated(parse, rows, ["O"] * 4, doc_date=dt.date(2022, 5, 2))
    first = [(doc[0:1], DateValue("1962-07", "month", "explicit"))]
    if first_how == "document-relative":
        first.append((doc[3:4], DateValue("2022-04-29", "day", "document-relative")))
    advance_narrative(first, state)
    return doc, state


def test_an_undated_past_clause_of_a_history_text_keeps_the_story_date(parse):
    doc, state = _history(parse, "explicit")
    assert state.history is True
    assert event_date(doc[1], [], state).iso == "1962-07"
    # a news story that opens on the reporting day, with background: the document's date (the
    # sentence before gave two dates, so no one date carries on)
    doc, state = _history(parse, "document-relative")
    assert state.history is False
    assert event_date(doc[1], [], state) is None
    state.previous_date = DateValue("2022-04-29", "day", "document-relative")
    assert event_date(doc[1], [], state).iso == "2022-04-29"  # it gave one: that one
    # the present tense is the writer's time, not the story's
    doc, state = _history(parse, "explicit", tag="VBZ")
    assert event_date(doc[1], [], state) is None


def test_an_act_of_last_night_is_dated_the_day_before(rules_coder):
    """spaCy calls "last night" a TIME; it still dates the act."""
    from multivector.model import Document

    doc = Document(
        id="d",
        text="Peruvian police freed the kidnapped mayor and his aides last night.",
        date=dt.date(2019, 5, 20),
    )
    events = next(iter(rules_coder.code_documents([doc]))).events
    assert events and {str(e.date) for e in events} == {"2019-05-19"}


def _dates_of(coder, text: str, day: dt.date) -> dict[str, str]:
    from multivector.model import Document

    coded = next(iter(coder.code_documents([Document(id="d", text=text, date=day)])))
    return {e.to_dict()["verb"]: str(e.date) for e in coded.events}


def test_an_act_with_no_date_of_its_own_takes_the_one_day_its_sentence_gives(rules_coder):
    wed = dt.date(2018, 3, 14)
    got = _dates_of(
        rules_coder,
        "Syrian rebels shelled Turkish border posts on Sunday, and Turkish jets bombed their camps "
        "near the river, officials said.",
        wed,
    )
    assert got.get("shelled") == "2018-03-11" and got.get("bombed") == "2018-03-11"
    # two days in the sentence: no guess
    from multivector.coding.event_dates import DAY_PRECISION, sentence_date

    doc = rules_coder.nlp("Rebels attacked the post on Sunday and the police arrested six on Monday.")
    dates = [(e, parse_date_expression(e.text, wed)) for e in doc.ents if e.label_ == "DATE"]
    assert len(dates) == 2 and sentence_date(dates, wed, DAY_PRECISION) is None
    assert sentence_date(dates[:1], wed, DAY_PRECISION).iso == "2018-03-11"
    assert sentence_date(dates[:1], dt.date(2018, 3, 10), DAY_PRECISION) is None  # after the document's date
    # a modal clause keeps its date to itself
    got = _dates_of(
        rules_coder, "Kenyan police arrested the governor, who will appear in court on Friday.", wed
    )
    assert got.get("arrested") == "2018-03-14"


def test_an_undated_act_in_news_continues_the_day_the_story_last_gave(rules_coder):
    text = (
        "Syrian rebels shelled Turkish border posts on Sunday, the army said. "
        "Turkish jets bombed their camps near the river. "
        "Turkey's foreign minister will visit Damascus next month."
    )
    got = _dates_of(rules_coder, text, dt.date(2018, 3, 14))
    assert got.get("shelled") == "2018-03-11" and got.get("bombed") == "2018-03-11"
    # the present tense and the future are the writer's time, not the story's
    got = _dates_of(
        rules_coder,
        "Syrian rebels shelled Turkish border posts on Sunday. Turkey accuses Syria of arming them.",
        dt.date(2018, 3, 14),
    )
    assert got.get("shelled") == "2018-03-11" and got.get("accuses") == "2018-03-14"
