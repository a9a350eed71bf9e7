"""vocab22: acts named by a finite verb the dictionary had no pattern for: armed forces that
land, cross a border or enter a place (192), that leave or pull out (0874; one that withdraws, 087), peacekeepers that
arrive (074), slogans chanted (141), vessels boarded (171), groups listed as terrorist (163),
and the pattern key they need, ``subject_verbs`` (a pattern coded only when the verb's subject
is a word of a class). Each sense is checked against a non-event sense of the same verb.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.dictionary import (
    DictionaryError,
    load_event_dictionary,
    parse_pattern,
)


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


# ---- the pattern key ----


def test_a_subject_class_is_one_more_requirement_and_never_the_target():
    classes = {"ARMED_FORCE": frozenset({"troop"})}
    p = parse_pattern("land in", "192", "r", classes, subject_class="armed_force")
    assert [r.kind for r in p.requirements] == ["prep", "subject"]
    assert p.target_prep == "in"
    assert p.specificity == parse_pattern("land in", "192", "r", classes).specificity + 1


def test_subject_verbs_load_with_their_class_in_the_rule(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "classes:\n  ARMED: [troop]\nevents:\n  '192':\n    subject_verbs:\n"
        "      ARMED: [land in]\n",
        encoding="utf-8",
    )
    d = load_event_dictionary(f)
    (p,) = d.patterns_for("land")
    assert p.requirements[-1].kind == "subject"
    assert p.rule.endswith("192 land in (&ARMED subject)")


def test_subject_verbs_name_a_known_class(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("events:\n  '192':\n    subject_verbs:\n      NOPE: [land]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="NOPE"):
        load_event_dictionary(f)


# ---- armed forces that land, cross or enter: 192 ----


def test_troops_that_land_on_an_island_occupy_it(rules_coder):
    text = "Argentine troops landed near Stanley on Friday."
    assert ("ARGMIL", "GBR", "192") in event_triples(rules_coder, text)  # islands Britain held


def test_a_leader_or_a_plane_that_lands_is_no_invasion(rules_coder):
    assert "192" not in codes(rules_coder, "The Russian president landed in Beijing on Monday.")
    assert "192" not in codes(rules_coder, "The plane landed at the airport in Kabul.")
    assert not codes(rules_coder, "Kazakhstan landed a contract with China.")


def test_columns_that_cross_into_a_country_occupy_ground(rules_coder):
    text = "Iraqi armoured columns crossed into Kuwait."
    assert ("KWT", "192") in {(t, c) for _s, t, c in event_triples(rules_coder, text)}


def test_troops_that_cross_a_border_into_a_country_occupy_ground(rules_coder):
    text = "Indian troops crossed the border into Pakistan."
    assert ("INDMIL", "PAK", "192") in event_triples(rules_coder, text)


def test_refugees_or_a_minister_crossing_are_no_invasion(rules_coder):
    assert "192" not in codes(rules_coder, "Refugees crossed into Chad from Sudan.")
    assert "192" not in codes(rules_coder, "The Iranian foreign minister crossed into Iraq.")
    assert not codes(rules_coder, "The idea crossed the minister's mind.")


def test_tanks_that_enter_a_capital_occupy_it(rules_coder):
    assert "192" in codes(rules_coder, "Soviet tanks entered Budapest on Sunday.")


def test_forces_that_enter_talks_negotiate(rules_coder):
    assert codes(rules_coder, "Russian forces entered into talks with Ukraine.") == {"040"}


# ---- armed forces that leave: 0874; that withdraw: 087, as troops withdrawn are ----


def test_soldiers_that_leave_a_country_retreat(rules_coder):
    text = "The last Syrian soldiers left Lebanon in April 2005."
    assert ("SYRMIL", "LBN", "0874") in event_triples(rules_coder, text)


def test_an_army_that_withdraws_retreats(rules_coder):
    assert "087" in codes(rules_coder, "The Vietnamese army withdrew in June.")


def test_troops_ordered_to_withdraw_from_a_country_keep_it_as_the_target(rules_coder):
    text = "The Kazakh president ordered his troops to withdraw from Kyrgyzstan on Monday."
    got = event_triples(rules_coder, text)
    assert {("KAZGOV", "KGZ", "087"), ("KAZGOV", "KGZ", "0874")} & got, got


def test_a_leader_that_leaves_a_capital_does_not_retreat(rules_coder):
    assert not codes(rules_coder, "Putin left Moscow for Beijing on Monday.") & {"087", "0874"}


def test_troops_that_will_leave_are_an_intention(rules_coder):
    assert "0356" in codes(rules_coder, "French troops will leave Mali next year.")


# ---- peacekeepers that arrive: 074 ----


def test_peacekeepers_that_arrive_are_deployed_not_visiting(rules_coder):
    got = codes(rules_coder, "Kazakh peacekeepers arrived in Bishkek on Thursday.")
    assert "074" in got and "042" not in got, got


def test_peacekeepers_that_land_are_deployed_not_invading(rules_coder):
    got = codes(rules_coder, "The first Australian peacekeepers landed in Dili.")
    assert "074" in got and "192" not in got, got


def test_a_minister_that_arrives_still_visits(rules_coder):
    assert codes(rules_coder, "The Kazakh minister arrived in Moscow.") == {"042"}


# ---- slogans, vessels, listings ----


def test_slogans_chanted_against_a_government_are_a_rally(rules_coder):
    text = "Thousands of protesters chanted slogans against the Kazakh government in Almaty."
    assert "141" in codes(rules_coder, text)


def test_a_teams_name_chanted_is_no_rally(rules_coder):
    assert not codes(rules_coder, "Fans chanted the team's name in Almaty.")


def test_a_foreign_vessel_boarded_is_property_seized(rules_coder):
    text = "The Indonesian navy boarded the Malaysian fishing vessel."
    assert ("IDNMIL", "MYS", "171") in event_triples(rules_coder, text)


def test_a_plane_boarded_is_no_seizure(rules_coder):
    assert not codes(rules_coder, "The French president boarded a plane to Niger.")


def test_a_group_listed_as_terrorist_is_sanctioned(rules_coder):
    text = "Canada listed the militia as a terrorist organisation."
    assert "163" in codes(rules_coder, text)


def test_a_zone_designated_is_no_sanction(rules_coder):
    assert not codes(rules_coder, "Kenya designated the border a special economic zone.")


def test_troops_of_a_peacekeeping_force_that_land_are_deployed(rules_coder):
    text = "The first soldiers of a peacekeeping force from Ghana landed in Monrovia yesterday."
    got = codes(rules_coder, text)
    assert "074" in got and "192" not in got, got


def test_a_naval_force_entering_a_bay_occupies_nothing(rules_coder):
    text = "A naval squadron led by the cruiser Varyag entered the Gulf of Aden."
    assert "192" not in codes(rules_coder, text)
