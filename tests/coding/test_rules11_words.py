"""rules11: dictionary and word-list entries for acts the coder missed on unseen text.

A nuclear device exploded (2042), words of censure and the event nouns they judge ("called the
invasion intolerable", "described the test as an act of stupidity"), patrols coordinated by
several states (062 among them), protesters located by "through" ("marched through Quito"),
relatives, mourners and survivors as civilians. Sentences are written for these tests (none is
from a gold file); the rules alone code them.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

# Two countries named once each: the document has no focus country, so a generic actor's
# country can only come from its own sentence.
NO_FOCUS = "Peru and Chile signed a fisheries deal on Monday. "


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "France exploded a nuclear device beneath the atoll on Tuesday.",
        "India detonated a nuclear device in the desert in May.",
    ],
)
def test_a_nuclear_device_exploded_is_2042_not_a_bombing(rules_coder, text):
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "2042" in codes
    assert "183" not in codes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France exploded a nuclear device beneath the atoll on Tuesday. The Australian prime "
            "minister described the test as an act of stupidity.",
            ("AUSGOV", "FRA", "111"),
        ),
        (
            "Peru's army invaded Bolivia on Monday. Chile's foreign minister called the invasion "
            "intolerable.",
            ("CHLGOV", "PERMIL", "111"),
        ),
    ],
)
def test_censure_of_an_earlier_act_names_its_doer(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_patrols_coordinated_by_several_states_are_military_cooperation(rules_coder):
    found = event_triples(
        rules_coder, "Chilean and Peruvian navies conducted coordinated patrols in the Pacific."
    )
    assert ("CHLMIL", "PERMIL", "062") in found


@pytest.mark.slow
def test_a_march_through_a_city_locates_the_marchers(rules_coder):
    found = event_triples(rules_coder, NO_FOCUS + "Thousands of protesters marched through Quito.")
    assert any(s == "ECUCVL" and c.startswith("14") for s, _t, c in found)


@pytest.mark.slow
@pytest.mark.parametrize("noun", ["Relatives", "Mourners", "Survivors"])
def test_relatives_mourners_and_survivors_are_civilians(rules_coder, noun):
    found = event_triples(rules_coder, NO_FOCUS + f"{noun} of the missing fishermen rallied in Quito.")
    assert any(s == "ECUCVL" and c.startswith("14") for s, _t, c in found)
