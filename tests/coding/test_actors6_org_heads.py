"""A lower-case definite description refers back to the organisation its head noun ends:
"the agency" after "the International Atomic Energy Agency", "the council" after "the UN
Security Council", "the commission" after "the European Commission" (coding/coref.py
``SalienceTracker.short_name``). Modified or plural ("the country's news agency", "the
agencies") it does not.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The International Atomic Energy Agency said its inspectors had been denied access. "
            "Syria suspended cooperation with the agency in March.",
            "SYR",
            "IGOUNOIAE",
        ),
        (
            "The UN Security Council met on Friday. Ecuador urged the council to lift the embargo.",
            "ECU",
            "IGOUNO",
        ),
        (
            "The European Commission proposed new tariffs on steel. China criticised the "
            "commission on Thursday.",
            "CHN",
            "IGOEUREEC",
        ),
    ],
)
def test_the_agency_is_the_organisation_it_names(coder, text, source, target):
    events = _events(coder, text)
    assert any(s == source and t is not None and t.startswith(target) for s, t, _ in events), events


@pytest.mark.slow
def test_a_modified_agency_is_not_the_organisation(coder):
    text = (
        "The International Atomic Energy Agency said its inspectors had been denied access. "
        "Syria suspended cooperation with the country's news agency in March."
    )
    assert not any(
        t and t.startswith("IGOUNOIAE") for s, t, _ in _events(coder, text) if s == "SYR"
    )
