"""roles21: a bare state organ ("the government", "the foreign ministry") does not belong to the
country its own clause acts on as a party, even when that country is the document's focus: it
is the country the text names most after it (`coding/organ_owner.py`). Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.organ_owner import owner_besides

STORY = (
    "India's border guards shot dead a Bangladeshi teenager at the frontier, witnesses said. "
    "Indian officials in New Delhi declined to comment. The Indian army said it was "
    "investigating, and India sent a team to the area.\n\n"
    "The government yesterday lodged a formal protest with New Delhi over the killing. "
    "Bangladesh has asked India to stop the killings."
)


def test_the_next_most_named_country_owns_the_organ():
    ranked = [("IND", 6), ("BGD", 2), ("PAK", 1)]
    assert owner_besides(ranked, {"IND"}, 2, None) == "BGD"


def test_a_country_named_once_is_not_enough_but_the_dateline_is():
    ranked = [("IND", 6), ("BGD", 1)]
    assert owner_besides(ranked, {"IND"}, 2, None) is None
    assert owner_besides(ranked, {"IND"}, 2, "BGD") == "BGD"
    assert owner_besides(ranked, {"IND"}, 2, "IND") is None


@pytest.mark.slow
def test_an_organ_protesting_to_the_focus_country_is_the_other_ones(rules_coder):
    triples = event_triples(rules_coder, STORY, date="2011-01-10")
    protests = {(s, t) for s, t, c in triples if c.startswith("11")}
    assert ("BGDGOV", "INDGOV") in protests, triples


@pytest.mark.slow
def test_an_organ_acting_in_the_focus_country_stays_its_own(rules_coder):
    text = STORY.replace(
        "lodged a formal protest with New Delhi over the killing",
        "arrested three officers in New Delhi over the killing",
    )
    triples = event_triples(rules_coder, text, date="2011-01-10")
    arrests = [s for s, _t, c in triples if c.startswith("17")]
    assert arrests and all(s.startswith("IND") for s in arrests), triples


@pytest.mark.slow
def test_an_organ_ruling_the_focus_country_stays_its_own(rules_coder):
    text = (
        "Myanmar's army seized power in a coup. Myanmar's generals arrested the leaders of the "
        "government in Naypyitaw, and Myanmar's courts jailed them. The United States and "
        "Washington's allies condemned the coup.\n\n"
        "The junta has ruled Myanmar since the coup and arrested thousands of protesters."
    )
    triples = event_triples(rules_coder, text, date="2022-02-01")
    arrests = [s for s, _t, c in triples if c.startswith("17") and "GOV" in s]
    assert arrests and all(s.startswith("MMR") for s in arrests), triples
