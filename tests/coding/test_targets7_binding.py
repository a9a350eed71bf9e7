"""A plain object pronoun is not the subject of its own clause (coding/binding.py): "Malian
officers accused them" names someone other than the officers' side; the tracker's next
antecedent is taken instead.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import root_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Nigerian troops entered the town of Gao last week. Malian officers accused them of "
            "looting shops.",
            ("MLIMIL", "NGAMIL", "11"),
        ),
        (
            "Greek coast guards stopped two Turkish trawlers near Lesbos. Turkish officials later "
            "condemned them for the seizure.",
            ("TURGOV", "GRCMIL", "11"),
        ),
        (
            "Japan sent envoys to Seoul, and South Korean diplomats received them warmly.",
            ("KORGOV", "JPN", "04"),
        ),
    ],
)
def test_object_pronoun_is_not_its_subject(coder, text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(coder, text)
