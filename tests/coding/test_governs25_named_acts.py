"""governs25: a governing verb whose object names an act is coded as that act. "Ordered the
closure of the frontier" is the closing (191) by the one who orders it, and "ordered a halt to
the offensive" the end of fighting (087), not a demand (100): the event nouns of those acts
(verbs.yaml 191 and 087 ``nouns``) take the place of the light verb "order". A permission
coded as such (086x: inspectors, monitors let in) has the act it lets happen as its content,
not as a second event by those let in (``permission_codes``, coding/complements.py).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_an_ordered_closure_of_a_border_is_the_closing(rules_coder):
    found = event_triples(rules_coder, "Peru ordered the closure of its border with Bolivia.")
    assert ("PER", "BOL", "191") in found
    assert not any(code == "100" for _s, _t, code in found)


def test_an_ordered_halt_to_an_air_campaign_ends_the_fighting(rules_coder):
    found = event_triples(
        rules_coder, "Laos ordered a halt to its air campaign against the Thai rebels."
    )
    assert any(s == "LAO" and code == "087" for s, _t, code in found)
    assert not any(code == "100" for _s, _t, code in found)


def test_an_appeal_for_an_end_to_fighting_stays_an_appeal(rules_coder):
    found = event_triples(rules_coder, "Fiji urged an end to the fighting in Tonga.")
    assert not any(code == "087" for _s, _t, code in found)


def test_inspectors_let_in_are_the_permission_not_their_boarding(rules_coder):
    found = event_triples(
        rules_coder, "Argentina allowed Uruguayan inspectors to board the tanker."
    )
    assert ("ARG", "URY", "0862") in found
    assert not any(code.startswith("17") for _s, _t, code in found)


def test_an_uncoded_permission_leaves_the_act_it_lets_happen(rules_coder):
    found = event_triples(rules_coder, "Argentina allowed its navy to board the tanker.")
    assert any(code == "171" for _s, _t, code in found)


def test_a_frontier_ordered_closed_is_closed_by_the_one_who_orders(rules_coder):
    # "closed" is tagged a past form, a complement clause with no subject of its own
    found = event_triples(rules_coder, "Chile ordered the frontier with Peru closed on Friday.")
    assert ("CHL", "PER", "191") in found
    assert not any(code == "100" for _s, _t, code in found)


def test_an_envoy_ordered_expelled_is_expelled(rules_coder):
    found = event_triples(rules_coder, "Ghana ordered the Togolese envoy expelled.")
    assert ("GHA", "TGOGOV", "161") in found


def test_the_attack_condemned_is_no_border_closure(rules_coder):
    text = (
        "Rebels attacked a Malian army post on Monday. Senegal closed its border with Mali. "
        "Ghana condemned the attack."
    )
    found = event_triples(rules_coder, text)
    assert ("GHA", "MLIREB", "111") in found
    assert ("GHA", "SEN", "111") not in found
