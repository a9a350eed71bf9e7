"""Session 56's dictionary entries, one table: each case is a sentence written for these tests
and the source and target one of its events must carry, with a code prefix.

- ``verbs.yaml`` 030: an assurance given to another ("assured the Americans that ...",
  "reassured Washington") is an intent to cooperate aimed at the one assured.
- ``verbs.yaml`` 062: another's aircraft, warships or troops let refuel, dock or use one's
  bases or airspace are basing and transit rights granted to their state.
- ``verbs.yaml`` 071: money contributed is given, as money donated is ("would contribute 3
  million euros": an intention, 0331).
- ``verbs.yaml`` 183: a bomb that tears or rips through a place has exploded there.
- ``verbs.yaml`` 173 and ``abduction_verbs``: people dragged away, from their homes or into a
  car are seized (by an armed group: abducted, 181).
- ``verbs.yaml`` 100: demands handed over, or a list of them ("handed Qatar a list of 13
  demands"), are demands, not intelligence shared.
- ``verbs.yaml`` 191: a building or a territory ringed by troops or police is cordoned off.
- ``verbs.yaml`` 073: the wounded, the sick, patients and other civilians treated are given
  medical relief.
- ``verbs.yaml`` 201 and the ``CIVILIAN`` class: families are unarmed people, so families
  driven from their homes or evicted are expelled as civilians; eviction is expulsion.

The model's lemmatizer reads "bases" as the plural of "basis": ``lemma_exceptions`` gives it
"base", so the dictionary's bases seized, handed over or abandoned are found.

Every case fails at the session's start commit (13ec9a5a).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow

CASES = [
    ("Bombs ripped through four commuter trains in Madrid.", "2004-03-12", ("ESP", "ESP", "183")),
    (
        "Soviet troops dragged away about two dozen young Lithuanians.",
        "1990-03-28",
        ("USR", "LTU", "173"),
    ),
    ("Spain contributed 3 million euros to Colombia.", "2023-06-20", ("ESP", "COL", "071")),
    (
        "Portugal allowed the American planes to refuel at Lajes.",
        "1973-10-14",
        ("PRT", "USA", "062"),
    ),
    ("Oman allowed British warships to dock at Muscat.", "1990-08-20", ("OMN", "GBR", "062")),
    ("Saudi Arabia handed Qatar a list of 13 demands.", "2017-06-23", ("SAU", "QAT", "100")),
    (
        "An Indian medical team has been treating wounded civilians in Trincomalee.",
        "2009-04-20",
        ("IND", "LKA", "073"),
    ),
    (
        "Kenya's foreign minister assured the Americans that there would be no Chinese base.",
        "2022-04-20",
        ("KEN", "USA", "030"),
    ),
    ("Hanoi reassured Beijing on Monday.", "2014-05-19", ("VNM", "CHN", "030")),
    ("Indian troops ringed the Chinese embassy.", "1967-06-20", ("IND", "CHN", "191")),
    (
        "Ugandan soldiers evicted several hundred Asian families.",
        "1972-09-06",
        ("UGA", "UGA", "201"),
    ),
    (
        "Kyrgyz attackers forced Uzbek families out at gunpoint.",
        "2010-06-14",
        ("KGZ", "", "201"),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_the_verb_names_the_act(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert has_event(triples, source, target, code), triples


def test_bases_are_the_plural_of_base(rules_coder):
    doc = rules_coder.nlp("Russian forces seized most of its bases in Crimea.")
    assert next(t for t in doc if t.text == "bases").lemma_ == "base"
    triples = event_triples(rules_coder, doc.text, date="2014-03-03")
    assert has_event(triples, "RUS", "UKR", "192"), triples
