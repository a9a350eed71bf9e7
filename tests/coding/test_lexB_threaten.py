"""Root 13 (threaten) in the event dictionary: threats named by a noun (sanctions 1312, a
nuclear strike 1385, retaliation and revenge 138), a warning of an act only the speaker can
do (sanctions, 1312; not an attack, which is often a forecast), ultimatums and deadlines
(139). Sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington warned of sanctions against Turkey.", "1312"),
        ("Azerbaijan sent an ultimatum to the Armenian separatists.", "139"),
        ("Russia gave Ukraine a deadline to withdraw.", "139"),
        ("North Korea threatened a nuclear strike against the United States.", "1385"),
        ("Iran vowed revenge against Israel.", "138"),
        ("Pakistan warned of retaliation against India.", "138"),
    ],
)
def test_threats_through_the_coder(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text) if "verbs.yaml" in (e.rule or "")}
    assert expected in codes, (text, codes)


@pytest.mark.slow
def test_a_warning_of_an_attack_is_no_threat(coder):
    codes = {e.cameo for e in coder.code_text("Britain warned of a Russian attack on Ukraine.")}
    assert "1384" not in codes, codes
