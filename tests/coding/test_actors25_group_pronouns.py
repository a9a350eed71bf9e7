"""actors25: a singular pronoun after a list of people ("A, B and C shared the prize. He ...")
is the person last a clause's subject on their own, not the list's last member. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

TEXT = (
    "Yasser Arafat returned to Gaza in July 1994 after decades in exile. "
    "Arafat, Yitzhak Rabin and Shimon Peres shared the Nobel Peace Prize that year. "
    "In 1996 he met Bill Clinton in Washington."
)


@pytest.mark.slow
def test_he_after_a_list_of_people_is_the_earlier_lone_subject(rules_coder):
    triples = event_triples(rules_coder, TEXT, date="1996-05-01")
    meetings = {(s[:3], t[:3] if t else None) for s, t, c in triples if c.startswith("04")}
    assert ("PSE", "USA") in meetings, triples
    assert not any(s == "ISR" for s, _t in meetings), triples

