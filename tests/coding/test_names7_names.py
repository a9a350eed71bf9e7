"""Actors named without their country (actors/data/organizations.yaml, agents.yaml,
coding/actors.py ``of_agents``).

- armed groups, militias and insurgencies are their country + REB/INS/SEP/UAF/CRM;
- parties and movements are their country + PTY/OPP;
- state bodies news names alone (legislatures, intelligence services, police forces, the
  Pentagon, central banks, state news agencies) are their country + LEG/SPY/COP/MIL/GOV/MED;
- role nouns of the form "X of Y" ("heads of government", "members of parliament", "Ministry of
  Health", "Department of Foreign Affairs") give their agent from the head word X, plural or
  not, and the "of Y" words are not read as a second actor ("Ministry of Interior of Kenya").

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.model import Document


def _dyads(coder, text: str) -> set[tuple[str, str | None]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-03-01")]))
    return {(e.source.code, e.target.code if e.target else None) for e in coded.events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # armed groups
        ("The Lord's Resistance Army attacked a village in Congo.", "UGAREB"),
        ("Shining Path accused the Chilean government of torture.", "PERREB"),
        ("The Haqqani network threatened Pakistan on Sunday.", "AFGREB"),
        ("The Wagner Group denounced the French government.", "RUSUAF"),
        ("Los Zetas threatened Canadian journalists.", "MEXCRM"),
        # parties and movements
        ("Likud accused the Jordanian government of incitement.", "ISRPTY"),
        ("Fidesz criticised the European Commission on Friday.", "HUNPTY"),
        ("The Economic Freedom Fighters condemned Israel.", "ZAFOPP"),
        # state bodies named alone
        ("The Knesset condemned Turkey on Wednesday.", "ISRLEG"),
        ("The Lok Sabha praised Nepal for its help.", "INDLEG"),
        ("The FSB accused Estonia of espionage.", "RUSSPY"),
        ("The Carabinieri arrested three Albanian smugglers.", "ITACOP"),
        ("The Pentagon criticised China over the drills.", "USAMIL"),
        ("The Bank of Japan praised South Korea.", "JPNGOV"),
        ("Xinhua accused Australia of hypocrisy.", "CHNMED"),
        ("The Royal Navy escorted a Dutch tanker.", "GBRMIL"),
        ("Westminster condemned the Iranian government.", "GBRLEG"),
        ("Spetsnaz units attacked Georgian positions.", "RUSMIL"),
        ("The Russian Volunteer Corps attacked a border village.", "RUSREB"),
    ],
)
def test_an_actor_named_without_its_country_is_coded_with_it(coder, text, source):
    dyads = _dyads(coder, text)
    assert any(s.startswith(source) for s, _ in dyads), dyads


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ghana's heads of government criticised Togo.", ("GHAGOV", "TGO")),
        ("The Greek coastguard rescued Libyan fishermen.", ("GRCMIL", "LBYCVL")),
        ("Peru's spy chief met Bolivian officials in Lima.", ("PERSPY", "BOLGOV")),
        ("Brazil's Ministry of Health thanked Cuba for the doctors.", ("BRAHLH", "CUB")),
        ("The Ministry of Interior of Kenya arrested two Somali nationals.", ("KENCOP", "SOM")),
        ("The Department of Foreign Affairs of Chile summoned the Bolivian envoy.", ("CHLGOV", "BOLGOV")),
    ],
)
def test_role_nouns(coder, text, dyad):
    assert dyad in _dyads(coder, text)
