"""The right code within a root: CAMEO's specific codes chosen by what the act is done to or
by what kind of act is threatened or refused (sentences written for these tests)."""

from __future__ import annotations

import pytest

from multivector.ontology.policy import load_policy

CASES = [
    # a threatened act by its kind (policy threat_codes): conventional attack 1384,
    # unconventional violence 1383, a blockade 1381, an administrative sanction 132x, an
    # announced deployment of force 138
    ("Iran threatened to launch an offensive against Iraq.", "IRN", "IRQ", "1384"),
    ("Eritrea threatened to shell Ethiopian border towns.", "ERI", "ETH", "1384"),
    ("The Chilean government threatened to impose a curfew on Valparaiso.", "CHL", None, "1323"),
    ("Venezuela said it would send troops to the border with Guyana.", "VEN", "GUY", "138"),
    # persons released, also as a pronoun, a part of a group or a people's name: 0841
    ("Colombian rebels freed them on Tuesday.", "COL", None, "0841"),
    ("Peru released 12 of them after the ceasefire.", "PER", None, "0841"),
    ("The Malian junta released several of its commanders.", "MLI", None, "0841"),
    # refusing judicial cooperation (extradition, a handover to a court): 1213
    ("Sudan refused to extradite the suspects to Chad.", "SDN", "TCD", "1213"),
    ("Norway rejected a Swedish request to extradite the businessman.", "NOR", "SWE", "1213"),
    ("A Lebanese court declined to extradite the banker to France.", "LBN", "FRA", "1213"),
    ("Uganda refused to transfer the suspects to Rwandan courts.", "UGA", "RWA", "1213"),
    ("The Dutch court declined to surrender the fugitive to Turkey.", "NLD", "TUR", "1213"),
    # refraining from force, appealed for (0256) or promised (0356)
    ("Washington urged Pyongyang to refrain from provocative actions.", "USA", "PRK", "0256"),
    ("The Arab League asked Israel to abstain from military action in Gaza.", "IGO", "ISR", "0256"),
    ("Moscow pledged to refrain from attacks on civilian infrastructure.", "RUS", None, "0356"),
    # aid continued, increased or resumed to someone is of the kind its object names
    ("Britain promised to continue military aid to Ukraine.", "GBR", "UKR", "0332"),
    ("Japan pledged to increase economic aid to Laos.", "JPN", "LAO", "0331"),
    ("The EU will step up humanitarian assistance to Sudan.", "IGOEUREEC", "SDN", "0333"),
    ("Norway continued its development aid to Malawi.", "NOR", "MWI", "071"),
    # displeasure conveyed or registered to a government is an official complaint: 114
    ("Chile conveyed its displeasure to the Bolivian ambassador.", "CHL", "BOL", "114"),
    ("The Polish foreign ministry registered its objection with Minsk.", "POL", "BLR", "114"),
    ("Italy expressed its dissatisfaction to Egypt over the case.", "ITA", "EGY", "114"),
    # trade restricted, with or without a partner named, is an economic sanction (163, 1312)
    ("Japan warned that it could restrict imports of Korean steel.", "JPN", "KOR", "1312"),
    ("Vietnam threatened to limit imports of Thai sugar.", "VNM", "THA", "1312"),
    ("The Chinese government curbed imports of Australian wine.", "CHN", "AUS", "163"),
    # a suspect moved into another state's justice is judicial cooperation: 063
    ("Germany transferred two suspects to the tribunal in The Hague.", "DEU", "NLD", "063"),
    ("Brazil transferred the accused to Portuguese custody.", "BRA", "PRT", "063"),
    # an alert raised by a state with no police named is military: 152
    ("Greece raised the alert level of its navy in the Aegean.", "GRC", None, "152"),
    ("The Philippine navy remained on alert near the disputed shoal.", "PHL", None, "152"),
    ("Thailand went on alert along its Cambodian frontier.", "THA", None, "152"),
    # a state agent's own kind of the act (policy agent_codes): police alerts 151, police
    # investigations of a crime 091
    ("The Kenyan police raised their alert level before the vote.", "KENCOP", None, "151"),
    ("Nigerian police went on alert ahead of the governorship elections.", "NGACOP", None, "151"),
    ("Bolivian police were investigating the shooting in Cochabamba.", "BOLCOP", None, "091"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target", "code"), CASES)
def test_code_within_the_root(coder, text, source, target, code):
    events = coder.code_text(text)
    got = [
        (e.source and e.source.code, e.target and e.target.code, e.cameo) for e in events
    ]
    assert any(
        e.cameo == code
        and e.source is not None
        and e.source.code.startswith(source)
        and (target is None or (e.target is not None and e.target.code.startswith(target)))
        for e in events
    ), (text, got)


def test_agent_codes_by_the_source_agent():
    policy = load_policy()
    assert policy.agent_code("152", "KENCOP") == "151"  # police alert
    assert policy.agent_code("152", "KENMIL") == "152"  # the army's stays military
    assert policy.agent_code("090", "PERCOP") == "091"  # the police investigate a crime
    assert policy.agent_code("090", "PERJUD") == "090"  # a prosecutor's inquiry may be general
    assert policy.agent_code("190", "KENCOP") == "190"  # acts not listed keep their code
    assert policy.agent_code("152", "IGOUNO") == "152"  # organisations: no agent read
