"""Transcripts with speaker labels (coding/transcripts.py, coding/voices.py).

- A line opened by a label of at most six upper- or title-case words and a colon, perhaps with
  an affiliation in parentheses, is a turn; a text is a transcript when two lines are, one of
  them a questioner's or one label coming back.
- The first person of an answer is the one who answers: the actor the label names, else the
  role it names of the country of the heading (named by its capital, adjective or name);
  "you" in a question's statement is the one who answers next; the questioner's own "we"
  and the answers of a transcript with no heading name no one.

The transcripts are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.transcripts import labelled_lines, parse_label
from multivector.coding.voices import find_voices


@pytest.mark.parametrize(
    ("line", "words", "asks", "mark"),
    [
        ("SPOKESMAN: Yes.", ("SPOKESMAN",), False, False),
        ("QUESTION (state radio): Can you confirm it?", ("QUESTION",), True, False),
        ("Q: What next?", ("Q",), True, False),
        ("A: We will see.", ("A",), False, True),
        (
            "Spokesperson Mao Ning: The talks went well.",
            ("Spokesperson", "Mao", "Ning"),
            False,
            False,
        ),
        ("  Reporter (Daily Planet): A question.", ("Reporter",), True, False),
        ("MR. HALE: Thank you.", ("MR.", "HALE"), False, False),
        (
            "Minister of Foreign Affairs: We agree.",
            ("Minister", "of", "Foreign", "Affairs"),
            False,
            False,
        ),
        ("The Secretary: Good morning.", ("The", "Secretary"), False, False),
        ("HOST:", ("HOST",), True, False),
    ],
)
def test_a_speakers_label_is_read(line, words, asks, mark):
    label = parse_label(line)
    assert label is not None
    assert (label.words, label.asks, label.mark) == (words, asks, mark)
    assert line[label.body - 1] == ":"
    assert line[: label.words_end].split() == list(words)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said: we will not pay.",  # a sentence, not a label
        "President Kato told reporters in Kampala on Monday: no.",  # lower-case words
        "At 10:30 the talks began.",  # a digit
        "One Two Three Four Five Six Seven: too long.",
        "Talks (first round) Resumed: a heading.",  # parentheses inside the words
        ": nothing before the colon",
        "No colon in this line",
    ],
)
def test_other_lines_are_not_labels(line):
    assert parse_label(line) is None


def test_a_transcript_needs_a_questioner_or_a_label_that_comes_back():
    roundup = "Regional news\n\nKenya: rains came.\n\nUganda: the roads are open.\n"
    assert labelled_lines(roundup) == []
    assert labelled_lines("Note: one label only.\n") == []
    asked = "QUESTION: Why?\n\nSPOKESMAN: Because.\n"
    assert [label.words for _, label in labelled_lines(asked)] == [("QUESTION",), ("SPOKESMAN",)]
    hearing = "CHAIR: Order.\n\nSENATOR VOSS: Thank you.\n\nCHAIR: Go on.\n"
    assert len(labelled_lines(hearing)) == 3


def test_an_answer_speaks_for_its_label_and_a_question_addresses_the_next(parse):
    # "Briefing \n QUESTION : You met Chile . \n SPOKESMAN : We met Peru ."
    doc = parse(
        [
            ("Briefing", 0, "ROOT", "NOUN", "NN"),
            ("\n", 0, "dep", "SPACE", "_SP"),
            ("QUESTION", 5, "npadvmod", "NOUN", "NN"),
            (":", 5, "punct", "PUNCT", ":"),
            ("You", 5, "nsubj", "PRON", "PRP", "you"),
            ("met", 5, "ROOT", "VERB", "VBD", "meet"),
            ("Chile", 5, "dobj", "PROPN", "NNP"),
            (".", 5, "punct", "PUNCT", "."),
            ("\n", 7, "dep", "SPACE", "_SP"),
            ("SPOKESMAN", 12, "npadvmod", "PROPN", "NNP"),
            (":", 12, "punct", "PUNCT", ":"),
            ("We", 12, "nsubj", "PRON", "PRP", "we"),
            ("met", 12, "ROOT", "VERB", "VBD", "meet"),
            ("Peru", 12, "dobj", "PROPN", "NNP"),
            (".", 12, "punct", "PUNCT", "."),
        ]
    )
    voices = find_voices(doc)
    assert voices.speaker(doc[11]).i == 9  # "We" is the spokesman
    assert voices.speaker(doc[4]).i == 9  # the question's "You" too
    assert voices.labels[9] == (9, 10, 11)  # the label's words and the tokens up to its turn
    assert voices.heading == (0, 1)  # the first line
    assert voices.speaker(doc[0]) is None


BRIEFING = """Weekly press briefing of the foreign ministry spokeswoman, {place}, Tuesday

QUESTION (Daily Planet): Traders say the border is closed. Did you meet the Tanzanian envoy?

