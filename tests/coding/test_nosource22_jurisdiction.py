"""The state of jurisdiction as the doer of an agentless passive act only states do
(coding/jurisdiction.py, policy ``state_source_codes``).

"Was arrested in Minsk": Belarus; "was detained at Baku airport": Azerbaijan; no place in the
clause: the country the story is about, unless that country is the patient itself; a place of
another clause, the patient's own country or an act of violence: no doer. The sentences are
written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

from multivector.coding.jurisdiction import jurisdiction
from multivector.coding.state import DocumentState
from multivector.model import Actor, Span


def _sourced(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2021-03-10")
        if "+state source" in e.rule
    ]


def test_a_place_the_clause_names(rules_coder):
    found = _sourced(rules_coder, "Opposition leader Ivan Petrov was arrested in Minsk on Monday.")
    assert [(s, c) for s, _t, c in found] == [("BLR", "173")]


def test_a_place_name_modifying_the_place_noun(rules_coder):
    # "at Baku airport": the airport is in Azerbaijan, not in the reporter's Netherlands
    found = _sourced(
        rules_coder, "The reporter, a Dutch citizen, was detained at Baku airport in May."
    )
    assert [s for s, _t, _c in found] == ["AZE"]


def test_a_place_inside_the_place_phrase(rules_coder):
    found = _sourced(rules_coder, "The opposition leader was arrested at a hotel in Moscow.")
    assert [s for s, _t, _c in found] == ["RUS"]


def test_a_place_of_another_clause_is_no_jurisdiction(rules_coder):
    # the destination of the flight is not where the arrest was made
    text = (
        "Armenia's government said on Monday that Armenia would hold elections. "
        "Crowds gathered in Yerevan, the capital of Armenia.\n\n"
        "Three officials were arrested and flown to Ankara."
    )
    found = _sourced(rules_coder, text)
    assert [s for s, _t, c in found if c.startswith("173")] == ["ARM"], found


def test_the_story_country_when_no_place_is_named(rules_coder):
    text = (
        "Tajikistan's president declared a curfew in Tajikistan on Wednesday. "
        "Protests spread across Tajikistan after bread prices doubled.\n\n"
        "More than two thousand people were detained."
    )
    found = _sourced(rules_coder, text)
    assert ("TJK", "173") in [(s, c) for s, _t, c in found]


def test_the_dateline_of_the_paragraph(rules_coder):
    # a digest of several countries' news: each paragraph's dateline says where it happened
    text = (
        "LIMA - Peru's congress met on Monday to debate the budget.\n\n"
        "SANTIAGO - Chile's president met mining unions on Tuesday.\n\n"
        "MINSK - More than 300 members of the movement have been interned since Sunday."
    )
    found = _sourced(rules_coder, text)
    assert [s for s, _t, c in found if c.startswith("173")] == ["BLR"]


def test_the_story_state_not_the_patients_own(rules_coder):
    # a story about Argentina: the Chinese crew was detained by Argentina, not by China
    text = (
        "Argentina's coast guard chased a fishing vessel off the coast of Argentina on Tuesday. "
        "Argentina said the trawler had been fishing illegally in Argentine waters.\n\n"
        "Four Chinese crew members were detained."
    )
    found = _sourced(rules_coder, text)
    assert [s for s, _t, c in found if c.startswith("173")] == ["ARG"]


def test_violence_and_destruction_get_no_state_doer(rules_coder):
    assert _sourced(rules_coder, "Dozens of houses were set on fire in Bamako.") == []
    assert _sourced(rules_coder, "Twelve people were killed in Bamako.") == []


def _no_place_verb(parse):
    # "were detained": no preposition, so no place of the clause
    return parse(
        [
            ("They", 2, "nsubjpass", "PRON", "PRP", "they"),
            ("were", 2, "auxpass", "AUX", "VBD", "be"),
            ("detained", 2, "ROOT", "VERB", "VBN", "detain"),
        ]
    )[2]


def test_the_focus_unless_it_is_the_patient(parse):
    v = _no_place_verb(parse)
    state = DocumentState(doc_id="t", doc_date=None, mentions={})
    # no place in the clause, the sentence or the paragraph
    generic = SimpleNamespace(locator=SimpleNamespace(gazetteer=None), scene_place=lambda h, m: None)
    phrases = SimpleNamespace(
        generic=generic, focus=lambda h, s: "RUS", place_in_sentence=lambda h, s, w: None
    )
    citizen = Actor(text="they", code="UKRCVL", country="UKR", kind="agent")
    found = jurisdiction(v, [citizen], state, None, phrases)  # type: ignore[arg-type]
    assert found is not None and found.code == "RUS" and found.resolved_by == "jurisdiction:focus"
    # the focus named as the passive's subject ("Russia was ...") is not its own doer
    russia = Actor(text="They", code="RUS", country="RUS", kind="country", span=Span(0, 4))
    assert jurisdiction(v, [russia], state, None, phrases) is None  # type: ignore[arg-type]
    # the story's own country as the patient found for the act from a place (a curfew on it)
    here = Actor(text="RUS", code="RUS", country="RUS", kind="country")
    assert jurisdiction(v, [here], state, None, phrases) is not None  # type: ignore[arg-type]
    no_focus = SimpleNamespace(
        generic=generic, focus=lambda h, s: None, place_in_sentence=lambda h, s, w: None
    )
    assert jurisdiction(v, [citizen], state, None, no_focus) is None  # type: ignore[arg-type]
