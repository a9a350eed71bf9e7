"""Which earlier event a reaction's definite event noun refers to (coding/antecedents.py).

"The launch" is a launch (a show of force, 150), not the alert another side raised after it;
"the attack" is not the counter-fire that answered it; "the agreement" is the signing (057)
before any offer (03), and a reaction to it answers both parties. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.antecedents import antecedent_actors, antecedent_event, rule_phrase
from multivector.coding.modality import EventAnaphora
from multivector.model import Actor, Event

ANAPHORA = EventAnaphora(
    event_nouns={
        "launch": ("150", "19"),
        "attack": ("18", "19"),
        "agreement": ("057", "03"),
        "talk": ("04",),
        "decision": (),
    },
    party_nouns=frozenset({"agreement", "talk"}),
    response_acts=frozenset({"return fire"}),
)


def _actor(code: str) -> Actor:
    return Actor(text=code, code=code, country=code[:3], span=None, kind="country")


def _event(source: str, target: str | None, cameo: str, phrase: str) -> Event:
    return Event(
        doc_id="d",
        sentence_id=0,
        sentence="",
        source=_actor(source),
        target=_actor(target) if target else None,
        cameo=cameo,
        plover=None,
        quad_class=1,
        goldstein=0.0,
        rule=f"verbs.yaml:1 {cameo} {phrase} +note 'x'",
    )


@pytest.fixture
def noun(parse):
    def build(word: str):
        doc = parse([("the", 1, "det", "DET", "DT"), (word, 1, "ROOT", "NOUN", "NN")])
        return doc[1]

    return build


def test_rule_phrase_is_the_dictionary_words():
    assert rule_phrase("verbs.yaml:3038 190 return fire +model refined 1.00") == "return fire"
    assert rule_phrase("verbs.yaml:12 111 condemn") == "condemn"


def test_a_launch_is_not_the_alert_raised_after_it(noun):
    events = [
        _event("PRK", None, "150", "fire missile"),
        _event("KOR", "PRK", "152", "raise alert"),
    ]
    assert antecedent_event(noun("launch"), events, {"JPN"}, ANAPHORA) is events[0]


def test_the_attack_is_not_the_fire_returned(noun):
    events = [_event("RWA", "COD", "190", "attack"), _event("CODMIL", "COD", "190", "return fire")]
    found = antecedent_actors(noun("attack"), events, {"IGOUNO"}, ANAPHORA)
    assert [a.code for a in found] == ["RWA"]


def test_the_attack_is_still_the_latest_attack(noun):
    events = [_event("RUS", "UKR", "194", "shell"), _event("UKRMIL", "RUS", "190", "strike")]
    found = antecedent_actors(noun("attack"), events, {"POL"}, ANAPHORA)
    assert [a.code for a in found] == ["UKRMIL"]


def test_the_agreement_is_the_signing_and_names_both_parties(noun):
    events = [
        _event("ARM", "AZE", "057", "sign agreement"),
        _event("USA", None, "033", "offer aid"),
    ]
    found = antecedent_actors(noun("agreement"), events, {"IRN"}, ANAPHORA)
    assert [a.code for a in found] == ["ARM", "AZE"]
    assert all(a.resolved_by == "event:agreement" for a in found)


def test_a_party_to_the_agreement_reacting_answers_the_other(noun):
    events = [_event("ARM", "AZE", "057", "sign agreement")]
    found = antecedent_actors(noun("agreement"), events, {"AZE"}, ANAPHORA)
    assert [a.code for a in found] == ["ARM"]


def test_a_party_breaking_off_talks_answers_the_other_party(noun):
    events = [_event("CHN", "MNG", "040", "hold talks with"), _event("USA", None, "190", "strike")]
    found = antecedent_actors(noun("talk"), events, {"CHN"}, ANAPHORA)
    assert [a.code for a in found] == ["MNG"]
    found = antecedent_actors(noun("talk"), events, {"MNG"}, ANAPHORA)
    assert [a.code for a in found] == ["CHN"]


def test_a_noun_of_any_act_is_the_lead(noun):
    events = [_event("USA", "AFG", "161", "cancel talks"), _event("PAK", None, "190", "attack")]
    assert antecedent_event(noun("decision"), events, {"AFGGOV"}, ANAPHORA) is events[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a missile into the sea on Monday. South Korea raised its alert "
            "level. Japan condemned the launch.",
            ("JPN", "PRK", "111"),
        ),
        (
            "Rebels from Rwanda attacked a Congolese army post on Monday. Congolese soldiers "
            "returned fire. The United Nations condemned the attack.",
            ("IGOUNO", "RWAREB", "111"),
        ),
    ],
)
def test_reactions_answer_the_act_not_the_response(rules_coder, text, expected):
    events = event_triples(rules_coder, text)
    assert expected in events, events


@pytest.mark.slow
def test_welcoming_an_agreement_answers_both_signatories(rules_coder):
    events = event_triples(
        rules_coder,
        "Armenia and Azerbaijan signed a peace agreement on Friday. The United States offered "
        "help. Iran welcomed the agreement.",
    )
    assert {("IRN", "ARM", "051"), ("IRN", "AZE", "051")} <= events, events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China held talks with Mongolia on a loan in January. In March China suspended "
            "the talks.",
            ("CHN", "MNG", "164"),
        ),
        (
            "Sri Lanka's government held talks with the Tamil Tigers in 2002. The Tigers "
            "pulled out of the negotiations in April 2003.",
            ("LKAREBLTT", "LKAGOV", "164"),
        ),
    ],
)
def test_halting_talks_answers_the_other_party(rules_coder, text, expected):
    events = event_triples(rules_coder, text)
    assert expected in events, events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey proposed a peace plan for Syria on Monday. Damascus accepted the plan on "
            "Friday.",
            ("SYRGOV", "TUR"),
        ),
        ("Japan offered emergency aid to Tonga. Tonga agreed to the offer.", ("TON", "JPN")),
    ],
)
def test_accepting_an_offer_answers_its_author(rules_coder, text, expected):
    events = event_triples(rules_coder, text)
    assert any((s, t) == expected and c.startswith("03") for s, t, c in events), events
