"""A body named by the role noun before it acts for that role (coding/actors.py
``ActorLexicon.agent_code``): "a government commission" GOV, "a police team" COP, "an army
panel" MIL; an institution noun with no role before it is no agent.
"""

from __future__ import annotations

import pytest

from multivector.model import Document


def _compound(parse, role: str, body: str):
    # "a <role> <body>"
    return parse(
        [
            ("a", 2, "det", "DET", "DT"),
            (role, 2, "compound", "NOUN", "NN"),
            (body, 2, "ROOT", "NOUN", "NN"),
        ]
    )


@pytest.mark.slow
def test_a_role_noun_names_the_body(coder, parse):
    lex = coder.lexicon
    assert lex.agent_code(_compound(parse, "government", "commission")[2]) == "GOV"
    assert lex.agent_code(_compound(parse, "police", "team")[2]) == "COP"
    assert lex.agent_code(_compound(parse, "army", "panel")[2]) == "MIL"
    assert lex.agent_code(_compound(parse, "football", "team")[2]) is None
    assert lex.agent_code(_compound(parse, "government", "bond")[2]) is None  # no body


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Turkmenistan accused Russia of causing the blast. On Tuesday a government "
            "commission began investigating the causes of the accident in Turkmenistan.",
            "TKMGOV",
        ),
        (
            "Kenyan lawmakers met on Monday. A police team arrested three officials in Mombasa.",
            "KENCOP",
        ),
        ("In Manila, an army panel investigated the deaths of two soldiers on Friday.", "PHLMIL"),
    ],
)
def test_the_body_acts_for_its_role(coder, text, source):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    assert any(e.source.code == source for e in coded.events), [
        (e.source.code, e.cameo) for e in coded.events
    ]
