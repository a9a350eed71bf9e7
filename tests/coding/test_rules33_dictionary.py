"""rules33: families of the language met in batches 73-74's misses, each written for the
language, not for one sentence: crowd-control means answered with (175, not 194 by the head of
"water cannon"), relief dropped or supplied with no recipient in the clause (073), a bare
participle ordered done in an open complement ("ordered the border closed": the orderer
closes it), a mission cut in size (161; a high commission is an embassy), and the UN's
relief agencies by name. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_water_cannon_answered_with_is_repression_not_artillery(rules_coder):
    triples = event_triples(
        rules_coder,
        "Students marched on parliament in Minsk, and Belarusian police answered with water cannon.",
    )
    codes = {c for _s, _t, c in triples}
    assert "175" in codes and "194" not in codes


def test_relief_dropped_or_supplied_with_no_recipient_is_humanitarian_aid(rules_coder):
    triples = event_triples(rules_coder, "France continued to drop food by parachute.")
    assert any(s == "FRA" and c == "073" for s, _t, c in triples)
    triples = event_triples(
        rules_coder, "The World Food Programme is supplying food and drinking water."
    )
    assert any(c == "073" for _s, _t, c in triples)
    assert not any(c == "060" for _s, _t, c in triples)


def test_a_participle_ordered_in_an_open_complement_is_the_orderers_act(rules_coder):
    triples = event_triples(
        rules_coder, "Maduro ordered the border with Brazil closed on Thursday."
    )
    assert any(
        s.startswith("VEN") and (t or "").startswith("BRA") and c == "191" for s, t, c in triples
    )
    assert not any(c == "100" for _s, _t, c in triples)


def test_a_mission_cut_in_size_reduces_relations(rules_coder):
    triples = event_triples(rules_coder, "Britain cut the strength of the Russian embassy by half.")
    assert any(s == "GBR" and (t or "").startswith("RUS") and c == "161" for s, t, c in triples)
    triples = event_triples(rules_coder, "Kenya closed the Ugandan high commission.")
    assert any(
        s == "KEN" and (t or "").startswith("UGA") and c.startswith("16") for s, t, c in triples
    )


def test_the_uns_relief_agencies_are_un_actors(rules_coder):
    triples = event_triples(rules_coder, "Israel accused UNRWA of hiring militants.")
    assert ("ISR", "IGOUNOREFRWA", "112") in triples or any(
        s == "ISR" and (t or "").startswith("IGOUNO") and c.startswith("112") for s, t, c in triples
    )


def test_joined_them_repeats_the_act_just_reported_instead_of_joining(rules_coder):
    text = (
        "Sweden announced on Friday that it was pausing new funding to UNRWA. Germany and Italy "
        "followed over the weekend, and Japan and Austria joined them on Monday."
    )
    triples = event_triples(rules_coder, text)
    pauses = {s for s, t, c in triples if c.startswith("162") and (t or "").startswith("IGOUNO")}
    assert {"SWE", "DEU", "ITA", "JPN", "AUT"} <= pauses
    assert not any(c == "057" for _s, _t, c in triples)
    assert any(
        c == "057"
        for _s, _t, c in event_triples(rules_coder, "Egypt joined the Arab League in 1945.")
    )


def test_a_foreign_affairs_secretary_is_the_government(rules_coder):
    text = (
        "Manila was jubilant. Foreign Affairs Secretary Ramon Cruz welcomed the ruling on Tuesday."
    )
    assert any(s == "PHLGOV" and c == "051" for s, _t, c in event_triples(rules_coder, text))


def test_a_place_noun_a_country_modifies_places_a_crowd(rules_coder):
    text = (
        "Indonesia hosted the meeting in Jakarta on Saturday. Indonesian officials praised the "
        "talks. Protesters again took to the streets in several Myanmar towns on Sunday."
    )
    protests = {s for s, _t, c in event_triples(rules_coder, text) if c.startswith("14")}
    assert protests and all(s.startswith("MMR") for s in protests)


def test_a_predicate_noun_read_as_a_participles_subject_is_still_the_objects_predicate(rules_coder):
    text = "Foreign Minister Wang Yi called the whole case a political farce staged under legal pretences."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "111" in codes and "041" not in codes


def test_a_protest_through_diplomatic_channels_is_an_official_complaint(rules_coder):
    text = "China's coast guard boarded the boats on Monday. Manila protested the incident through diplomatic channels."
    codes = {c for s, _t, c in event_triples(rules_coder, text) if s.startswith("PHL")}
    assert "114" in codes and "141" not in codes


def test_consideration_given_to_a_proposal_is_considering_it(rules_coder):
    text = "Japan proposed new talks. China said it would give careful consideration to the Japanese proposal."
    assert any(s.startswith("CHN") and c == "014" for s, _t, c in event_triples(rules_coder, text))


def test_an_order_is_coded_by_the_act_it_orders_not_as_a_demand(rules_coder):
    triples = event_triples(
        rules_coder, "In August 1972 Uganda ordered the expulsion of 50,000 Indian nationals."
    )
    assert not any(c == "100" for _s, _t, c in triples)
    demands = event_triples(rules_coder, "Russia ordered Georgia to withdraw its troops.")
    assert any(s == "RUS" and t == "GEO" and c.startswith("10") for s, t, c in demands)


def test_a_letter_is_coded_by_what_it_asks(rules_coder):
    triples = event_triples(
        rules_coder, "Liberia's president wrote to Obama last week asking for financial aid."
    )
    assert not any(c == "010" for _s, _t, c in triples)
    assert any(
        s.startswith("LBR") and (t or "").startswith("USA") and c.startswith("02")
        for s, t, c in triples
    )


def test_sanctions_widened_with_their_target_named_before(rules_coder):
    text = "The EU imposed sanctions on Belarus in June. On Monday EU foreign ministers agreed to widen those sanctions."
    assert any(
        s.startswith("IGOEUREEC") and c == "163" for s, _t, c in event_triples(rules_coder, text)
    )


def test_forces_moved_with_no_destination_or_within_range_are_a_deployment(rules_coder):
    text = "The Pentagon has moved a guided-missile destroyer within range of the Syrian coast."
    assert any(
        s.startswith("USA") and (t or "").startswith("SYR") and c == "154"
        for s, t, c in event_triples(rules_coder, text)
    )


def test_a_relief_plane_or_convoy_that_arrives_brings_aid(rules_coder):
    assert ("SAU", "SYR", "073") in event_triples(
        rules_coder, "A Saudi aid plane landed in Aleppo on Tuesday."
    )
    trucks = event_triples(
        rules_coder, "Armenian relief trucks crossed the border post on Saturday."
    )
    assert any(s == "ARM" and c == "073" for s, _t, c in trucks)


def test_a_ruling_declared_void_is_rejected(rules_coder):
    triples = event_triples(
        rules_coder,
        "The tribunal ruled against China on Tuesday. Beijing declared the ruling null and void.",
    )
    assert any(s.startswith("CHN") and c.startswith("12") for s, _t, c in triples)


def test_outposts_set_up_along_a_line_are_forces_placed_there(rules_coder):
    text = "Nepal protested the road through Lipulekh. India has since set up dozens of new border outposts."
    assert any(s.startswith("IND") and c == "154" for s, _t, c in event_triples(rules_coder, text))
