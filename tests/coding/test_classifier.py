"""The event classifier: features from hand-built parses, training, persistence."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.classifier import (
    NONE,
    ClassifierNotBuilt,
    EventClassifier,
    sentence_features,
)


def parsed(words, heads, deps, pos, lemmas, ents=None) -> Doc:
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    return doc


def test_features_name_predicate_object_and_prepositions():
    # "Russia imposed sanctions on Georgia ."
    doc = parsed(
        ["Russia", "imposed", "sanctions", "on", "Georgia", "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["Russia", "impose", "sanction", "on", "Georgia", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O"],
    )
    feats = sentence_features(doc[:])
    assert "root=impose" in feats
    assert "v=impose>sanction" in feats
    assert "v=impose+on>ENT:GPE" in feats
    assert "w=ENT:GPE" in feats  # names become their entity type
    assert not any("russia" in f.lower() for f in feats)


def test_features_mark_negation_and_modals():
    # "Japan will not send troops ."
    doc = parsed(
        ["Japan", "will", "not", "send", "troops", "."],
        [3, 3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "NOUN", "PUNCT"],
        ["Japan", "will", "not", "send", "troop", "."],
    )
    feats = sentence_features(doc[:])
    assert "neg=send" in feats
    assert "modal=will" in feats


TOY = [
    ("Kazakhstan held talks with China", "040"),
    ("Russia held talks with Turkey", "040"),
    ("Iran met officials of Iraq", "040"),
    ("Police arrested protesters in Minsk", "173"),
    ("Police arrested journalists in Baku", "173"),
    ("Soldiers arrested the opposition leader", "173"),
    ("The country has a large population", None),
    ("The river is long and wide", None),
    ("The economy grew by three percent", None),
]


def toy_model():
    from multivector.coding.classifier.train import Example, train

    examples = [Example(t, frozenset([c] if c else []), "toy") for t, c in TOY]
    features = [[f"w={w.lower()}" for w in t.split()] for t, _ in TOY]
    return train(examples, features, c=10.0, min_df=1)


def test_a_trained_model_separates_its_classes():
    pytest.importorskip("sklearn")
    model = toy_model()
    talks = model.opinion_of_features(["w=held", "w=talks", "w=with"])
    assert talks.best_root()[0] == "04"
    assert talks.best_code()[0] == "040"
    arrest = model.opinion_of_features(["w=police", "w=arrested"])
    assert arrest.best_root()[0] == "17"
    quiet = model.opinion_of_features(["w=economy", "w=population"])
    assert quiet.best_root()[0] == NONE
    assert quiet.event_probability < talks.event_probability


def test_save_and_load_give_the_same_opinions(tmp_path):
    pytest.importorskip("sklearn")
    model = toy_model()
    path = tmp_path / "m.npz"
    model.save(path)
    again = EventClassifier.load(path)
    feats = ["w=police", "w=arrested", "w=unknown-word"]
    a, b = model.opinion_of_features(feats), again.opinion_of_features(feats)
    assert a.best_root()[0] == b.best_root()[0]
    assert np.allclose(list(a.roots.values()), list(b.roots.values()), atol=1e-2)


def test_a_missing_model_file_says_how_to_build_it(tmp_path):
    with pytest.raises(ClassifierNotBuilt, match="make model"):
        EventClassifier.load(tmp_path / "absent.npz")


def test_folds_deal_the_gold_batches_in_turn_and_examples_know_their_batch():
    from multivector.coding.classifier.train import Example, batch_of, folds_of

    assert folds_of(["b1", "b2", "b3", "b4", "b5"], 2) == [["b1", "b3", "b5"], ["b2", "b4"]]
    assert folds_of(["b1", "b2"], 0) == []  # no cross-fitting
    assert batch_of(Example("x", frozenset(), "batch7/a.gold.jsonl")) == "batch7"
    assert batch_of(Example("x", frozenset(), "events_04.jsonl")) is None  # synthetic


def test_each_fold_model_is_trained_without_its_batches(tmp_path):
    pytest.importorskip("sklearn")
    from multivector.coding.classifier.train import Example, cross_fit
    from multivector.coding.verifier.train import fold_classifiers

    # the arrest sentences come only from gold batch "b2": a model without it cannot know them
    origin = {"173": "b2/x.gold.jsonl", "040": "b1/y.gold.jsonl"}
    examples = [Example(t, frozenset([c] if c else []), origin.get(c, "toy")) for t, c in TOY]
    features = [[f"w={w.lower()}" for w in t.split()] for t, _ in TOY]
    cross_fit(examples, features, np.zeros((len(TOY), 0)), 10.0, [["b1"], ["b2"]], tmp_path, {})
    models = fold_classifiers(tmp_path)
    assert set(models) == {"b1", "b2"} and models["b1"] is not models["b2"]
    without_b2 = models["b2"].opinion_of_features(["w=police", "w=arrested"])
    with_b2 = models["b1"].opinion_of_features(["w=police", "w=arrested"])
    assert "173" not in models["b2"].code_labels and "173" in models["b1"].code_labels
    assert with_b2.best_root()[0] == "17" and without_b2.best_root()[0] != "17"
    assert fold_classifiers(tmp_path / "absent") == {}
