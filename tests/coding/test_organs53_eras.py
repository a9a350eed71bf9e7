"""Session 53: the collective organs of a government ("the Council of Ministers", "the Political
Bureau") are its government, and a sentence that dates its act relative to the document ("on
Monday") reads its places in the document's time, not in a year an earlier sentence named
("declared independence in 1991": Moscow is not the Soviet capital in a 1994 story). Sentences
are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "organ",
    ["The Council of Ministers", "The Political Bureau", "The State Council", "The Presidium"],
)
def test_a_government_organ_speaks_for_the_story_country(rules_coder, organ):
    text = (
        "LUSAKA, March 3 - Zambian troops clashed with smugglers near the border. "
        f"{organ} accused Angola of sheltering the smugglers."
    )
    triples = event_triples(rules_coder, text, date="1988-03-03")
    assert ("ZMBGOV", "AGO", "112") in triples, triples


def test_an_owner_named_in_the_phrase_still_decides(rules_coder):
    triples = event_triples(
        rules_coder, "The European Union's Council of Ministers condemned Iran.", date="2012-01-23"
    )
    assert any(s.startswith("IGOEUR") and t == "IRN" for s, t, _c in triples), triples


def test_a_day_relative_to_the_story_reads_places_in_its_time(rules_coder):
    text = (
        "Rebels in the south fought the army in 1991. "
        "Delegations from Moscow and Grozny met in Vladikavkaz on Monday."
    )
    triples = event_triples(rules_coder, text, date="1994-12-12")
    assert not any(t is not None and t.startswith("USR") for _s, t, _c in triples), triples
    assert not any(s.startswith("USR") for s, _t, _c in triples), triples


def test_a_story_of_its_time_keeps_the_soviet_capital(rules_coder):
    text = "Delegations from Moscow and Kabul met in Tashkent on Monday."
    triples = event_triples(rules_coder, text, date="1985-05-13")
    assert any(s.startswith("USR") for s, _t, _c in triples), triples


def test_rhodesian_forces_are_of_the_state_the_code_files_rhodesia_under(rules_coder):
    text = "Rhodesian troops crossed the border and attacked a Zambian village."
    triples = event_triples(rules_coder, text, date="1976-08-12")
    assert any(s.startswith("ZWE") and (t or "").startswith("ZMB") for s, t, _c in triples), triples
