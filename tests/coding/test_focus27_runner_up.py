"""focus27: the document's focus when two countries are both prominent. With no focus by count,
the runner-up is the focus when the opening names it and not the country named most, and that
one is named at most ``focus_lead_runner_up`` times as often (coding/lead_focus.py); a tie
named in the opening goes to the one it names (``focus_lead_dominance`` 1.0); a country named
1.75 times as often as the next is the focus by count (``focus_dominance``). Hand-built
documents and mentions.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.focus_country import document_focus
from multivector.coding.generic import GenericRules
from multivector.coding.lead_focus import lead_focus
from multivector.ontology import load_ontology

WORDS = ["Chile", "votes", ".", "Santiago", "waits", ".", "Argentina", "watches", "."]
STARTS = [True, False, False, True, False, False, True, False, False]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, sent_starts=STARTS)


def _mention(i: int, country: str) -> SimpleNamespace:
    return SimpleNamespace(
        start=i, end=i + 1, entries=(SimpleNamespace(country=country, code=country),)
    )


MENTIONS = {0: _mention(0, "CHL"), 3: _mention(3, "CHL"), 6: _mention(6, "ARG")}


def test_the_runner_up_the_opening_names_alone_is_the_focus():
    ranked = [("ARG", 3), ("CHL", 2)]
    assert lead_focus(_doc(), MENTIONS, ranked, (1.0, 2, 1.5), 2) == "CHL"


def test_not_when_the_most_named_is_named_far_more_often():
    ranked = [("ARG", 4), ("CHL", 2)]
    assert lead_focus(_doc(), MENTIONS, ranked, (1.0, 2, 1.5), 2) is None


def test_not_when_the_rule_is_off_or_the_runner_up_is_named_too_rarely():
    assert lead_focus(_doc(), MENTIONS, [("ARG", 3), ("CHL", 2)], (1.0, 2, 0.0), 2) is None
    assert lead_focus(_doc(), MENTIONS, [("ARG", 1), ("CHL", 1)], (1.0, 2, 1.5), 2) is None


def test_a_tie_goes_to_the_country_the_opening_names():
    assert lead_focus(_doc(), MENTIONS, [("CHL", 3), ("ARG", 3)], (1.0, 2, 1.5), 2) == "CHL"


def test_seven_mentions_against_four_are_a_focus_by_count():
    chile = {i: _mention(i, "CHL") for i in range(7)}
    argentina = {i: _mention(i, "ARG") for i in range(10, 14)}
    assert document_focus({**chile, **argentina}, dominance=1.75) == "CHL"
    assert document_focus({**chile, **argentina}, dominance=2.0) is None


def test_the_policy_sets_the_focus_thresholds():
    rules = GenericRules.from_mapping(load_ontology().policy.generic_actors)
    assert rules.focus_dominance == 1.75
    assert rules.focus_lead == (1.0, 2, 1.5)


def test_a_gazetteer_place_in_the_opening_names_its_country():
    placed = [(6, "ARG")]  # "Argentina" read as a town of the gazetteer
    mentions = {0: _mention(0, "CHL"), 3: _mention(3, "CHL")}
    assert lead_focus(_doc(), mentions, [("CHL", 2), ("ARG", 2)], (1.0, 3, 1.5), 1, placed) is None
    assert lead_focus(_doc(), mentions, [("CHL", 2), ("ARG", 2)], (1.0, 2, 1.5), 1, placed) == "CHL"
