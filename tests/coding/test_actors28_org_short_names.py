"""actors28: an international organisation named again by the last word of its name when that
word is also a role noun ("this Assembly" after "the United Nations General Assembly"), not
the legislature of the country in focus. Sentences are written for these tests (none is from
a gold file)."""

from __future__ import annotations

from coding_helpers import event_triples

OPENING = "Chile's foreign minister addressed the United Nations General Assembly on Tuesday. "


def _targets(coder, text: str, root: str) -> set[str | None]:
    return {t for _, t, c in event_triples(coder, text, "2024-09-24") if c.startswith(root)}


def test_this_assembly_is_the_organisation_named_before(coder):
    text = OPENING + "Chile urged this Assembly to condemn the attacks on civilians."
    assert _targets(coder, text, "02") == {"IGOUNO"}


def test_the_assembly_is_the_organisation_named_before(coder):
    text = OPENING + "Chile urged the Assembly to condemn the attacks on civilians."
    assert _targets(coder, text, "02") == {"IGOUNO"}


def test_a_national_assembly_named_in_between_is_not_the_organisation(coder):
    text = (
        OPENING
        + "Chile's National Assembly debated the speech on Wednesday. "
        + "Chile urged the Assembly to condemn the attacks on civilians."
    )
    assert "IGOUNO" not in _targets(coder, text, "02")
