"""A bare family name after the full name is the person named before (coding/actors.py).

"Evo Morales ... Morales": the second mention is Evo Morales, even when another leader of that
family name (Guatemala's Jimmy Morales) was in office on the document's date. The sentences
are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.model import Document


def _targets(coder, text: str, date: str) -> set[tuple[str, str | None]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    return {(e.source.code, e.target.country if e.target else None) for e in coded.events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("date", "text", "dyad"),
    [
        (
            "2024-05-01",
            "Former German president Roman Herzog spoke in Vienna on Monday. Austria's "
            "chancellor thanked Herzog for his support.",
            ("AUTGOV", "DEU"),
        ),
        (
            "2012-05-01",
            "Former Russian foreign minister Igor Ivanov arrived in Belgrade on Monday. "
            "Serbia's president praised Ivanov on Tuesday.",
            ("SRBGOV", "RUS"),
        ),
        (
            "2019-12-15",
            "Supporters of former president Evo Morales blocked roads in Bolivia. Mexico "
            "granted Morales asylum in November.",
            ("MEX", "BOL"),
        ),
    ],
)
def test_a_family_name_after_the_full_name_is_that_person(coder, date, text, dyad):
    assert dyad in _targets(coder, text, date)
