"""How the coder uses the event classifier: proposals, modality, arbitration, provenance."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventPattern
from multivector.coding.predicates import match_patterns
from multivector.coding.second_opinion import RULE, SecondOpinion, Settings

TOY = [
    ("Armenia walloped Azerbaijan with artillery.", "194"),
    ("Israel walloped Hamas positions with heavy guns.", "194"),
    ("The army walloped rebel villages overnight.", "194"),
    ("Turkey walloped Kurdish militants with howitzers.", "194"),
    ("India walloped Pakistani posts across the line.", "194"),
    ("Russia walloped Ukrainian towns with rockets.", "194"),
    ("The country has a long coastline.", None),
    ("Its capital is a large city.", None),
    ("The economy grew by two percent last year.", None),
    ("The river floods every spring.", None),
    ("Wheat is the main export.", None),
    ("The museum opened in 1990.", None),
]


@pytest.fixture(scope="module")
def toy_opinion():
    pytest.importorskip("sklearn")
    from multivector.coding.classifier.train import Example, featurize, train

    examples = [Example(t, frozenset([c] if c else []), "toy") for t, c in TOY]
    features, dense = featurize(examples)
    model = train(examples, features, c=10.0, min_df=1, dense=dense)
    return SecondOpinion(model, Settings(min_root_probability=0.5, min_code_probability=0.2))


@pytest.fixture
def model_coder(rules_coder, toy_opinion):
    rules_coder.extractor.second_opinion = toy_opinion
    yield rules_coder
    rules_coder.extractor.second_opinion = None


# a verb with no pattern in verbs.yaml ("pounded" has one since vocab21: `pound &BOMBARDED`)
SENTENCE = "Georgia walloped Russian positions on Tuesday."


@pytest.mark.slow
def test_rules_alone_find_no_event_for_an_unknown_verb(rules_coder):
    assert rules_coder.code_text(SENTENCE, date="2008-08-07") == []


@pytest.mark.slow
def test_the_model_proposes_an_event_and_says_so(model_coder):
    events = model_coder.code_text(SENTENCE, date="2008-08-07")
    assert events, "a confident classifier proposes an event on the main verb"
    e = events[0]
    assert e.cameo.startswith("19")
    assert e.rule.startswith(RULE)
    assert e.source.country == "GEO"
    assert e.verb_text == "walloped"
    assert e.date == "2008-08-05"  # the rule stages still date it ("on Tuesday")


@pytest.mark.slow
def test_the_model_never_overrides_negation(model_coder):
    assert model_coder.code_text("Georgia did not pound Abkhaz positions.") == []


@pytest.mark.slow
def test_no_proposal_for_a_sentence_the_model_thinks_is_no_event(model_coder):
    assert model_coder.code_text("Georgia has a long coastline on the Black Sea.") == []


@pytest.mark.slow
def test_settings_can_switch_proposals_off(model_coder, toy_opinion):
    toy_opinion.settings = dataclasses.replace(toy_opinion.settings, propose=False)
    try:
        assert model_coder.code_text(SENTENCE) == []
    finally:
        toy_opinion.settings = dataclasses.replace(toy_opinion.settings, propose=True)


def _sanctions_doc() -> Doc:
    # "Russia imposed duties on Georgia"
    return Doc(
        Vocab(),
        words=["Russia", "imposed", "duties", "on", "Georgia"],
        heads=[1, 1, 1, 1, 3],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
        lemmas=["Russia", "impose", "duty", "on", "Georgia"],
        sent_starts=[True, False, False, False, False],
    )


def _pattern(code: str, line: int) -> EventPattern:
    from multivector.coding.dictionary import Requirement

    req = Requirement("object", frozenset({"duty"}))
    return EventPattern("impose", (req,), code, f"test.yaml:{line} {code}")


def test_arbitration_picks_the_code_the_model_prefers():
    doc = _sanctions_doc()
    verb = doc[1]
    patterns = [_pattern("163", 1), _pattern("1621", 2)]
    opinion = SecondOpinion(FixedOpinion.of_codes({"163": 0.2, "1621": 0.7}), Settings())
    m = match_patterns(verb, patterns, [doc[2]], opinion.chooser(doc[:]))
    assert m.pattern.code == "1621"
    assert RULE in m.pattern.rule and "test.yaml:2" in m.pattern.rule


def test_without_a_model_the_first_pattern_wins():
    doc = _sanctions_doc()
    patterns = [_pattern("163", 1), _pattern("1621", 2)]
    m = match_patterns(doc[1], patterns, [doc[2]])
    assert m.pattern.code == "163" and RULE not in m.pattern.rule


def test_refinement_makes_a_residual_code_specific_when_the_model_is_sure():
    doc = _sanctions_doc()
    sure = SecondOpinion(
        FixedOpinion.of_codes({"190": 0.3, "194": 0.8}), Settings(refine_min_probability=0.5)
    )
    code, rule = sure.refine(doc[:], "190", "verbs.yaml:1 190 attack")
    assert code == "194" and f"+{RULE} refined 0.80" in rule
    unsure = SecondOpinion(
        FixedOpinion.of_codes({"190": 0.3, "194": 0.4}), Settings(refine_min_probability=0.5)
    )
    assert unsure.refine(doc[:], "190", "r")[0] == "190"
    assert sure.refine(doc[:], "193", "r")[0] == "193"  # a specific code stays
    residual = SecondOpinion(
        FixedOpinion.of_codes({"040": 0.7, "046": 0.6}), Settings(refine_min_probability=0.4)
    )
    assert residual.refine(doc[:], "040", "r")[0] == "040"  # surer of the residual code
    off = SecondOpinion(FixedOpinion.of_codes({"194": 0.99}), Settings())
    assert off.refine(doc[:], "190", "r")[0] == "190"


def test_settings_are_read_from_their_data_file(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text(
        "propose:\n  enabled: false\n  min_root_probability: 0.95\n  roots: ['19']\n"
        "arbitrate:\n  enabled: false\n",
        encoding="utf-8",
    )
    s = Settings.load(path)
    assert not s.propose and not s.arbitrate
    assert s.min_root_probability == 0.95 and s.propose_roots == frozenset({"19"})
    assert Settings.load().propose  # the bundled file
    assert Settings.load().refine_min_probability <= 1


def test_refinement_does_not_repeat_a_code_another_predicate_of_the_sentence_has():
    # "... visited Lima, where he met the president": sure of 042 because of "visited"
    doc = _sanctions_doc()
    sure = SecondOpinion(
        FixedOpinion.of_codes({"040": 0.1, "042": 0.9, "043": 0.6}), Settings(refine_min_probability=0.5)
    )
    assert sure.refine(doc[:], "040", "r")[0] == "042"
    assert sure.refine(doc[:], "040", "r", {"042"})[0] == "043"
    assert sure.refine(doc[:], "040", "r", {"042", "043"})[0] == "040"


# "attend" (04) is negated; "walloped" has no pattern: the classifier's 19 is not the act
# modality said no to. Sentences written for these tests.
BESIDE = "Georgia, which did not attend the talks, walloped Russian positions on Tuesday."


@pytest.mark.slow
def test_a_blocked_word_of_another_root_lets_the_proposal_stand(model_coder, toy_opinion):
    assert toy_opinion.settings.modality_block == "sentence"  # the toy's settings: the old rule
    assert model_coder.code_text(BESIDE, date="2008-08-07") == []
    toy_opinion.settings = dataclasses.replace(toy_opinion.settings, modality_block="root")
    try:
        events = model_coder.code_text(BESIDE, date="2008-08-07")
        assert events, "the negated word has no pattern of the proposed root"
        assert {e.cameo[:2] for e in events} == {"19"}
        assert all(e.rule.startswith(RULE) for e in events)
    finally:
        toy_opinion.settings = dataclasses.replace(toy_opinion.settings, modality_block="sentence")


@pytest.mark.slow
def test_a_blocked_word_of_the_proposed_root_still_forbids_it(model_coder, toy_opinion):
    toy_opinion.settings = dataclasses.replace(toy_opinion.settings, modality_block="root")
    try:
        # "pound" has patterns of 19: the classifier's 19 (read off "walloped" and "pound"
        # alike) is not proposed beside it
        sentence = "Georgia, which did not pound Abkhaz villages, walloped Russian positions."
        assert model_coder.code_text(sentence, date="2008-08-07") == []
    finally:
        toy_opinion.settings = dataclasses.replace(toy_opinion.settings, modality_block="sentence")


def _toy_dictionary():
    from multivector.coding.dictionary import EventDictionary

    table = EventDictionary()
    table.add(EventPattern("pound", (), "195", "toy.yaml:1 195 pound"))
    table.add(EventPattern("threaten", (), "130", "toy.yaml:2 130 threaten"))
    table.add(EventPattern("attend", (), "043", "toy.yaml:3 043 attend"))
    return table


@pytest.mark.parametrize(
    ("mode", "blocked", "tried", "code", "forbidden"),
    [
        ("sentence", ["attend"], [], "190", True),  # any blocked word forbids every proposal
        ("sentence", [], ["threaten"], "130", False),
        ("root", ["attend"], [], "190", False),  # a blocked word of another root
        ("root", ["pound"], [], "190", True),  # a blocked word of the proposed root
        ("root", ["walk"], [], "190", True),  # a blocked word with no pattern: all
        ("root", ["attend"], ["threaten"], "130", True),  # tried beside a blocked word
        ("root", ["attend"], ["threaten"], "190", False),
        ("root", [], ["threaten"], "130", False),  # tried alone: the old rule holds
    ],
)
def test_which_proposals_the_rules_decisions_forbid(mode, blocked, tried, code, forbidden):
    opinion = SecondOpinion(FixedOpinion.of_codes({}), Settings(modality_block=mode))
    pattern = EventPattern("", (), code, f"{RULE} 0.95 root {code[:2]}")
    assert opinion.blocked(pattern, blocked, _toy_dictionary(), tried) is forbidden


def test_an_unknown_modality_block_is_a_clear_error(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("propose:\n  modality_block: roots\n", encoding="utf-8")
    with pytest.raises(ValueError, match="roots"):
        Settings.load(path)
