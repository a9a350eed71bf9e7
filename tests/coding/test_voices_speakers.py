"""Whose voice a first- or second-person pronoun is (coding/voices.py), and short names.

- "we", "our", "I" inside a quotation are its speaker, named after it ('..." the minister
  said'), before it ('The minister said: "..."'), or by an earlier quotation of the same
  paragraph; a quotation no one is named for gives no actor.
- In a question-and-answer interview, "we"/"I" of an answer is the interviewee the
  introduction names ("X spoke to us"), "you" in a question's statement too; a question that
  asks ("Did you ...?") reports no act.
- "the Fund" after "the IMF" is the IMF (the last word of an organisation's name).
- "auditor-general" is a civil office, not a military general.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.voices import find_voices


def _quoted(parse, after: bool):
    # '" We met Chile , " the minister said .' or 'The minister said : " We met Chile . "'
    if after:
        return parse(
            [
                ('"', 2, "punct", "PUNCT", "``"),
                ("We", 2, "nsubj", "PRON", "PRP", "we"),
                ("met", 8, "ccomp", "VERB", "VBD", "meet"),
                ("Chile", 2, "dobj", "PROPN", "NNP"),
                (",", 8, "punct", "PUNCT", ","),
                ('"', 8, "punct", "PUNCT", "''"),
                ("the", 7, "det", "DET", "DT"),
                ("minister", 8, "nsubj", "NOUN", "NN"),
                ("said", 8, "ROOT", "VERB", "VBD", "say"),
                (".", 8, "punct", "PUNCT", "."),
            ]
        )
    return parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("minister", 2, "nsubj", "NOUN", "NN"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            (":", 2, "punct", "PUNCT", ":"),
            ('"', 5, "punct", "PUNCT", "``"),
            ("We", 6, "nsubj", "PRON", "PRP", "we"),
            ("met", 2, "ccomp", "VERB", "VBD", "meet"),
            ("Chile", 6, "dobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", "."),
            ('"', 2, "punct", "PUNCT", "''"),
        ]
    )


def test_the_speaker_of_a_quotation_is_named_after_or_before_it(parse):
    doc = _quoted(parse, after=True)
    assert find_voices(doc).speaker(doc[1]).text == "minister"
    doc = _quoted(parse, after=False)
    assert find_voices(doc).speaker(doc[5]).text == "minister"


def test_a_quotation_with_no_speaker_and_words_outside_quotations_have_no_voice(parse):
    # '" We met Chile , " the minister wrote in a note' has "wrote" (a speech verb): compare a
    # headline, '" We met Chile " : the minister on talks', with no verb
    doc = parse(
        [
            ('"', 2, "punct", "PUNCT", "``"),
            ("We", 2, "nsubj", "PRON", "PRP", "we"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"),
            ("Chile", 2, "dobj", "PROPN", "NNP"),
            ('"', 2, "punct", "PUNCT", "''"),
            (":", 2, "punct", "PUNCT", ":"),
            ("the", 7, "det", "DET", "DT"),
            ("minister", 2, "appos", "NOUN", "NN"),
        ]
    )
    assert find_voices(doc).speaker(doc[1]) is None
    doc = parse(
        [
            ("We", 1, "nsubj", "PRON", "PRP", "we"),
            ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("Chile", 1, "dobj", "PROPN", "NNP"),
        ]
    )
    assert find_voices(doc).speaker(doc[0]) is None  # the paper's own "we"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quotation over two sentences, its speaker named in the second
            'The talks ended on Monday. "We are ready to help. Our engineers will arrive soon. '
            "We met Ghana's envoy yesterday,\" the Nigerian foreign minister said.",
            ("NGAGOV", "GHAGOV", "040"),
        ),
        (  # a second quotation of the same paragraph continues the first speaker's words
            'Chilean President Gabriel Boric spoke on Friday. "The tariffs must go," he said. '
            '"We will ask Peru to lift them."',
            ("CHLGOV", "PER", "020"),
        ),
        (  # the speaker named before the quotation
            'The Vietnamese defence minister told reporters: "We condemned the Chinese '
            'manoeuvres."',
            ("VNMMIL", "CHN", "111"),
        ),
    ],
)
def test_first_person_in_a_quotation_is_its_speaker(rules_coder, text, expected):
    # the rules alone: the speaker is the rules' finding, the classifier may refine the code
    assert expected in _events(rules_coder, text)


@pytest.mark.slow
def test_an_unattributed_first_person_gives_no_event(coder):
    events = _events(coder, "Talks ended on Monday. We met Ghana's envoy in Accra.")
    assert not any(target == "GHAGOV" for _s, target, _c in events)


INTERVIEW = """Kenya's trade minister spoke to us in Nairobi on Monday.

Q: Where do the talks stand? Did you meet the Tanzanian envoy?

A: We have asked Uganda to mediate. I met the Tanzanian ambassador last week.

Q: Critics say you insulted Ethiopia.

A: We reached an agreement with the Fund in March. Q is a letter.
"""


@pytest.mark.slow
def test_an_interview_answer_speaks_for_the_interviewee(coder):
    events = _events(coder, INTERVIEW.replace("the Fund", "the IMF"))
    assert ("KENGOV", "UGA", "028") in events
    assert ("KENGOV", "TZAGOV", "040") in events
    assert ("KENGOV", "IGOBUSIMF", "057") in events


@pytest.mark.slow
def test_a_question_that_asks_reports_no_act(coder):
    events = _events(coder, INTERVIEW)
    # "Did you meet the Tanzanian envoy?" is asked, not told; the answer's meeting is coded
    assert [e for e in events if e[2] == "040"] == [("KENGOV", "TZAGOV", "040")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana joined the International Monetary Fund in 1957. In 2022 the Fund lent "
            "Ghana $3 billion, and Ghana thanked the Fund.",
            ("GHA", "IGOBUSIMF", "051"),
        ),
        (
            "Peru asked the IMF for help on Monday. Peru signed a deal with the Fund on Friday.",
            ("PER", "IGOBUSIMF", "057"),
        ),
    ],
)
def test_the_last_word_of_an_organisation_name_stands_for_it(coder, text, expected):
    assert expected in _events(coder, text)


def test_a_hyphenated_civil_office_is_not_the_military(coder):
    doc = coder.nlp("The auditor-general and the governor-general met.")
    lexicon = coder.lexicon
    codes = {t.text: lexicon.agent_code(t) for t in doc if t.lower_ == "general"}
    assert codes == {"general": "GOV"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Uganda was mentioned in the report. "We have asked parliament to investigate the '
            'contracts," the Kenyan president said on Monday.',
            ("KENGOV", "KENLEG", "020"),
        ),
        (
            'Thailand protested on Friday. "I have ordered the army to stay in its barracks," '
            "the Cambodian prime minister told reporters.",
            ("KHMGOV", "KHMMIL", "10"),
        ),
        (
            "Kenya's trade minister spoke to us on Monday about Uganda.\n\nQ: What next?\n\n"
            "A: We have asked the auditor-general to examine the contracts.",
            ("KENGOV", "KENGOV", None),
        ),
    ],
)
def test_an_unowned_state_organ_in_a_speakers_words_is_their_own(coder, text, expected):
    source, target, code = expected
    events = _events(coder, text)
    if code is None:  # the speaker's own office: no event aimed at another country's
        assert not any(t and not t.startswith("KEN") for s, t, _c in events if s == source)
    else:
        assert any(s == source and t == target and c.startswith(code) for s, t, c in events)
