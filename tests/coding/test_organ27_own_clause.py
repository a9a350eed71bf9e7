"""focus27: a bare state organ ("the army", "the ministry") does not belong to a foreign state
that is the subject of another clause of its sentence; it takes the document's focus country
(coding/organ_owner.py ``foreign_subject``). A reported or relative clause of that subject keeps
its country ("Bolivia's minister said the army had ..."). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

LEAD = "Peru's government has faced protests for weeks. Peruvian officials met in Lima on Monday. "


def _sources(coder, sentence: str) -> set[str]:
    return {s for s, _t, _c in event_triples(coder, LEAD + sentence)}


def test_a_coordinated_clause_s_foreign_subject_is_no_owner(rules_coder):
    sources = _sources(
        rules_coder,
        "Britain and Chile welcomed the agreement, and the army began to withdraw from the "
        "Ecuadorian border.",
    )
    assert "PERMIL" in sources and "CHLMIL" not in sources


def test_the_ministry_after_a_foreign_subject_is_the_focus_country_s(rules_coder):
    sources = _sources(
        rules_coder,
        "Bolivia welcomed the agreement on Tuesday, and the ministry urged Ecuador to release "
        "the detained fishermen.",
    )
    assert "PERGOV" in sources and "BOLGOV" not in sources


def test_a_reported_clause_keeps_the_speaker_s_country(rules_coder):
    sources = _sources(
        rules_coder,
        "Bolivia's foreign minister said on Tuesday that the army had attacked Ecuadorian positions.",
    )
    assert "BOLMIL" in sources


def test_a_relative_clause_with_whose_keeps_its_antecedent(rules_coder):
    sources = _sources(rules_coder, "Chile, whose troops left Peru last year, criticised the decision.")
    assert "CHLMIL" in sources


def test_an_organ_of_the_same_kind_is_the_same_body(rules_coder):
    sources = _sources(
        rules_coder,
        "Chilean troops entered Tacna on Monday, and witnesses said soldiers looted shops in Peru.",
    )
    assert "CHLMIL" in sources
