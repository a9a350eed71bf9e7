"""Systematic English coverage of CAMEO roots 18-20 (assault, fight, unconventional mass
violence): weapons named by their class ("attacked villagers with machetes" 180, "set off a car
bomb" 1832, "buried a landmine" 1833, "released chlorine" 2041, "dropped an atomic bomb" 2042),
light verbs with event nouns ("carried out a terrorist attack", "committed sexual violence",
"committed war crimes", "committed genocide"), phrasal verbs ("roughed up", "wrested control
of", "wiped out") and the victims' class (a named official shot at: 185; a people driven out:
201). Sentences are written for these tests (none is from a gold file or from others'
material); each fails with the dictionary before lexC.
"""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen attacked villagers with machetes in Ituri.", "180"),
        ("Extremists threw acid at schoolgirls in Kandahar.", "180"),
        ("Islamists carried out a terrorist attack on a church in Lahore.", "180"),
        ("Boko Haram fighters seized dozens of villagers in Borno.", "181"),
        ("Soldiers committed sexual violence against women in Tigray.", "1821"),
        ("Police officers in Dhaka roughed up a journalist.", "182"),
        ("Insurgents set off a car bomb in Kirkuk.", "1832"),
        ("Taliban fighters buried a landmine on the road to Kandahar.", "1833"),
        ("Rebels set off a roadside bomb near a convoy in Mali.", "1833"),
        ("Separatists mailed a letter bomb to the governor of Aceh.", "183"),
        ("Gunmen opened fire on the prime minister in Bratislava.", "185"),
        ("Militants ambushed the convoy of the governor in Kunduz.", "185"),
        ("Israel eliminated the Hezbollah commander in Beirut.", "186"),
    ],
)
def test_root_18_assault(rules_coder, text, expected):
    codes = {e.cameo for e in rules_coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan went to war with Armenia.", "190"),
        ("Serbian forces surrounded the town of Srebrenica.", "191"),
        ("The army cut off the city of Aleppo.", "191"),
        ("The rebels wrested control of the town from the army in Yemen.", "192"),
        ("Soldiers sprayed the crowd with bullets in Yangon.", "193"),
        ("Syrian government forces unleashed an artillery barrage on Idlib.", "194"),
        ("The rebels resumed hostilities in Donbas despite the truce.", "196"),
        ("Hamas flouted the ceasefire with Israel.", "196"),
    ],
)
def test_root_19_fight(rules_coder, text, expected):
    codes = {e.cameo for e in rules_coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia committed war crimes against civilians in Darfur.", "200"),
        ("Serb forces forced thousands to flee their homes in Kosovo.", "201"),
        ("Soldiers emptied the villages of their inhabitants in Chechnya.", "201"),
        ("Hutu militias committed genocide against the Tutsi in Rwanda.", "202"),
        ("The army wiped out villagers in Guatemala.", "202"),
        ("Syria released chlorine on the town of Douma.", "2041"),
        ("The United States dropped an atomic bomb on Hiroshima.", "2042"),
    ],
)
def test_root_20_mass_violence(rules_coder, text, expected):
    codes = {e.cameo for e in rules_coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a hunger strike staged is a protest, not an air strike
        ("The jailed blogger staged a hunger strike in Baku.", "142", "195"),
        # nationals deported are individuals expelled (174), not a people driven out (201)
        ("Ghana deported 200 Nigerians for overstaying their visas.", "174", "201"),
        # an official shot at (not said to be killed) is an attempt on his life (185)
        ("Colombian rebels shot at a senator in Cali.", "185", "186"),
    ],
)
def test_senses_kept_apart(rules_coder, text, expected, not_expected):
    codes = {e.cameo for e in rules_coder.code_text(text)}
    assert expected in codes, (text, codes)
    assert not_expected not in codes, (text, codes)
