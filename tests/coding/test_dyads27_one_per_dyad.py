"""One event per dyad and act in a sentence (coding/build.py ``one_per_dyad``)."""

from __future__ import annotations

from multivector.coding.build import one_per_dyad
from multivector.coding.state import Trace
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan
from multivector.ontology.policy import load_policy

STATE = load_policy().dyad_state_sectors


def _actor(code: str | None) -> Actor | None:
    if code is None:
        return None
    country = code[:3] if code[:3].isalpha() and not code.startswith(("IGO", "---")) else None
    return Actor(code=code, text=code, country=country)


def _event(
    source: str,
    target: str | None,
    cameo: str = "190",
    rule: str = "verb:attack",
    date: str | None = "2020-05-01",
    obj: str | None = None,
) -> Event:
    src = _actor(source)
    assert src is not None
    return Event(
        doc_id="d",
        sentence_id=0,
        sentence="s",
        source=src,
        target=_actor(target),
        cameo=cameo,
        plover=None,
        quad_class=4,
        goldstein=-10.0,
        rule=rule,
        verb_span=CharSpan(10, 17),
        date=date,
        object=obj,
    )


def test_two_organs_of_one_state_against_one_target_are_one_event():
    traces: list[Trace] = []
    out = one_per_dyad([_event("RUS", "UKR"), _event("RUSMIL", "UKR")], traces, STATE)
    assert [e.source.code for e in out] == ["RUSMIL"]  # the more specific actor stays
    assert len(traces) == 1 and "one event per dyad" in traces[0].outcome


def test_a_rule_event_is_kept_over_the_classifiers():
    out = one_per_dyad(
        [_event("RUSMIL", "UKR", rule="model:root-classifier 0.81"), _event("RUS", "UKR")],
        [],
        STATE,
    )
    assert [e.rule for e in out] == ["verb:attack"]


def test_other_code_date_object_or_direction_stay_apart():
    events = [
        _event("RUS", "UKR"),
        _event("RUS", "UKR", cameo="193"),
        _event("RUS", "UKR", date="2020-05-02"),
        _event("RUS", "UKR", obj="grain"),
        _event("UKR", "RUS"),
        _event("RUS", None),
    ]
    out = one_per_dyad(events, [], STATE)
    assert len(out) == len(events)
    assert [e.index for e in out] == list(range(len(events)))


def test_organisations_merge_by_code_and_placeholders_never_merge():
    out = one_per_dyad([_event("IGOEUREEC", "SYR"), _event("IGOEUREEC", "SYR")], [], STATE)
    assert len(out) == 1
    out = one_per_dyad([_event("IGOEUREEC", "SYR"), _event("IGOAFRAU", "SYR")], [], STATE)
    assert len(out) == 2
    out = one_per_dyad([_event("---REB", "MLI"), _event("---REB", "MLI")], [], STATE)
    assert len(out) == 2


def test_equal_rank_keeps_the_first():
    first, second = _event("FRAGOV", "MLI"), _event("FRAMIL", "MLI")
    out = one_per_dyad([first, second], [], STATE)
    assert out == [first]


def test_a_states_forces_and_its_rebels_are_two_parties():
    # "urged both sides to talk": the army and the rebels of one country are two dyads
    out = one_per_dyad(
        [_event("KEN", "SOMMIL", cameo="020"), _event("KEN", "SOMREB", cameo="020")], [], STATE
    )
    assert {e.target.code for e in out if e.target} == {"SOMMIL", "SOMREB"}
    out = one_per_dyad([_event("SOMREB", "SOM"), _event("SOMOPP", "SOM")], [], STATE)
    assert len(out) == 2


def test_the_state_sectors_are_policy_data():
    assert {"", "GOV", "MIL"} <= STATE and "REB" not in STATE
