"""rules43: families of the language met in the misses of the news batches (111-116 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "triple"),
    [
        # names and seats of government of the period's copy
        ("The Abyssinian Government appealed to the League of Nations.", "1935-10-05",
         ("ETHGOV", "IGOLON", "020")),
        ("Berlin rejected the British note.", "1938-09-20", ("DEUGOV", "GBR", "120")),
        ("Nanking rejected the Japanese demand.", "1933-03-01", ("CHNGOV", "JPN", "120")),
        ("The Roumanian Government protested to Budapest.", "1930-05-01", ("ROUGOV", "HUNGOV", "114")),
    ],
)
def test_period_names_and_seats_name_their_states(rules_coder, text, date, triple):
    assert triple in event_triples(rules_coder, text, date)


@pytest.mark.slow
def test_a_french_or_italian_courtesy_title_keeps_the_leader(rules_coder):
    triples = event_triples(rules_coder, "M. Mitterrand met Signor Craxi in Rome.", "1985-10-05")
    assert ("FRAGOV", "ITAGOV", "040") in triples


@pytest.mark.slow
def test_a_protest_near_a_foreign_mission_in_the_objects_phrase_targets_its_state(rules_coder):
    text = "Thousands of people held a rally near the Japanese Embassy in Seoul."
    triples = event_triples(rules_coder, text)
    assert ("KORCVL", "JPN", "141") in triples
    assert not any(t and t.startswith("KOR") for _s, t, _c in triples)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The Security Council voted 15-0 for a resolution imposing sanctions on North Korea.",
         ("IGOUNO", "PRK", "163")),
        ("The Security Council voted in favour of a resolution imposing sanctions on Libya.",
         ("IGOUNO", "LBY", "163")),
        ("The Canadian Parliament approved a bill imposing sanctions on Russia.",
         ("CANLEG", "RUS", "163")),
    ],
)
def test_a_participle_on_an_enacted_text_is_the_enactors_act(rules_coder, text, triple):
    assert triple in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_text_opposed_is_not_the_opponents_act(rules_coder):
    text = "Canadian senators opposed a bill imposing sanctions on Russia."
    assert not any(c == "163" for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize("word", ["unforgivable", "egregious", "treacherous"])
def test_words_of_moral_condemnation_censure_an_act(rules_coder, word):
    text = f"Japan called the North Korean attack {word}."
    assert ("JPN", "PRK", "111") in event_triples(rules_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # no reading of the sentence names a target: the story's other side
        ("Peruvian troops crossed into Ecuador on Monday. On Tuesday Ecuador thanked its "
         "neighbours for their support.", ("ECU", "PER", "051")),
        ("Uruguay and Paraguay quarrelled over the river. Brazil urged both to show restraint.",
         ("BRA", "PRY", "0256")),
    ],
)
def test_an_act_with_no_target_is_aimed_at_the_storys_other_side(rules_coder, text, triple):
    assert triple in event_triples(rules_coder, text)


def test_military_postures_take_no_discourse_counterpart():
    from multivector.ontology.policy import load_policy

    policy = load_policy()
    assert policy.takes_discourse_counterpart("051")
    assert policy.takes_discourse_counterpart("0256")
    assert not policy.takes_discourse_counterpart("150")
    assert not policy.takes_discourse_counterpart("154")


@pytest.mark.slow
def test_an_act_on_a_named_treaty_takes_no_discourse_counterpart(rules_coder):
    text = "President Nazarbayev visited Turkey and Iran. The Kazakh legislature ratified the START Treaty."
    assert ("KAZLEG", None, "057") in event_triples(rules_coder, text, "1992-06-01")


@pytest.mark.slow
def test_the_discourse_counterpart_is_named_in_the_last_sentences(rules_coder):
    near = "Chile protested to Peru on Monday. Bolivia praised the agreement."
    far = (
        "Chile protested to Peru on Monday. The talks went on for hours. The weather was fine. "
        "Nobody spoke to reporters. Bolivia praised the agreement."
    )
    assert ("BOL", "PER", "051") in event_triples(rules_coder, near)
    assert ("BOL", None, "051") in event_triples(rules_coder, far)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # aircraft by their makers' and models' names make the attack aerial
        ("Malian MiG fighters bombed a market town in Burkina Faso.", ("MLIUAF", "BFA", "195")),
        ("Israeli F-16s bombed targets in Lebanon.", ("ISR", "LBN", "195")),
        # people held "as hostages"
        ("Iraq is holding as hostages several hundred British citizens.", ("IRQ", "GBRCVL", "181")),
        # a party called a name in contempt
        ("Ecuador called the Colombian soldiers gorillas.", ("ECU", "COLMIL", "111")),
    ],
)
def test_aircraft_names_hostages_held_and_names_of_contempt(rules_coder, text, triple):
    assert triple in event_triples(rules_coder, text)
