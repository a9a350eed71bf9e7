"""Root 11 (disapprove) in the event dictionary: displeasure voiced (110), verbs of attacking
in words (111), blame laid on someone and the narrowest accusation first (1124 before 1121;
1123), notes of protest and envoys called in (114), suits and courts (115), rulings against
(116). Sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chinese foreign ministry lashed out at Japan over the visit.", "111"),
        ("Turkey hit out at Sweden over the Koran burning.", "111"),
        ("Ankara expressed its displeasure with Washington over the arms sale.", "110"),
        ("India took issue with the Malaysian prime minister's remarks.", "110"),
        ("Kenya blamed the attack on al-Shabaab.", "1123"),
        ("Algeria sent a protest note to Morocco.", "114"),
        ("Poland called in the Russian ambassador on Monday.", "114"),
        ("Ecuador filed a legal action against Colombia at the world court.", "115"),
        ("The European Court of Human Rights ruled against Turkey.", "116"),
        ("Iran accused Israel of war crimes in Gaza.", "1124"),
    ],
)
def test_disapproval_through_the_coder(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text) if "verbs.yaml" in (e.rule or "")}
    assert expected in codes, (text, codes)
