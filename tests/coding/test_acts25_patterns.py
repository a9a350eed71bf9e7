"""acts25: acts the verb dictionary had no pattern for (coding/data/verbs.yaml), written from the
CAMEO definitions: a protest filed or conveyed (114), a council statement blocked (129), war
declared (190), relations established or ambassadors exchanged (054), a joint investigation team
formed with a partner (063), a briefing as information shared (064), arms received from a
supplier (072), reconstruction money pledged (0331), aid put off (162/1621), an envoy by the
title of his mission (114), trade privileges withdrawn (163), an exclusion or no-fly zone
(191), an extradition halted (1213), joint patrols or operations (062), money handed over,
deposited or extended as a credit line (071), a strait closed to another's ships (191),
membership applied for (022), a joint sail (062), images or documents shared (064),
ratification documents exchanged (057), electricity exports cut (163), backing given (051), a case raised with a counterpart (040). Sentences are written for these tests (none
is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile filed a protest with Bolivia over the border incident.", ("CHL", "BOL", "114")),
        ("Kuwait sent a protest to Iraq about the shelling.", ("KWT", "IRQ", "114")),
        ("Hungary conveyed a formal protest to Romania.", ("HUN", "ROU", "114")),
        ("Russia and China blocked a Security Council statement on Burundi.", ("RUS", "BDI", "129")),
        ("The statement on Burundi was blocked by Russia.", ("RUS", "BDI", "129")),
        ("Paraguay declared war on Bolivia.", ("PRY", "BOL", "190")),
        ("Paraguay declares war on Bolivia.", ("PRY", "BOL", "190")),
        ("Portugal established diplomatic relations with Mongolia.", ("PRT", "MNG", "054")),
        ("Portugal and Mongolia established diplomatic relations in 1975.", ("PRT", "MNG", "054")),
        (
            "Jordan and Israel signed a peace treaty in 1994. The two countries exchanged ambassadors in 1995.",
            ("JOR", "ISR", "054"),
        ),
        ("Belgium set up a joint investigation team with Spain.", ("BEL", "ESP", "063")),
        ("The Thai minister briefed Vietnam on the talks.", ("THAGOV", "VNM", "064")),
        ("Angola took delivery of six helicopters from Russia.", ("RUS", "AGO", "072")),
        ("Norway pledged $50 million in reconstruction aid to Nepal.", ("NOR", "NPL", "0331")),
        ("Finland placed its aid to Tanzania on hold.", ("FIN", "TZA", "162")),
        ("Ghana called in the French deputy chief of mission.", ("GHA", "FRAGOV", "114")),
        ("Washington revoked Vietnam's most-favored-nation status.", ("USAGOV", "VNM", "163")),
        ("France imposed a no-fly zone over Chad.", ("FRA", "TCD", "191")),
        ("Denmark postponed 20 million euros of budget support to Niger.", ("DNK", "NER", "1621")),
        ("Sweden delayed its aid to Zambia.", ("SWE", "ZMB", "162")),
        ("Norway suspended the extradition of the suspect to Belarus.", ("NOR", "BLR", "1213")),
        ("Estonian ships patrolled with Latvian ships.", ("EST", "LVA", "062")),
        ("British jets took part alongside American aircraft.", ("GBR", "USA", "062")),
        ("Japan handed over the first 40 million dollars to Laos.", ("JPN", "LAO", "071")),
        ("Sweden raised the case with Turkey.", ("SWE", "TUR", "040")),
        ("Kenya announced 3 million dollars in humanitarian assistance for Somalia.", ("KEN", "SOM", "0333")),
        ("Qatar deposited 2 billion dollars in Egypt's central bank.", ("QAT", "EGYGOV", "071")),
        ("The Arab League gave its blessing to the Saudi plan.", ("IGOMEAARL", "SAU", "051")),
        ("Japan extended a credit line to Kenya.", ("JPN", "KEN", "071")),
        ("Turkey closed the straits to Russian shipping.", ("TUR", "RUS", "191")),
        ("Georgia applied for membership of the European Union.", ("GEO", "IGOEUREEC", "022")),
        ("Indian and French warships held a joint sail.", ("INDMIL", "FRAMIL", "062")),
        ("Japan shared satellite images with Vietnam.", ("JPN", "VNM", "064")),
        ("Chile and Peru exchanged the ratification documents of the fisheries treaty.", ("CHL", "PER", "057")),
        ("Laos cut its electricity exports to Cambodia.", ("LAO", "KHM", "163")),
    ],
)
def test_an_act_phrased_in_other_words_is_coded(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


def test_restored_relations_stay_diplomatic_cooperation(rules_coder):
    triples = event_triples(rules_coder, "Portugal restored diplomatic relations with Mongolia.")
    assert ("PRT", "MNG", "050") in triples
    assert not any(code == "054" for _s, _t, code in triples)


def test_a_street_protest_is_no_official_complaint(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "Students filed into the square to protest against Chile.")}
    assert "114" not in codes


def test_a_briefing_is_no_bare_statement(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "The Thai minister briefed Vietnam on the talks.")}
    assert "010" not in codes


def test_congratulations_sent_are_praise_not_a_thing_sent(rules_coder):
    codes = {code for _s, _t, code in event_triples(rules_coder, "Norway sent a congratulatory message to Iceland.")}
    assert "051" in codes and "060" not in codes
