"""rules16: a body an organisation set up or sent, named once with it ("An African Union panel
of experts", "the OSCE Monitoring Mission") and then by its bare head noun ("The Panel", "the
mission"), is that organisation (`coref.SalienceTracker.body`, `body_nouns` in
`lang/en/anaphora.yaml`). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_panel_is_the_organisation_that_set_it_up(rules_coder):
    text = (
        "An African Union panel of experts published its report on Monday. The Panel urged"
        " Sudan to release the detainees."
    )
    sources = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("02")}
    assert sources == {"IGOAFRAFU"}


@pytest.mark.slow
def test_a_modified_body_noun_is_a_body_of_its_own(rules_coder):
    text = (
        "An African Union panel of experts published its report on Monday. The Kenyan"
        " delegation urged Sudan to release the detainees."
    )
    sources = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("02")}
    assert "IGOAFRAFU" not in sources


@pytest.mark.slow
def test_no_body_named_before_gives_no_organisation(rules_coder):
    text = "The African Union met on Monday. The panel urged Sudan to release the detainees."
    sources = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("02")}
    assert "IGOAFRAFU" not in sources


@pytest.mark.slow
def test_a_body_named_in_an_of_phrase(rules_coder):
    text = (
        "Monitors of the OSCE Special Monitoring Mission counted the shells, the mission said."
        " The mission accused Russian forces of shelling the village."
    )
    sources = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("11")}
    assert sources == {"IGOEURSCE"}
