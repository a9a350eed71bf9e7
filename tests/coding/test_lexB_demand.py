"""Root 10 (demand) in the event dictionary: every kind of demand is coded by the same verbs of
demanding ("insist on", "push for", "renew/reiterate/press a demand for") and by the event
noun "demand for", so the thing demanded chooses the code as it does for "demand" itself.
Sentences are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Polish government renewed its demand for reparations from Germany.", "1031"),
        ("Palestinian leaders insisted on the withdrawal of Israeli troops.", "1056"),
        # "push for" is an appeal, like "press for" (0243), when root 02 has the kind
        ("The Serbian minority pushed for greater rights in Kosovo.", "0243"),
        ("The Armenian government reiterated its demand for talks with Baku.", "106"),
        ("Colombia's demand for the extradition of the drug lord angered Caracas.", "1013"),
        ("Athens repeated its demand for the return of the marbles from Britain.", "1053"),
        ("Bolivia insisted on compensation from Chile.", "1031"),
    ],
)
def test_demands_through_the_coder(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text) if "verbs.yaml" in (e.rule or "")}
    assert expected in codes, (text, codes)
