"""acts25b: acts the verb dictionary had no pattern for (coding/data/verbs.yaml), written from the
CAMEO definitions: parties that work together cooperate (050, narrowed by the agents' kind),
joint sweeps and joint commands of partners' forces (062), and an act called an example or a
case of a crime is an accusation (112), and the start of talks put off halts them (164). Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish and Czech police have worked together closely.", ("POLCOP", "CZECOP", "063")),
        ("Malian and Nigerien units have been conducting joint sweeps along the border.", ("MLI", "NER", "062")),
        ("Kenya and Uganda set up a joint command in Lodwar.", ("KEN", "UGA", "062")),
        ("Turkey called the Armenian campaign a textbook example of ethnic cleansing.", ("TUR", "ARM", "112")),
        ("Kenya described the Ugandan raid as a clear case of aggression.", ("KEN", "UGA", "112")),
        ("Brussels delayed the opening of accession negotiations with Serbia.", ("IGOEUREEC", "SRB", "164")),
    ],
)
def test_an_act_phrased_in_other_words_is_coded(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


def test_an_example_of_cooperation_is_no_accusation(rules_coder):
    codes = {c for _s, _t, c in event_triples(rules_coder, "Kenya called the Ugandan plan an example of good sense.")}
    assert "112" not in codes
