"""rules16: an act raised by a passive verb of report ("are reported to have shelled", "is said
to have sent", "was found to have armed") is reported as done, not wanted (`realis_governors`
in `lang/en/modality.yaml`); a hedge of belief ("is believed to have") stays uncoded. Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_reported_to_have_done_is_done(rules_coder):
    text = "Eritrean troops are reported to have shelled Ethiopian villages."
    assert ("ERIMIL", "ETH", "194") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_said_to_have_done_is_done(rules_coder):
    text = "Ethiopia is said to have sent troops to Somalia."
    assert ("ETH", "SOM", "154") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_believed_to_have_done_is_not_coded(rules_coder):
    text = "Kenya is believed to have sent troops to Somalia."
    assert not any(c == "154" for _s, _t, c in event_triples(rules_coder, text))
