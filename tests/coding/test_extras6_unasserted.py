"""Acts a sentence mentions without asserting them (coding/unasserted.py), and one force's act
named by two of its organs (coding/build.py)."""

from __future__ import annotations

import pytest

from multivector.coding.build import dedupe
from multivector.coding.unasserted import characterised, reduced_participle
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

# (sentence, the unasserted act's code prefix that must not be coded)
UNASSERTED = [
    # the content of a claim noun
    ("Kenya is investigating reports that Somali soldiers had shot three Kenyan farmers.", "19"),
    ("Lima rejected allegations that its navy had seized two Chilean trawlers.", "17"),
    ("Nepal dismissed rumours that India had closed the border crossing at Birgunj.", "19"),
    # an infinitive with its own subject under a verb of wanting
    ("Critics want the president to cancel the loans from Beijing.", "16"),
    ("Moscow expected Kyiv to sign the protocol within a week.", "05"),
    ("Farmers in Ghana want the government to impose tariffs on imported rice.", "16"),
    # a direct question
    ("Has Ottawa agreed to lift the duties on Mexican steel?", "08"),
    ("Did Bolivia sign the gas deal with Paraguay?", "05"),
    ("Will Hanoi expel the Cambodian envoy?", "13"),
    # a characterisation, no telephone call or appeal
    ("Seoul called the Japanese move regrettable and based on a misunderstanding.", "02"),
    ("The Peruvian embassy called the Bolivian expulsion politically motivated.", "04"),
    ("The Kenyan envoy called the Ugandan ruling a setback for justice.", "02"),
    # a reduced passive participle in a subject
    ("The twelve sailors released by Tehran flew home to Manila on Monday.", "08"),
    ("The embargo imposed by Brazil on Bolivian beef ended last year.", "16"),
    # a present passive in a relative clause set off by commas: a standing state
    ("The party, which is banned in Turkey, condemned the arrests.", "17"),
    ("The militia, which is armed by Iran, attacked a Saudi convoy.", "07"),
    ("The Uyghur congress, which is banned in China, protested the verdict.", "17"),
    # a simple present of a material act marked as a habit
    ("Norway joined the council in 1996 and sells gas to Poland.", "06"),
    ("Kenya already ships maize and fuel to Uganda.", "06"),
    ("Ghana cut off the electricity it supplies to Togo.", "06"),
    ("Algeria still supplies gas to Spain.", "06"),
    # a hostile act on a generic patient states a policy
    (
        '"We will keep detaining anyone who logs our forests without a permit," the Bolivian minister said.',
        "13",
    ),
    ("Those who cross the border illegally from Mexico are deported by Guatemala.", "17"),
    ("Kenya will expel anyone who insults the president.", "13"),
    # the demand of a protest is its issue, not a second act
    (
        "Hundreds of Kenyan farmers blocked the highway to Nairobi on Monday, demanding higher maize prices.",
        "10",
    ),
    (
        "Chilean students occupied the ministry in Santiago, demanding free tuition from the government.",
        "10",
    ),
    ("Nigerian workers staged a strike in Lagos, demanding that the government raise wages.", "10"),
]

# (sentence, a code prefix that must still be coded): the same shapes where the act is told
ASSERTED = [
    ("Kenya confirmed that its soldiers had shot three Somali farmers.", "19"),
    ("Lima said its navy had seized two Chilean trawlers.", "17"),
    ("The Chilean minister called his Peruvian counterpart on Monday.", "04"),
    ("Kenya urged Uganda to cancel the loans from Beijing.", "02"),
    ("Ottawa agreed on Monday to lift the duties on Mexican steel.", "08"),
    # session 28: a participle telling who made an agreement reports the making (independent
    # gold coders code it; participle_events.told_making), unlike "the sailors released by
    # Tehran" above; until then this sentence was listed as unasserted
    ("A truce brokered by Qatar between Chad and Sudan collapsed in May.", "04"),
]


def _codes(coder, text: str) -> list[str]:
    return [e.cameo for e in coder.code_text(text, date="2024-05-06")]


@pytest.mark.parametrize(("text", "prefix"), UNASSERTED)
def test_an_unasserted_act_is_not_coded(coder, text, prefix):
    assert not any(c.startswith(prefix) for c in _codes(coder, text))


@pytest.mark.parametrize(("text", "prefix"), ASSERTED)
def test_an_asserted_act_is_still_coded(coder, text, prefix):
    assert any(c.startswith(prefix) for c in _codes(coder, text))


def test_a_participle_outside_the_subject_is_kept(parse):
    # "Rwanda welcomed the truce brokered by Angola ." / "The truce brokered by Angola held ."
    obj = parse(
        [
            ("Rwanda", 1, "nsubj", "PROPN", "NNP"),
            ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
            ("the", 3, "det", "DET", "DT"),
            ("truce", 1, "dobj", "NOUN", "NN"),
            ("brokered", 3, "acl", "VERB", "VBN", "broker"),
            ("by", 4, "agent", "ADP", "IN"),
            ("Angola", 5, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    subj = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("truce", 5, "nsubj", "NOUN", "NN"),
            ("brokered", 1, "acl", "VERB", "VBN", "broker"),
            ("by", 2, "agent", "ADP", "IN"),
            ("Angola", 3, "pobj", "PROPN", "NNP"),
            ("held", 5, "ROOT", "VERB", "VBD", "hold"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    assert not reduced_participle(obj[4])
    assert reduced_participle(subj[2])


def test_an_object_predicate_makes_a_characterisation(parse):
    # "Oslo called the verdict a mistake ." and "Oslo called the Danish envoy ."
    named = parse(
        [
            ("Oslo", 1, "nsubj", "PROPN", "NNP"),
            ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("the", 3, "det", "DET", "DT"),
            ("verdict", 1, "dobj", "NOUN", "NN"),
            ("a", 5, "det", "DET", "DT"),
            ("mistake", 1, "oprd", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    phoned = parse(
        [
            ("Oslo", 1, "nsubj", "PROPN", "NNP"),
            ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("the", 4, "det", "DET", "DT"),
            ("Danish", 4, "amod", "ADJ", "JJ"),
            ("envoy", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert characterised(named[1])
    assert not characterised(phoned[1])


def _event(source: str, target: str | None, start: int = 10) -> Event:
    return Event(
        doc_id="d",
        sentence_id=0,
        sentence="s",
        source=Actor(code=source, text=source),
        target=Actor(code=target, text=target) if target else None,
        cameo="175",
        plover=None,
        quad_class=4,
        goldstein=-9.0,
        rule="r",
        verb_span=CharSpan(start, start + 7),
    )


@pytest.mark.parametrize(
    ("sources", "kept"),
    [
        (("PERMIL", "PERCOP"), 1),  # "soldiers and police cleared the square": one force
        (("KENCOP", "KENMIL"), 1),
        (("PERMIL", "BOLCOP"), 2),  # two states' forces
        (("PERGOV", "PERCOP"), 2),  # a government and its police: two actors
    ],
)
def test_one_states_soldiers_and_police_are_one_force(sources, kept):
    events = [_event(s, "PERCVL") for s in sources]
    assert len(dedupe(events)) == kept


def test_two_predicates_of_two_organs_stay_apart():
    events = [_event("PERMIL", "PERCVL", 10), _event("PERCOP", "PERCVL", 40)]
    assert len(dedupe(events)) == 2
