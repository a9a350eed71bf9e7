"""Session 53's dictionary entries, one table: each case is a sentence written for these tests,
the code prefixes one of whose events must carry (``coded``) and those none may carry
(``uncoded``). 041, 010 and 060 have no four-digit codes below them, so a prefix is the code.

- 027: whatever others are asked to settle or resolve, a settlement asked to be sought or
  negotiated (appeal to settle a dispute, not the residual 020); settling it oneself is none.
- 190: losses, casualties or a defeat inflicted on an enemy are force.
- ``idiom_objects``: power or a chance seized is no seizure (171); a story told is no statement.
- 100: telling another to act demands it (refined by the act, as "order to" is).
- 041: a call is a telephone call only with a person called for a purpose (or a counterpart);
  naming, a gathering called, a port call and the particles are not.
- 060: a bare "send X to" is no material cooperation by itself.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow

CASES = [
    # 027 and its guard
    ("Ghana and Togo settled their border dispute in June.", "2011-07-08", (), ("02",)),
    # 190 and its guard
    (
        "Ethiopian troops inflicted heavy losses on the Somali columns near Jijiga.",
        "1978-03-05",
        ("19",),
        (),
    ),
    ("Eritrean forces inflicted a defeat on Ethiopia's army at Afabet.", "1978-03-05", ("19",), ()),
    (
        "The president spoke of the suffering the war had inflicted on both nations.",
        "1978-03-05",
        (),
        ("19",),
    ),
    # seized power or a chance; property seized still is
    ("The army seized power in Niamey on Wednesday.", "2023-07-27", (), ("171",)),
    ("Colonel Diallo's officers seized power in Guinea overnight.", "2023-07-27", (), ("171",)),
    ("Ghana seized the opportunity to mediate.", "2023-07-27", (), ("171",)),
    ("Senegal seized a Russian trawler off Dakar.", "2023-07-27", ("17", "18"), ()),
    # told to act: a demand, no statement; a story told: no statement
    ("Argentina told Britain to hand the islands back.", "2015-06-01", ("10",), ("010",)),
    ("Minsk told Warsaw to close its consulate in Grodno.", "2015-06-01", ("10",), ("010",)),
    (
        "India accused China of building roads in the valley. Beijing told a different story.",
        "2015-06-01",
        (),
        ("01",),
    ),
    (
        "India accused China of building roads in the valley. Beijing tells another story.",
        "2015-06-01",
        (),
        ("01",),
    ),
    # calls
    ("Erdogan called Maduro to assure him of Turkey's support.", "2019-01-25", ("041",), ()),
    ("The opposition called a rally in Bishkek for Saturday.", "2019-01-25", (), ("041",)),
    ("A Vietnamese frigate called at Da Nang on its way south.", "2019-01-25", (), ("041",)),
    (
        "Manila calls the shoal Bajo de Masinloc, and Beijing calls it Huangyan.",
        "2019-01-25",
        (),
        ("041",),
    ),
    ("Minsk called up two classes of reservists.", "2019-01-25", (), ("041",)),
    ("Milei called Maduro a dictator.", "2024-08-01", ("11",), ()),
    # sends; goods shipped still are
    (
        "Hungary sent its fingerprints database to investigators in Vienna.",
        "2015-06-01",
        (),
        ("060",),
    ),
    ("Romania sent consular staff to the detention centres.", "2015-06-01", (), ("060",)),
    ("Kazakhstan shipped grain to Kyrgyzstan.", "2015-06-01", ("06", "07"), ()),
]


@pytest.mark.parametrize(("text", "date", "coded", "uncoded"), CASES)
def test_session53_entries(rules_coder, text, date, coded, uncoded):
    codes = [c for _s, _t, c in event_triples(rules_coder, text, date=date)]
    if coded:
        assert any(c.startswith(coded) for c in codes), codes
    assert not any(c.startswith(uncoded) for c in codes), codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway urged Khartoum to settle the status of the border towns.", "NOR", "SDN"),
        ("Ghana asked Togo to resolve the remaining questions before June.", "GHA", "TGO"),
        ("Kenya called on Uganda to seek a negotiated settlement with the rebels.", "KEN", "UGA"),
        ("Brazil pressed Bolivia to negotiate a settlement of the gas contracts.", "BRA", "BOL"),
    ],
)
def test_a_settlement_asked_of_others_is_an_appeal_to_settle(rules_coder, text, source, target):
    triples = event_triples(rules_coder, text, date="2011-07-08")
    assert any(
        s.startswith(source) and (t or "").startswith(target) and c == "027" for s, t, c in triples
    ), triples
