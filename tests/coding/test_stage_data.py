"""The data the stages read: the English language bundle and the ontology's coding policy."""

from __future__ import annotations

import pytest

from multivector.coding import lang
from multivector.coding.dates import MONTHS
from multivector.ontology import load_ontology
from multivector.ontology.policy import CodingPolicy, load_policy


def test_language_bundle_lists():
    assert lang.word_list("weekdays")[0] == "monday"
    assert {"off", "on"} <= lang.words("prepositions")  # not read as YAML booleans
    assert MONTHS["sept"] == 9 and MONTHS["may"] == 5 and len(set(MONTHS.values())) == 12
    assert "counterpart" in lang.words("counterpart_nouns")
    with pytest.raises(KeyError):
        lang.entry("no such list")


def test_policy_through_the_ontology():
    policy = load_ontology().policy
    assert isinstance(policy, CodingPolicy) and policy is load_policy()
    assert policy.needs_target("042") and policy.needs_target("010")
    assert not policy.needs_target("016") and not policy.needs_target("190")
    assert policy.is_audience("010", "KAZMED") and not policy.is_audience("190", "KAZMED")
    assert policy.takes_clause_target("112") and not policy.takes_clause_target("061")
    assert policy.takes_place_target("195") and not policy.takes_place_target("042")


def test_intent_and_threat_tables():
    policy = load_policy()
    assert policy.intent_code("045") == "039"  # the code first, then its root
    assert policy.intent_code("042") == "036"
    assert policy.intent_code("010") is None
    assert policy.threat_code("1631") == "1312"  # by the 3-digit parent (sanctions)
    assert policy.threat_code("190") == "1384"  # by the root: a conventional attack
    assert policy.threat_code("201") == "138"  # by the root: force in general
    assert policy.threat_code("051") == policy.threat_default == "130"


def test_policy_file_of_ones_own(tmp_path):
    own = tmp_path / "policy.yaml"
    own.write_text(
        "target_required_roots: ['01']\ntarget_optional_codes: []\naudience_suffixes: []\n"
        "clause_target_roots: []\nplace_target_roots: []\ngroup_roots: []\n"
        "intent_codes: {'05': '030'}\nthreat_codes: {}\nthreat_default: '130'\n",
        encoding="utf-8",
    )
    policy = load_policy(own)
    assert not policy.needs_target("042") and policy.intent_code("057") == "030"
