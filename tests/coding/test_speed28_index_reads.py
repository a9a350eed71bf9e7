"""speed28: the noun-phrase helpers and the phrase resolver's tests read the token index
instead of making a spaCy Token of every word they look at. Each must give what the Token
walk gave: the same tokens, texts and decisions, on parses built by hand."""

from __future__ import annotations

from multivector.coding.syntax import coordinated, np_core, np_text, np_tokens, split_subjects
from multivector.coding.token_index import release


def _phrase(parse):
    # "the Ruritanian foreign minister and the Freedonian envoy met in Bergstadt"
    return parse(
        [
            ("the", 3, "det", "DET", "DT"),
            ("Ruritanian", 3, "amod", "ADJ", "JJ"),
            ("foreign", 3, "amod", "ADJ", "JJ"),
            ("minister", 8, "nsubj", "NOUN", "NN"),
            ("and", 3, "cc", "CCONJ", "CC"),
            ("the", 7, "det", "DET", "DT"),
            ("Freedonian", 7, "amod", "ADJ", "JJ"),
            ("envoy", 3, "conj", "NOUN", "NN"),
            ("met", 8, "ROOT", "VERB", "VBD", "meet"),
            ("in", 8, "prep", "ADP", "IN"),
            ("Bergstadt", 9, "pobj", "PROPN", "NNP"),
        ]
    )


def test_np_core_and_text_drop_the_determiner(parse) -> None:
    doc = _phrase(parse)
    assert [t.i for t in np_tokens(doc[3])] == [0, 1, 2, 3]
    assert [t.i for t in np_core(doc[3])] == [1, 2, 3]
    assert np_text(doc[3]) == "Ruritanian foreign minister"
    assert np_text(doc[7]) == "Freedonian envoy"
    assert np_text(doc[10]) == "Bergstadt"
    release(doc)


def test_a_lone_determiner_is_kept_as_the_phrase(parse) -> None:
    doc = parse([("those", 1, "nsubj", "DET", "DT"), ("left", 1, "ROOT", "VERB", "VBD")])
    assert [t.text for t in np_core(doc[0])] == ["those"]
    assert np_text(doc[0]) == "those"
    release(doc)


def test_coordinated_gives_the_conjuncts_then_the_head_alone(parse) -> None:
    doc = _phrase(parse)
    assert [t.i for t in coordinated(doc[3])] == [3, 7]
    assert [t.i for t in coordinated(doc[10])] == [10]  # no conjunct, not a subject
    release(doc)


def test_coordinated_joins_a_subject_the_parser_split(parse) -> None:
    # "she and the Freedonian envoy sign": two subjects of one verb, "and" left on the first
    doc = parse(
        [
            ("She", 4, "nsubj", "PRON", "PRP"),
            ("and", 0, "cc", "CCONJ", "CC"),
            ("the", 3, "det", "DET", "DT"),
            ("envoy", 4, "nsubj", "NOUN", "NN"),
            ("sign", 4, "ROOT", "VERB", "VBP"),
        ]
    )
    assert [t.i for t in coordinated(doc[0])] == [0, 3]
    assert [t.i for t in split_subjects(doc[0])] == [0, 3]
    assert [t.i for t in coordinated(doc[3])] == [0, 3]
    release(doc)

