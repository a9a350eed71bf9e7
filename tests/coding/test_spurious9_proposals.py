"""Precision of the second opinion: proposals need a target, refinement only goes down a level."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.second_opinion import SecondOpinion, Settings

# A toy training set: "walloped" is artillery fire (194), the rest is no event. (A verb with no
# pattern in verbs.yaml: "pounded" has one since vocab21, `pound &BOMBARDED`.)
TOY = [
    ("Serbia walloped Bosnian towns with artillery.", "194"),
    ("The rebels walloped the garrison with mortars.", "194"),
    ("Ethiopia walloped Eritrean trenches with heavy guns.", "194"),
    ("The navy walloped coastal batteries at dawn.", "194"),
    ("Iraq walloped Iranian lines near Basra.", "194"),
    ("Government guns walloped the rebel stronghold.", "194"),
    ("The valley is known for its orchards.", None),
    ("The port handles most of the country's trade.", None),
    ("Inflation fell to four percent in May.", None),
    ("The lake freezes in winter.", None),
    ("Copper is the largest export.", None),
    ("The library was built in 1904.", None),
]


@pytest.fixture(scope="module")
def toy_opinion() -> SecondOpinion:
    """A classifier trained on the toy set ("walloped": 194), with the bundled gates' defaults."""
    pytest.importorskip("sklearn")
    from multivector.coding.classifier.train import Example, featurize, train

    examples = [Example(t, frozenset([c] if c else []), "toy") for t, c in TOY]
    features, dense = featurize(examples)
    model = train(examples, features, c=10.0, min_df=1, dense=dense)
    return SecondOpinion(model, Settings(min_root_probability=0.5, min_code_probability=0.2))


@pytest.fixture(scope="module")
def model_coder(toy_opinion):
    from multivector.coding.coder import Coder

    coder = Coder(model=False)
    coder.extractor.second_opinion = toy_opinion
    return coder


def _doc() -> Doc:
    # "Peru rejected the offer"
    return Doc(
        Vocab(),
        words=["Peru", "rejected", "the", "offer"],
        heads=[1, 1, 3, 1],
        deps=["nsubj", "ROOT", "det", "dobj"],
        pos=["PROPN", "VERB", "DET", "NOUN"],
    )


def test_refinement_never_climbs_to_a_two_digit_code():
    sent = _doc()[:]
    op = SecondOpinion(FixedOpinion.of_codes({"12": 0.95, "120": 0.1}), Settings(refine_min_probability=0.3))
    assert op.refine(sent, "120", "r")[0] == "120"  # "12" is no refinement of "120"
    op = SecondOpinion(
        FixedOpinion.of_codes({"12": 0.95, "120": 0.1, "1211": 0.6}), Settings(refine_min_probability=0.3)
    )
    assert op.refine(sent, "120", "r")[0] == "1211"  # a code below it still is
    op = SecondOpinion(FixedOpinion.of_codes({"02": 0.9, "020": 0.2}), Settings(refine_min_probability=0.3))
    assert op.refine(sent, "020", "r")[0] == "020"


# sentences of our own, each with the toy model's "walloped" (194) and no actor as the target
UNTARGETED = [
    "Georgia walloped the hills overnight.",
    "Peru walloped the jungle for a week.",
    "Kenya walloped the empty hills at dawn.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", UNTARGETED)
def test_a_proposal_without_a_target_is_dropped(model_coder, toy_opinion, text):
    assert model_coder.code_text(text, date="2008-08-07") == []
    toy_opinion.settings = dataclasses.replace(toy_opinion.settings, require_target=False)
    try:
        assert model_coder.code_text(text, date="2008-08-07"), "the gate, not the model, said no"
    finally:
        toy_opinion.settings = dataclasses.replace(toy_opinion.settings, require_target=True)


@pytest.mark.slow
def test_a_proposal_of_a_targetless_root_is_kept(model_coder, toy_opinion):
    text = UNTARGETED[0]
    toy_opinion.settings = dataclasses.replace(
        toy_opinion.settings, targetless_roots=frozenset({"19"})
    )
    try:
        events = model_coder.code_text(text, date="2008-08-07")
    finally:
        toy_opinion.settings = dataclasses.replace(
            toy_opinion.settings, targetless_roots=frozenset()
        )
    assert [e.cameo[:2] for e in events] == ["19"] and events[0].target is None


@pytest.mark.slow
def test_a_proposal_with_a_target_is_kept(model_coder):
    events = model_coder.code_text(
        "Bolivia walloped Chilean positions overnight.", date="2008-08-07"
    )
    assert events and events[0].target is not None and events[0].target.country == "CHL"


def test_the_bundled_settings_require_a_target():
    s = Settings.load()
    assert s.require_target and "19" not in s.targetless_roots and "08" in s.targetless_roots
