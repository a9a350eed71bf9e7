"""Root 09 (investigate) in the event dictionary: the narrowest kind first (a war crime is
investigated as a war crime, 094, before as a crime, 091), evidence gathered and allegations
examined, criminal cases and proceedings opened (091), suspects questioned (091), inquiries
ordered or commissioned (090). Sentences are written for these tests."""

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
        (
            "The International Criminal Court is investigating alleged war crimes by Russian"
            " forces in Ukraine.",
            "094",
        ),
        (
            "Investigators from the UN documented war crimes committed by the militia in Darfur.",
            "094",
        ),
        ("The OSCE monitors looked into ceasefire violations along the line of contact.", "093"),
        ("Amnesty International gathered evidence of torture in Egyptian prisons.", "092"),
        ("Kenyan investigators looked into allegations of police brutality in Nairobi.", "092"),
        ("Italian police questioned the suspects about the bombing.", "091"),
        ("Ukrainian prosecutors opened criminal proceedings against the Russian commander.", "091"),
        ("The Peruvian attorney general ordered an investigation into the deaths.", "090"),
        ("The Indian government commissioned an inquiry into the riots.", "090"),
    ],
)
def test_investigations_through_the_coder(coder, text, expected):
    # the dictionary codes it (not only the classifier's second opinion)
    codes = {e.cameo for e in coder.code_text(text) if "verbs.yaml" in (e.rule or "")}
    assert expected in codes, (text, codes)


@pytest.mark.slow
def test_a_question_about_a_decision_is_no_interrogation(coder):
    codes = {e.cameo for e in coder.code_text("Germany questioned the French decision.")}
    assert "091" not in codes, codes
