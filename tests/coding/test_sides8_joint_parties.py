"""The two parties of a joint text (coding/groups.py ``party_sides``, ``formal_plural``).

Joint statements and readouts name the two states once, then speak of them as a pair: "The
Parties signed", "The Sides agreed", "The Leaders welcomed", "The Heads of State held talks",
"the two leaders", "both presidents". Such a phrase is the two countries in focus (a role noun
keeps its agent: KAZGOV, KORGOV); "opposition parties", "the parties of the left", "three
parties", the lower-case "the leaders" and a headline's capitals are not.

Hand-built parses for the phrase test; sentences written for these tests through the coder.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.groups import formal_plural, party_sides


def _subject(parse, words: list[tuple[str, str, str, str]], verb: str = "signed"):
    """A parse of ``words`` (word, dep, pos, tag) heading the last one, subject of ``verb``."""
    n = len(words)
    rows = [(w, n - 1, dep, pos, tag, w) for w, dep, pos, tag in words[:-1]]
    w, _, pos, tag = words[-1]
    rows.append((w, n, "nsubj", pos, tag, w))
    rows.append((verb, n, "ROOT", "VERB", "VBD", verb))
    return parse(rows)


THE = ("The", "det", "DET", "DT")


def test_the_capitalised_parties_and_sides_are_the_two_sides(parse):
    # "The Parties signed": spaCy tags the word NNPS and keeps "Parties" as its lemma
    doc = _subject(parse, [THE, ("Parties", "", "PROPN", "NNPS")])
    assert party_sides(doc[1]) == 2
    # "The Sides agreed", also when tagged as a singular name
    for tag, pos in (("NNS", "NOUN"), ("NNP", "PROPN")):
        doc = _subject(parse, [THE, ("Sides", "", pos, tag)], "agreed")
        assert formal_plural(doc[1])
        assert party_sides(doc[1]) == 2
    # lower case "the sides" / "both sides" are left to the sides of a conflict
    doc = _subject(parse, [("the", "det", "DET", "DT"), ("sides", "", "NOUN", "NNS")])
    assert party_sides(doc[1]) == 0
    doc = _subject(parse, [("both", "det", "DET", "DT"), ("sides", "", "NOUN", "NNS")])
    assert party_sides(doc[1]) == 0


def test_political_parties_are_not_the_sides(parse):
    # "Three parties signed", "the opposition Parties signed"
    doc = _subject(parse, [("Three", "nummod", "NUM", "CD"), ("parties", "", "NOUN", "NNS")])
    assert party_sides(doc[1]) == 0
    doc = _subject(
        parse, [THE, ("opposition", "compound", "NOUN", "NN"), ("Parties", "", "PROPN", "NNPS")]
    )
    assert party_sides(doc[2]) == 0
    # "The Parties of the left protested"
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("Parties", 5, "nsubj", "PROPN", "NNPS", "Parties"),
            ("of", 1, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("left", 2, "pobj", "NOUN", "NN"),
            ("protested", 5, "ROOT", "VERB", "VBD", "protest"),
        ]
    )
    assert party_sides(doc[1]) == 0


def test_a_role_plural_names_the_two_states_counted_or_in_the_formal_style(parse):
    # "The Leaders welcomed", "The Heads of State held talks" (GOV)
    doc = _subject(parse, [THE, ("Leaders", "", "PROPN", "NNPS")], "welcomed")
    assert party_sides(doc[1], "GOV") == 2
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("Heads", 4, "nsubj", "PROPN", "NNP", "Heads"),
            ("of", 1, "prep", "ADP", "IN"),
            ("State", 2, "pobj", "PROPN", "NNP", "State"),
            ("held", 4, "ROOT", "VERB", "VBD", "hold"),
        ]
    )
    assert party_sides(doc[1], "GOV") == 2
    # counted: "the two leaders", "both presidents", whatever the case
    doc = _subject(
        parse,
        [
            ("the", "det", "DET", "DT"),
            ("two", "nummod", "NUM", "CD"),
            ("leaders", "", "NOUN", "NNS"),
        ],
    )
    assert party_sides(doc[2], "GOV") == 2
    doc = _subject(parse, [("Both", "det", "DET", "DT"), ("Presidents", "", "PROPN", "NNPS")])
    assert party_sides(doc[1], "GOV") == 2
    # not: lower case "the leaders" (the same people as before), no determiner, another agent
    doc = _subject(parse, [("the", "det", "DET", "DT"), ("leaders", "", "NOUN", "NNS")])
    assert party_sides(doc[1], "GOV") == 0
    doc = _subject(parse, [("Leaders", "", "PROPN", "NNPS")])
    assert party_sides(doc[0], "GOV") == 0
    doc = _subject(parse, [THE, ("Generals", "", "PROPN", "NNPS")])
    assert party_sides(doc[1], "MIL") == 0


def test_a_headline_is_not_the_formal_style(parse):
    # "The Leaders Sign Deal": every word capitalised, the verb too
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("Leaders", 2, "nsubj", "PROPN", "NNPS", "Leaders"),
            ("Sign", 2, "ROOT", "VERB", "VBP", "sign"),
            ("Deal", 2, "dobj", "PROPN", "NNP", "Deal"),
        ]
    )
    assert not formal_plural(doc[1])
    assert party_sides(doc[1], "GOV") == 0


def test_heads_of_state_capitalised_is_a_government_role(parse, lexicon):
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("Heads", 4, "nsubj", "PROPN", "NNP", "Heads"),
            ("of", 1, "prep", "ADP", "IN"),
            ("State", 2, "pobj", "PROPN", "NNP", "State"),
            ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ]
    )
    assert lexicon.agent_code(doc[1]) == "GOV"


# ----------------------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


VISIT = "Uzbek President Mirziyoyev received Turkish President Erdogan in Tashkent on Tuesday. "


def _pair_events(triples, code: str):
    return {(s, t) for s, t, c in triples if c == code}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "code", "parties"),
    [
        ("The Parties signed an agreement on transport.", "057", {"UZB", "TUR"}),
        ("The Leaders signed a treaty on energy.", "057", {"UZBGOV", "TURGOV"}),
        ("The Heads of State held talks on regional security.", "040", {"UZBGOV", "TURGOV"}),
        ("The two leaders held talks on regional security.", "040", {"UZBGOV", "TURGOV"}),
        ("The two Ministers exchanged views on climate change.", "040", {"UZBGOV", "TURGOV"}),
    ],
)
def test_the_pair_of_a_joint_statement_acts_between_the_two_states(coder, sentence, code, parties):
    found = _pair_events(event_triples(coder, VISIT + sentence), code)
    assert found, "no event between the two parties"
    assert all({s, t} == parties for s, t in found)  # never a party to itself


@pytest.mark.slow
def test_the_sides_keep_a_partner_named_with_with(coder):
    text = VISIT + "The Sides held talks with Japan on trade."
    found = _pair_events(event_triples(coder, text), "040")
    assert ("UZB", "JPN") in found and ("TUR", "JPN") in found
    assert ("UZB", "TUR") not in found


@pytest.mark.slow
def test_the_ministers_of_a_meeting_are_the_two_governments(coder):
    text = (
        "Mongolian Foreign Minister Battsetseg met her Chinese counterpart Wang Yi in Beijing"
        " on Monday. The Ministers signed a plan on rail links."
    )
    assert _pair_events(event_triples(coder, text), "057") == {("MNGGOV", "CHNGOV")}


@pytest.mark.slow
def test_domestic_and_same_people_readings_are_kept(coder):
    text = (
        "Three Kenyan ministers were accused of graft on Monday. The ministers resigned on Tuesday."
    )
    sources = {s for s, _, _ in event_triples(coder, text)}
    assert sources == {"KENGOV"}
    text = (
        "EU foreign ministers agreed new sanctions on Russia on Monday. The ministers also"
        " agreed to send aid to Ukraine."
    )
    sources = {s for s, _, _ in event_triples(coder, text)}
    assert sources and all(s.startswith("IGOEU") for s in sources)


@pytest.mark.slow
def test_the_parties_of_a_text_on_one_country_are_its_political_parties(coder):
    text = "The Parties of the Left won the election in France. The Parties rejected the budget."
    sources = {s for s, _, _ in event_triples(coder, text)}
    assert sources == {"FRAPTY"}
