"""acts28: acts the verb dictionary had no pattern for (coding/data/verbs.yaml), written from the
CAMEO definitions: an agreement held in abeyance (160), a quarantine lifted (0813) or imposed
(1723), a closed border reopened (081), an inquiry taken over (090/091), boats rammed or nets cut
(171), boats towed back (174), entry rules tightened and border checks reintroduced (172), a
fence built on a border (191), warships kept on station, boats chased and combat aircraft near
or inside another's airspace (150), survivors interviewed by investigators (092), refugees fed
(073), joint exercises cancelled (1212), a warship torpedoed (190). Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia held the gas accord with Brazil in abeyance on Monday.", ("BOL", "BRA", "160")),
        ("The Kenyan government lifted the quarantine on Mombasa.", ("KENGOV", "KEN", "0813")),
        ("Ghana reopened its border with Togo on Monday.", ("GHA", "TGO", "081")),
        ("Niger announced the reopening of its borders with Mali.", ("NER", "MLI", "081")),
        ("Austria reintroduced checks on its border with Slovenia.", ("AUT", "SVN", "172")),
        ("Ghana tightened visa rules for Nigerian traders.", ("GHA", "NGABUS", "172")),
        ("Hungary built a fence along its border with Serbia.", ("HUN", "SRB", "191")),
        ("Turkey cancelled two planned joint naval exercises with Egypt.", ("TUR", "EGY", "1212")),
        ("The Chinese trawler rammed a Japanese fishing boat.", ("CHN", "JPN", "171")),
        ("Icelandic gunboats cut the nets of British trawlers.", ("ISLMIL", "GBR", "171")),
        ("Spanish frigates towed back the boats to Moroccan waters.", ("ESPMIL", "MAR", "174")),
        ("Chinese bombers flew near Japanese airspace on Tuesday.", ("CHNUAF", "JPN", "150")),
        ("Four Russian combat aircraft entered Finnish airspace.", ("RUS", "FIN", "150")),
        ("Norwegian coast guard vessels chased the Russian trawler.", ("NOR", "RUS", "150")),
        ("The Red Cross is feeding the refugees in Chad.", ("NGOHLHIRC", "TCDREF", "073")),
    ],
)
def test_an_act_phrased_in_other_words_is_coded(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


def test_an_inquiry_taken_over_by_police_is_a_criminal_investigation(rules_coder):
    triples = event_triples(rules_coder, "Kenya's police took over the investigation into the bombing.")
    assert ("KENCOP", "KEN", "091") in triples


def test_survivors_interviewed_by_investigators_is_an_inquiry_into_abuses(rules_coder):
    triples = event_triples(rules_coder, "UN investigators interviewed 300 survivors of the massacre.")
    assert any(s == "IGOUNO" and c == "092" for s, _t, c in triples)


def test_warships_kept_on_station_off_a_coast_show_force(rules_coder):
    triples = event_triples(rules_coder, "Russia has kept three warships on station off the coast of Norway.")
    assert any(s == "RUS" and c == "150" for s, _t, c in triples)


def test_a_warship_torpedoed_is_force_and_talks_torpedoed_are_not(rules_coder):
    assert ("GBRMIL", "ARGMIL", "190") in event_triples(
        rules_coder, "The British submarine torpedoed the Argentine cruiser."
    )
    assert not event_triples(rules_coder, "The opposition torpedoed the talks.")


def test_a_border_reopened_for_aid_stays_humanitarian_access(rules_coder):
    triples = event_triples(rules_coder, "Sudan reopened the border crossing to humanitarian aid.")
    assert {c for _s, _t, c in triples} == {"0863"}


def test_a_plane_or_a_boat_in_general_is_no_show_of_force(rules_coder):
    assert not event_triples(rules_coder, "A Chinese airliner flew near Japanese airspace on Tuesday.")
    assert not event_triples(rules_coder, "Thai fishermen towed the broken boat to the harbour.")


def test_a_reciprocal_noun_s_by_phrase_naming_two_doers_names_its_parties(rules_coder):
    triples = event_triples(rules_coder, "Joint exercises by Chile and Peru began on Monday.")
    assert ("CHL", "PER", "062") in triples
    triples = event_triples(rules_coder, "Talks by Kenyan and Somali officials ended on Friday.")
    assert ("KEN", "SOM", "040") in triples


def test_a_by_phrase_naming_one_side_names_no_parties(rules_coder):
    assert not event_triples(rules_coder, "Exercises by Kenyan troops began in March.")


def test_premises_searched_by_investigators_is_a_criminal_investigation(rules_coder):
    triples = event_triples(rules_coder, "Kenyan investigators searched the Somali consul's residence.")
    assert ("KENCOP", "SOMGOV", "091") in triples
    assert not event_triples(rules_coder, "Rescuers searched the rubble for survivors.")


def test_a_contested_activity_called_off_accedes_to_a_change_of_policy(rules_coder):
    triples = event_triples(rules_coder, "Norway has called off its seal hunt for the coming season.")
    assert any(s == "NOR" and c == "0832" for s, _t, c in triples)
    triples = event_triples(rules_coder, "Greenpeace urged France to abandon its nuclear tests.")
    assert any(t == "FRA" and c == "0242" for _s, t, c in triples)


def test_visa_free_entry_suspended_is_an_administrative_sanction(rules_coder):
    triples = event_triples(rules_coder, "Kenya suspended visa-free entry for Somali citizens.")
    assert {c for _s, _t, c in triples} == {"172"}
    triples = event_triples(rules_coder, "Peru cancelled visas issued to Chilean nationals.")
    assert ("PER", "CHL", "172") in triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Zimbabwean government suspended the field work of all aid agencies.", "1663"),
        ("Mali's junta suspended all activities of political parties in April.", "1722"),
        ("Peru's president dissolved Congress on Monday.", "1722"),
        ("NATO suspended its bombing campaign.", "087"),
    ],
)
def test_what_is_suspended_decides_the_code(rules_coder, text, expected):
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert expected in codes and "160" not in codes
