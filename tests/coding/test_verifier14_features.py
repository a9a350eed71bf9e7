"""The event verifier's features added in session 14 (coding/verifier/features.py), on hand-built
docs: where the actors stand from the predicate and a target the ranker supplied; and the
threshold policy of verifier/settings.yaml."""

from __future__ import annotations

import math

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.verification import Verification, VerifierSettings
from multivector.coding.verifier import LinearScorer
from multivector.coding.verifier.features import base_features
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan


def _doc(words, heads, deps, pos, tags, lemmas) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))  # fmt: skip


def _negated_doc() -> Doc:
    """'Chile will not condemn Peru .'"""
    return _doc(
        "Chile will not condemn Peru .".split(), [3, 3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
        ["NNP", "MD", "RB", "VB", "NNP", "."],
        "Chile will not condemn Peru .".split(),
    )  # fmt: skip


def _quoted_doc() -> Doc:
    """'" We condemn Peru , " Chile said .'"""
    return _doc(
        '" We condemn Peru , " Chile said .'.split(), [7, 2, 7, 2, 7, 7, 7, 7, 7],
        ["punct", "nsubj", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT", "punct"],
        ["PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        ["``", "PRP", "VBP", "NNP", ",", "''", "NNP", "VBD", "."],
        '" we condemn Peru , " Chile say .'.split(),
    )  # fmt: skip


def _actor(doc: Doc, i: int, code: str) -> Actor:
    tok = doc[i]
    span = CharSpan(tok.idx, tok.idx + len(tok.text))
    return Actor(tok.text, code, code, span, "country", f"country:{tok.text}")


def _event(doc: Doc, verb: int, source: Actor, target: Actor | None, rule: str) -> Event:
    v = doc[verb]
    return Event(
        doc_id="t", sentence_id=0, sentence=doc.text, cameo="122", plover="ACCUSE",
        quad_class=3, goldstein=-2.0, rule=rule, source=source, target=target,
        verb_text=v.text, verb_span=CharSpan(v.idx, v.idx + len(v.text)),
    )  # fmt: skip


def test_actors_distance_from_the_predicate():
    doc = _negated_doc()
    event = _event(doc, 3, _actor(doc, 0, "CHL"), _actor(doc, 4, "PER"), "verbs.yaml:1 122 condemn")
    feats = base_features(event, doc[:], [event])
    assert "src.dist=before3" in feats  # three tokens before the verb
    assert "tgt.dist=after1" in feats  # right after it


def test_an_actor_outside_the_sentence_has_no_distance_there():
    doc = _negated_doc()
    elsewhere = Actor("it", "PER", "PER", CharSpan(500, 502), "country", "country:Peru", True)
    event = _event(doc, 3, _actor(doc, 0, "CHL"), elsewhere, "verbs.yaml:1 122 condemn")
    assert "tgt.dist=out" in base_features(event, doc[:], [event])


def test_an_actor_inside_a_quotation_counts_its_distance_across_it():
    doc = _quoted_doc()
    chile = _actor(doc, 6, "CHL")
    inside = _event(doc, 2, chile, _actor(doc, 3, "PER"), "verbs.yaml:1 122 condemn")
    feats = base_features(inside, doc[:], [inside])
    assert "src.dist=after6" in feats  # 4 tokens after the verb: the bucket 4-6
    assert "tgt.dist=after1" in feats


def test_an_actor_with_no_words_has_no_distance():
    doc = _negated_doc()
    focus = Actor("CHL", "CHL", "CHL", None, "country", "focus")
    event = _event(doc, 3, focus, _actor(doc, 4, "PER"), "verbs.yaml:1 122 condemn")
    feats = base_features(event, doc[:], [event])
    assert not any(f.startswith("src.dist=") for f in feats)


def test_a_target_the_ranker_supplied_is_marked():
    doc = _negated_doc()
    src, tgt = _actor(doc, 0, "CHL"), _actor(doc, 4, "PER")
    ranked = _event(doc, 3, src, tgt, "verbs.yaml:1 122 condemn +model:target-ranker 0.41")
    ruled = _event(doc, 3, src, tgt, "verbs.yaml:1 122 condemn")
    assert "tgt.ranker" in base_features(ranked, doc[:], [ranked])
    assert "tgt.ranker" not in base_features(ruled, doc[:], [ruled])


def test_threshold_policy_default_below_strict_and_both_applied():
    settings = VerifierSettings.load()
    assert 0.0 < settings.min_probability < settings.strict_min_probability < 1.0
    doc = _negated_doc()
    event = _event(doc, 3, _actor(doc, 0, "CHL"), _actor(doc, 4, "PER"), "verbs.yaml:1 122 condemn")
    # a scorer whose every event lies halfway between the two thresholds (logit of the midpoint)
    mid = (settings.min_probability + settings.strict_min_probability) / 2
    scorer = LinearScorer(["root=12"], [0.0], math.log(mid / (1 - mid)))
    default = Verification(scorer, None, None, settings)
    strict = Verification(scorer, None, None, settings, strict=True)
    assert default.verify(doc[:], [event], []) == [event]
    traces: list = []
    assert strict.verify(doc[:], [event], traces) == []
    assert "dropped by model:event-verifier" in traces[0].outcome
