"""CAMEO policy kept in ontology/data/policy.yaml, read through ``CodingPolicy``."""

from __future__ import annotations

from multivector.ontology.policy import load_policy


def test_acts_on_people_and_property_act_on_a_coordinated_verbs_object():
    # "arrested 23 fishermen and seized four trawlers": coercion, assault, fighting and mass
    # violence act on the first verb's object; a statement or a consultation does not
    policy = load_policy()
    for code in ("1711", "172", "180", "190", "202"):
        assert policy.acts_on_shared_object(code), code
    for code in ("010", "042", "112", "163"):
        assert not policy.acts_on_shared_object(code), code
