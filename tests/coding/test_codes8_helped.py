"""codes8: an appeal to help do an act asks for that act ("asked Kazakhstan to help find and
hand over the suspects" is an appeal for judicial cooperation, 0213), and cooperation with
another's prosecutors or courts is judicial cooperation (063). Sentences are written for these
tests."""

from __future__ import annotations

import pytest

from multivector.coding.helped import helped_act


def test_the_helped_act_is_the_first_coded_conjunct(parse):
    # "asked Ghana to help find and hand over the men"
    doc = parse(
        [
            ("asked", 0, "ROOT", "VERB", "VBD", "ask"),
            ("Ghana", 0, "dobj", "PROPN", "NNP"),
            ("to", 3, "aux", "PART", "TO"),
            ("help", 0, "xcomp", "VERB", "VB"),
            ("find", 3, "xcomp", "VERB", "VB"),
            ("and", 4, "cc", "CCONJ", "CC"),
            ("hand", 4, "conj", "VERB", "VB"),
            ("over", 6, "prt", "ADP", "RP"),
            ("the", 9, "det", "DET", "DT"),
            ("men", 6, "dobj", "NOUN", "NNS", "man"),
        ]
    )
    coded = {"hand"}
    assert helped_act(doc[3], lambda t: t.text if t.text in coded else None).i == 6
    # no coded act helped with: the help itself
    assert helped_act(doc[3], lambda t: None).i == 3
    # not a helping verb: as it is
    assert helped_act(doc[4], lambda t: t).i == 4
    assert helped_act(None, lambda t: t) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Uzbek foreign ministry asked Kazakhstan and Tajikistan to help find and hand"
            " over the suspects.",
            "0213",
        ),
        ("The European Union urged Serbia to cooperate fully with prosecutors.", "0213"),
        ("Croatia cooperated with the Hague tribunal.", "063"),
        ("Serbia refused to cooperate with the tribunal.", "1213"),
        ("Kenya asked Uganda to help rebuild the port.", "023"),
    ],
)
def test_judicial_cooperation_asked_for(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)
