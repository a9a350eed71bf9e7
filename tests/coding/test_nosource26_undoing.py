"""The owner of a measure as the doer of its agentless passive undoing (coding/sourcing.py
``undone_owner``): "the UN sanctions were lifted" is the UN's act on the sanctions' target;
an event noun that names no doer gives none. The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples


def _eased(coder, text: str) -> set[tuple[str, str | None]]:
    return {(s, t) for s, t, c in event_triples(coder, text) if c.startswith("08")}


def test_the_owner_lifts_its_sanctions(rules_coder):
    found = _eased(rules_coder, "The UN sanctions against Liberia were lifted in 2006.")
    assert ("IGOUNO", "LBR") in found


def test_an_owned_embargo_eased(rules_coder):
    found = _eased(rules_coder, "The European Union's arms embargo on Belarus was lifted in May.")
    assert {s for s, _t in found} == {"IGOEUREEC"}


def test_no_owner_named_no_doer(rules_coder):
    assert _eased(rules_coder, "Sanctions against Liberia were lifted in 2006.") == set()
