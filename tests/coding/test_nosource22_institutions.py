"""Institution nouns of a state news names without a country (actors/data/agents.yaml): "the
presidential guard" MIL, "a federal jury" and "the trial chamber" JUD, "the regulator" and "the
commerce department" GOV. Their country then comes as for any generic actor (coding/generic.py).
The sentences are written for these tests.
"""

from __future__ import annotations


def _noun(parse, before: str, noun: str, lemma: str | None = None):
    # "the <before> <noun>"
    return parse(
        [
            ("the", 2, "det", "DET", "DT"),
            (before, 2, "amod", "ADJ", "JJ"),
            (noun, 2, "ROOT", "NOUN", "NN", lemma or noun),
        ]
    )[2]


def test_institution_nouns_name_their_role(lexicon, parse):
    assert lexicon.agent_code(_noun(parse, "presidential", "guard")) == "MIL"
    assert lexicon.agent_code(_noun(parse, "federal", "jury")) == "JUD"
    assert lexicon.agent_code(_noun(parse, "trial", "chamber")) == "JUD"
    assert lexicon.agent_code(_noun(parse, "financial", "regulator")) == "GOV"
    assert lexicon.agent_code(_noun(parse, "commerce", "department")) == "GOV"
    # a guard, a chamber or a department with no such word before it is no agent
    assert lexicon.agent_code(_noun(parse, "armed", "guard")) is None
    assert lexicon.agent_code(_noun(parse, "upper", "department")) is None


def test_the_presidential_guard_of_the_story_country(rules_coder):
    text = (
        "Niger's army chief said on Wednesday that Niger would hold elections. "
        "Crowds gathered in Niamey, the capital of Niger.\n\n"
        "The presidential guard detained the prime minister at his home."
    )
    events = rules_coder.code_text(text, date="2023-07-27")
    assert any(
        e.source.code == "NERMIL" and e.cameo.startswith("173") for e in events
    ), [(e.source.code, e.cameo) for e in events]
