"""A bare armed organ during a raid abroad is the raiders' force, not the country attacked
(coding/raiders.py): "In <capital>, soldiers blew up ..." after "<X> commandos raided <capital>",
and "<X> warplanes bombed ... and the navy imposed ...".

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def sources_of(events: set[tuple[str, str | None, str]], root: str) -> set[str]:
    return {s for s, _t, code in events if code.startswith(root)}


def test_bare_soldiers_after_a_raid_abroad_are_the_raiding_state(coder):
    events = _events(
        coder,
        "Chadian commandos raided the Sudanese town of Geneina on Monday. In Geneina, soldiers "
        "blew up a fuel depot and burned a market.",
    )
    assert "TCDMIL" in sources_of(events, "17")
    assert "SDNMIL" not in sources_of(events, "17")


def test_a_navy_coordinated_with_named_warplanes_is_theirs(coder):
    events = _events(
        coder,
        "Turkish warplanes bombed the runways of Tripoli's airport on Friday and the navy imposed "
        "a blockade on Libyan ports.",
    )
    assert ("TURMIL", "LBY", "191") in events


def test_soldiers_a_victim_reports_are_its_own(coder):
    events = _events(
        coder,
        "Ethiopian troops shelled villages inside Eritrea on Monday. Eritrea's defence minister "
        "said soldiers had returned fire.",
    )
    assert ("ETHMIL", "ERI", "194") in events  # the raid itself
    assert ("ETHMIL", "ERI", "190") not in events  # the soldiers who answered it are not its


def test_no_raid_abroad_leaves_soldiers_to_the_place(coder):
    events = _events(
        coder,
        "Rebels attacked a village in northern Mali on Sunday. In Gao, soldiers arrested ten "
        "suspects.",
    )
    assert ("MLIMIL", "MLI", "173") in events
