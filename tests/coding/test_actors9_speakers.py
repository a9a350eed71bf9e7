"""Who a pronoun in reported speech is, and generic actor nouns (coding/coref.py, agents.yaml).

- "The Kazakh border service said it had sent officers": the subject of the reported clause
  ("it", "its", "they") is the speaker when their number agrees, not the last actor named.
- "The ministers" after "EU foreign ministers" are the same actor (coref.same_role).
- Unnamed actors named by role: protest, tribal and rebel leaders are not state leaders;
  steelworkers, truckers and lorry drivers are workers.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.coref import speaker_of


def _reported(parse, pronoun: str, subject: str, tag: str):
    # "<subject> said <pronoun> would leave"
    return parse(
        [
            (subject, 1, "nsubj", "NOUN", tag),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            (pronoun, 4, "nsubj", "PRON", "PRP"),
            ("would", 4, "aux", "AUX", "MD"),
            ("leave", 1, "ccomp", "VERB", "VB"),
        ]
    )


def test_the_subject_of_reported_speech_is_the_speaker(parse):
    doc = _reported(parse, "it", "ministry", "NN")
    assert speaker_of(doc[2]).i == 0
    doc = _reported(parse, "they", "officials", "NNS")
    assert speaker_of(doc[2]).i == 0


def test_number_must_agree_and_person_pronouns_are_left_alone(parse):
    assert speaker_of(_reported(parse, "it", "officials", "NNS")[2]) is None
    assert speaker_of(_reported(parse, "they", "ministry", "NN")[2]) is None
    # a person pronoun takes a singular office holder only (test_voices_persons.py)
    assert speaker_of(_reported(parse, "he", "ministers", "NNS")[2]) is None
    assert speaker_of(_reported(parse, "he", "ministry", "NN")[2]) is None


def test_a_pronoun_outside_reported_speech_has_no_speaker(parse):
    # "officials hoped it would leave": "hope" is not a speech verb
    doc = parse(
        [
            ("ministry", 1, "nsubj", "NOUN", "NN"),
            ("hoped", 1, "ROOT", "VERB", "VBD", "hope"),
            ("it", 4, "nsubj", "PRON", "PRP"),
            ("would", 4, "aux", "AUX", "MD"),
            ("leave", 1, "ccomp", "VERB", "VB"),
        ]
    )
    assert speaker_of(doc[2]) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kyrgyz lorry drivers blocked a road on Tuesday. The Kazakh border service said on "
            "Thursday it had sent extra officers to the post.",
            "KAZ",
        ),
        (
            "Chilean fishermen blockaded a port on Monday. The Peruvian coast guard said it had "
            "deployed two patrol boats to the area.",
            "PER",
        ),
        (
            "Thai farmers protested on Friday. The Cambodian border agency said on Saturday it "
            "had sent more police to the crossing.",
            "KHM",
        ),
    ],
)
def test_it_in_reported_speech_is_the_speaker(coder, text, source):
    events = _events(coder, text)
    assert any(s.startswith(source) and c[:2] == "15" for s, _, c in events), events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Bolivia is in crisis. The president of Bolivia accused the protest leaders of "
            "inciting violence.",
            "BOLGOV",
            "BOLCVL",
        ),
        ("Steelworkers rallied outside the US consulate in Toronto on Saturday.", "CANLAB", "USA"),
        ("Truckers blocked the main highway into Santiago on Monday.", "CHLLAB", None),
    ],
)
def test_generic_actor_nouns(coder, text, source, target):
    events = _events(coder, text)
    assert any(s == source and (target is None or t == target) for s, t, _ in events), events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "European Union foreign ministers agreed on Monday to lift sanctions on Syria's oil "
            "sector. The ministers also unfroze the assets of Syria's central bank.",
            "IGOEUREEC",
        ),
        (
            "ASEAN foreign ministers met in Jakarta on Friday. The ministers urged Myanmar to "
            "release political prisoners.",
            "IGOSEAASN",
        ),
        (
            "Iranian diplomats met Saudi officials in Baghdad. The officials agreed to reopen "
            "embassies.",
            "SAUGOV",
        ),
    ],
)
def test_the_same_role_noun_again_is_the_same_actor(coder, text, source):
    events = _events(coder, text)
    assert any(s == source for s, _, c in events if c[:2] not in ("04",)), events
