"""dateline25: a dateline that names a place and its country alone ("TAMPERE, Finland - ") is
where the story was filed, never an actor of its first sentence's acts (``dateline_pattern``
of ``lang/en/words.yaml``); and a person of the story's country held under a foreign dateline
is that state's act only in the dateline's own time: an arrest at home years before the story
stays the story's own state's (coding/jurisdiction.py). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.nlp import DATELINE


def test_a_place_and_country_dateline_is_cut_off():
    assert DATELINE.match("TAMPERE, Finland - Chile and Peru recalled their envoys.")
    assert DATELINE.match("PORT LOUIS, Mauritius \u2014 The court ruled.")
    assert DATELINE.match("LIMA, Peru (Wire) - Chile recalled its envoy.")


def test_a_bare_place_or_a_headline_is_not_a_dateline_sentence():
    assert not DATELINE.match("TAMPERE - Chile recalled its envoy.")
    assert not DATELINE.match("Chile, Peru - a long rivalry revisited.")


def test_the_dateline_country_is_not_the_subject_of_a_conjoined_subject(rules_coder):
    triples = event_triples(
        rules_coder,
        "OSLO, Norway - Chile and Peru recalled their ambassadors from Bolivia on Tuesday.",
    )
    recalls = {(s, t) for s, t, c in triples if c.startswith("16")}
    assert ("CHL", "BOL") in recalls and ("PER", "BOL") in recalls
    assert not any((s or "").startswith("NOR") for s, _t, _c in triples)


def test_the_dateline_country_is_not_the_subject_of_a_single_subject(rules_coder):
    triples = event_triples(
        rules_coder, "OSLO, Norway - Chile recalled its ambassador from Bolivia on Tuesday."
    )
    assert any(s == "CHL" and c.startswith("16") for s, _t, c in triples)
    assert not any((s or "").startswith("NOR") for s, _t, _c in triples)


HELD_ABROAD = (
    "HANOI - The Danish engineer Lars Holm went on trial in Hanoi on Monday.\n\n"
    "Denmark has protested to Denmark's partners. Danish officials said Holm was detained in "
    "May. Denmark's foreign minister said Denmark would keep pressing for his release."
)


def test_an_arrest_years_before_is_not_the_dateline_state(rules_coder):
    text = HELD_ABROAD.replace("was detained in May", "was detained in March 2019")
    triples = event_triples(rules_coder, text)
    assert ("DNK", "DNK", "173") in triples  # Denmark's own act, not Vietnam's


def test_an_arrest_of_the_story_time_is_still_the_dateline_state(rules_coder):
    triples = event_triples(rules_coder, HELD_ABROAD)
    detentions = [(s, t) for s, t, c in triples if c == "173" and t == "DNK"]
    assert detentions and all(s.startswith("VNM") for s, _t in detentions)


def test_rejecting_an_assertion_is_a_denial(rules_coder):
    triples = event_triples(
        rules_coder, "Paraguay rejected the assertion by Uruguay that it had hidden the smugglers."
    )
    assert ("PRY", "URY", "016") in triples


def test_an_unknown_town_dateline_is_in_the_country_it_names():
    from multivector.coding.focus_country import dateline_country
    from multivector.coding.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = "ZORVAKA, Moldova - Riot police fired tear gas at students on Friday."
    assert dateline_country(text, gazetteer) == "MDA"
    assert dateline_country("ZORVAKA - Riot police fired tear gas.", gazetteer) is None
