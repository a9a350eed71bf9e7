"""Two parses of clauses repaired (session 28, proposals of lists28): a subject the parser gave
to a participle set off by commas belongs to the main verb, and a past conjunct of a present or
subjunctive verb in a that-clause belongs with the main verb (its subject's act)."""

from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.interrupted import interrupted_subject


def _doc(commas: bool = True) -> Doc:
    # "Mali , run by soldiers , has warned Niger": "Mali" hung on "run" by the parser
    words = ["Mali", ",", "run", "by", "soldiers", ",", "has", "warned", "Niger"]
    heads = [2, 2, 7, 2, 3, 7, 7, 7, 7]
    deps = ["nsubjpass", "punct", "advcl", "agent", "pobj", "punct", "aux", "ROOT", "dobj"]
    tags = ["NNP", ",", "VBN", "IN", "NNS", ",", "VBZ", "VBN", "NNP"]
    if not commas:
        words[1] = words[5] = "-"
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_the_subject_of_an_interrupting_participle_is_the_verbs():
    doc = _doc()
    assert interrupted_subject(doc[7]).text == "Mali"


def test_without_the_commas_it_is_the_participles_own():
    doc = _doc(commas=False)
    assert interrupted_subject(doc[7]) is None


def test_a_past_conjunct_of_a_subjunctive_complement_is_the_proposers_act(coder):
    text = "France proposed that its troops help retake the town and appealed to Germany for helicopters."
    assert any(s == "FRA" and t == "DEU" and c.startswith("02") for s, t, c in event_triples(coder, text))
