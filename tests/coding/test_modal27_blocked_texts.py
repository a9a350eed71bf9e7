"""modal27: a text that was vetoed, blocked or voted down made none of the acts its participle
or relative clause states; the veto itself is coded by its own pattern. Sentences are written
for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.clause_moods import blocked_text

TEXTS = frozenset({"resolution", "draft", "motion", "statement"})
BLOCKERS = frozenset({"veto", "block", "vote down"})


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russia vetoed a draft resolution condemning Syria's attacks on Turkey.",
        "China blocked a Security Council statement praising Kenya.",
        "Russia blocked adoption of a resolution that condemned Syria.",
    ],
)
def test_the_content_of_a_blocked_text_is_no_event(rules_coder, text):
    triples = event_triples(rules_coder, text)
    assert not any(code in ("111", "051") for _s, _t, code in triples)


@pytest.mark.slow
def test_the_veto_itself_is_coded(rules_coder):
    triples = event_triples(rules_coder, "Russia vetoed a draft resolution condemning Syria.")
    assert any(s == "RUS" and code == "129" for s, _t, code in triples)


def _voted(parse, verb=("voted", "vote"), particle="down"):
    # "The council voted down a motion condemning Peru."
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("council", 2, "nsubj", "NOUN", "NN"),
        (verb[0], 2, "ROOT", "VERB", "VBD", verb[1]),
        (particle, 2, "prt", "ADP", "RP"),
        ("a", 5, "det", "DET", "DT"),
        ("motion", 2, "dobj", "NOUN", "NN"),
        ("condemning", 5, "acl", "VERB", "VBG", "condemn"),
        ("Peru", 6, "dobj", "PROPN", "NNP"),
    ]
    return parse(rows)


def test_a_motion_voted_down_is_blocked(parse):
    blocker = blocked_text(_voted(parse)[6], TEXTS, BLOCKERS)
    assert blocker is not None and blocker.i == 2


def test_a_motion_voted_for_is_not_blocked(parse):
    doc = _voted(parse, particle="through")
    assert blocked_text(doc[6], TEXTS, BLOCKERS) is None
