"""rules34: families of the language met in batches 75-76's misses, each written for the
language, not for one sentence: a union of states named by its number of members ("the
Twelve", "the twenty-seven leaders"), officials of the dateline's country, titles parsed as noun
modifiers, "overnight", the provoker an alert faces, a capital as a venue, and dictionary
entries. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event


def test_a_bloc_named_by_its_number_of_members_is_the_bloc(rules_coder):
    text = (
        "European Union foreign ministers met in Brussels on Monday. "
        "The Twelve recognised Estonia as an independent state."
    )
    triples = event_triples(rules_coder, text)
    assert ("IGOEUREEC", "EST", "054") in {(s, t, c) for s, t, c in triples}
    text = (
        "European Union leaders met in Brussels on Monday. "
        "On Tuesday the Twenty-Seven imposed an embargo on arms sales to Belarus."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "IGOEUREEC" and (t or "").startswith("BLR") for s, t, _c in triples)


def test_a_numeral_that_counts_something_is_no_bloc(rules_coder):
    text = (
        "European Union foreign ministers met in Brussels on Monday. "
        "The twelve protesters recognised Estonia as an independent state."
    )
    triples = event_triples(rules_coder, text)
    assert not any(s == "IGOEUREEC" and c == "054" for s, _t, c in triples)


def test_a_title_parsed_as_a_noun_modifier_still_carries_its_country(rules_coder):
    # "House" modifies the name as a noun modifier; "US" hangs on "House"
    triples = event_triples(
        rules_coder,
        "US House of Representatives Speaker Nancy Pelosi met President Tsai Ing-wen in Taipei.",
    )
    assert any(s.startswith("USA") and (t or "").startswith("TWN") for s, t, _c in triples)


def test_energy_or_goods_no_longer_bought_is_an_embargo(rules_coder):
    triples = event_triples(rules_coder, "India stopped buying oil from Iran in March.")
    assert ("IND", "IRN", "163") in set(triples)
    triples = event_triples(rules_coder, "The European Union agreed to stop buying Iranian oil.")
    assert any(
        s == "IGOEUREEC" and (t or "").startswith("IRN") and c == "163" for s, t, c in triples
    )


def test_leaders_counted_as_a_blocs_members_are_the_bloc(rules_coder):
    text = (
        "European Union leaders met in Brussels on Monday. "
        "The twenty-seven leaders condemned Belarus. The 27 foreign ministers condemned Russia."
    )
    triples = set(event_triples(rules_coder, text))
    assert ("IGOEUREEC", "BLR", "111") in triples
    assert ("IGOEUREEC", "RUS", "111") in triples


def test_a_few_leaders_counted_are_still_the_listed_states(rules_coder):
    text = (
        "European Union envoys arrived in Astana. The leaders of Kazakhstan, Uzbekistan, "
        "Kyrgyzstan and Tajikistan met in Samarkand on Monday. The four leaders condemned Belarus."
    )
    sources = {s for s, t, c in event_triples(rules_coder, text) if t == "BLR" and c == "111"}
    assert {"KAZGOV", "UZBGOV", "KGZGOV", "TJKGOV"} <= sources
    assert "IGOEUREEC" not in sources


def test_reserves_frozen_and_banks_cut_off_are_sanctions(rules_coder):
    triples = event_triples(
        rules_coder, "Washington froze the reserves of Afghanistan's central bank."
    )
    assert has_event(triples, "USA", "AFG", "163")
    triples = event_triples(
        rules_coder,
        "The European Union agreed to cut selected Russian banks off from the SWIFT payments system.",
    )
    assert any(
        s == "IGOEUREEC" and (t or "").startswith("RUS") and c == "163" for s, t, c in triples
    )


def test_a_barrage_opened_is_shelling(rules_coder):
    triples = event_triples(
        rules_coder, "North Korea opened a second barrage on Yeonpyeong island."
    )
    assert any(s.startswith("PRK") and c == "194" for s, _t, c in triples)


def test_standing_behind_or_coming_to_a_defence_is_verbal_defence(rules_coder):
    triples = event_triples(rules_coder, "Ireland stood squarely behind the European Union.")
    assert ("IRL", "IGOEUREEC", "052") in triples
    triples = event_triples(rules_coder, "Russia came to Belarus's defence.")
    assert has_event(triples, "RUS", "BLR", "052")
    assert not any(c == "042" for _s, _t, c in triples)


def test_overnight_is_the_documents_day_not_the_last_month_told(rules_coder):
    from multivector.model import Document

    text = (
        "Serb forces killed 45 villagers at Racak in January. "
        "NATO aircraft struck Belgrade again overnight."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="1999-04-27")]))
    dates = {e.date for e in coded.events if e.cameo.startswith("19") and "NATO" in e.sentence}
    assert dates == {"1999-04-27"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The European Commission released a further tranche of humanitarian aid to Albania.",
            "073",
        ),
        ("Lithuania stopped rail transit of sanctioned goods to Kaliningrad.", "163"),
        ("Bulgaria kept blocking the opening of accession talks with North Macedonia.", "125"),
        ("Britain handed the European Union a request to postpone its departure.", "020"),
        ("Kim Jong Un became the first North Korean leader to set foot in South Korea.", "042"),
    ],
)
def test_dictionary_families_of_batches_75_76(rules_coder, text, code):
    assert code in {c for _s, _t, c in event_triples(rules_coder, text)}


def test_the_euro_zone_is_the_union(rules_coder):
    triples = event_triples(rules_coder, "Euro zone leaders and Greece struck a deal on Monday.")
    assert any(s == "IGOEUREEC" and (t or "").startswith("GRC") for s, t, _c in triples)


def test_a_capital_where_they_met_is_not_one_of_the_two_allies(rules_coder):
    text = (
        "Japan removed South Korea from its list of trusted trading partners. "
        "At a forum in Bangkok on Friday, Pompeo encouraged the two allies to find a way forward."
    )
    triples = event_triples(rules_coder, text, date="2019-08-02")
    targets = {(t or "")[:3] for s, t, c in triples if c == "020"}
    assert "THA" not in targets and "KOR" in targets


@pytest.mark.parametrize(
    ("text", "date", "source", "target", "code"),
    [
        pytest.param(
            "BEIJING, Aug. 24 (Xinhua) -- Japan began releasing treated water into the Pacific on "
            "Thursday. Japan said the water was safe, and Japan's fishermen protested in "
            "Fukushima.\n\nVice Foreign Minister Sun Weidong summoned Japanese Ambassador Hideo "
            "Tarumi on Thursday.",
            "2023-08-24",
            "CHN",
            "JPN",
            "114",
            id="an official named by title alone is of the dateline's country",
        ),
        pytest.param(
            "North Korea conducted a missile test on Sunday. South Korea's military raised its "
            "alert level. China condemned the test.",
            "2017-09-04",
            "CHN",
            "PRK",
            "111",
            id="the test condemned is the weapons test, not a raised alert",
        ),
        pytest.param(
            "Britain said Iran had failed to address concerns about its nuclear programme.",
            "2024-05-01",
            "GBR",
            "IRN",
            "111",
            id="saying another failed to answer concerns is censure",
        ),
        pytest.param(
            "North Korea conducted a nuclear test on Sunday. "
            "South Korea's military raised its alert level.",
            "2017-09-03",
            "KOR",
            "PRK",
            "152",
            id="an alert at no border faces who provoked it",
        ),
    ],
)
def test_the_story_decides_the_event(rules_coder, text, date, source, target, code):
    assert has_event(event_triples(rules_coder, text, date=date), source, target, code)
