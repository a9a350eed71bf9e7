"""Events named by nouns (coding/nominals.py): the parties of a reciprocal event noun ("talks
between A and B", "Kyrgyz-Tajik talks"), the clause an event noun is the subject of (its
modality; a description is no event), a phase or load that carries the noun ("the conclusion
of Qatari mediation", "a new round of talks"), and the town an event noun is done to ("the
shelling of Kharkiv"). Sentences are written for these tests (none is from a gold file or from
others' material); each coder test fails without the nominals rules.
"""

from __future__ import annotations

import pytest

from multivector.coding.nominals import (
    carrier,
    clause_of,
    describes_only,
    noun_objects,
    party_tokens,
    unrealised,
)


def test_parties_from_between(parse):
    doc = parse(
        [
            ("Talks", 5, "nsubj", "NOUN", "NNS", "talk"),
            ("between", 0, "prep", "ADP", "IN"),
            ("Kenya", 1, "pobj", "PROPN", "NNP"),
            ("and", 2, "cc", "CCONJ", "CC"),
            ("Somalia", 2, "conj", "PROPN", "NNP"),
            ("resumed", 5, "ROOT", "VERB", "VBD", "resume"),
        ]
    )
    assert [t.text for t in party_tokens(doc[0])] == ["Kenya", "Somalia"]
    assert clause_of(doc[0]) == doc[5]
    assert not describes_only(doc[5])


def test_parties_from_nested_modifiers(parse):
    doc = parse(
        [
            ("Uzbek", 2, "compound", "PROPN", "NNP"),
            ("-", 2, "punct", "PUNCT", "HYPH"),
            ("Kazakh", 3, "compound", "PROPN", "NNP"),
            ("talks", 4, "nsubj", "NOUN", "NNS", "talk"),
            ("began", 4, "ROOT", "VERB", "VBD", "begin"),
        ]
    )
    assert {t.text for t in party_tokens(doc[3])} == {"Uzbek", "Kazakh"}


def test_copula_with_complement_only_describes(parse):
    doc = parse(
        [
            ("Talks", 1, "nsubj", "NOUN", "NNS", "talk"),
            ("are", 1, "ROOT", "AUX", "VBP", "be"),
            ("vital", 1, "acomp", "ADJ", "JJ"),
        ]
    )
    assert clause_of(doc[0]) == doc[1]
    assert describes_only(doc[1])


def test_carrier_and_its_clause(parse):
    doc = parse(
        [
            ("A", 2, "det", "DET", "DT"),
            ("new", 2, "amod", "ADJ", "JJ"),
            ("round", 5, "nsubj", "NOUN", "NN"),
            ("of", 2, "prep", "ADP", "IN"),
            ("negotiations", 3, "pobj", "NOUN", "NNS", "negotiation"),
            ("opened", 5, "ROOT", "VERB", "VBD", "open"),
        ]
    )
    assert carrier(doc[4]) == doc[2]
    assert clause_of(doc[4]) == doc[5]


def test_end_is_no_carrier(parse):
    doc = parse(
        [
            ("the", 1, "det", "DET", "DT"),
            ("end", 1, "ROOT", "NOUN", "NN"),
            ("of", 1, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("siege", 2, "pobj", "NOUN", "NN"),
        ]
    )
    assert carrier(doc[4]) is None


def test_unrealised(parse):
    doc = parse(
        [
            ("The", 2, "det", "DET", "DT"),
            ("planned", 2, "amod", "VERB", "VBN", "plan"),
            ("summit", 4, "nsubjpass", "NOUN", "NN"),
            ("was", 4, "auxpass", "AUX", "VBD", "be"),
            ("held", 4, "ROOT", "VERB", "VBN", "hold"),
        ]
    )
    assert unrealised(doc[2], doc[4]) is not None
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("talks", 2, "nsubj", "NOUN", "NNS", "talk"),
            ("collapsed", 2, "ROOT", "VERB", "VBD", "collapse"),
        ]
    )
    assert unrealised(doc[1], doc[2]) is not None
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("talks", 2, "nsubj", "NOUN", "NNS", "talk"),
            ("ended", 2, "ROOT", "VERB", "VBD", "end"),
        ]
    )
    assert unrealised(doc[1], doc[2]) is None


def test_noun_objects(parse):
    doc = parse(
        [
            ("shelling", 0, "ROOT", "NOUN", "NN"),
            ("of", 0, "prep", "ADP", "IN"),
            ("Kherson", 1, "pobj", "PROPN", "NNP"),
            ("and", 2, "cc", "CCONJ", "CC"),
            ("Mykolaiv", 2, "conj", "PROPN", "NNP"),
        ]
    )
    assert [t.text for t in noun_objects(doc[0])] == ["Kherson", "Mykolaiv"]


