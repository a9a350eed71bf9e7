"""rules11: a generic actor takes the scene of the sentence before when the document has no
focus country (coding/generic.py, ``GenericActors.scene_place``).

"Protesters in Quito stormed the parliament. Police fired tear gas": Ecuador's police; not
across a paragraph break. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

# Two countries named once each, Ecuador once: the document has no focus country.
NO_FOCUS = "Peru and Chile signed a fisheries deal on Monday. "


@pytest.mark.slow
def test_police_take_the_place_of_the_sentence_before(rules_coder):
    text = (
        NO_FOCUS + "Protesters in Quito stormed the parliament on Tuesday. "
        "Police fired tear gas to disperse the crowd."
    )
    assert ("ECUCOP", "ECU", "175") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_scene_does_not_cross_a_paragraph(rules_coder):
    text = (
        NO_FOCUS + "Protesters in Quito stormed the parliament on Tuesday.\n\n"
        "Police fired tear gas to disperse the crowd."
    )
    assert not any(c == "175" for _s, _t, c in event_triples(rules_coder, text))
