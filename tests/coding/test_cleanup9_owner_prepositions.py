"""One list of owner prepositions, read by use (lang/en/grammar.yaml ``owner_prepositions``).

A role noun's owner ("officials from China", "a spokesman for Iran"), an act's object's ("the
withdrawal of French troops") and a transcript heading's ("Remarks by the Kenyan minister") are
named by overlapping prepositions: one entry maps each preposition to the uses it serves.
"""

from __future__ import annotations

from multivector.coding import lang
from multivector.coding.transcripts import _owner


def test_each_use_reads_its_own_prepositions():
    role = lang.words("owner_prepositions", "role")
    heading = lang.words("owner_prepositions", "heading")
    assert {"of", "from", "in", "for"} <= role and not {"by", "at"} & role
    assert {"of", "by", "from", "in", "at"} <= heading and "for" not in heading
    assert lang.words("owner_prepositions", "object") == {"of"}
    assert lang.words("owner_prepositions", "no such use") == frozenset()
    assert "monday" in lang.words("weekdays")  # a plain list reads as before


def _heading(parse, prep: str):
    """ "Remarks <prep> the Kenyan minister" as a parse; returns the adjective "Kenyan"."""
    return parse(
        [
            ("Remarks", 0, "ROOT", "NOUN", "NNS", "remark"),
            (prep, 0, "prep", "ADP", "IN", prep),
            ("the", 4, "det", "DET", "DT", "the"),
            ("Kenyan", 4, "amod", "ADJ", "JJ", "kenyan"),
            ("minister", 1, "pobj", "NOUN", "NN", "minister"),
        ]
    )[3]


def test_a_heading_country_after_an_owner_preposition_owns_the_briefing(parse):
    assert _owner(_heading(parse, "by"))
    assert _owner(_heading(parse, "at"))
    assert not _owner(_heading(parse, "for"))  # "Remarks for the Kenyan minister": the audience
    assert not _owner(_heading(parse, "on"))
