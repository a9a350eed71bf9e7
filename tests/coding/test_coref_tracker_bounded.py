"""The salience tracker of a long document stays bounded (issue 13: memory of one document)."""

from __future__ import annotations

from multivector.coding.coref import SalienceTracker
from multivector.model import Actor


def test_groups_and_history_keep_only_the_latest():
    tracker = SalienceTracker()
    for i in range(1000):
        tracker.new_sentence()
        tracker.note([Actor(code="KAZ", text="Kazakhstan"), Actor(code=f"R{i:03d}", text="x")],
                     subject=True)  # fmt: skip
    assert len(tracker.groups) <= tracker.window and len(tracker.history) <= tracker.window
    # the latest group is still the one a plural pronoun finds
    assert [a.code for a in tracker.groups[-1][1]] == ["KAZ", "R999"]
