"""Further verb senses and light-verb patterns: troops flown in (154), instruments of
ratification exchanged (057), criminal cases opened (091), commissions of inquiry set up (090),
trade increased and energy supplied (061), coming to someone's aid (070, not a visit). Sentences are written for
these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder(rules_coder):
    """These tests check the dictionary's patterns: the rules alone, whatever the classifier."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Russia flew 300 paratroopers to Belarus.", "154", None),
        ("France airlifted two companies of marines to Chad.", "154", None),
        ("Chile and Bolivia exchanged instruments of ratification in Santiago.", "057", None),
        (
            "Prosecutors in Georgia opened a criminal case against the former president.",
            "091",
            None,
        ),
        ("Kenya set up a truth commission to investigate the killings.", "090", None),
        ("The European Union increased trade with Vietnam.", "061", None),
        ("Ghana pledged to come to the aid of Togo.", "033", "036"),
        # mediation or talks opposed are rejected (126, 125); work shunned is a strike (143)
        ("Serbia opposed Russian mediation between Belgrade and Pristina.", "126", None),
        ("Kenyan dock workers in Mombasa shunned work to protest the port deal.", "143", None),
        # export licences granted ease a control (085), suspended tighten it (163); cargo
        # held up is a blockade (191)
        ("Germany approved new export licences for Turkey in March.", "085", None),
        ("Canada suspended export licences for Saudi Arabia.", "163", None),
        ("Uzbekistan held up hundreds of rail wagons bound for Tajikistan.", "191", None),
        # energy supplied to another country is economic cooperation (061; offered, 0311)
        ("Azerbaijan began to pump gas to Georgia through the new line.", "061", "060"),
        ("Ukraine offered to send coal to Moldova.", "0311", "031"),
    ],
)
def test_through_the_coder(coder, text, expected, not_expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)
    assert not_expected is None or not_expected not in codes, (text, codes)
