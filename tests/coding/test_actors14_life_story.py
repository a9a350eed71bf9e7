"""actors14: in a life story (an obituary), a paragraph's first "he" is the person whose death
the text reports. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

OBITUARY = (
    "Former President Nursultan Nazarbayev of Kazakhstan, who led the country for three "
    "decades, died on Monday in Astana.\n\n"
    "In 1994 he signed a treaty with Russia. Later that year Boris Yeltsin visited Astana.\n\n"
    "He condemned the American sanctions against Iran."
)


@pytest.mark.slow
def test_a_paragraphs_first_he_is_the_life_storys_subject(rules_coder):
    triples = event_triples(rules_coder, OBITUARY, date="2030-05-01")
    condemned = {(s, t) for s, t, c in triples if c == "111"}
    assert condemned and all(s.startswith("KAZ") for s, _t in condemned)


@pytest.mark.slow
def test_without_a_death_reported_the_last_person_named_stays(rules_coder):
    text = OBITUARY.replace("died on Monday in Astana", "spoke on Monday in Astana")
    triples = event_triples(rules_coder, text, date="2030-05-01")
    assert not any(s.startswith("KAZ") and c == "111" for s, _t, c in triples)


@pytest.mark.slow
def test_a_person_named_before_the_pronoun_in_its_sentence_is_its_antecedent(rules_coder):
    text = OBITUARY.replace(
        "He condemned the American sanctions against Iran.",
        "Boris Yeltsin said he condemned the American sanctions against Iran.",
    )
    triples = event_triples(rules_coder, text, date="2030-05-01")
    assert not any(s.startswith("KAZ") and c == "111" for s, _t, c in triples)
