"""actors28: a reply's target is whoever made what it answers: the makers of the calls in a
"from" phrase, the organisation whose name owns the people an act admits, the author of
findings, every maker of the appeals a plural noun names. Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_calls_from_named_actors_answer_each_caller(rules_coder):
    text = (
        "Kenya was criticised over the shootings. Nairobi rejected repeated calls from the "
        "European Union and Japan for an international inquiry."
    )
    targets = {t for s, t, c in event_triples(rules_coder, text) if s == "KENGOV" and c.startswith("12")}
    assert {"IGOEUREEC", "JPN"} <= targets
    assert "KEN" not in targets


@pytest.mark.slow
def test_inspectors_a_name_owns_are_its_people(rules_coder):
    text = "Peru's president spoke on Monday. He refused to admit UN inspectors."
    triples = event_triples(rules_coder, text)
    assert any(s == "PERGOV" and t == "IGOUNO" and c.startswith("12") for s, t, c in triples)


@pytest.mark.slow
def test_a_place_in_a_named_accord_is_no_party(rules_coder):
    text = "In 1985 Chile's president tore up the 1977 Algiers accord, which had fixed the frontier."
    triples = event_triples(rules_coder, text)
    assert any(s == "CHLGOV" for s, _t, _c in triples)
    assert not any(t is not None and t.startswith("DZA") for _s, t, _c in triples)


@pytest.mark.slow
def test_findings_answer_the_investigators_who_made_them(rules_coder):
    text = (
        "UN investigators said in May that the army had burned villages in the north. "
        "Laos has rejected the findings."
    )
    triples = event_triples(rules_coder, text)
    assert ("LAO", "IGOUNO", "120") in triples


@pytest.mark.slow
def test_a_plural_appeal_noun_answers_every_appellant(rules_coder):
    text = (
        "Kenya's foreign minister urged the council to press Somalia to halt the drilling. "
        "Uganda's minister appealed to the council members to act. "
        "Somalia's oil minister rejected the appeals on Friday."
    )
    targets = {t for s, t, c in event_triples(rules_coder, text) if s == "SOMGOV" and c == "120"}
    assert targets == {"KENGOV", "UGAGOV"}


@pytest.mark.slow
def test_a_singular_appeal_noun_answers_the_latest_appellant(rules_coder):
    text = (
        "Kenya's foreign minister urged the council to press Somalia to halt the drilling. "
        "Uganda's minister appealed to the council members to act. "
        "Somalia's oil minister rejected the appeal on Friday."
    )
    targets = {t for s, t, c in event_triples(rules_coder, text) if s == "SOMGOV" and c == "120"}
    assert targets == {"UGAGOV"}
