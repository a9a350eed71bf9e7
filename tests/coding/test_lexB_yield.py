"""Root 08 (yield) in the event dictionary: demands acceded to and claims or suits dropped
(080), freedoms restored (0811), curfews and emergencies ended by any verb (0813, 0814),
dissent called off (082), offices given up (0831), policies shelved (0832), civilian rule
restored (0834), pardons and amnesties (0841), property given back (0842), sanctions phased
out or a listing removed (085), inspectors hosted (0862), truces accepted (0871), fighting
halted (087), withdrawal from a place (0874), militias disbanded (0873). Sentences are written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government of Peru acceded to the miners' demands on Tuesday.", "080"),
        ("Bolivia dropped its claim to the disputed lake.", "080"),
        ("Hungary lifted its objections to the Swedish bid.", "080"),
        ("Russian troops withdrew from the buffer zone.", "0874"),
        ("Ecuador withdrew its lawsuit against Chevron.", "080"),
        ("Myanmar's junta lifted restrictions on freedom of assembly.", "0811"),
        ("Ethiopia restored internet access in Tigray.", "0811"),
        ("Authorities in Colombo scrapped the curfew on Monday.", "0813"),
        ("Thailand's government rescinded the state of emergency.", "0814"),
        ("Farmers in India abandoned their protest.", "082"),
        ("The Bolivian president stood down in November.", "0831"),
        ("The Malian prime minister relinquished his post.", "0831"),
        ("Poland shelved its judicial plan after EU pressure.", "0832"),
        ("The government of Burkina Faso restored civilian rule in 2015.", "0834"),
        ("The junta in Guinea ended military rule.", "0834"),
        ("Iran granted amnesty to the protesters.", "0841"),
        ("Britain gave back the artefacts to Nigeria.", "0842"),
        ("Washington delisted the Cuban bank.", "085"),
        ("The EU phased out tariffs on Ukrainian grain.", "085"),
        ("Iran hosted IAEA inspectors in Isfahan.", "0862"),
        ("Israel reopened the crossing for aid convoys.", "0863"),
        ("Armenia accepted the ceasefire.", "0871"),
        ("Azerbaijan halted its offensive against Armenia.", "087"),
        ("Turkey suspended airstrikes in northern Iraq.", "087"),
        ("Russia scaled down its troops in Belarus.", "087"),
        ("Ethiopian forces withdrew from Mekelle.", "0874"),
        ("The Colombian government disbanded the paramilitary groups.", "0873"),
    ],
)
def test_yield_through_the_coder(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # a policy suspended is no reversal of it; a suspect handed over is extradition
        ("The United States suspended its aid programme for Bosnia.", "0832"),
        ("Morocco handed over a suspect in the bombing.", "0841"),
    ],
)
def test_not_a_yield(coder, text, not_expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert not_expected not in codes, (text, codes)
