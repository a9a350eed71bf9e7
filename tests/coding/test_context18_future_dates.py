"""context18: a bare weekday of an act told in the future is the first such weekday from the
document's date on, not the last one before it. The texts are written for these tests."""

from __future__ import annotations

from multivector.model import Document


def _dates(coder, text: str, date: str) -> list[tuple[str, str | None]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    return [(e.cameo, str(e.date) if e.date else None) for e in coded.events]


# 2024-07-03 is a Wednesday.
def test_will_hold_talks_on_friday_is_the_coming_friday(rules_coder):
    assert _dates(rules_coder, "Japan will hold talks with China on Friday.", "2024-07-03") == [
        ("036", "2024-07-05")
    ]


def test_held_talks_on_friday_is_the_last_friday(rules_coder):
    assert _dates(rules_coder, "Japan held talks with China on Friday.", "2024-07-03") == [
        ("040", "2024-06-28")
    ]


def test_due_to_visit_on_monday_is_the_coming_monday(rules_coder):
    dated = _dates(
        rules_coder, "The Prime Minister of Israel is due to make a visit to Egypt on Monday.", "2024-07-03"
    )
    assert dated and all(d == "2024-07-08" for _, d in dated)


def test_the_day_of_saying_is_not_moved(rules_coder):
    # "on Monday" between the speech verb and the clause's subject is the saying's day
    dated = _dates(rules_coder, "Japan said on Monday it would impose sanctions on Russia.", "2024-07-03")
    assert dated and all(d == "2024-07-01" for _, d in dated)


def test_would_have_is_not_the_future(rules_coder):
    dated = _dates(rules_coder, "Japan would have imposed sanctions on Russia on Monday.", "2024-07-03")
    assert all(d != "2024-07-08" for _, d in dated)


def test_would_announce_on_the_documents_weekday_is_that_day(rules_coder):
    dated = _dates(
        rules_coder, "The European Union would announce sanctions on Russia on Wednesday.", "2024-07-03"
    )
    assert dated and all(d == "2024-07-03" for _, d in dated)
