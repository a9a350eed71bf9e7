"""verbs25: a ceasefire named with both its parties is a truce declared (0871), even as the
subject of "take effect"; cooperation or a part in a body's work paused or halted reduces
relations (160); talks continued are talks held (040, "hold" a stand-in of the aspectual
verbs); goods no longer cleared are stopped (163); preparations for talks halted halt them
(164). Each sense is checked against a sentence that is no such event. Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.model import Document


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


def test_a_truce_between_two_states_that_takes_effect_is_a_truce(rules_coder):
    got = event_triples(rules_coder, "A truce between Guyana and Suriname took effect at dawn.")
    assert {("GUY", "SUR", "0871"), ("SUR", "GUY", "0871")} & got, got


def test_a_truce_with_no_parties_is_no_event(rules_coder):
    assert "0871" not in codes(rules_coder, "The truce held through the night, witnesses said.")


def test_cooperation_paused_reduces_relations(rules_coder):
    got = event_triples(rules_coder, "Suriname paused its police cooperation with Guyana.")
    assert ("SUR", "GUY", "160") in got, got


def test_a_pause_in_a_speech_is_no_event(rules_coder):
    assert "160" not in codes(rules_coder, "The Surinamese minister paused before answering.")


def test_talks_continued_are_talks_held_by_the_aspectual_verb(rules_coder):
    text = "Guyana continued its border talks with Suriname in Georgetown."
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.rule) for e in coded.events}
    assert any(
        (s, t, c) == ("GUY", "SUR", "040") and "hold &TALKS" in r and "+aspect" in r
        for s, t, c, r in got
    ), got


def test_a_road_continued_holds_no_talks(rules_coder):
    assert "040" not in codes(rules_coder, "The Guyanese road continued along the river to Lethem.")


def test_goods_no_longer_cleared_are_stopped(rules_coder):
    got = event_triples(rules_coder, "Suriname stopped clearing rice imports from Guyana.")
    assert ("SUR", "GUY", "163") in got, got


def test_preparations_for_talks_halted_halt_the_talks(rules_coder):
    got = event_triples(rules_coder, "Guyana halted its preparations for border talks with Suriname.")
    assert ("GUY", "SUR", "164") in got, got


def test_preparations_for_a_festival_halted_halt_no_talks(rules_coder):
    assert "164" not in codes(rules_coder, "Guyana halted preparations for the Mashramani festival.")
