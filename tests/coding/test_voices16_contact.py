"""Verbs of contact: "talked to" a counterpart is a consultation (CAMEO 040), by telephone 041;
"spoke with" and "spoke to" a counterpart are read as calls, 041 (rules36: the news's usual
sense, and the gold's); "spoke to reporters" names an audience and gives nothing.

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def test_speaking_with_a_counterpart_is_a_call(rules_coder):
    text = "Kazakh President Kassym-Jomart Tokayev spoke with Chinese leader Xi Jinping on Monday."
    assert ("KAZGOV", "CHNGOV", "041") in _events(rules_coder, text)
    text = "Kazakh President Kassym-Jomart Tokayev has spoken to President Vladimir Putin."
    assert ("KAZGOV", "RUSGOV", "041") in _events(rules_coder, text)


def test_speaking_to_a_counterpart_by_telephone_is_a_call(rules_coder):
    text = "Kyrgyz President Sadyr Japarov talked to Uzbek President Shavkat Mirziyoyev by phone."
    assert ("KGZGOV", "UZBGOV", "041") in _events(rules_coder, text)


def test_speaking_to_reporters_is_no_event(rules_coder):
    text = "Kazakh President Kassym-Jomart Tokayev spoke to reporters in Astana on Monday."
    assert _events(rules_coder, text) == set()


def test_a_first_person_call_in_a_transcript_is_the_speakers(rules_coder):
    text = (
        "Press conference in Tallinn, 27 December 2024 (edited transcript).\n\n"
        "Foreign Minister Margus Tsahkna: I spoke yesterday with Finnish Foreign Minister "
        "Elina Valtonen.\n"
    )
    events = _events(rules_coder, text, date="2024-12-27")
    assert any(s == "ESTGOV" and t.startswith("FIN") and c == "041" for s, t, c in events)


def test_speaking_to_a_body_or_the_nation_is_an_address(rules_coder):
    text = "Kyrgyz President Sadyr Japarov spoke to the UN General Assembly on Tuesday."
    assert ("KGZGOV", "IGOUNO", "010") in _events(rules_coder, text)
    text = "Kazakh President Kassym-Jomart Tokayev spoke to the nation on television."
    assert not any(c.startswith("04") for _, _, c in _events(rules_coder, text))
