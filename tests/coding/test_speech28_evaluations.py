"""Evaluations in a said-clause (coding/evaluations.py, data/reports.yaml ``evaluations``).

A reporting verb whose that-clause judges another party is itself the act: a censure (111)
of the party the clause names or of the judged thing's owner, a rejection (12x) of the act
answered, pessimism (012) or optimism (013) about one's own hopes. The sentences are written
for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def _codes(events: set, source: str) -> set[tuple[str | None, str]]:
    return {(t, c) for s, t, c in events if s.startswith(source)}


def test_copula_censure_of_a_named_owner(coder) -> None:
    events = _events(coder, "Somalia's foreign minister said Kenya's decision was illegal.")
    assert ("KEN", "111") in {(t and t[:3], c) for s, t, c in events if s.startswith("SOM")}


def test_lacking_a_legal_basis_answers_the_act_just_told(coder) -> None:
    text = (
        "Bolivia closed its border with Peru on Monday. "
        "Peru's foreign minister said the closure had no legal basis."
    )
    assert ("BOL", "111") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("PER")}


def test_an_actor_subject_doing_a_censured_act(coder) -> None:
    events = _events(coder, "Chile's foreign ministry said Bolivia was politicising the dispute.")
    assert ("BOL", "111") in {(t and t[:3], c) for s, t, c in events if s.startswith("CHL")}


def test_a_failure_to_meet_obligations(coder) -> None:
    text = '"Ghana has failed to honour its obligations under the treaty," Togo\'s government said.'
    assert ("GHA", "111") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("TGO")}


def test_optimism_of_the_speaker(coder) -> None:
    text = "Ethiopia's prime minister said he was confident that the talks would succeed."
    assert (None, "013") in _codes(_events(coder, text), "ETH")


def test_disappointment_with_a_named_party_is_censure(coder) -> None:
    text = "Norway's prime minister said he was deeply disappointed by the decision of Sweden."
    assert ("SWE", "111") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("NOR")}


def test_a_treaty_that_cannot_be_renegotiated_rejects_the_party_answered(coder) -> None:
    text = (
        "Norway expelled a Swedish diplomat. "
        "Sweden's prime minister said the agreement could not be renegotiated."
    )
    assert ("NOR", "125") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("SWE")}


def test_no_party_no_event(coder) -> None:
    text = "The ambassador said the weather was a disgrace."
    assert not {e for e in _events(coder, text) if e[2] == "111"}


def test_a_hypothetical_judgement_is_no_event(coder) -> None:
    text = "Peru's foreign minister said any deal with Chile would be a mistake."
    assert not {e for e in _events(coder, text) if e[2] == "111"}


def test_a_negated_judgement_is_no_event(coder) -> None:
    text = "Peru's foreign minister said Chile's decision was not illegal."
    assert not {e for e in _events(coder, text) if e[2] == "111"}


def test_the_patient_of_an_event_noun_is_not_judged(coder) -> None:
    text = "The Arab League chief said the invasion of Kuwait was illegal."
    assert not {e for e in _events(coder, text) if e[1] and e[1].startswith("KWT")}


def test_a_denial_towards_the_party_named(coder) -> None:
    text = "Latvia's foreign ministry said it had nothing to do with the unrest in Lithuania."
    assert ("LTU", "016") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("LVA")}


def test_a_denial_answers_the_latest_accuser(coder) -> None:
    text = (
        "Estonia accused Russia of the cyberattacks. "
        "The Kremlin said it had nothing to do with the attacks."
    )
    assert ("EST", "016") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("RUS")}


def test_a_denial_towards_no_one_is_no_event(coder) -> None:
    text = "The Kremlin said Russia had nothing to do with it."
    assert not {e for e in _events(coder, text) if e[2] == "016"}


def test_an_option_weighed_towards_a_named_party(coder) -> None:
    text = "Sweden and Denmark said they were reviewing their arms exports to Qatar."
    events = {(s[:3], t and t[:3], c) for s, t, c in _events(coder, text)}
    assert {("SWE", "QAT", "014"), ("DNK", "QAT", "014")} <= events


def test_an_option_weighed_towards_no_one_is_no_event(coder) -> None:
    text = "Norway's government said it was studying the recommendations."
    assert not {e for e in _events(coder, text) if e[2] == "014"}


def test_another_party_s_subject_is_not_the_speaker_s_option(coder) -> None:
    text = "Norway's prime minister said Sweden was reviewing its arms exports to Qatar."
    assert not {e for e in _events(coder, text) if e[0].startswith("NOR") and e[2] == "014"}


def test_praise_of_a_named_party(coder) -> None:
    events = _events(coder, "Peru's foreign minister said Chile's decision was a positive step.")
    assert ("CHL", "051") in {(t and t[:3], c) for s, t, c in events if s.startswith("PER")}


def test_praise_with_no_party_is_no_event(coder) -> None:
    events = _events(coder, "Peru's foreign minister said the decision was a positive step.")
    assert not {e for e in events if e[2] == "051"}


def test_a_past_perfect_report_is_background(coder) -> None:
    text = "Chile's foreign minister had said that Peru was politicising the dispute."
    assert not {e for e in _events(coder, text) if e[2] == "111"}


def test_a_party_said_to_have_betrayed(coder) -> None:
    events = _events(coder, "Fiji's prime minister said Tonga had betrayed the region.")
    assert ("TON", "111") in {(t and t[:3], c) for s, t, c in events if s.startswith("FJI")}


def test_not_negotiable_on_the_complement_answers_the_act_told(coder) -> None:
    text = (
        "Norway expelled a Swedish diplomat. "
        'Sweden\'s prime minister said the integrity of Sweden\'s borders was "not negotiable".'
    )
    assert ("NOR", "124") in {(t and t[:3], c) for s, t, c in _events(coder, text) if s.startswith("SWE")}


def test_a_report_joined_to_a_past_perfect_verb_is_background(coder) -> None:
    text = "Chile's foreign minister had met Peru's envoy and said that Peru was politicising the dispute."
    assert not {e for e in _events(coder, text) if e[2] == "111"}
