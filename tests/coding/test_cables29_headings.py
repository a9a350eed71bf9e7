"""Diplomatic cables (coding/speakers.py, actors/data/countries.yaml).

- The government abbreviations of cables are the government: "HMG" (the UK), "USG" (the US),
  "GOI" and "MEA" (India).
- A cable's heading names its sender: a sending post as its first word ("AMEMBASSY X 12."), or
  the ministry a "FM X TO Y" line writes to; the cable's "I" and "we" are that sender's
  government. A text with no such heading gives its "I" no actor.

The texts are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events

from multivector.coding.speakers import cable_sender


def test_government_abbreviations_are_the_government(rules_coder):
    events = _events(rules_coder, "HMG has suspended its aid to Chile. GOI condemned Norway.")
    assert any(e[0] == "GBRGOV" and e[1] == "CHL" for e in events)
    assert any(e[0] == "INDGOV" and e[1] == "NOR" for e in events)
    assert any(e[0] == "USAGOV" for e in _events(rules_coder, "USG condemned Peru on Monday."))
    assert any(e[0] == "INDGOV" for e in _events(rules_coder, "MEA condemned Peru on Monday."))


def test_a_from_line_names_the_ministry_the_post_writes_to(rules_coder):
    text = "FM LIMA TO FCO. TELNO 77 OF 3 MAY 1979. CONFIDENTIAL.\n\nI urged the Peruvian Government to release the prisoners."
    assert any(e[0] == "GBRGOV" and e[1] == "PERGOV" for e in _events(rules_coder, text))


def test_a_sending_post_opens_the_heading(rules_coder):
    text = "AMEMBASSY LIMA 412. 3 MAY 1979. SECRET.\n\nWe urged the Peruvian Government to release the prisoners."
    assert any(e[0] == "USAGOV" and e[1] == "PERGOV" for e in _events(rules_coder, text))


def test_no_heading_no_sender(rules_coder):
    text = "Lima, May 3.\n\nI urged the Peruvian Government to release the prisoners."
    assert not any(e[0] in ("GBRGOV", "USAGOV") for e in _events(rules_coder, text))


def test_cable_sender_wants_a_heading_line(blank_nlp):
    doc = blank_nlp("From the start of the talks to the end , Peru refused .")
    assert cable_sender(doc, 0, len(doc)) is None  # prose, not a heading in capitals
    doc = blank_nlp("FM OSLO TO FCO . TELNO 9 .")
    assert cable_sender(doc, 0, len(doc)) == 3
    doc = blank_nlp("AMCONSUL BERGEN 55 .")
    assert cable_sender(doc, 0, len(doc)) == 0
