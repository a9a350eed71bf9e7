"""roots22: codes one (source, target) pair decides with the act's verb (coding/pair_codes.py,
policy ``pair_codes``): captures by a non-state armed group are abductions, a government's
protest to another country an official complaint, a state's warning to another country a
threat, and troops sent to guard with no other party a deployment at home. Each rule is
checked against the same verb done by another kind of actor. Sentences are written for these
tests (none is from a gold file); the unit tests use a hand-built ``Doc``.
"""

from __future__ import annotations

from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventPattern, Requirement, bundled_path
from multivector.coding.modality_data import Modality
from multivector.coding.pair_codes import pair_recoder
from multivector.model import Actor
from multivector.ontology import load_ontology


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


def _verb(word: str, lemma: str):
    """The verb of a hand-built "Rebels WORD soldiers" (no parse needed by these rules)."""
    doc = Doc(Vocab(), words=["Rebels", word, "soldiers"])
    doc[1].lemma_ = lemma
    return doc[1]


def _actor(code: str) -> Actor:
    return Actor(text=code, code=code, country=code[:3])


def _pattern(code: str, *reqs: Requirement) -> EventPattern:
    return EventPattern(head="x", requirements=reqs, code=code, rule=f"test {code}")


def test_a_capture_by_rebels_is_an_abduction_and_an_arrest_is_not():
    policy, modality = load_ontology().policy, Modality.load(bundled_path("modality.yaml"))
    rebels, soldiers = _actor("LBNREB"), _actor("ISRMIL")
    recode = pair_recoder(_verb("captured", "capture"), _pattern("173"), policy, modality)
    assert recode is not None
    assert recode("173", rebels, soldiers) == ("181", " +abduction")
    assert recode("173", _actor("LBNCOP"), soldiers) == ("173", "")
    arrest = pair_recoder(_verb("arrested", "arrest"), _pattern("173"), policy, modality)
    assert arrest is not None and arrest("173", rebels, soldiers) == ("173", "")


def test_protection_sent_by_purpose_is_a_deployment_at_home_only():
    policy, modality = load_ontology().policy, Modality.load(bundled_path("modality.yaml"))
    purpose = _pattern(
        "074",
        Requirement("prep", frozenset({"to"})),
        Requirement("object", frozenset({"guard"}), after_prep="to"),
    )
    recode = pair_recoder(_verb("sent", "send"), purpose, policy, modality)
    assert recode is not None
    navy = _actor("ESTMIL")
    assert recode("074", navy, None)[0] == "154"
    assert recode("074", navy, _actor("EST"))[0] == "154"
    assert recode("074", _actor("RUS"), _actor("KAZ"))[0] == "074"
    plain = pair_recoder(_verb("sent", "send"), _pattern("074"), policy, modality)
    assert plain is not None and plain("074", navy, None)[0] == "074"  # "sent peacekeepers"


def test_rebels_capturing_soldiers_abduct_them(rules_coder):
    triples = event_triples(rules_coder, "Houthi fighters captured two Saudi soldiers.")
    assert any(s.startswith("YEMREB") and c == "181" for s, _t, c in triples), triples


def test_police_capturing_a_suspect_arrest_him(rules_coder):
    found = codes(rules_coder, "Kenyan police captured two Somali men.")
    assert "173" in found and "181" not in found, found


def test_a_foreign_ministry_protest_is_an_official_complaint(rules_coder):
    text = "Japan's foreign ministry protested against the entry of a Chinese coast guard vessel."
    triples = event_triples(rules_coder, text)
    assert ("JPNGOV", "CHN", "114") in triples, triples


def test_students_protesting_still_demonstrate(rules_coder):
    text = "Thousands of students protested against the government in Tbilisi."
    found = codes(rules_coder, text)
    assert "141" in found and "114" not in found, found


def test_a_state_warning_another_is_a_threat(rules_coder):
    text = "Russia warned Tbilisi that it would not tolerate the new base."
    triples = event_triples(rules_coder, text)
    assert ("RUS", "GEOGOV", "130") in triples, triples


def test_an_organisation_warning_is_a_pessimistic_comment(rules_coder):
    found = codes(rules_coder, "The IMF warned Greece that its debt was unsustainable.")
    assert "012" in found and "130" not in found, found
