"""actors28: the subject pronoun of a clause reported by a subjectless conjunct speech verb is
the conjunct's subject; "it" as the subject of a conjoined clause is the first clause's subject.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_conjunct_speech_verb_reports_for_the_first_subject(rules_coder):
    text = (
        "Lima lodged a formal protest with the Chilean ambassador on Wednesday, demanded that "
        "Santiago protect Peruvian citizens, and announced it was suspending talks with Chile."
    )
    triples = event_triples(rules_coder, text)
    assert ("PERGOV", "CHL", "164") in triples
    assert not any(s.startswith("CHL") and c == "164" for s, _t, c in triples)


@pytest.mark.slow
def test_it_in_a_conjoined_clause_is_the_first_clause_subject(rules_coder):
    text = (
        "Kenya, for its part, has filed claims with the UN commission for the damage done when "
        "Somali forces set fire to its oil wells, and it has urged the Security Council to act."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "KEN" and t == "IGOUNO" and c.startswith("02") for s, t, c in triples)
    assert not any(s == "SOMMIL" and c.startswith("02") for s, _t, c in triples)
