"""The classifier's veto: a weak rule's event whose root the classifier finds very improbable
for its sentence is dropped, and the trace says so; strong rules, modality's decisions and the
classifier's own proposals are never vetoed."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventPattern, Requirement
from multivector.coding.second_opinion import RULE, SecondOpinion, Settings, weakness
from multivector.coding.state import Trace
from multivector.model import Actor, Event

VETO = Settings(
    veto=True,
    veto_max_root_probability=0.05,
    veto_min_none_probability=0.9,
    veto_weak=frozenset({"bare", "noun", "residual", "generic"}),
)


def _doc() -> Doc:
    # "Chile hosted Peru" (the veto reads only the opinion, never the words)
    return Doc(
        Vocab(),
        words=["Chile", "hosted", "Peru"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "dobj"],
        pos=["PROPN", "VERB", "PROPN"],
        sent_starts=[True, False, False],
    )


def _pattern(code: str, objects: tuple[str, ...] = (), head: str = "host") -> EventPattern:
    reqs = tuple(Requirement("object", frozenset({o})) for o in objects)
    return EventPattern(head, reqs, code, f"test.yaml:1 {code} {head}")


def _event(code: str, source_kind: str = "country", rule: str = "r") -> Event:
    src = Actor("Chile", "CHL", "CHL", kind=source_kind)
    tgt = Actor("Peru", "PER", "PER")
    return Event("d", 0, "s", src, tgt, code, None, 1, 1.0, rule)


# (pattern code, objects, noun, source kind, expected weaknesses)
WEAKNESS = [
    ("042", (), False, "country", {"bare"}),
    ("042", ("summit",), False, "country", set()),
    ("042", (), True, "country", {"noun"}),
    ("190", ("village",), False, "country", {"residual"}),
    ("04", ("talk",), False, "country", {"residual"}),
    ("1831", ("market",), False, "agent", {"generic"}),
    ("0231", ("aid",), False, "country", set()),  # four digits ending in 1: specific
]


@pytest.mark.parametrize(("code", "objects", "noun", "kind", "expected"), WEAKNESS)
def test_weakness_classes(code, objects, noun, kind, expected):
    assert weakness(_pattern(code, objects), noun, [_event(code, kind)]) == expected


# (opinion roots, pattern objects, decided, proposal, kept?)
REVIEW = [
    ({"04": 0.01, "none": 0.5}, (), False, False, False),  # bare verb, improbable root: dropped
    ({"04": 0.3, "none": 0.95}, (), False, False, False),  # "no event" very probable: dropped
    ({"04": 0.3, "none": 0.5}, (), False, False, True),  # the classifier does not object
    ({"04": 0.01, "none": 0.99}, ("summit",), False, False, True),  # a specific rule stands
    ({"04": 0.01, "none": 0.99}, (), True, False, True),  # modality decided: never overridden
    ({"04": 0.01, "none": 0.99}, (), False, True, True),  # the classifier's own proposal
]


@pytest.mark.parametrize(("roots", "objects", "decided", "proposal", "kept"), REVIEW)
def test_review_drops_only_weak_rules_the_classifier_disbelieves(
    roots, objects, decided, proposal, kept
):
    pattern = _pattern("042", objects)
    if proposal:
        pattern = dataclasses.replace(pattern, rule=f"{RULE} 0.90 root 04 code 042 0.50")
    judge = SecondOpinion(FixedOpinion(roots), VETO)
    trace = Trace("hosted", "host", "coded")
    events = [_event("042")]
    out = judge.review(_doc()[:], pattern, False, decided, events, trace)
    assert (out == events) is kept
    assert ("vetoed by " + RULE in trace.outcome) is (not kept)


def test_a_veto_can_require_that_the_sentence_reports_another_root():
    # a sentence the classifier knows nothing of ("none" likely, no other root) keeps its event;
    # one it reads as reporting another kind of act loses the weak rule's event
    settings = dataclasses.replace(VETO, veto_min_other_root=0.5)
    trace = Trace("hosted", "host", "coded")
    clueless = SecondOpinion(FixedOpinion({"04": 0.01, "19": 0.1, "none": 0.6}), settings)
    assert clueless.review(_doc()[:], _pattern("042"), False, False, [_event("042")], trace)
    elsewhere = SecondOpinion(FixedOpinion({"04": 0.01, "19": 0.8, "none": 0.1}), settings)
    assert not elsewhere.review(_doc()[:], _pattern("042"), False, False, [_event("042")], trace)
    same_root = SecondOpinion(FixedOpinion({"04": 0.01, "none": 0.1}), settings)
    assert same_root.review(_doc()[:], _pattern("042"), False, False, [_event("042")], trace)


def test_veto_off_keeps_everything_and_weak_classes_are_chosen_in_settings():
    roots = {"04": 0.0, "none": 1.0}
    trace = Trace("hosted", "host", "coded")
    off = SecondOpinion(FixedOpinion(roots), dataclasses.replace(VETO, veto=False))
    assert off.review(_doc()[:], _pattern("042"), False, False, [_event("042")], trace)
    only_nouns = SecondOpinion(
        FixedOpinion(roots), dataclasses.replace(VETO, veto_weak=frozenset({"noun"}))
    )
    assert only_nouns.review(_doc()[:], _pattern("042"), False, False, [_event("042")], trace)
    assert not only_nouns.review(_doc()[:], _pattern("042"), True, False, [_event("042")], trace)


def test_veto_settings_are_read_from_their_data_file(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text(
        "veto:\n  enabled: true\n  max_root_probability: 0.02\n  min_none_probability: 0.97\n"
        "  weak: [bare, noun]\n  min_other_root_probability: 0.6\n",
        encoding="utf-8",
    )
    s = Settings.load(path)
    assert s.veto and s.veto_max_root_probability == 0.02
    assert s.veto_min_none_probability == 0.97 and s.veto_weak == frozenset({"bare", "noun"})
    assert s.veto_min_other_root == 0.6


# Sentences a bare verb pattern codes ("host" with any object).
BARE = [
    "Kenya hosted Uganda on Monday.",
    "Norway hosted the Sri Lankan delegation in Oslo.",
    "Brazil hosted Argentina last week.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", BARE)
def test_the_coder_drops_a_vetoed_event_and_explains_why(rules_coder, text):
    assert rules_coder.code_text(text), "the rules alone code it"
    disbelief = FixedOpinion({"04": 0.01, "none": 0.97})
    judge = SecondOpinion(disbelief, dataclasses.replace(VETO, propose=False))
    rules_coder.extractor.second_opinion = judge
    try:
        assert rules_coder.code_text(text) == []
        assert f"vetoed by {RULE}" in rules_coder.explain(text)
        judge.settings = dataclasses.replace(judge.settings, veto_weak=frozenset({"noun"}))
        assert rules_coder.code_text(text), "a verb pattern is not weak in these settings"
    finally:
        rules_coder.extractor.second_opinion = None
