"""roles21: a life story's opening may report the death with a passive ("X was hanged",
"was assassinated": `life_story_passive_verbs` in lang/en/anaphora.yaml), also as the clause a
speaker reports ("..., a spokesman said"). Sentences are written for these tests (none is from
a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

OBITUARY = (
    "Former President Nursultan Nazarbayev of Kazakhstan, who led the country for three "
    "decades, was assassinated in Astana on Monday, a government spokesman said.\n\n"
    "In 1994 he signed a treaty with Russia. Later that year Boris Yeltsin visited Astana.\n\n"
    "He condemned the American sanctions against Iran."
)


@pytest.mark.slow
def test_a_reported_passive_death_makes_the_life_storys_subject(rules_coder):
    triples = event_triples(rules_coder, OBITUARY, date="2030-05-01")
    condemned = {s for s, _t, c in triples if c == "111"}
    assert condemned and all(s.startswith("KAZ") for s in condemned), triples


@pytest.mark.slow
def test_a_passive_of_another_verb_makes_no_subject(rules_coder):
    text = OBITUARY.replace("was assassinated in Astana", "was welcomed in Astana")
    triples = event_triples(rules_coder, text, date="2030-05-01")
    assert not any(s.startswith("KAZ") and c == "111" for s, _t, c in triples), triples
