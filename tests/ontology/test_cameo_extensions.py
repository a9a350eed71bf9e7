"""The project's extension to CAMEO: 176, a cyber attack (ontology/data/cameo_extensions.tsv).

The verb dictionary codes hacking and cyber attacks 176, a code the CAMEO 1.1b3 codebook does
not list. Before the code was listed, its events took the root's entry (17, "Coerce") by the
ontology's fallback and the coverage benchmark called the pattern code unknown; now the code has
its own entry: a name, a Goldstein value, quad class 4 and a PLOVER row like its siblings'.
"""

from __future__ import annotations

from multivector.model import Document
from multivector.ontology import load_ontology


def test_176_is_listed_as_a_project_extension_of_root_17():
    onto = load_ontology()
    assert "176" in onto and "176" in onto.extensions
    entry = onto.cameo("176")
    assert entry.code == "176"  # its own entry, not the root's by fallback
    assert entry.name and entry.root == "17" and entry.quad_class == 4
    # between administrative coercion (172-174) and damage or violent repression (171, 175)
    assert onto.goldstein("174") > entry.goldstein > onto.goldstein("175")
    mapping = onto.plover_mapping("176")
    assert mapping.cameo == "176" and mapping.type == "COERCE" and mapping.context == "cyber"


def test_an_event_coded_176_has_its_scores(rules_coder):
    onto = load_ontology()
    text = "Russian hackers hacked into the computers of the Estonian defence ministry on Monday."
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    [event] = [e for e in coded.events if e.cameo == "176"]
    assert event.goldstein == onto.goldstein("176")
    assert event.quad_class == 4
    assert event.plover == "COERCE"
