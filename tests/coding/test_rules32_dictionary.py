"""rules32: blame laid by "hold X responsible" when the parser hangs the adjective on the
object or makes it a clause (``syntax.predicative``); a bare "voted against" (120); the
accreditation of reporters withdrawn (1721) and of a mission's staff (161); a meeting called
(026) while "called off talks" stays a halt (164); a helper in a "with" phrase ("with the support of
X": `helper_nouns`) is no target; "the invasion" answers the latest occupation
before a later act of force (``lang/en/anaphora.yaml``). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    "text",
    [
        "Ankara held Damascus responsible for the shelling of the border town.",
        "Lithuania held the officials responsible for the crackdown in Belarus.",
        "Poland held Belarus responsible for the crisis.",
    ],
)
def test_hold_responsible_with_the_adjective_after_the_object(rules_coder, text):
    assert any(c == "112" for _s, _t, c in event_triples(rules_coder, text))


def test_hold_without_an_adjective_is_no_blame(rules_coder):
    triples = event_triples(rules_coder, "Poland held talks with Belarus on Monday.")
    assert not any(c.startswith("112") for _s, _t, c in triples)


def test_a_bare_vote_against_is_each_voters_rejection(rules_coder):
    triples = event_triples(rules_coder, "Chile, Peru and Ecuador voted against.")
    assert {s for s, _t, c in triples if c == "120"} == {"CHL", "PER", "ECU"}


def test_reporters_accreditation_withdrawn_is_a_restriction_on_the_press(rules_coder):
    triples = event_triples(
        rules_coder, "Ethiopia withdrew the accreditation of three foreign correspondents."
    )
    assert any(s == "ETH" and c == "1721" for s, _t, c in triples)


def test_a_missions_accreditation_withdrawn_is_a_cut_in_diplomatic_ties(rules_coder):
    triples = event_triples(
        rules_coder, "NATO withdrew the accreditation of eight staff at the Serbian mission."
    )
    assert ("IGOWSTNAT", "SRB", "161") in triples


def test_a_meeting_called_is_a_request_to_meet_not_a_phone_call(rules_coder):
    triples = event_triples(rules_coder, "Norway has called an emergency meeting of the council.")
    assert any(s == "NOR" and c == "026" for s, _t, c in triples)
    assert not any(c == "041" for _s, _t, c in triples)


def test_talks_called_off_stay_a_halt(rules_coder):
    triples = event_triples(rules_coder, "In May Serbia called off talks with Kosovo.")
    assert ("SRB", "KSV", "164") in triples


def test_the_invasion_answers_the_occupation_not_the_defenders_reply(rules_coder):
    text = (
        "Armenian troops occupied the district on Monday. Azerbaijani units fought back near "
        "the town on Tuesday. On Wednesday the UN Security Council condemned the invasion."
    )
    condemned = {t for s, t, c in event_triples(rules_coder, text) if s == "IGOUNO" and c == "111"}
    assert condemned and all((t or "").startswith("ARM") for t in condemned)


@pytest.mark.parametrize(
    "text",
    [
        "The truce was brokered by Qatar with the support of Egypt.",
        "The talks were mediated by Norway with help from Sweden.",
    ],
)
def test_a_helper_in_a_with_phrase_is_no_target(rules_coder, text):
    triples = event_triples(rules_coder, text)
    assert not any(t in ("EGY", "SWE") for _s, t, c in triples if c.startswith("04"))


def test_an_appeal_to_reinstate_a_leader_asks_for_a_change_in_leadership(rules_coder):
    triples = event_triples(rules_coder, "ECOWAS called on the junta to reinstate President Bazoum.")
    assert any(s == "IGOWAFWAS" and c == "0241" for s, _t, c in triples)


def test_a_leader_returning_to_power_is_no_concession(rules_coder):
    triples = event_triples(rules_coder, "Zelaya returned to power in June.")
    assert not any(c.startswith("083") for _s, _t, c in triples)


def test_security_agents_are_the_states_police(rules_coder):
    triples = event_triples(
        rules_coder, "In Khartoum, security agents detained two opposition figures on Monday."
    )
    assert any(s == "SDNCOP" and c == "173" for s, _t, c in triples)


def test_outrage_felt_at_a_named_act_is_censure_of_its_doer(rules_coder):
    text = (
        "Myanmar's army killed 100 protesters on Saturday. The UN secretary-general said he "
        "was deeply shocked by the killings."
    )
    assert ("IGOUNO", "MMRMIL", "111") in event_triples(rules_coder, text)


def test_outrage_denied_is_no_censure(rules_coder):
    text = (
        "Myanmar's army killed 100 protesters on Saturday. The UN secretary-general said he "
        "was not shocked by the killings."
    )
    assert not any(s == "IGOUNO" and c == "111" for s, _t, c in event_triples(rules_coder, text))


def test_their_ambassadors_are_no_co_doers_target(rules_coder):
    triples = event_triples(
        rules_coder, "Saudi Arabia, the UAE and Bahrain withdrew their ambassadors from Doha in 2014."
    )
    recalls = {(s, (t or "")[:3]) for s, t, c in triples if c == "161"}
    assert recalls == {("SAU", "QAT"), ("ARE", "QAT"), ("BHR", "QAT")}


def test_its_ambassador_names_no_target_of_its_own(rules_coder):
    triples = event_triples(rules_coder, "Saudi Arabia withdrew its ambassador from Doha.")
    assert {t for s, t, c in triples if c == "161"} == {"QATGOV"}
