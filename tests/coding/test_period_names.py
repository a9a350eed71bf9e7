"""Period names (sessions 48-49): old names of capitals in period copy are their governments
(Saigon, South Vietnam's seat, coded VNM as Hanoi is; Peiping; Fort-Lamy; Leopoldville until
1966, with the Congo crisis's Elisabethville and Stanleyville as Congo's places), and a name
that is also a living city elsewhere (Salisbury) is no capital; Scottish and Welsh bodies are
Britain's; movements of the period (the Vietminh, Fretilin, "Sandinista" units) are named; North
and South Vietnam are Vietnam; "Papuan" is shared by Indonesia and Papua New Guinea. Sentences
are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

# a period name and the state its actor is coded as
PERIOD_NAMES = [
    ("The Saigon government protested to Phnom Penh over the shelling.", "1970-05-06", "VNM"),
    ("Peiping lodged a protest with Tokyo over the landing.", "1946-05-06", "CHN"),
    ("Fort-Lamy accused Tripoli of arming the rebels.", "1971-09-20", "TCD"),
    ("Scottish prosecutors asked Libya to hand over the two suspects.", "1992-01-20", "GBR"),
    ("The Vietminh shelled the French airstrip at dawn.", "1954-03-20", "VNM"),
    ("Fretilin accused Jakarta of bombing villages in the hills.", "1977-05-06", "TLS"),
    ("North Vietnamese troops attacked the town of Hue.", "1968-02-06", "VNM"),
    ("South Vietnam protested to Cambodia.", "1968-02-06", "VNM"),
    ("North Yemen protested to Oman.", "1974-05-06", "YEM"),
    ("Portuguese Timor protested to Indonesia.", "1974-05-06", "TLS"),
    # session 49: the Congo crisis and Nicaragua's revolution
    ("Leopoldville asked the United Nations for troops.", "1960-07-14", "COD"),
    ("Rebels in Stanleyville seized forty Belgian hostages.", "1964-09-20", "COD"),
    ("Gendarmes in Elisabethville fired on Indian soldiers of the UN force.", "1961-09-14", "COD"),
    ("Sandinista units shelled the rebel camps near the border.", "1986-03-20", "NIC"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "source"), PERIOD_NAMES)
def test_a_period_name_is_its_state(rules_coder, text, date, source):
    triples = event_triples(rules_coder, text, date=date)
    assert any(s.startswith(source) for s, _t, _c in triples), triples


@pytest.mark.slow
def test_salisbury_is_no_capital(rules_coder):
    triples = event_triples(rules_coder, "Salisbury accused London of meddling.", date="2018-03-12")
    assert not any(s.startswith("ZWE") for s, _t, _c in triples), triples


@pytest.mark.slow
def test_papuan_is_shared_and_the_document_decides(rules_coder):
    text = (
        "Indonesian police arrested three Papuan activists in Jayapura. "
        "Indonesia said the Papuan activists had raised a banned flag in Indonesia's easternmost city."
    )
    triples = event_triples(rules_coder, text, date="2019-09-02")
    assert any(s.startswith("IDN") and (t or "").startswith("IDN") for s, t, _c in triples), triples
