"""rules15: condolence sent in writing ("sent a telegram of condolence to") is an empathetic
comment, 018, not the material sending (060) of "send to". Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_telegram_of_condolence_is_an_empathetic_comment(rules_coder):
    text = "The Chilean president sent a telegram of condolence to the Peruvian president."
    triples = event_triples(rules_coder, text)
    assert ("CHLGOV", "PERGOV", "018") in triples
    assert not any(c == "060" for _s, _t, c in triples)


@pytest.mark.slow
def test_a_letter_sent_is_not_condolence(rules_coder):
    text = "The Chilean president sent a letter to the Peruvian president."
    assert not any(c == "018" for _s, _t, c in event_triples(rules_coder, text))
