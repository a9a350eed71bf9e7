"""rules38: families of the language met in the misses of the news batches (83-84 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence: patrols, people held, the Pope, the regional human-rights bodies, "Burkina".
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import dateline_in, event_triples, has_event, killed_doc, killing_code


@pytest.mark.parametrize("force", ["Soldiers", "Troops in armoured vehicles", "Armoured vehicles"])
def test_armed_forces_patrolling_a_place_show_force_there(rules_coder, force):
    text = f"Protests spread across Kenya on Monday. {force} patrolled the streets of Nairobi."
    triples = event_triples(rules_coder, text, "2024-06-25")
    assert any(s.startswith("KEN") and c == "150" for s, _, c in triples)


def test_people_patrolling_are_no_show_of_force(rules_coder):
    text = "Protests spread across Kenya on Monday. Volunteers patrolled the streets of Nairobi."
    triples = event_triples(rules_coder, text, "2024-06-25")
    assert not any(c.startswith("15") for _, _, c in triples)


def test_peacekeepers_on_patrol_keep_the_peace(rules_coder):
    text = "UN peacekeepers patrolled the buffer zone between Ethiopia and Eritrea."
    triples = event_triples(rules_coder, text, "2005-03-01")
    assert any("UNO" in s and t == "ETH" and c == "074" for s, t, c in triples)


def test_two_forces_patrolling_together_cooperate(rules_coder):
    text = "Malian and Nigerien units now patrol the border road together."
    triples = event_triples(rules_coder, text, "2021-03-01")
    assert has_event(triples, "MLI", "NER", "062") or has_event(triples, "NER", "MLI", "062")


def test_patrols_stepped_up_show_force(rules_coder):
    text = "The Ghanaian navy has stepped up patrols off the coast of Togo."
    triples = event_triples(rules_coder, text, "2021-03-01")
    assert any(s.startswith("GHA") and c.startswith("15") for s, _, c in triples)


@pytest.mark.parametrize(
    "sentence", ["A judge ordered him held for seven days.", "A court ordered them held until May."]
)
def test_people_ordered_held_are_detained(rules_coder, sentence):
    text = f"Ecuador's Congress removed the vice-president on Friday. {sentence}"
    triples = event_triples(rules_coder, text, "2024-04-08")
    assert any(s.startswith("ECU") and c == "173" for s, _, c in triples)


def test_people_held_by_an_armed_group_are_its_hostages(rules_coder):
    text = "Rebels of the Lord's Resistance Army are holding twelve Ugandan soldiers in Garamba."
    triples = event_triples(rules_coder, text, "2008-12-01")
    assert any(c == "181" for _, _, c in triples)
    assert not any(c == "173" for _, _, c in triples)


def test_talks_held_are_no_detention(rules_coder):
    text = "The Ecuadorian minister held talks with journalists in Quito."
    assert not any(c == "173" for _, _, c in event_triples(rules_coder, text, "2024-04-08"))


@pytest.mark.parametrize("title", ["the Pope", "the pontiff"])
def test_the_pope_by_his_title_is_the_holy_see(rules_coder, title):
    text = (
        f"Chile and Argentina were close to war. On Friday {title} asked the two leaders to talk."
    )
    triples = event_triples(rules_coder, text, "1978-12-23")
    assert any(s.startswith("VAT") and t.startswith("CHL") for s, t, _ in triples)
    assert not any(s.startswith("CHLREL") or s.startswith("ARGREL") for s, _, _ in triples)


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("The Inter-American Commission on Human Rights", "IGOOAS"),
        ("The European Court of Human Rights", "IGOEURCOE"),
    ],
)
def test_the_regional_human_rights_bodies_are_their_organisations(rules_coder, name, tag):
    text = f"{name} condemned Bolivia on Tuesday for the killings."
    triples = event_triples(rules_coder, text, "2019-11-20")
    assert any(s.startswith(tag) and t.startswith("BOL") and c == "111" for s, t, c in triples)


def test_burkina_alone_is_burkina_faso(rules_coder):
    text = "France criticised Burkina on Monday."
    assert has_event(event_triples(rules_coder, text, "2023-02-20"), "FRA", "BFA", "111")


@pytest.mark.parametrize("unit", ["An army patrol", "A patrol of soldiers", "Army patrols"])
def test_a_patrol_of_the_army_is_the_army(rules_coder, unit):
    text = f"Peru's government faces questions. {unit} attacked a rebel camp near Ayacucho."
    triples = event_triples(rules_coder, text, "1985-09-20")
    assert any(s == "PERMIL" and c.startswith("19") for s, _, c in triples)


@pytest.mark.parametrize("verb", ["reiterated", "repeated", "restated"])
def test_a_stance_said_again_names_its_act(rules_coder, verb):
    text = f"Mali's army seized power on Tuesday. Paris {verb} its condemnation of the coup."
    triples = event_triples(rules_coder, text, "2020-08-19")
    assert any(s.startswith("FRA") and c == "111" for s, _, c in triples)


@pytest.mark.parametrize(
    "idiom", ["struck a conciliatory tone", "struck a harder note", "hit a record high"]
)
def test_an_idiom_of_a_force_verb_is_no_attack(rules_coder, idiom):
    text = f"Bolivia nationalised its gas on Monday. Argentina {idiom} on Tuesday."
    triples = event_triples(rules_coder, text, "2006-05-03")
    assert not any(s.startswith("ARG") and c.startswith(("18", "19")) for s, _, c in triples)


def test_a_pattern_naming_the_object_still_applies(rules_coder):
    text = "Chile struck a deal with Bolivia on Tuesday."
    assert has_event(event_triples(rules_coder, text, "2006-05-03"), "CHL", "BOL", "057")


def test_a_force_verb_with_a_physical_object_is_still_an_attack(rules_coder):
    text = "Rebels struck an army convoy near Tarija on Tuesday."
    triples = event_triples(rules_coder, text, "2006-05-03")
    assert any(c.startswith("19") for _, _, c in triples)


@pytest.mark.parametrize(
    "line",
    [
        "DAKAR, 3 May (translated from the French of a Dakar daily) - ",
        "STOCKHOLM, 7 September - ",
        "COLOMBO, 19 May: ",
    ],
)
def test_a_dateline_may_put_the_day_before_the_month(line):
    assert dateline_in(line) == line.strip()


def test_a_day_before_a_month_in_prose_is_no_dateline():
    from multivector.nlp import find_dateline

    assert find_dateline("On 3 May - a Tuesday - Senegal closed the border.") is None


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("1. (C) Summary: The army shelled the town.", "The army shelled the town."),
        ("QUESTION (state television): NATO cut the mission.", "NATO cut the mission."),
        ("The attack: Russian forces struck Kyiv.", "Russian forces struck Kyiv."),
    ],
)
def test_a_short_label_opening_a_line_is_cut_off(rules_coder, text, first):
    sents = [s.text for s in rules_coder.nlp(text).sents]
    assert first in sents


@pytest.mark.parametrize(
    "text",
    [
        "27 July 1998: Russian troops crossed the border.",
        'The governor said: "The crossing will reopen next week."',
        "The governor said: The crossing will reopen next week.",
    ],
)
def test_a_dated_heading_or_a_speaker_stays_with_its_words(rules_coder, text):
    assert len(list(rules_coder.nlp(text).sents)) == 1


def _killed_people(parse, count: str, noun: str, pos: str, ent: str, lemma: str = ""):
    # "Militias killed <count> <noun>", the noun a people's name (NORP) or not
    return killed_doc(parse, count, noun, lemma or noun.lower(), pos, ent)


def _mass_code(doc) -> str:
    # the coder's victims: CIVILIAN and PEOPLE_GROUP, whose "@norp" is a people's name
    return killing_code(doc, frozenset({"villager", "@norp"}))


def test_many_people_named_by_their_people_killed_is_a_mass_killing(parse):
    assert _mass_code(_killed_people(parse, "45", "Albanians", "PROPN", "B-NORP")) == "202"


def test_many_of_a_named_group_killed_is_not_by_its_name_a_mass_killing(parse):
    # "killed 45 Taliban": an organisation's name is no people's
    assert _mass_code(_killed_people(parse, "45", "Taliban", "PROPN", "B-ORG")) == "190"


def test_a_village_of_thirty_massacred_is_a_mass_killing(parse):
    assert _mass_code(_killed_people(parse, "30", "villagers", "NOUN", "O", "villager")) == "202"
    assert _mass_code(_killed_people(parse, "12", "villagers", "NOUN", "O", "villager")) == "190"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Pyongyang dismissed the agency as a political tool.", "111"),
        ("Pyongyang dismissed the inspections as a publicity stunt.", "111"),
        ("Pyongyang dismissed the offer as a ploy.", "120"),
    ],
)
def test_dismissed_in_contempt_is_criticism_unless_an_offer(rules_coder, sentence, code):
    text = f"The IAEA criticised North Korea on Monday. {sentence}"
    triples = event_triples(rules_coder, text, "2023-05-01")
    assert any(s.startswith("PRK") and c == code for s, _, c in triples)


def test_a_plan_called_unrealistic_is_criticised(rules_coder):
    text = "France proposed a plan to retake the enclave. London called the plan unrealistic."
    triples = event_triples(rules_coder, text, "1995-07-13")
    assert any(s.startswith("GBR") and c == "111" for s, _, c in triples)
