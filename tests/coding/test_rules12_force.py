"""rules12: force used, or threatened, against a state is military force (190, threat 1384);
force used on dissent stays violent repression (175, threat 137). CAMEO 137: "threats to use
military force or to engage in battle are coded under 138". Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ECOWAS threatened to use force to reinstate the ousted president of Niger.",
            ("IGOWAFWAS", "1384"),
        ),
        (
            "Russia threatened to use military force against Georgia.",
            ("RUS", "1384"),
        ),
        (
            "Kenyan police used force against protesters on Monday.",
            ("KENCOP", "175"),
        ),
        (
            "Police in Nairobi used force to disperse the protesters.",
            ("KENCOP", "175"),
        ),
    ],
)
def test_force_threatened_or_used(rules_coder, text, expected):
    source, code = expected
    assert any(s == source and c == code for s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_threat_of_force_is_not_repression(rules_coder):
    text = "ECOWAS threatened to use force to reinstate the ousted president of Niger."
    assert not any(c.startswith("137") for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_force_threatened_against_anyone_is_repression(rules_coder):
    text = (
        "Protesters stormed the presidential palace in Colombo. The Sri Lankan army warned "
        "that soldiers would use force against anyone damaging public property."
    )
    assert any(c == "137" for _s, _t, c in event_triples(rules_coder, text))
