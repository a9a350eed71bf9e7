"""Root 12 (reject) in the event dictionary: each kind of rejection is coded by every verb of
rejecting (reject, refuse, rule out, turn down, rebuff, spurn, decline, dismiss) and by its
object, a demand for it or an offer of it (peace plans 127, mediation 126, ceasefire proposals
1246, refugees turned away 1223); pressure resisted (124); talks boycotted (125); norms defied
(128); bills voted down (129). Sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia spurned the African Union's peace plan.", "127"),
        ("Russia turned down the offer of mediation from Turkey.", "126"),
        ("Israel rejected a ceasefire proposal from Egypt.", "1246"),
        ("Greece turned away Syrian refugees at the border.", "1223"),
        ("The Serbian government resisted pressure from Brussels.", "124"),
        ("Venezuela boycotted the talks in Barbados.", "125"),
        ("The United States voted down the resolution on Gaza.", "129"),
        ("Eritrea circumvented the arms embargo.", "128"),
        ("Myanmar rejected calls for an international inquiry into the killings.", "1245"),
        ("The Kenyan government dismissed demands for the president's resignation.", "1231"),
    ],
)
def test_rejections_through_the_coder(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text) if "verbs.yaml" in (e.rule or "")}
    assert expected in codes, (text, codes)
