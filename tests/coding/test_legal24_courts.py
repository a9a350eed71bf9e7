"""legal24: a bare "the court" / "the tribunal" in a text on an international court is that
court (coding/courts.py), not the judiciary of the sentence's country; a court named with its
country after it ("a court in Kinshasa", "a Kenyan court") is the one a later "the court" means,
and "the court" in a text that named no international court keeps the usual rules. Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_the_court_after_the_icj_is_the_icj(rules_coder):
    triples = event_triples(
        rules_coder,
        "The World Court heard the case brought by Bolivia. On Monday the "
        "court ordered Chile to pay compensation to Bolivia.",
    )
    assert any(s.startswith("IGO") and t == "CHL" for s, t, _c in triples)
    assert not any(s == "CHLJUD" for s, _t, _c in triples)


def test_the_tribunal_after_an_acronym_of_the_icc(rules_coder):
    triples = event_triples(
        rules_coder,
        "The ICC issued a warrant. The tribunal convicted the Congolese warlord of war crimes.",
    )
    assert any(c == "116" and s == "IGOJUDICC" for s, _t, c in triples)


def test_a_national_court_named_later_is_the_one_meant(rules_coder):
    triples = event_triples(
        rules_coder,
        "The ICC issued a warrant. A court in Kinshasa tried the warlord, and the court "
        "convicted him of murder.",
    )
    assert any(c == "116" and s == "CODJUD" for s, _t, c in triples)


def test_the_court_of_a_text_with_no_international_court(rules_coder):
    triples = event_triples(
        rules_coder,
        "A Kenyan court convicted the Ugandan smuggler. The court sentenced him to five years.",
    )
    assert not any(s.startswith("IGO") for s, _t, _c in triples)
    assert any(c == "116" and s == "KENJUD" for s, _t, c in triples)
