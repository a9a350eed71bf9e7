"""Reported violence as an accusation (coding/reports.py): "Armenia said Azerbaijani troops had
shelled its villages" is also Armenia accusing Azerbaijan (112).

Hand-built parses for the clause rule, actors built by hand for the pairing rule, and short
sentences written for these tests through the coder.
"""

from __future__ import annotations

import pytest

from multivector.coding.reports import accused_pairs, reported_accusations, reporting_verb
from multivector.model import Actor


def _said(parse, verb: str, lemma: str, dep: str = "ccomp"):
    # "Chile said Peruvian troops had <verb> the town"
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("Peruvian", 3, "amod", "ADJ", "JJ"),
            ("troops", 5, "nsubj", "NOUN", "NNS", "troop"),
            ("had", 5, "aux", "AUX", "VBD", "have"),
            ("shelled", 1, dep, "VERB", "VBN", "shell"),
            ("the", 7, "det", "DET", "DT"),
            ("town", 5, "dobj", "NOUN", "NN"),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "dep", "reported"),
    [
        ("said", "say", "ccomp", True),
        ("claimed", "claim", "ccomp", True),
        ("alleged", "allege", "ccomp", True),
        ("denied", "deny", "ccomp", False),  # a denial is no report of the act
        ("said", "say", "advcl", False),  # not the verb's that-clause
    ],
)
def test_the_that_clause_of_a_reporting_verb_is_reported(parse, verb, lemma, dep, reported):
    doc = _said(parse, verb, lemma, dep)
    gov = reporting_verb(doc[5])
    assert (gov is not None and gov.i == 1) is reported


def _actor(code: str, country: str | None, kind: str = "country") -> Actor:
    return Actor(text=code, code=code, country=country, kind=kind)


@pytest.mark.parametrize(
    ("reporter", "doer", "accused"),
    [
        (_actor("GEO", "GEO"), _actor("RUSMIL", "RUS", "agent"), True),
        (_actor("IGOUNO", None, "organization"), _actor("SDNUAF", "SDN", "agent"), True),
        (_actor("UKRMIL", "UKR", "agent"), _actor("UKR", "UKR"), False),  # its own forces
        (_actor("REF", None, "agent"), _actor("IDNMIL", "IDN", "agent"), False),  # no country
    ],
)
def test_a_reporter_accuses_a_doer_of_another_country(reporter, doer, accused):
    assert bool(accused_pairs([reporter], [doer])) is accused


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


# sentences of our own: (text, the accusation expected as (source, target) or None)
@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("Armenia said Azerbaijani troops had shelled its border villages.", ("ARM", "AZE")),
        (
            "Pakistan said Indian soldiers opened fire on its border posts on Sunday.",
            ("PAK", "IND"),
        ),
        ("Georgia said Russian jets had bombed the town of Gori.", ("GEO", "RUS")),
        ("Ukraine said its air defences shot down 20 Russian drones.", None),
        ("Chile said Argentine troops would attack its outposts.", None),
        ("Peru denied that its troops had shelled Ecuadorian posts.", None),
    ],
)
def test_reported_violence_is_an_accusation_of_its_doer(coder, text, accusation):
    found = {
        (e.source.country or e.source.code, e.target.country if e.target else None)
        for e in coder.code_text(text)
        if e.cameo.startswith("112")  # accuse19: refined by the act's kind (shelling: 1123)
    }
    assert found == ({accusation} if accusation else set())


def test_no_event_reports_nothing(parse):
    doc = _said(parse, "said", "say")
    assert reported_accusations(None, doc[5], [], doc[:], 0, None, None) == []
