"""Systematic English coverage of CAMEO roots 14-17 (protest, force posture, reduce relations,
coerce): light verbs with event nouns ("launched a general strike", "conducted a missile test"),
verb + object collocations chosen by the object's class ("boosted its military presence",
"suspended arms exports", "hit Belarus with sanctions"), phrasal verbs ("called off a trip",
"locked up") and the synonyms of each act. Sentences are written for these tests (none is from
a gold file or from others' material); each fails with the dictionary before lexC.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder(rules_coder):
    """These tests check the dictionary's patterns: the rules alone, whatever the classifier."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Garment workers in Dhaka launched a general strike.", "143"),
        ("Bus drivers in Santiago launched an indefinite strike.", "143"),
        ("Traders in Srinagar downed shutters to protest the killing.", "143"),
        ("Prisoners in Guantanamo refused to eat.", "142"),
        ("Detainees at the camp in Nauru sewed their lips together.", "142"),
        ("Activists in Manila burned an effigy of the president.", "141"),
        ("Students in Jakarta burned an effigy of the governor.", "141"),
        (
            "Workers in Buenos Aires took part in a demonstration against the austerity plan.",
            "1412",
        ),
        ("Miners in Bolivia clashed with police in La Paz.", "145"),
        ("Youths clashed with police in Belfast.", "145"),
        ("Opposition deputies in Kyiv heckled the prime minister.", "140"),
    ],
)
def test_root_14_protest(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea conducted a missile test off its east coast.", "150"),
        ("Iran carried out a missile test in the desert.", "150"),
        ("Pyongyang fired a missile into the sea on Tuesday.", "150"),
        ("Russian bombers violated Japanese airspace.", "150"),
        ("Chinese jets violated the airspace of Taiwan.", "150"),
        ("Turkey put its army on a war footing.", "152"),
        ("The government in Nairobi dispatched police to the border town.", "153"),
        ("Police in Lahore set up checkpoints across the city.", "153"),
        ("Spain intensified police patrols in Ceuta.", "153"),
        ("Russia dispatched paratroopers to Kazakhstan.", "154"),
        ("Armenia declared a general mobilisation.", "154"),
        ("Washington deployed bombers to Guam.", "154"),
        ("NATO boosted its military presence in the Baltic states.", "154"),
        ("Britain bolstered its naval presence in the Gulf.", "154"),
    ],
)
def test_root_15_force_posture(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moldova declared a Russian diplomat persona non grata.", "161"),
        ("The French minister cancelled a planned visit to Algeria.", "161"),
        ("Japan's foreign minister called off a trip to Seoul.", "161"),
        ("Paraguay withdrew recognition of Taiwan.", "161"),
        ("Finland suspended arms exports to Turkey.", "1622"),
        ("The IMF suspended disbursements to Ukraine.", "1621"),
        ("The World Bank halted lending to Myanmar.", "1621"),
        ("The European Union hit Belarus with new sanctions.", "163"),
        ("Washington slapped Iran with fresh sanctions.", "163"),
        ("Saudi Arabia closed its ports to Qatari ships.", "163"),
        # licences for weapons frozen, suspended or revoked stop military assistance (1622)
        ("Norway froze licences for missiles to the Emirates.", "1622"),
        ("Canada suspended licences for drones to Turkey.", "1622"),
        ("Britain revoked licences for arms to Israel.", "1622"),
        # a boycott refuses talks (125); 164 is for talks broken off
        ("The rebels boycotted the talks with the government in Bogota.", "125"),
    ],
)
def test_root_16_reduce_relations(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia took control of the Andina tin mine.", "1711"),
        ("Militias looted shops in Port-au-Prince.", "1711"),
        ("Soldiers burned villages in Rakhine.", "1712"),
        ("Russia blocked Facebook and Twitter.", "1721"),
        ("Authorities in Cairo banned public gatherings.", "1721"),
        ("Turkey took the broadcaster off the air.", "1721"),
        ("Thailand suspended the opposition party.", "1722"),
        ("Ethiopia proclaimed a state of emergency.", "1724"),
        ("Iranian police locked up dozens of students.", "173"),
        ("Egyptian police threw the blogger into prison.", "173"),
        ("Malaysia pushed back migrants across the sea border.", "174"),
        ("Greece sent back migrants to Turkey.", "174"),
        ("Police in Kampala beat protesters.", "175"),
        ("Belarus stripped opposition figures of their citizenship.", "172"),
        ("Azerbaijan confiscated the passports of the journalists.", "172"),
    ],
)
def test_root_17_coerce(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a strike named as a military one stays an air strike; a labour strike is a strike
        ("The air force launched strikes on rebel positions near Idlib.", "195", "143"),
        ("Dockers in Hamburg launched a general strike.", "143", "195"),
        # cancelling a meeting or a visit breaks off diplomatic exchange (161), not 160
        ("Chile cancelled a planned visit to Bolivia.", "161", "160"),
    ],
)
def test_senses_kept_apart(coder, text, expected, not_expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)
    assert not_expected not in codes, (text, codes)
