"""Coordinated passives share their patient, agent and place (coding/coordinated.py).

"Were arrested and deported in Lahore": both acts in Pakistan, on the same people; "were
detained and later expelled by the police": the police did both. A conjunct of its own subject
or one that sends its patient somewhere lends nothing. The sentences are written for these tests.
"""

from __future__ import annotations


def _events(coder, text: str) -> list[tuple[str, str | None, str]]:
    return sorted(
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2021-03-10")
    )


def test_the_place_of_a_later_conjunct_is_shared(rules_coder):
    found = _events(rules_coder, "Two Chilean journalists were arrested and deported in Lahore on Monday.")
    assert ("PAK", "CHLMED", "173") in found
    assert ("PAK", "CHLMED", "174") in found


def test_the_agent_of_a_later_conjunct_is_shared(rules_coder):
    found = _events(
        rules_coder, "Two Chilean journalists were detained and later expelled by the Pakistani police."
    )
    assert ("PAKCOP", "CHLMED", "173") in found
    assert ("PAKCOP", "CHLMED", "174") in found


def test_the_agent_and_patient_of_an_earlier_conjunct_are_shared(rules_coder):
    found = _events(
        rules_coder, "Two Chilean journalists were detained by the Pakistani police and later expelled."
    )
    assert ("PAKCOP", "CHLMED", "174") in found


def test_a_conjunct_with_its_own_subject_shares_nothing(rules_coder):
    from multivector.coding.coordinated import passive_group, shared_agent
    from multivector.nlp import load_pipeline

    doc = load_pipeline()("Ruiz was detained by the police on Monday, and his brother was released on Tuesday.")
    released = next(t for t in doc if t.lower_ == "released")
    assert passive_group(released) == [released]
    assert shared_agent(released) is None


def test_a_sending_conjunct_lends_no_place(rules_coder):
    # the exile's place is where he was sent, not where he was arrested
    found = _events(
        rules_coder, "The former mayor was arrested and sent into exile in Portugal, a Brazilian paper said."
    )
    assert not any(s == "PRT" and c == "173" for s, _t, c in found)


def test_a_place_name_owning_the_place_noun(rules_coder):
    # "at Tehran's main airport": Iran's act, not the focus country's
    found = _events(rules_coder, "The British aid worker Jane Holt was arrested at Tehran's main airport in April.")
    assert [s for s, _t, c in found if c == "173"] == ["IRN"]


def test_a_listed_participle_does_not_take_the_exile_place(rules_coder):
    # "convicted" is parsed as an adverbial clause of "arrested"; it is one of the list
    found = _events(
        rules_coder,
        "The former mayor was arrested, convicted of fraud and sent into exile in Portugal, a Brazilian paper said.",
    )
    assert not any(s == "PRT" for s, _t, _c in found)


def test_a_listed_participle_shares_the_patient(rules_coder):
    found = _events(rules_coder, "BOGOTA - The former Colombian mayor was arrested, convicted of fraud and sent into exile.")
    assert ("COL", "COLGOV", "116") in found


def test_a_participle_clause_with_its_own_agent_is_no_list_member(rules_coder):
    from multivector.coding.coordinated import listed
    from multivector.nlp import load_pipeline

    doc = load_pipeline()("The talks were held in Geneva, chaired by a Swiss diplomat.")
    chaired = next(t for t in doc if t.lower_ == "chaired")
    assert not listed(chaired)