def _dyads(coder, text: str, root: str) -> set[tuple[str, str]]:
    return {
        (e.source.country or e.source.code, e.target.country or e.target.code)
        for e in coder.code_text(text)
        if e.target is not None and e.cameo.startswith(root)
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("Negotiations between Kenya and Somalia resumed in Nairobi.", "04", {"KEN", "SOM"}),
        ("The talks between Armenia and Azerbaijan took place in Vienna.", "04", {"ARM", "AZE"}),
        (
            "Contacts between Chilean officials and Bolivian diplomats took place in Lima.",
            "04",
            {"CHL", "BOL"},
        ),
        ("Uzbek-Kazakh negotiations resumed in Tashkent.", "04", {"UZB", "KAZ"}),
        ("French-German consultations took place in Paris.", "04", {"FRA", "DEU"}),
        (
            "A new round of talks between Sudan and South Sudan opened in Addis Ababa.",
            "04",
            {"SDN", "SSD"},
        ),
        (
            "A second round of negotiations between Ethiopia and Egypt began in Cairo.",
            "04",
            {"ETH", "EGY"},
        ),
    ],
)
def test_reciprocal_event_noun_parties(coder, text, root, pair):
    dyads = _dyads(coder, text, root)
    assert any({s, t} == pair for s, t in dyads), (text, dyads)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Talks between India and Pakistan are important.",
        "Talks between Serbia and Kosovo did not take place.",
        "Talks between Peru and Ecuador may resume one day.",
        "A meeting between Ghana and Togo needs careful preparation.",
        "At a Russian summit in Sochi, the leaders spoke about trade.",
        "No talks between Chile and Bolivia took place last year.",
        "The planned negotiations between Georgia and Russia went ahead without observers.",
        "Talks between Eritrea and Djibouti collapsed on Friday.",
        "The proposed summit between Lebanon and Syria took place behind closed doors.",
        "Consultations between Malaysia and Indonesia were adjourned until May.",
    ],
)
def test_event_noun_not_reported_as_happening(coder, text):
    assert not [e for e in coder.code_text(text) if e.cameo.startswith("04")], text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "targets"),
    [
        (
            "Oman announced the successful conclusion of its mediation between Iran and Britain.",
            "OMN",
            {"IRN", "GBR"},
        ),
        (
            "Algeria announced the start of its mediation between Mali and Niger.",
            "DZA",
            {"MLI", "NER"},
        ),
        (
            "The start of Swiss mediation between Greece and Cyprus was announced on Monday.",
            "CHE",
            {"GRC", "CYP"},
        ),
    ],
)
def test_phase_noun_carries_the_event(coder, text, source, targets):
    dyads = _dyads(coder, text, "045")
    assert {t for s, t in dyads if s == source} == targets, (text, dyads)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Russian shelling of Kharkiv continued overnight.", ("RUS", "UKR")),
        ("The Russian shelling of Odesa resumed at dawn.", ("RUS", "UKR")),
        ("The Ukrainian shelling of Donetsk killed two people.", ("UKR", "UKR")),
    ],
)
def test_event_noun_done_to_a_town(coder, text, pair):
    assert pair in _dyads(coder, text, "19"), (text, coder.code_text(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("Talks between Georgia and Russia were postponed until March.", "16", {"GEO", "RUS"}),
        ("A treaty between Kenya and Ethiopia was signed in Nairobi.", "05", {"KEN", "ETH"}),
        ("The accord between Peru and Ecuador was signed in Brasilia.", "05", {"PER", "ECU"}),
    ],
)
def test_parties_of_a_passive_subject(coder, text, root, pair):
    dyads = _dyads(coder, text, root)
    assert any({s, t} == pair for s, t in dyads), (text, dyads)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        (
            "During talks with Vladimir Putin in Moscow, Narendra Modi praised the friendship"
            " between the two nations.",
            "04",
            ("IND", "RUS"),
        ),
        (
            "At a meeting with Kenyan officials in Nairobi, the Somali president called for calm.",
            "04",
            ("SOM", "KEN"),
        ),
        (
            "After talks with the Turkish foreign minister, Sergei Lavrov told reporters that"
            " progress had been made.",
            "04",
            ("RUS", "TUR"),
        ),
        (
            "On a visit to Japan, the Indian prime minister said ties were strong.",
            "04",
            ("IND", "JPN"),
        ),
    ],
)
def test_framed_consultation_is_the_subjects(coder, text, root, pair):
    assert pair in _dyads(coder, text, root), (text, coder.code_text(text))


@pytest.mark.slow
def test_framed_violence_is_not_the_subjects(coder):
    text = "After the killing of the journalist, Denmark's foreign minister said ties would suffer."
    assert not [
        e for e in coder.code_text(text) if e.source.country == "DNK" and e.cameo[:2] > "17"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The visit of the Chinese foreign minister to Nepal ended on Friday.", ("CHN", "NPL")),
        ("The trip of the Spanish king to Morocco began on Sunday.", ("ESP", "MAR")),
        (
            "During the visit of the Egyptian president to Khartoum, the two sides signed a deal.",
            ("EGY", "SDN"),
        ),
    ],
)
def test_doer_of_a_visit_in_its_of_phrase(coder, text, pair):
    dyads = _dyads(coder, text, "042")
    assert dyads == {pair}, (text, dyads)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russian-Chinese naval drills began in the Sea of Japan on Monday.", {"RUS", "CHN"}),
        ("Joint exercises between the Indian and French navies got under way.", {"IND", "FRA"}),
        ("A US-Philippine military exercise opened in Luzon on Tuesday.", {"USA", "PHL"}),
        ("Iran's naval exercise with Russia ended on Friday.", {"IRN", "RUS"}),
    ],
)
def test_exercise_nouns_with_two_parties(coder, text, pair):
    dyads = _dyads(coder, text, "062")
    assert any({s, t} == pair for s, t in dyads), (text, dyads)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russian drills near the Ukrainian border alarmed NATO.",
        "During the exercise, two jets collided.",
        "The drills are a provocation, Pyongyang said.",
    ],
)
def test_exercise_noun_with_one_party_is_no_cooperation(coder, text):
    assert not [e for e in coder.code_text(text) if e.cameo == "062"], text
