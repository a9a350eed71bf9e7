"""dates15: an undated act in the simple past takes the one date the sentence before it gave,
in a history text too when its narrative is near the document's date (so that the narrative
gives it no date), and when it is a participle of a clause in the past ("responded by
expelling"). The texts are written for these tests.
"""

from __future__ import annotations

from multivector.model import Document


def _dates(coder, text: str, date: str) -> dict[str, str | None]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    return {e.sentence[:12]: (str(e.date) if e.date else None) for e in coded.events}


def test_an_undated_act_of_a_history_text_near_the_document_date(rules_coder):
    text = (
        "The quarrel between Chile and Peru goes back to 1990.\n\n"
        "In May 2023 Chile expelled two Peruvian diplomats. "
        "Peru expelled three Chilean diplomats in return."
    )
    dated = _dates(rules_coder, text, "2024-08-15")
    assert dated["Peru expelle"] == "2023-05"  # not the document's 2024-08-15


def test_a_participle_of_a_past_clause_takes_the_date_before(rules_coder):
    text = (
        "In May 2023, Chile expelled two Peruvian diplomats. "
        "Peru responded by expelling three Chilean diplomats."
    )
    dated = _dates(rules_coder, text, "2023-10-20")
    assert dated["Peru respond"] == "2023-05"
