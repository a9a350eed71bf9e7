"""A refused act is coded as a rejection of that kind of cooperation (policy.yaml)."""

from __future__ import annotations

import pytest

from multivector.ontology.policy import load_policy


def test_refusal_codes_fall_back_from_code_to_root():
    p = load_policy()
    assert p.refusal_code("072") == "1222"  # refusing military aid
    assert p.refusal_code("0731") == "1223"  # via its 3-digit parent
    assert p.refusal_code("042") == "125"  # refusing to meet, via the root
    assert p.refusal_code("190") is None  # "refused to attack" is not an event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Germany declined to supply weapons to Ukraine.", "DEU", "UKR", "1222"),
        ("Russia refused to sign the treaty with Georgia.", "RUS", "GEO", "127"),
    ],
)
def test_refusals_are_rejections(coder, text, source, target, code):
    events = coder.code_text(text)
    found = {(e.source.country, e.target.country if e.target else None, e.cameo) for e in events}
    assert (source, target, code) in found
    assert all(not e.cameo.startswith(("05", "06", "07")) for e in events)


def test_agreeing_to_ease_is_easing_and_intentions_keep_their_kind():
    p = load_policy()
    assert p.agreeing_is_doing("085") and not p.agreeing_is_doing("042")
    assert p.intent_code("0851") == "0354"  # via its 3-digit parent
    assert p.intent_code("072") == "0332"
    assert p.intent_code("042") == "036"  # via the root


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The European Union agreed to lift sanctions on Syria.", "085"),
        ("The European Union will lift sanctions on Syria.", "0354"),
        ("Russia agreed to meet Ukraine in Istanbul.", "036"),
    ],
)
def test_agreed_acts_and_intentions(coder, text, code):
    assert code in {e.cameo for e in coder.code_text(text)}


@pytest.mark.slow
def test_a_refused_attack_is_no_event(coder):
    assert all(
        e.cameo[:2] not in ("18", "19") for e in coder.code_text("Serbia refused to attack Kosovo.")
    )


def test_only_state_acts_take_a_state_source():
    p = load_policy()
    assert p.state_is_source("173") and p.state_is_source("1721") and p.state_is_source("116")
    assert not p.state_is_source("190") and not p.state_is_source("042")


@pytest.mark.slow
def test_an_agentless_arrest_was_made_by_the_state_of_its_place(coder):
    events = coder.code_text("The opposition leader was arrested in Minsk on Monday.")
    assert [(e.source.code, e.target.country, e.cameo[:2]) for e in events] == [
        ("BLR", "BLR", "17")
    ]
    assert "+state source" in events[0].rule
    assert coder.code_text("The opposition leader was killed in Minsk.") == []
