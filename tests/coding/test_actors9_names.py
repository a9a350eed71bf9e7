"""Names and numbered groups (coding/actors.py, coding/phrases.py, coding/generic.py).

- "Evo Morales ... Morales": the second mention is Evo Morales, even when another leader of
  that family name (Guatemala's Jimmy Morales) was in office on the document's date.
- "Pavel Grachev": a given name is not the family name of another leader (Petr Pavel).
- "Norway's minister, visiting the Danish capital, said the two countries ...": a numbered
  group is the countries its own sentence named before it.

The sentences are written for these tests.
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        (
            "Russian Defence Minister Pavel Grachev criticised Georgia on Monday.",
            "CZE",  # Petr Pavel's family name
        ),
        ("Ukrainian envoy Pavel Klimkin met Polish officials in Warsaw.", "CZE"),
        ("Kenyan minister Filip Ochieng thanked Uganda on Tuesday.", "MDA"),  # Pavel Filip
    ],
)
def test_a_given_name_is_not_a_leaders_family_name(coder, text, foreign):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    countries = {a.country for e in coded.events for a in (e.source, e.target) if a}
    assert foreign not in countries, countries


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Norway's coast guard detained a Russian trawler on Monday. Norway's defence "
            "minister, visiting the Danish capital on Wednesday, said the two countries would "
            "sign a defence pact next month.",
            {"NOR", "DNK"},
        ),
        (
            "China criticised Japan on Monday. Peru's foreign minister, speaking in Santiago "
            "after talks with Chile, said both countries had agreed to cooperate on fisheries.",
            {"PER", "CHL"},
        ),
        (
            "India accused Pakistan of shelling. Brazilian and Argentine officials said the two "
            "countries would sign a trade pact.",
            {"BRA", "ARG"},
        ),
    ],
)
def test_the_two_countries_are_the_two_its_sentence_named(coder, text, pair):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    dyads = {
        frozenset({e.source.country, e.target.country})
        for e in coded.events
        if e.target and e.cameo[:2] in ("03", "05", "06")
    }
    assert frozenset(pair) in dyads, dyads
