"""One event per act: the same act coded twice in a sentence is kept once (build.dedupe).

Events built by hand, for sentences written for these tests.
"""

from __future__ import annotations

from multivector.coding.build import dedupe
from multivector.model import Actor, Event, Span


def _ev(
    src: str,
    tgt: str | None,
    code: str,
    verb: tuple[int, int],
    date: str = "2024-06-14",
    obj: str | None = None,
) -> Event:
    return Event(
        doc_id="t", sentence_id=0, sentence="s", source=Actor(src, src),
        target=Actor(tgt, tgt) if tgt else None, cameo=code, plover=None, quad_class=1,
        goldstein=0.0, rule="r", verb_span=Span(*verb), object=obj, date=date,
    )  # fmt: skip


def _pairs(events: list[Event]) -> list[tuple[str, str | None, str]]:
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events]


def test_two_names_of_one_actor_on_one_verb_give_one_event_the_narrower_wins():
    # "Ankara and the Turkish government signed the accord with Baku."
    out = dedupe([_ev("TUR", "AZE", "057", (10, 16)), _ev("TURGOV", "AZE", "057", (10, 16))])
    assert _pairs(out) == [("TURGOV", "AZE", "057")]
    # "Police fired on protesters in Lima and on Peruvian students" (one target named twice)
    out = dedupe([_ev("PERCOP", "PERCVL", "193", (7, 12)), _ev("PERCOP", "PER", "193", (7, 12))])
    assert _pairs(out) == [("PERCOP", "PERCVL", "193")]
    assert [e.index for e in out] == [0]


def test_the_same_act_by_two_predicates_is_kept_once():
    # "Rebels ambushed a convoy and killed nine Malian soldiers" (both coded 193)
    out = dedupe([_ev("MLIREB", "MLI", "193", (7, 15)), _ev("MLIREB", "MLIMIL", "193", (33, 39))])
    assert _pairs(out) == [("MLIREB", "MLIMIL", "193")]
    # "Oslo hosted the talks and welcomed both delegations" under one code for each verb
    out = dedupe([_ev("NOR", "COL", "043", (5, 11)), _ev("NOR", "COL", "043", (25, 33))])
    assert len(out) == 1


def test_separately_named_parties_and_joint_directions_stay_apart():
    # "Japan urged Manila and Beijing to show restraint": two targets
    evs = [_ev("JPN", "PHL", "0256", (6, 11)), _ev("JPN", "CHN", "0256", (6, 11))]
    assert len(dedupe(evs)) == 2
    # "Serbia and Kosovo signed a deal": both directions
    evs = [_ev("SRB", "XKX", "057", (18, 24)), _ev("XKX", "SRB", "057", (18, 24))]
    assert len(dedupe(evs)) == 2
    # "Police and the government closed the road": two actors of one country, not one inside
    # the other (a state's police and soldiers together are one force: test_extras6_unasserted)
    evs = [_ev("BOLCOP", "BOL", "175", (20, 27)), _ev("BOLGOV", "BOL", "175", (20, 27))]
    assert len(dedupe(evs)) == 2


def test_acts_on_other_dates_codes_or_without_a_target_stay_apart():
    # "Drones hit Kharkiv on Monday and hit it again on Wednesday"
    evs = [
        _ev("RUS", "UKR", "195", (7, 10), "2024-06-10"),
        _ev("RUS", "UKR", "195", (40, 43), "2024-06-12"),
    ]
    assert len(dedupe(evs)) == 2
    # two verbs of one code, neither with a target: nothing says they are one act
    evs = [_ev("VEN", None, "138", (8, 14)), _ev("VEN", None, "138", (30, 36))]
    assert len(dedupe(evs)) == 2
    # an uncoded placeholder ('---') is never merged across predicates
    evs = [_ev("ORC", None, "---", (4, 9)), _ev("ORC", None, "---", (20, 28))]
    assert len(dedupe(evs)) == 2
    # "Caracas warned that it would defend the Essequibo against Guyana": the governor with no
    # target and its complement with one are one threat; the one with more arguments wins
    out = dedupe([_ev("VEN", None, "138", (8, 14)), _ev("VEN", "GUY", "138", (30, 36))])
    assert _pairs(out) == [("VEN", "GUY", "138")]
    # "Hanoi protested and lodged a complaint with Beijing" (one code, one act)
    out = dedupe([_ev("VNM", None, "114", (6, 15)), _ev("VNMGOV", "CHN", "114", (20, 26))])
    assert _pairs(out) == [("VNMGOV", "CHN", "114")]
    # the same verb with and without a target: the one with more arguments wins
    out = dedupe([_ev("IRN", None, "111", (5, 12)), _ev("IRN", "ISR", "111", (5, 12))])
    assert _pairs(out) == [("IRN", "ISR", "111")]
