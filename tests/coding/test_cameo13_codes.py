"""cameo13: codes read from the CAMEO definitions, on sentences written for these tests: an
intention of recognition (032), talks stopped (164, threatened 134), secession
(161, threatened 1313), voting banned (1721, threatened 1321), stance adjectives with their
other prepositions (012, 013), and an intended agreement stays 030."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recognition intended is 032; so is support intended since session 52 (policy support)
        ("Italy will recognize Kosovo next week.", ("ITA", "KSV", "032")),
        ("Spain will support Morocco's bid to host the summit.", ("ESP", "MAR", "032")),
        # talks stopped, and threatened to be
        ("Armenia stopped the negotiations with Azerbaijan.", ("ARM", "AZE", "164")),
        ("Serbia threatened to stop negotiations with Kosovo.", ("SRB", "KSV", "134")),
        # stance adjectives with over / on
        ("The Polish minister was skeptical over Russia's promises.", ("POLGOV", "RUS", "012")),
        ("The Kenyan minister was upbeat about Uganda's offer.", ("KENGOV", "UGA", "013")),
    ],
)
def test_cameo13_codes(rules_coder, text, expected):
    triples = event_triples(rules_coder, text)
    assert expected in triples, (text, triples)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a region's secession breaks its ties; the vote is a political freedom
        ("The Crimean parliament threatened to secede from Ukraine.", "1313"),
        ("Belarus threatened to ban voting in the disputed districts.", "1321"),
    ],
)
def test_cameo13_threatened_codes(rules_coder, text, code):
    codes = {c for _, _, c in event_triples(rules_coder, text)}
    assert code in codes, (text, codes)


@pytest.mark.slow
def test_an_agreement_intended_stays_030(rules_coder):
    # signing may seal any kind of cooperation: not 032
    triples = event_triples(rules_coder, "Kenya will sign a trade agreement with Uganda.")
    assert ("KEN", "UGA", "030") in triples, triples


@pytest.mark.slow
def test_cooperation_of_no_named_kind_intended_stays_030(rules_coder):
    triples = event_triples(rules_coder, "Ghana said it would work with Togo.")
    assert ("GHA", "TGO", "030") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal or offer "for" a ceasefire refused: 1246
        ("Armenia turned down an Azerbaijani offer for a truce.", ("ARM", "AZE", "1246")),
        ("Georgia rejected Russia's proposal for a ceasefire.", ("GEO", "RUS", "1246")),
        # a ban lifted on a political front is one on a party: 0812 (intended 0351)
        ("Morocco lifted the ban on the Polisario Front.", None),
        # food supplies are humanitarian aid
        ("The United Nations reduced food supplies to Somalia.", ("IGOUNO", "SOM", "1623")),
    ],
)
def test_cameo13_objects(rules_coder, text, expected):
    triples = event_triples(rules_coder, text)
    if expected is None:
        assert any(c == "0812" for _, _, c in triples), (text, triples)
    else:
        assert expected in triples, (text, triples)


@pytest.mark.slow
def test_a_proposal_for_talks_refused_is_no_ceasefire_refused(rules_coder):
    triples = event_triples(rules_coder, "Georgia rejected Russia's proposal for new talks.")
    assert not any(c == "1246" for _, _, c in triples), triples
