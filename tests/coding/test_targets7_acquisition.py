"""A deal to acquire something names its seller as the other party (coding/argument_syntax.py
``infinitive_objects``): "signed a contract to buy jets from Sweden" is an agreement with
Sweden, whether the parser hangs the infinitive on the contract or on the verb; the goods
bought are no party.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Turkey signed a deal to purchase gas from Azerbaijan.", ("TUR", "AZE", "057")),
        (
            "In 2018 Egypt concluded an agreement to import wheat from Ukraine.",
            ("EGY", "UKR", "057"),
        ),
        (
            "Indonesia signed a contract last year to acquire submarines from France.",
            ("IDN", "FRA", "057"),
        ),
    ],
)
def test_seller_is_the_party(coder, text: str, event: tuple[str, str, str]) -> None:
    got = _events(coder, text)
    assert event in got
    assert not any(t == "MIL" for _, t, _ in got)