SPOKESWOMAN: We have asked Uganda to mediate. I met the Tanzanian ambassador last week.

QUESTION: The opposition says you accused Ethiopia of spying.

SPOKESWOMAN: That is not true.
"""


@pytest.mark.slow
@pytest.mark.parametrize("place", ["Nairobi", "Kenya"])
def test_a_spokeswoman_speaks_for_the_country_of_the_heading(coder, place):
    events = _events(coder, BRIEFING.format(place=place))
    assert ("KENGOV", "UGA", "028") in events
    assert ("KENGOV", "TZAGOV", "040") in events  # the answer's meeting, not the question's
    assert [e for e in events if e[2] == "040"] == [("KENGOV", "TZAGOV", "040")]
    assert any(s == "KENGOV" and t == "ETH" and c.startswith("112") for s, t, c in events)


@pytest.mark.slow
def test_a_role_label_under_a_heading_naming_the_ministry_by_adjective(coder):
    text = (
        "Transcript of a press conference by the Ghanaian foreign minister\n\n"
        "Reporter (Wire Service): Farmers across the border lost their harvest. We met "
        "Togolese farmers yesterday.\n\n"
        "THE MINISTER: We have asked Nigeria to mediate. I met Togo's envoy on Monday.\n"
    )
    events = _events(coder, text)
    assert ("GHAGOV", "NGA", "028") in events
    assert ("GHAGOV", "TGOGOV", "040") in events
    assert not any(t and t.startswith("TGO") and c == "040" and s != "GHAGOV" for s, t, c in events)


@pytest.mark.slow
def test_a_role_label_under_a_heading_naming_the_country(coder):
    text = (
        "Answers of the spokesperson of the Ministry of Foreign Affairs of Peru to the press\n\n"
        "Q: What is the state of the talks?\n\n"
        "SPOKESPERSON: We have asked Brazil to mediate. I met the Bolivian ambassador on Friday.\n"
    )
    events = _events(coder, text)
    assert ("PERGOV", "BRA", "028") in events
    assert ("PERGOV", "BOLGOV", "040") in events


@pytest.mark.slow
def test_a_named_label_speaks_for_its_holder_whatever_the_heading(coder):
    text = (
        "Press conference in Ankara, Friday\n\n"
        "QUESTION: Where do the talks stand?\n\n"
        "Foreign Minister Sergey Lavrov: We have asked Egypt to mediate. I met the Iranian "
        "ambassador on Friday.\n"
    )
    events = _events(coder, text)
    assert ("RUSGOV", "EGY", "028") in events
    assert ("RUSGOV", "IRNGOV", "040") in events
    assert not any(s.startswith("TUR") for s, _t, _c in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        (  # no heading: the spokesman of no known country
            "QUESTION: Where do the talks stand?\n\n"
            "SPOKESMAN: We have asked Uganda to mediate. I met the Tanzanian ambassador.\n"
        ),
        (  # a round-up, not a transcript: the paper's "we"
            "Regional round-up, Tuesday\n\n"
            "Kenya: We have asked Uganda to mediate.\n\n"
            "Tanzania: Traders met the Rwandan ambassador on Friday.\n"
        ),
    ],
)
def test_an_unattributable_first_person_stays_unresolved(coder, text):
    events = _events(coder, text)
    assert not any(t and (t.startswith("UGA") or t.startswith("TZA")) for _s, t, _c in events)


@pytest.mark.slow
def test_the_later_pieces_of_a_long_transcript_keep_the_headings_country(coder, monkeypatch):
    turns = "QUESTION: Will the talks go on?\n\nSPOKESWOMAN: I met the Tanzanian ambassador.\n\n"
    text = (
        "Weekly press briefing of the foreign ministry spokeswoman, Nairobi, Tuesday\n\n"
        + turns * 6
        + "QUESTION: And Uganda?\n\nSPOKESWOMAN: We have asked Uganda to mediate.\n"
    )
    monkeypatch.setattr(coder, "max_chunk", 300)  # the last turns come in a piece of their own
    assert len(text) > 2 * 300
    assert ("KENGOV", "UGA", "028") in _events(coder, text)


ABOUT = """{heading}

QUESTION: Where do the talks stand?

SPOKESWOMAN: We have asked Uganda to mediate.
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("heading", "source"),
    [
        # the owner of the briefing, not the country of the talks it is about
        ("Briefing on the talks with Japan by the Kenyan foreign ministry spokeswoman", "KENGOV"),
        # only the country of a visit: no owner named, no one speaks
        ("Press briefing by the foreign ministry spokeswoman on the visit to Japan", None),
    ],
)
def test_the_heading_names_the_owner_of_the_briefing(coder, heading, source):
    events = _events(coder, ABOUT.format(heading=heading))
    found = {s for s, t, c in events if t == "UGA" and c == "028"}
    assert found == ({source} if source else set())
