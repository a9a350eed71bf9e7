"""What speed17 works out once per sentence (or skips) gives what was worked out each time."""

from __future__ import annotations

import dataclasses
from collections import Counter

from test_speed12_lazy import CountingOpinion, _classifier
from test_verification import _doc, _event, _scorer, _state, _with_current

from multivector.coding.second_opinion import SecondOpinion, Settings
from multivector.coding.verification import Verification, VerifierSettings
from multivector.coding.verifier.targets import Alternatives, SentenceReadings
from multivector.model import Actor


def test_alternatives_from_shared_readings_equal_those_read_for_each_event():
    doc = _doc()
    state = _state(doc)
    readings = SentenceReadings.of(doc[:], state)
    other = dataclasses.replace(_event(doc), cameo="112")
    for event in (_event(doc), _with_current(doc), other):
        alone = Alternatives.of(event, doc[:], state, Counter({"GBR": 3}))
        shared = Alternatives.of(event, doc[:], state, Counter({"GBR": 3}), None, readings)
        assert shared.candidates == alone.candidates and shared.n == alone.n


def test_a_target_from_shared_readings_is_each_events_own_actor():
    doc = _doc()
    settings = VerifierSettings(verify=False, min_target_probability=0.3)
    ranker = _scorer({"where=sentence": 3.0})
    first, second = _event(doc), dataclasses.replace(_event(doc), cameo="112")
    got = Verification(ranker=ranker, settings=settings).complete(doc[:], [first, second], _state(doc))
    assert [e.target.code for e in got] == ["GBR", "GBR"]
    assert got[0].target is not got[1].target  # a later stage may change one, not the other
    assert isinstance(got[0].target, Actor) and got[0].target == got[1].target


def _refine_by_scan(op, code: str, minimum: float, taken=frozenset()) -> str:
    """Refinement as it was before speed17: every code of the opinion read."""
    prefix = code[:2] if code.endswith("0") else code
    best = max(((c, p) for c, p in op.codes.items()
                if c.startswith(prefix) and len(c) > 2 and c != code and c not in taken),
               key=lambda kv: kv[1], default=None)  # fmt: skip
    if best is None or best[1] < max(minimum, op.codes.get(code, 0.0)):
        return code
    return best[0]


def test_refinement_over_the_codes_kept_by_prefix_equals_the_scan():
    model = _classifier()
    doc = _doc()
    for minimum in (0.0, 0.3, 0.9):
        second = SecondOpinion(model, Settings(refine_min_probability=minimum))
        op = second.opinion(doc[:])
        for code, taken in (("040", frozenset()), ("040", {"042"}), ("04", frozenset()),
                            ("170", frozenset()), ("050", frozenset())):  # fmt: skip
            assert second.refine(doc[:], code, "r", taken)[0] == _refine_by_scan(op, code, minimum, taken)


def test_a_sentence_with_no_verb_gets_no_proposal_and_the_classifier_is_not_asked(rules_coder):
    from multivector.coding.coder import Coder

    coder = Coder(nlp=rules_coder.nlp, model=False)
    judge = CountingOpinion({"04": 0.99, "none": 0.01})
    coder.extractor.second_opinion = SecondOpinion(judge, Settings(require_target=False))
    doc = rules_coder.nlp("Talks between France and Germany in Paris on Monday.")
    assert not any(t.pos_ == "VERB" for t in doc)
    coder.code_parsed(_document(doc.text), doc)
    assert judge.calls == 0
    verb = rules_coder.nlp("Officials of France and Germany strolled in Paris on Monday.")
    coder.code_parsed(_document(verb.text), verb)
    assert judge.calls == 1  # a verb to try the proposal on: asked


def _document(text: str):
    from multivector.model import Document

    return Document(id="t", text=text, date=None)
