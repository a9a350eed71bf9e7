"""The infinitive completing the pattern's own noun names the target: "accepted an invitation
to visit Chile" is aimed at Chile, "declined an invitation to visit Togo" at Togo
(coding/argument_syntax.py ``infinitive_objects``, coding/arguments.py).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru's president accepted an invitation to visit Chile next month.", "PER", "CHL"),
        ("Ghana declined an invitation to visit Togo.", "GHA", "TGO"),
        (
            "The Mongolian prime minister accepted an invitation to visit South Korea in "
            "the autumn.",
            "MNG",
            "KOR",
        ),
    ],
)
def test_the_objects_infinitive_names_the_target(coder, text, source, target):
    events = _events(coder, text)
    assert any(s.startswith(source) and (t or "").startswith(target) for s, t, _ in events), events
