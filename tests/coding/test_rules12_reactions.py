"""rules12: more event nouns a reaction refers back to (lang/en/anaphora.yaml): a release, a
withdrawal, a ratification, a verdict, contacts, a commitment. "welcomed the release" answers
whoever released. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus released 14 political prisoners on Thursday. "
            "Lithuania welcomed the release as a first step.",
            ("LTU", "BLR", "051"),
        ),
        (
            "A court in Ankara convicted the Swedish journalist Joakim Medin of insulting the "
            "president. Sweden condemned the verdict.",
            ("SWE", "TURJUD", "111"),
        ),
    ],
)
def test_a_reaction_answers_the_act_it_names(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)
