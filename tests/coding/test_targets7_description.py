"""An "as" phrase describing a verb's object ("condemned the raid as an insult to the league")
says what the object is: an actor named inside it is not the act's target (coding/
argument_syntax.py ``describes_object``); the object's doer is.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import root_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "not_target"),
    [
        (
            "Venezuelan troops seized a Guyanese ferry on the river. Guyana's president "
            "condemned the seizure as an affront to the Caribbean Community.",
            "GUYGOV",
            "VEN",
            "IGOCRB",
        ),
        (
            "North Korea fired a missile over the sea on Monday. Japan's defence minister "
            "condemned the launch as a violation of United Nations resolutions.",
            "JPNMIL",
            "PRK",
            "IGOUNO",
        ),
        (
            "Kenya's president condemned the attack as an insult to the African Union.",
            "KENGOV",
            None,
            "IGOAFRAFU",
        ),
    ],
)
def test_description_is_not_the_target(
    coder, text: str, source: str, target: str | None, not_target: str
) -> None:
    got = _events(coder, text)
    assert (source, not_target, "11") not in got
    if target is not None:  # the country or one of its organs ("the seizure": its doer, VENMIL)
        assert any(s == source and (t or "").startswith(target) and c == "11" for s, t, c in got)
