"""Person pronouns for office holders named by a role (coding/coref.py).

- "Chile's trade minister said she would ...": "she" is the minister, the speaker, as "it"
  is "the ministry" in "the ministry said it would" (speaker_of); a person pronoun after a
  named person ("Putin said he") is still left to the tracker.
- "he", "his", "her" may stand for the latest office holder named by a role ("the
  ambassador", "Peru's defence minister"), not only for a leader in the dictionaries; an
  institution ("the ministry") is no person.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.coref import SalienceTracker, speaker_of
from multivector.model import Actor, Document


def _reported(parse, subject: str, tag: str, pronoun: str, pos: str = "NOUN"):
    # "<subject> said <pronoun> would leave"
    return parse(
        [
            (subject, 1, "nsubj", pos, tag),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            (pronoun, 4, "nsubj", "PRON", "PRP"),
            ("would", 4, "aux", "AUX", "MD"),
            ("leave", 1, "ccomp", "VERB", "VB"),
        ]
    )


def test_a_person_pronoun_reporting_an_office_holder_is_the_speaker(parse):
    assert speaker_of(_reported(parse, "minister", "NN", "she")[2]).i == 0
    assert speaker_of(_reported(parse, "ambassador", "NN", "he")[2]).i == 0
    assert speaker_of(_reported(parse, "spokeswoman", "NN", "she")[2]).i == 0


def test_named_people_plural_and_institutions_are_left_to_the_tracker(parse):
    assert speaker_of(_reported(parse, "Putin", "NNP", "he", "PROPN")[2]) is None
    assert speaker_of(_reported(parse, "ministers", "NNS", "he")[2]) is None
    assert speaker_of(_reported(parse, "ministry", "NN", "he")[2]) is None


def test_the_tracker_finds_an_office_holder_named_by_a_role():
    tracker = SalienceTracker()
    tracker.note([Actor(text="Putin", code="RUSGOV", country="RUS", kind="leader")], True)
    tracker.new_sentence()
    tracker.note([Actor(text="the Peruvian ambassador", code="PERGOV", country="PER",
                        kind="agent")], subject=True)  # fmt: skip
    tracker.note([Actor(text="the foreign ministry", code="CHLGOV", country="CHL",
                        kind="agent")])  # fmt: skip
    assert [a.code for a in tracker.pronoun("her")] == ["PERGOV"]
    assert [a.code for a in tracker.pronoun("his")] == ["PERGOV"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil's foreign minister flew to Lima on Monday. He demanded that Peru lift the ban.",
            ("BRAGOV", "PER", "10"),
        ),
        (
            "Kenya's trade minister said on Friday she had accused Uganda of dumping sugar.",
            ("KENGOV", "UGA", "112"),
        ),
        (
            "Norway's ambassador arrived in Hanoi on Tuesday. Vietnam's president met her on "
            "Wednesday.",
            ("VNMGOV", "NORGOV", "04"),
        ),
    ],
)
def test_office_holders_through_their_pronouns(coder, text, expected):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded.events}
    source, target, root = expected
    assert any(s == source and (t or "").startswith(target) and c.startswith(root)
               for s, t, c in got), got  # fmt: skip
