"""Several acts in one sentence: a conjunct the parser hung inside a complement clause.

"Denied that its troops had crossed the line and accused X of ...": a speech act in the simple
past cannot share the complement's "had"; it is the denial's coordinate, with the denier as its
subject and not under the denial (coding/clause_syntax.raised_conjunct). A list of deeds keeps
sharing the "had". The sentences are written for these tests.
"""

from __future__ import annotations


def _events(coder, text: str) -> list[tuple[str, str | None, str]]:
    return sorted(
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2021-03-10")
    )


def test_a_speech_act_after_a_denied_perfect_is_coded(rules_coder):
    found = _events(
        rules_coder,
        "Kenya's foreign ministry denied that its troops had crossed the border and accused "
        "Uganda of arming the rebels.",
    )
    assert any(s.startswith("KEN") and t == "UGA" and c.startswith("112") for s, t, c in found)


def test_a_list_of_deeds_keeps_the_reported_subject(rules_coder):
    found = _events(
        rules_coder, "Kenya said Ugandan troops had crossed the frontier and shelled a Kenyan post."
    )
    assert ("UGAMIL", "KEN", "194") in found
