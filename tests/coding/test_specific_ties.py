"""Patterns of equal specificity that name a code and a broader one: the narrower code wins
before the classifier is asked (it used to pick the parent at probabilities as low as 0.03)."""

from __future__ import annotations

import pytest

from multivector.model import Document
from multivector.ontology import broader


def test_broader_follows_the_cameo_tree():
    assert broader("033", "0333") and broader("19", "190") and broader("160", "161")
    assert broader("020", "0234")  # the unspecified appeal covers every kind of appeal
    assert not broader("0333", "033") and not broader("161", "160") and not broader("161", "162")
    assert not broader("033", "033") and not broader("031", "0321")


@pytest.mark.parametrize(
    "text, code",
    [
        ("The EU pledged humanitarian aid to Sudan.", "0333"),
        ("China promised loans to Sri Lanka.", "0331"),
        ("Ecuador suspended diplomatic relations with Mexico.", "161"),
        ("Germany suspended military aid to Niger.", "1622"),
    ],
)
def test_the_narrower_of_tied_codes_wins(coder, text, code):
    coded = next(iter(coder.code_documents([Document(id="t", text=text, date="2020-01-01")])))
    assert [e.cameo for e in coded.events] == [code]
