"""rules41: families of the language met in the misses of the news batches (99-104 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc


def _mentions(coder, words, ents, pos=None):
    doc = Doc(
        coder.nlp.vocab, words=words, ents=ents, pos=pos or ["PROPN"] + ["X"] * (len(words) - 1)
    )
    return {i: {e.code for e in m.entries} for i, m in coder.lexicon.find_mentions(doc).items()}


@pytest.mark.slow
def test_a_country_the_tagger_takes_alone_for_a_person_is_the_country(rules_coder):
    words = ["Jordan", "recalled", "its", "ambassador", "."]
    assert _mentions(rules_coder, words, ["B-PERSON", "O", "O", "O", "O"]).get(0) == {"JOR"}


@pytest.mark.slow
def test_a_person_named_in_full_keeps_the_bare_name(rules_coder):
    words = ["Hamilton", "Jordan", "spoke", ".", "Jordan", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    assert 4 not in _mentions(rules_coder, words, ents, pos)


@pytest.mark.slow
def test_a_courtesy_title_makes_the_bare_name_a_person(rules_coder):
    words = ["Mr", "Chad", "left", "."]
    ents = ["O", "B-PERSON", "O", "O"]
    assert 1 not in _mentions(rules_coder, words, ents, ["PROPN", "PROPN", "VERB", "PUNCT"])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Jordan imposed sanctions on Egypt on Monday.",
        "Jordan seized an Egyptian ship on Monday.",
    ],
)
def test_an_ambiguous_country_name_acts_in_its_sentence(rules_coder, text):
    assert any(src == "JOR" for src, _tgt, _code in event_triples(rules_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # unarmed people shot dead are killed, not fought
        ("Police shot dead two tourists in Cairo on Monday.", "1823"),
        ("Soldiers gunned down three villagers near Gao on Monday.", "1823"),
        ("Rebels shot dead two soldiers near Gao on Monday.", "193"),
        # many of them shot or killed: a mass killing
        ("Government troops shot hundreds of men in the town of Kalemie on Sunday.", "202"),
        ("Insurgents killed scores of fishermen near Lake Chad on Sunday.", "202"),
        ("Insurgents killed three fishermen near Lake Chad on Sunday.", "190"),
    ],
)
def test_a_killing_is_coded_by_its_victims_and_their_number(rules_coder, text, code):
    assert code in {c for _s, _t, c in event_triples(rules_coder, text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "follower",
    ["Norway announced the same step on Tuesday.", "Norway took similar measures on Tuesday."],
)
def test_the_same_step_repeats_the_act_just_reported(rules_coder, follower):
    text = f"Denmark expelled two Russian diplomats on Monday. {follower}"
    triples = event_triples(rules_coder, text)
    assert {(s[:3], c) for s, _t, c in triples} >= {("DNK", "161"), ("NOR", "161")}


@pytest.mark.slow
def test_a_step_of_its_own_kind_is_no_imitation(rules_coder):
    text = "Denmark expelled two Russian diplomats on Monday. Norway announced a new budget."
    assert not any(s.startswith("NOR") for s, _t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_short_name_is_the_latest_organisation_so_named_not_only_the_last_one(rules_coder):
    text = (
        "The European Community sent monitors to Croatia on Monday. The Red Cross sent a convoy"
        " to Vukovar on Tuesday. The Community imposed trade sanctions on Yugoslavia on Wednesday."
    )
    assert ("IGOEUREEC", "YUG", "163") in event_triples(rules_coder, text, date="1991-11-20")


@pytest.mark.slow
def test_an_offer_for_talks_turned_down_is_a_refusal_to_talk(rules_coder):
    text = "Ankara turned down a Greek proposal for talks between the foreign ministers on Monday."
    assert ("TURGOV", "GRC", "125") in event_triples(rules_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("verb", ["posted", "tweeted"])
def test_a_post_quoted_after_a_colon_speaks_for_its_poster(rules_coder, verb):
    text = f'President Aliyev {verb} on Sunday: "We declare martial law in the country."'
    assert {(s[:3], c) for s, _t, c in event_triples(rules_coder, text, date="2020-09-28")} >= {
        ("AZE", "1724")
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "coded"),
    [
        (
            "The Thai prime minister went on television to express his grief at the deaths of"
            " Cambodian workers.",
            "018",
            True,
        ),
        ("The Thai prime minister went to Phnom Penh to sign the border treaty.", "057", False),
    ],
)
def test_going_on_air_to_say_it_says_it_but_other_purposes_are_plans(
    rules_coder, text, code, coded
):
    assert any(c == code for _s, _t, c in event_triples(rules_coder, text)) is coded


@pytest.mark.slow
def test_a_people_driven_into_another_land_is_a_mass_expulsion(rules_coder):
    text = "Serb forces drove thousands of Bosnian Muslims into Croatia in May."
    assert any(s.startswith("SRB") and c == "201" for s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_month_after_a_date_of_two_years_back_is_in_the_narratives_year(rules_coder):
    from coding_helpers import root_dates

    text = (
        "On 18 June 2023 Canada condemned India. In July Sikh groups rallied outside Indian"
        " consulates in Toronto. On 18 September Canada expelled a senior Indian diplomat."
    )
    assert root_dates(rules_coder, text, "2025-03-10")["16"] == {"2023-09-18"}


@pytest.mark.slow
@pytest.mark.parametrize("force", ["armour", "two divisions"])
def test_armour_and_divisions_moved_to_a_border_are_forces_deployed(rules_coder, force):
    text = f"Israel moved {force} to the border with Syria on Monday."
    assert ("ISR", "SYR", "154") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_troops_ordered_to_a_border_are_deployed(rules_coder):
    text = "President Ortega ordered two battalions to the Costa Rican border on Sunday."
    assert ("NICGOV", "CRI", "154") in event_triples(rules_coder, text, date="2010-11-01")


@pytest.mark.slow
def test_a_fathers_name_after_bin_is_no_family_name(rules_coder):
    leaders = {
        e.leader.names[0]
        for e in rules_coder.lexicon.entries.get("abdulaziz", [])
        if e.leader is not None
    }
    assert "Salman bin Abdulaziz" not in leaders


@pytest.mark.slow
def test_a_call_received_is_the_callers_and_king_abdullah_in_2019_is_jordans(rules_coder):
    text = "King Abdullah received a telephone call on Monday from President Erdogan of Turkey."
    triples = event_triples(rules_coder, text, date="2019-09-15")
    assert any(
        s.startswith("TUR") and t and t.startswith("JOR") and c == "041" for s, t, c in triples
    )
    assert ("TURGOV", "JORGOV", "041") in triples


@pytest.mark.slow
def test_the_army_is_the_army_the_text_last_named_with_its_state(rules_coder):
    # the text is about Israel (its focus); the only army it names is Lebanon's, three
    # sentences back
    text = (
        "Israel struck targets in Gaza on Monday. The Lebanese army said its patrols had found"
        " rockets near Tyre. Israel urged the United Nations to act. Israel said it would"
        " defend itself. The army called up several thousand reservists on Tuesday."
    )
    sources = {s for s, _t, c in event_triples(rules_coder, text) if c == "154"}
    assert sources == {"LBNMIL"}
