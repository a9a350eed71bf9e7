"""A coordinated act on people or property shares the first verb's party (coding/groups.py
``shared_object``, ``pronoun_owners``; coding/arguments.py): "arrested 14 Peruvian fishermen and
seized three boats" seizes Peru's, not the country of the place it happened; "detained five
Somali traders and confiscated their lorries": "their" is the traders'.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        (
            "The Ecuadorian navy arrested 14 Peruvian fishermen and seized three boats off "
            "Esmeraldas on Sunday.",
            "1711",
            "PER",
        ),
        (
            "Kenyan police detained five Somali traders in Mandera and confiscated their lorries.",
            "1711",
            "SOM",
        ),
        (
            "Thai soldiers captured two Cambodian scouts near the temple and destroyed their camp.",
            "1712",
            "KHM",
        ),
    ],
)
def test_a_coordinated_act_on_property_shares_the_first_objects_party(coder, text, code, target):
    events = _events(coder, text)
    found = {t for s, t, c in events if c == code}
    assert found and all(t is not None and t.startswith(target) for t in found), events
