"""People and their nationality (coding/nationality.py, coding/coref.py).

A person or group the text gives a nationality ("a Nigerian trader", "Ana Ruiz, a citizen of
Peru", "who holds a Czech passport") is that country when referred to later: by family name,
by a definite people noun ("the trader", "the two men"), by "him"/"her" — also when the state
acting on them is another. A text that gives no one a nationality keeps its domestic reading.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.nationality import find_people, national_actor
from multivector.coding.state import DocumentState
from multivector.model import Document


def _mention(i: int, code: str, kind: str = "adjective") -> Mention:
    return Mention(i, i + 1, (LexEntry(code=code, country=code, kind=kind, name=code),))


# "Police held a Ghanaian trader . The trader denied it ." (hand-built parse)
TRADER = [
    ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
    ("held", 1, "ROOT", "VERB", "VBD", "hold"),
    ("a", 4, "det", "DET", "DT"),
    ("Ghanaian", 4, "amod", "ADJ", "JJ"),
    ("trader", 1, "dobj", "NOUN", "NN"),
    (".", 1, "punct", "PUNCT", "."),
    ("The", 7, "det", "DET", "DT", "the"),
    ("trader", 8, "nsubj", "NOUN", "NN"),
    ("denied", 8, "ROOT", "VERB", "VBD", "deny"),
    ("it", 8, "dobj", "PRON", "PRP"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_a_people_noun_with_a_nationality_is_recorded_and_referred_back_to(parse):
    doc = parse(TRADER)
    mentions = {3: _mention(3, "GHA")}
    people = find_people(doc, mentions)
    assert people.heads == [4] and people.countries == ["GHA"]
    state = DocumentState(doc_id="t", doc_date=None, mentions=mentions)
    found = national_actor(doc[7], state)
    assert found is not None and found.code == "GHA" and found.kind == "person"
    assert [a.code for a in state.tracker.people] == ["GHA"]


def test_a_citizen_of_a_country_and_an_apposed_name(parse):
    # "Ana Ruiz , a citizen of Peru , left . Police held Ruiz ."
    doc = parse(
        [
            ("Ana", 1, "compound", "PROPN", "NNP"),
            ("Ruiz", 8, "nsubj", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","),
            ("a", 4, "det", "DET", "DT"),
            ("citizen", 1, "appos", "NOUN", "NN"),
            ("of", 4, "prep", "ADP", "IN"),
            ("Peru", 5, "pobj", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","),
            ("left", 8, "ROOT", "VERB", "VBD", "leave"),
            (".", 8, "punct", "PUNCT", "."),
            ("Police", 11, "nsubj", "NOUN", "NNS", "police"),
            ("held", 11, "ROOT", "VERB", "VBD", "hold"),
            ("Ruiz", 11, "dobj", "PROPN", "NNP"),
            (".", 11, "punct", "PUNCT", "."),
        ],
        ents=["B-PERSON", "I-PERSON"] + ["O"] * 10 + ["B-PERSON", "O"],
    )
    mentions = {6: _mention(6, "PER", "country")}
    people = find_people(doc, mentions)
    assert people.countries[:2] == ["PER", "PER"]  # "citizen" and "Ruiz"
    state = DocumentState(doc_id="t", doc_date=None, mentions=mentions)
    found = national_actor(doc[12], state)
    assert found is not None and found.code == "PER"
    named = national_actor(doc[1], state)  # the name given the nationality is that country too
    assert named is not None and named.code == "PER"


def test_no_nationality_no_person(parse):
    # "Police held a trader . The trader denied it .": a domestic story stays domestic
    rows = [r for i, r in enumerate(TRADER) if i != 3]
    rows = [(w, h - (h > 3), d, p, t, *rest) for (w, h, d, p, t, *rest) in rows]
    doc = parse(rows)
    state = DocumentState(doc_id="t", doc_date=None, mentions={})
    assert find_people(doc, {}).heads == []
    assert national_actor(doc[6], state) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a pronoun: the foreign person, not the state that acts on them
        (
            "A Nigerian businessman landed in Nairobi on Monday. Kenyan police detained him "
            "at the airport.",
            ("KEN", "NGA"),
        ),
        (
            "An Australian journalist crossed into Myanmar last week. Burmese soldiers "
            "arrested her near the border.",
            ("MMR", "AUS"),
        ),
        # a definite people noun
        (
            "A Peruvian pilot made an emergency landing in Bolivia on Sunday. Bolivian troops "
            "detained the pilot.",
            ("BOL", "PER"),
        ),
        (
            "Two Chinese nationals were stopped at the port of Mombasa. Kenyan police "
            "arrested the men on Tuesday.",
            ("KEN", "CHN"),
        ),
        # a pattern's own object for people ("free &PERSONS"): the noun or the pronoun
        (
            "An Irish aid worker was kidnapped in Haiti. Haitian police later freed the woman.",
            ("HTI", "IRL"),
        ),
        (
            "A Japanese climber was held at a checkpoint in Nepal last week. Nepalese "
            "soldiers released him on Sunday.",
            ("NPL", "JPN"),
        ),
        (
            "A Brazilian student was detained in Caracas in June. Venezuelan authorities "
            "freed her on Friday.",
            ("VEN", "BRA"),
        ),
        # "them": a group of people given a nationality, not the state acting on them
        (
            "Two Chinese nationals were stopped at the port of Mombasa. Kenyan police "
            "arrested them on Tuesday.",
            ("KEN", "CHN"),
        ),
        (
            "Four Greek tourists were caught taking photographs of a naval base in Turkey. "
            "Turkish police detained them overnight.",
            ("TUR", "GRC"),
        ),
        (
            "Six Vietnamese fishermen reached the coast of Indonesia on Monday. Indonesian "
            "officials deported them a week later.",
            ("IDN", "VNM"),
        ),
        # a family name: apposition, "a citizen of", a passport, a later description
        (
            "Lars Holm, a Danish sailor, was rescued off the coast of Norway. Russian border "
            "guards detained Holm.",
            ("RUS", "DNK"),
        ),
        (
            "Maria Costa, a citizen of Portugal, was working in Caracas. Venezuelan police "
            "arrested Costa on Friday.",
            ("VEN", "PRT"),
        ),
        (
            "Tomas Novak, who holds a Czech passport, entered Ukraine in May. Ukrainian "
            "border guards detained Novak.",
            ("UKR", "CZE"),
        ),
        (
            "Turkish police stopped Karim Haddad at the airport in Ankara. The Lebanese "
            "engineer was travelling home. Officers arrested Haddad on Friday.",
            ("TUR", "LBN"),
        ),
    ],
)
def test_a_person_of_another_country_is_that_country(coder, text, dyad):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    dyads = {(e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events}
    assert dyad in dyads
