"""Session 54's dictionary entries, one table: each case is a sentence written for these tests
and the source and target one of its events must carry, with a code prefix.

- ``organizations.yaml``: the Derg, Ethiopia's military government of 1974-1987, is ETHGOV.
- ``countries.yaml``: "Biafran", "Biafrans" (the secession of 1967-1970) and the older spelling
  "Ibo" are Nigeria's.
- ``organizations.yaml``: Pravda and Izvestia are Moscow's state media (USR before 1992).
- ``organizations.yaml``: the United States' unified commands and numbered air forces, named
  without "US" ("Central Command", "the Fifth Air Force"), are USAMIL, not the focus country's.
- ``statement_nouns``: a telegram sent, a commentary carried, a leaflet, a speech given speak
  for their sender ("sent a telegram granting recognition").
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow

CASES = [
    ("The Derg accused Mogadishu of arming the rebels.", "1977-08-02", ("ETHGOV", "SOMGOV", "112")),
    (
        "The Dergue expelled two American diplomats on Friday.",
        "1977-04-24",
        ("ETHGOV", "USAGOV", "16"),
    ),
    (
        "Biafran troops shelled the federal garrison at Onitsha.",
        "1968-03-10",
        ("NGAMIL", "NGA", "19"),
    ),
    ("The Biafrans rejected the peace plan on Monday.", "1968-08-05", ("NGA", None, "12")),
    ("Ibo leaders appealed to the Pope for help.", "1968-08-05", ("NGA", "VAT", "02")),
    ("Izvestia accused the Chinese leaders of betrayal.", "1969-03-05", ("USRMED", "CHN", "112")),
    (
        "Iraqi officials said Central Command had bombed a market in Baghdad.",
        "2003-04-01",
        ("USAMIL", "IRQ", "18"),
    ),
    (
        "Bombers of the Fifth Air Force struck Korean rail yards.",
        "1951-07-10",
        ("USAMIL", "", "19"),
    ),
    (
        "Pravda carried a long commentary accusing Washington of arming Somalia.",
        "1977-10-20",
        ("USRMED", "USA", "112"),
    ),
    (
        "Khrushchev sent a telegram to Ben Khedda granting Algeria full diplomatic recognition.",
        "1962-03-20",
        ("USR", "DZA", "054"),
    ),
    (
        "President Nyerere gave a speech urging Britain to stop its arms sales to Lagos.",
        "1968-04-20",
        ("TZA", "GBR", "02"),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_a_named_body_or_adjective_gives_its_country(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert any(
        s.startswith(source)
        and (target is None or (t or "").startswith(target))
        and c.startswith(code)
        for s, t, c in triples
    ), triples
