"""groups51: "each side ... the other" names the two sides of the conflict in focus as the
doers, each acting on the other ("Each side accused the other of starting the fighting").
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


def test_each_side_accuses_the_other(rules_coder):
    text = (
        "Fighting broke out between Armenia and Azerbaijan on Sunday. Each side accused the "
        "other of starting the fighting."
    )
    accusations = {(s[:3], t[:3]) for s, t, c in event_triples(rules_coder, text) if c == "112" and t}
    assert accusations == {("ARM", "AZE"), ("AZE", "ARM")}, event_triples(rules_coder, text)


def test_each_side_names_no_one_without_two_sides(rules_coder):
    text = "Each side accused the other of starting the fighting."
    assert not any(c == "112" for _s, _t, c in event_triples(rules_coder, text))
