"""legal24: an agentless passive that sends a person to a state ("was extradited to Spain",
"were deported to Peru"): the state of jurisdiction sends, the state named after "to"
receives and is never the doer (``sending_prepositions``, coding/jurisdiction.py); extradition,
judicial cooperation 063, is an act only states do (policy ``state_source_codes``). Checked
against a place of the clause that is where the act happened ("was arrested in Quito") and an
active clause with its own doer. Sentences are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_an_agentless_extradition_is_the_dateline_state_sending(rules_coder):
    triples = event_triples(
        rules_coder, "QUITO - The drug trafficker was extradited to Spain on Monday."
    )
    assert ("ECU", "ESP", "063") in triples


def test_the_receiving_state_is_not_the_doer_of_a_deportation(rules_coder):
    triples = event_triples(
        rules_coder, "CAIRO - The Sudanese activist was deported to a camp in Chad on Monday."
    )
    deportations = [(s, t) for s, t, c in triples if c == "174"]
    assert deportations and all((s or "").startswith("EGY") for s, _t in deportations)


def test_a_place_where_the_act_happened_still_gives_the_state(rules_coder):
    triples = event_triples(rules_coder, "The Danish sailor was arrested in Quito on Monday.")
    assert any(c == "173" and (s or "").startswith("ECU") for s, _t, c in triples)


def test_an_active_extradition_keeps_its_doer(rules_coder):
    triples = event_triples(rules_coder, "Ecuador extradited the smuggler to Panama on Monday.")
    assert any(c == "063" and (s or "").startswith("ECU") and t == "PAN" for s, t, c in triples)


# ---- a person of the story's own country held abroad ----

HELD_ABROAD = (
    "HANOI - The Danish engineer Lars Holm went on trial in Hanoi on Monday.\n\n"
    "Denmark has protested to Denmark's partners. Danish officials said Holm was detained in "
    "May. Denmark's foreign minister said Denmark would keep pressing for his release."
)


def test_a_national_of_the_focus_held_under_a_foreign_dateline(rules_coder):
    triples = event_triples(rules_coder, HELD_ABROAD)
    detentions = [(s, t) for s, t, c in triples if c == "173" and t == "DNK"]
    assert detentions and all(s.startswith("VNM") for s, _t in detentions)


def test_a_national_of_the_focus_held_at_home_stays_the_focus_state(rules_coder):
    triples = event_triples(
        rules_coder,
        "NAIROBI - A Kenyan activist, Jane Wambui, was arrested on Monday.\n\nKenya's opposition "
        "condemned the arrest, and Kenyan lawyers said Wambui was detained without charge.",
    )
    assert any(c == "173" and s == "KEN" for s, _t, c in triples)


def test_where_the_patient_grew_up_is_not_where_they_were_held(rules_coder):
    text = HELD_ABROAD.replace(
        "Holm was detained in May", "Holm, a manager who grew up in Aarhus, was detained in May"
    )
    triples = event_triples(rules_coder, text)
    detentions = [(s, t) for s, t, c in triples if c == "173" and t == "DNK"]
    assert detentions and all(s.startswith("VNM") for s, _t in detentions)


def test_where_the_patient_works_is_where_they_were_held(rules_coder):
    triples = event_triples(
        rules_coder, "A Danish engineer employed in Hanoi was detained last spring over a tax dispute."
    )
    assert any(c == "173" and s.startswith("VNM") for s, _t, c in triples)
