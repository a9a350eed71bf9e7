"""Accidents are not attacks (coding/accidents.py, policy ``accident_roots``) and an execution
is a killing by physical assault, 1823, unless of a leader (186). Sentences written for these
tests."""

from __future__ import annotations

WAR = "Peruvian troops shelled Chilean border posts on Monday, killing two Chilean soldiers. "


def _codes(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2021-03-10")
    ]


def test_a_killing_in_a_crash_is_no_act_of_the_enemy(rules_coder):
    found = _codes(rules_coder, WAR + "Nine Chilean soldiers were killed in a helicopter crash on Tuesday.")
    # only Monday's shelling is an act; Tuesday's crash is no one's
    assert [c for _s, _t, c in found] == ["194"]


def test_a_killing_without_an_accident_still_has_the_enemy_as_doer(rules_coder):
    found = _codes(rules_coder, WAR + "Nine Chilean soldiers were killed on Tuesday.")
    assert any(s == "PER" and c.startswith("19") for s, _t, c in found)


def test_an_accident_as_subject(rules_coder):
    from multivector.coding.accidents import accidental
    from multivector.nlp import load_pipeline

    doc = load_pipeline()("A collision with a Peruvian trawler killed nine Chilean sailors.")
    assert accidental(next(t for t in doc if t.lemma_ == "kill"))
    doc = load_pipeline()("A Peruvian gunboat killed nine Chilean sailors.")
    assert not accidental(next(t for t in doc if t.lemma_ == "kill"))


def test_an_execution_of_prisoners_is_1823_and_of_a_leader_186(rules_coder):
    assert ("CHLMIL", "PERCVL", "1823") in _codes(
        rules_coder, "Chilean soldiers executed a dozen Peruvian prisoners."
    )
    assert ("CHLMIL", "PERGOV", "186") in _codes(
        rules_coder, "Chilean soldiers executed the Peruvian governor."
    )


def test_an_execution_of_hundreds_of_villagers_is_a_mass_killing(rules_coder):
    assert ("CHLMIL", "CHLCVL", "202") in _codes(
        rules_coder, "Chilean soldiers executed 300 villagers in the valley."
    )


def test_money_lent_to_a_state_is_economic_aid(rules_coder):
    assert ("DEU", "POL", "071") in _codes(rules_coder, "Germany lent $2 billion to Poland.")


def test_an_industrial_explosion_is_no_bombing(rules_coder):
    assert _codes(rules_coder, "An explosion at a chemical plant in Tianjin killed 100 people.") == []
    assert _codes(rules_coder, "A gas explosion killed five Chilean miners.") == []


def test_an_explosion_at_a_checkpoint_is_still_an_attack(rules_coder):
    found = _codes(rules_coder, "An explosion at a Peruvian checkpoint killed five soldiers.")
    assert [c for _s, _t, c in found] == ["183"]


def test_a_sinking_that_kills_is_an_accident(rules_coder):
    assert _codes(rules_coder, "A Chilean ferry sank off Peru, killing forty passengers.") == []
