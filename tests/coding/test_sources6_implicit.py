"""Doers of an agentless passive joint act whose clause names one party (coding/implicit.py).

"Joint drills with X were held": a meeting, negotiation, agreement or co-operation has two
parties; the one the clause leaves out is the country the text is about. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.implicit import described, story_parties
from multivector.coding.state import DocumentState
from multivector.model import Actor, Document


def _state() -> DocumentState:
    return DocumentState(doc_id="t", doc_date=None, mentions={})


def _actor(code: str) -> Actor:
    return Actor(text=code, code=code, country=code, kind="country")


def _drills(parse):
    # "drills with Chad were held"
    return parse(
        [
            ("drills", 4, "nsubjpass", "NOUN", "NNS", "drill"),
            ("with", 0, "prep", "ADP", "IN"),
            ("Chad", 1, "pobj", "PROPN", "NNP"),
            ("were", 4, "auxpass", "AUX", "VBD", "be"),
            ("held", 4, "ROOT", "VERB", "VBN", "hold"),
        ]
    )


def test_the_named_party_and_the_focus_country(parse):
    doc = _drills(parse)
    found = story_parties(doc[4], _state(), "NER", lambda t: [_actor("TCD")] if t.i == 2 else [])
    assert [a.code for a in found] == ["NER", "TCD"]


def test_no_party_named_or_the_focus_is_the_party_itself(parse):
    doc = _drills(parse)
    assert story_parties(doc[4], _state(), "NER", lambda t: []) == []
    assert story_parties(doc[4], _state(), "TCD", lambda t: [_actor("TCD")]) == []
    # no focus and no earlier country: no guess
    assert story_parties(doc[4], _state(), None, lambda t: [_actor("TCD")]) == []


def _dyads(coder, text: str) -> set[tuple[str, str | None]]:
    coded = next(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    return {
        (e.source.country or e.source.code, e.target.country if e.target else None)
        for e in coded.events
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Peru has sought new partners since 2010. Military drills with Brazilian troops"
            " were held near the border in May.",
            {"PER", "BRA"},
        ),
        (
            "Ghana expanded its trade ties last year. The annual naval exercise was held with"
            " French ships in June.",
            {"GHA", "FRA"},
        ),
        (
            "Laos reviewed its foreign policy in 2019. Diplomatic relations with Thailand were"
            " restored in 2020.",
            {"LAO", "THA"},
        ),
    ],
)
def test_a_passive_joint_act_with_one_party_named(coder, text, pair):
    dyads = _dyads(coder, text)
    assert any({s, t} == pair for s, t in dyads), dyads


# ---------------------------------------------------------------- descriptions of a kind
def _noted(*actors: Actor) -> DocumentState:
    state = _state()
    for a in actors:
        state.tracker.note([a])
    return state


def _the_group(parse, of_phrase: bool = False):
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("group", 2, "nsubj", "NOUN", "NN"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
    ]
    if of_phrase:  # "The group of doctors attacked"
        rows = [
            ("The", 1, "det", "DET", "DT"),
            ("group", 4, "nsubj", "NOUN", "NN"),
            ("of", 1, "prep", "ADP", "IN"),
            ("doctors", 2, "pobj", "NOUN", "NNS", "doctor"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "attack"),
        ]
    return parse(rows)


def test_the_group_is_the_non_state_group_last_named(parse):
    rebels = Actor(text="rebels", code="NERREB", country="NER", kind="agent")
    army = Actor(text="army", code="NERMIL", country="NER", kind="agent")
    doc = _the_group(parse)
    assert described(doc[1], _noted(rebels, army), set(), lambda: None) is rebels
    assert described(doc[1], _noted(army), set(), lambda: None) is None  # no state organ
    doc = _the_group(parse, of_phrase=True)
    assert described(doc[1], _noted(rebels), set(), lambda: None) is None


def test_the_kingdom_is_a_country_so_ruled(parse):
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("kingdom", 2, "nsubj", "NOUN", "NN"),
            ("protested", 2, "ROOT", "VERB", "VBD", "protest"),
        ]
    )
    state = _noted(_actor("NOR"), _actor("FIN"))
    assert described(doc[1], state, set(), lambda: None).code == "NOR"  # Finland is no kingdom
    assert described(doc[1], state, set(), lambda: "DNK").code == "DNK"  # the focus first
    assert described(doc[1], _noted(_actor("FIN")), set(), lambda: None) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "sources"),
    [
        # "the group", "the movement": the armed group last named
        (
            "Hamas fighters entered the town at dawn. The group later attacked an Israeli patrol.",
            "190",
            {"PSEREBHMS"},
        ),
        (
            "ELN guerrillas kidnapped two engineers in Arauca last week. The group released the"
            " hostages to the Colombian army on Friday.",
            "0841",
            {"COLREBELN"},
        ),
        (
            "Al-Shabaab militants stormed a hotel in Kismayo. The movement later threatened Kenya"
            " with more attacks.",
            "1384",
            {"SOMREBSHB"},
        ),
        # "the kingdom", "the emirate", "the sultanate": the country so ruled
        (
            "Jordan's foreign minister travelled to Cairo on Sunday. The kingdom condemned Israel"
            " for the raid.",
            "111",
            {"JOR"},
        ),
        (
            "The emir of Kuwait received the Iraqi prime minister. The emirate pledged aid to Iraq.",
            "033",
            {"KWT"},
        ),
        (
            "Oman's foreign minister spoke to reporters in Muscat. The sultanate urged Iran to"
            " release the tanker.",
            "0253",
            {"OMN"},
        ),
        # "the leaders", "the ministers": each of the group of organs last named together
        (
            "The presidents of Ghana and Togo met in Lome on Monday. The leaders agreed to reopen"
            " the border.",
            # acts28: a border reopened with no aid named eases a restriction (081); it was
            # coded as humanitarian access (0863) before. What this case tests is the doers.
            "081",
            {"GHAGOV", "TGOGOV"},
        ),
        (
            "The prime ministers of Poland and Lithuania met in Vilnius. The leaders criticised"
            " Belarus over the border crisis.",
            "111",
            {"POLGOV", "LTUGOV"},
        ),
        (
            "The foreign ministers of Peru and Chile met in Lima. The ministers signed a fisheries"
            " accord.",
            "057",
            {"PERGOV", "CHLGOV"},
        ),
    ],
)
def test_a_description_of_its_kind_names_the_doer(coder, text, code, sources):
    coded = next(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    found = {
        c
        for e in coded.events
        if e.cameo == code
        for c in (e.source.code, getattr(e.target, "code", None))
    }
    assert sources <= found, [(e.source.code, e.cameo) for e in coded.events]
