"""speed25: the modules split out of phrases.py and event_dates.py, and the syntax helpers that now
read the token index (hand-built parses; invented sentences)."""

from __future__ import annotations

from multivector.coding import phrase_notes, phrase_owners
from multivector.coding.based import based_places
from multivector.coding.date_intervals import interval, shifted
from multivector.coding.date_owners import date_owner, fronted, names_a_thing, opens_period
from multivector.coding.dates import DateValue
from multivector.coding.phrases import PhraseResolver
from multivector.coding.titles import styled_person
from multivector.coding.token_index import TokenIndex


def test_resolver_methods_live_in_their_modules():
    """The methods moved out of phrases.py are still the resolver's methods."""
    assert PhraseResolver.modifier_actors is phrase_owners.modifier_actors
    assert PhraseResolver.note_until is phrase_notes.note_until
    assert PhraseResolver.may_name_actor is phrase_notes.may_name_actor


def _fronted_date(parse):
    # "On Monday crowds marched ." / "They left since 2019 ."
    return parse(
        [
            ("On", 3, "prep", "ADP", "IN"),
            ("Monday", 0, "pobj", "PROPN", "NNP"),
            ("crowds", 3, "nsubj", "NOUN", "NNS"),
            ("marched", 3, "ROOT", "VERB", "VBD"),
            (".", 3, "punct", "PUNCT", "."),
            ("They", 6, "nsubj", "PRON", "PRP"),
            ("left", 6, "ROOT", "VERB", "VBD"),
            ("since", 6, "prep", "ADP", "IN"),
            ("2019", 7, "pobj", "NUM", "CD"),
            (".", 6, "punct", "PUNCT", "."),
        ],
        ents=["O", "B-DATE", "O", "O", "O", "O", "O", "O", "B-DATE", "O"],
    )


def test_fronted_date_and_period(parse):
    """A date after a sentence-opening preposition is fronted; one after "since" opens a period;
    neither names a thing; each is owned by its verb."""
    doc = _fronted_date(parse)
    monday, year = doc.ents
    assert fronted(monday) and not fronted(year)
    assert opens_period(year) and not opens_period(monday)
    assert not names_a_thing(monday)
    assert date_owner(monday).text == "marched"
    assert date_owner(year).text == "left"


def test_fronted_needs_the_sentence_start(parse):
    """A preposition before a date that is not its sentence's first word fronts nothing."""
    doc = parse(
        [
            ("Talks", 1, "nsubj", "NOUN", "NNS"),
            ("ended", 1, "ROOT", "VERB", "VBD"),
            ("in", 1, "prep", "ADP", "IN"),
            ("May", 2, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=["O", "O", "O", "B-DATE", "O"],
    )
    assert not fronted(doc.ents[0])


def test_interval_and_shift(parse):
    """"two days after they signed": two days back from the clause it hangs on."""
    doc = parse(
        [
            ("They", 1, "nsubj", "PRON", "PRP"),
            ("met", 1, "ROOT", "VERB", "VBD"),
            ("two", 3, "nummod", "NUM", "CD"),
            ("days", 4, "npadvmod", "NOUN", "NNS"),
            ("after", 6, "mark", "SCONJ", "IN"),
            ("we", 6, "nsubj", "PRON", "PRP"),
            ("signed", 1, "advcl", "VERB", "VBD"),
        ]
    )
    step = interval(doc[6])
    assert step == (-1, 2, "day")
    assert shifted(DateValue("2020-03-10", "day", "absolute"), step).iso == "2020-03-08"


def _based(parse, place: str):
    # "a <place>-based firm"
    return parse(
        [
            ("a", 4, "det", "DET", "DT"),
            (place, 3, "npadvmod", "PROPN", "NNP"),
            ("-", 3, "punct", "PUNCT", "HYPH"),
            ("based", 4, "amod", "VERB", "VBN"),
            ("firm", 4, "ROOT", "NOUN", "NN"),
        ]
    )


def test_based_places(parse):
    """The capitalised place before "-based" is the firm's; a lower-case word is no place."""
    doc = _based(parse, "Ohio")
    assert [t.text for t in based_places(doc[4])] == ["Ohio"]
    assert based_places(_based(parse, "land")[4]) == []
    assert based_places(doc[4], lambda n: "NGO") == []  # a stateless body is based nowhere


def test_styled_person(parse):
    """"His Highness, the Emir": the style stands for its apposition; a plain noun for nothing."""
    doc = parse(
        [
            ("His", 1, "poss", "PRON", "PRP$"),
            ("Highness", 1, "ROOT", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","),
            ("the", 4, "det", "DET", "DT"),
            ("Emir", 1, "appos", "PROPN", "NNP"),
        ]
    )
    assert [t.text for t in styled_person(doc[1])] == ["Emir"]
    assert styled_person(doc[4]) == []


def test_token_index_heads(parse):
    """Heads read from the array as Token.head has them, left and right of the token."""
    doc = _fronted_date(parse)
    assert TokenIndex(doc).head == [t.head.i for t in doc]


def test_date_owner_worked_out_once_per_parse(parse):
    """The owner of a date is kept with the parse's index, and read again once it is released
    (a mended parse)."""
    from multivector.coding.token_index import release, token_index

    doc = _fronted_date(parse)
    year = doc.ents[1]
    assert date_owner(year).text == "left"
    assert token_index(doc).memo["date_owner"][year.start, year.end].text == "left"
    release(doc)
    assert "date_owner" not in token_index(doc).memo
    assert date_owner(year).text == "left" and not names_a_thing(year)
