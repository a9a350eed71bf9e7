"""The pattern language's shapes: adjective complements, "as", hyphenated words, locative
prepositions, prepositions under a particle or two levels down, an adjective before the object
and small clauses. Hand-built parses; sentences are written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import match_patterns
from multivector.coding.syntax import direct_objects, hyphen_word, lemma_in, prepositions

DENUNCIATION = {"DENUNCIATION": frozenset({"illegal", "provocation", "unacceptable"})}
TALKS = {"TALKS": frozenset({"talk", "negotiation"})}


def _match(doc, i: int, *patterns):
    v = doc[i]
    return match_patterns(v, list(patterns), direct_objects(v))


# --- hyphenated words ------------------------------------------------------------------


def _test_fired(blank_nlp, prefix: str = "test"):
    # "Pyongyang test-fired two missiles": no spaces around the hyphen
    from spacy.tokens import Doc

    return Doc(
        blank_nlp.vocab,
        words=["Pyongyang", prefix, "-", "fired", "two", "missiles"],
        spaces=[True, False, False, True, True, False],
        heads=[3, 3, 3, 3, 5, 3],
        deps=["nsubj", "npadvmod", "punct", "ROOT", "nummod", "dobj"],
        pos=["PROPN", "NOUN", "PUNCT", "VERB", "NUM", "NOUN"],
        tags=["NNP", "NN", "HYPH", "VBD", "CD", "NNS"],
        lemmas=["Pyongyang", prefix, "-", "fire", "two", "missile"],
    )


def test_a_hyphenated_head_is_read_whole(blank_nlp):
    doc = _test_fired(blank_nlp)
    assert hyphen_word(doc[3]) == "test-fire"
    pattern = parse_pattern("test-fire", "150", "t:1", {})
    assert pattern.head == "fire"
    m = _match(doc, 3, pattern, parse_pattern("fire", "190", "t:2", {}))
    assert m is not None and m.pattern.code == "150"


def test_a_hyphenated_head_needs_its_first_part(blank_nlp):
    doc = _test_fired(blank_nlp, prefix="mis")
    m = _match(doc, 3, parse_pattern("test-fire", "150", "t:1", {}))
    assert m is None


@pytest.mark.parametrize(
    ("words", "head", "expected"),
    [
        (["staged", "a", "sit", "-", "in"], 2, "sit-in"),
        (["staged", "a", "sit", "-", "in"], 4, "sit-in"),
        (["a", "cease", "-", "fire"], 3, "cease-fire"),
        (["the", "no", "-", "fly", "zone"], 3, "no-fly"),
    ],
)
def test_a_class_may_list_hyphenated_words(blank_nlp, words, head, expected):
    from spacy.tokens import Doc

    spaces = [w != "-" and i + 1 < len(words) and words[i + 1] != "-" for i, w in enumerate(words)]
    doc = Doc(blank_nlp.vocab, words=words, spaces=spaces)
    assert hyphen_word(doc[head]) == expected
    assert lemma_in(doc[head], frozenset({expected}))


def test_spaced_dashes_make_no_word(blank_nlp):
    from spacy.tokens import Doc

    doc = Doc(blank_nlp.vocab, words=["talks", "-", "in", "Oslo"], spaces=[True, True, True, False])
    assert hyphen_word(doc[0]) == ""


# --- "as", adjective complements, locative prepositions ----------------------------------


def test_as_is_a_preposition_with_an_adjective_object(parse):
    # "Tokyo described the launch as unacceptable"
    doc = parse(
        [
            ("Tokyo", 1, "nsubj", "PROPN", "NNP"),
            ("described", 1, "ROOT", "VERB", "VBD", "describe"),
            ("the", 3, "det", "DET", "DT"),
            ("launch", 1, "dobj", "NOUN", "NN"),
            ("as", 1, "prep", "ADV", "RB"),
            ("unacceptable", 4, "amod", "ADJ", "JJ"),
        ]
    )
    p = parse_pattern("describe as &DENUNCIATION", "111", "t:1", DENUNCIATION)
    assert [r.kind for r in p.requirements] == ["prep", "object"]
    m = _match(doc, 1, p)
    assert m is not None and m.objects[0].text == "unacceptable"


def test_acted_as_a_mediator_between(parse):
    # "Qatar acted as a mediator between Kigali and Kinshasa"
    doc = parse(
        [
            ("Qatar", 1, "nsubj", "PROPN", "NNP"),
            ("acted", 1, "ROOT", "VERB", "VBD", "act"),
            ("as", 1, "prep", "ADP", "IN"),
            ("a", 4, "det", "DET", "DT"),
            ("mediator", 2, "pobj", "NOUN", "NN"),
            ("between", 4, "prep", "ADP", "IN"),
            ("Kigali", 5, "pobj", "PROPN", "NNP"),
        ]
    )
    p = parse_pattern("act as mediator between", "045", "t:1", {})
    assert p.target_prep == "between"
    m = _match(doc, 1, p)
    assert m is not None and m.preps["between"].i == 5


@pytest.mark.parametrize("word", ["near", "outside", "along", "around"])
def test_locative_prepositions_are_no_objects(word):
    p = parse_pattern(f"mass &TROOPS {word}", "150", "t:1", {"TROOPS": frozenset({"troop"})})
    assert p.requirements[-1].kind == "prep" and p.target_prep == word


def _copula(parse, adj: str, prep: str, obj: str):
    # "Chile was pessimistic about the talks", "the envoy is due in Lima"
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("was", 1, "ROOT", "AUX", "VBD", "be"),
            (adj, 1, "acomp", "ADJ", "JJ"),
            (prep, 2, "prep", "ADP", "IN"),
            (obj, 3, "pobj", "NOUN", "NN"),
        ]
    )


@pytest.mark.parametrize(
    ("adj", "prep", "obj", "pattern"),
    [
        ("pessimistic", "about", "talks", "be pessimistic about"),
        ("due", "in", "Lima", "be due in"),
        ("hopeful", "about", "negotiations", "be hopeful about"),
    ],
)
def test_an_adjective_complement_and_its_preposition(parse, adj, prep, obj, pattern):
    doc = _copula(parse, adj, prep, obj)
    assert prepositions(doc[1], direct_objects(doc[1]))[prep].i == 3
    m = _match(doc, 1, parse_pattern(pattern, "012", "t:1", {}))
    assert m is not None and m.preps[prep].i == 3


def test_an_adjective_complement_with_an_infinitive(parse):
    # "Oman was ready to mediate"
    doc = parse(
        [
            ("Oman", 1, "nsubj", "PROPN", "NNP"),
            ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("ready", 1, "acomp", "ADJ", "JJ"),
            ("to", 4, "aux", "PART", "TO"),
            ("mediate", 2, "xcomp", "VERB", "VB"),
        ]
    )
    m = _match(doc, 1, parse_pattern("be ready to", "030", "t:1", {}))
    assert m is not None and m.preps["to"].i == 4
    # without "to", the adjective alone does not make the pattern
    assert _match(doc, 1, parse_pattern("be willing to", "030", "t:2", {})) is None


# --- prepositions under a particle, and two levels down ------------------------------------


@pytest.mark.parametrize("verb", [("walked", "walk"), ("pulled", "pull"), ("stormed", "storm")])
def test_a_preposition_under_a_particle(parse, verb):
    # "Bolivia walked out of the negotiations": "of" hangs under "out"
    doc = parse(
        [
            ("Bolivia", 1, "nsubj", "PROPN", "NNP"),
            (verb[0], 1, "ROOT", "VERB", "VBD", verb[1]),
            ("out", 1, "prep", "ADP", "IN"),
            ("of", 2, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"),
            ("negotiations", 3, "pobj", "NOUN", "NNS", "negotiation"),
        ]
    )
    p = parse_pattern(f"{verb[1]} out of &TALKS", "164", "t:1", TALKS)
    m = _match(doc, 1, p)
    assert m is not None and m.objects[0].i == 5


def test_a_preposition_two_levels_under_the_object(parse):
    # "Kenya shared footage of the raid with Uganda"
    doc = parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("shared", 1, "ROOT", "VERB", "VBD", "share"),
            ("footage", 1, "dobj", "NOUN", "NN"),
            ("of", 2, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"),
            ("raid", 3, "pobj", "NOUN", "NN"),
            ("with", 5, "prep", "ADP", "IN"),
            ("Uganda", 6, "pobj", "PROPN", "NNP"),
        ]
    )
    p = parse_pattern("share &INTEL with", "064", "t:1", {"INTEL": frozenset({"footage"})})
    m = _match(doc, 1, p)
    assert m is not None and m.preps["with"].i == 6


# --- an adjective before the object; small clauses -----------------------------------------


def _shot_dead(parse, adj: str = "dead", det: bool = True):
    rows = [
        ("Police", 1, "nsubj", "NOUN", "NNS"),
        ("shot", 1, "ROOT", "VERB", "VBD", "shoot"),
        (adj, 4, "amod", "ADJ", "JJ"),
    ]
    rows.append(("three", 4, "nummod", "NUM", "CD") if det else ("armed", 4, "amod", "ADJ", "JJ"))
    rows.append(("students", 1, "dobj", "NOUN", "NNS", "student"))
    return parse(rows)


def test_an_adjective_particle_before_the_object(parse):
    doc = _shot_dead(parse)
    m = _match(doc, 1, parse_pattern("shoot dead", "1823", "t:1", {}))
    assert m is not None and m.objects[0].text == "dead"


def test_a_plain_modifier_of_the_object_is_no_particle(parse):
    # "sent military instructors": "military" modifies the object
    doc = _shot_dead(parse, det=False)
    assert _match(doc, 1, parse_pattern("shoot dead", "1823", "t:1", {})) is None


def test_a_predicative_adjective(parse):
    # "Tirana held Belgrade responsible"
    doc = parse(
        [
            ("Tirana", 1, "nsubj", "PROPN", "NNP"),
            ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("Belgrade", 1, "dobj", "PROPN", "NNP"),
            ("accountable", 1, "acomp", "ADJ", "JJ"),
        ]
    )
    m = _match(doc, 1, parse_pattern("hold accountable", "112", "t:1", {}))
    assert m is not None


def _declared(parse, subject=("him", "PRON", "PRP"), verb_tag="VB"):
    # "Quito declared him persona non grata" parsed as a clause with "persona" as its verb
    return parse(
        [
            ("Quito", 1, "nsubj", "PROPN", "NNP"),
            ("declared", 1, "ROOT", "VERB", "VBD", "declare"),
            (subject[0], 3, "nsubj", subject[1], subject[2]),
            ("persona", 1, "ccomp", "VERB", verb_tag),
            ("non", 5, "compound", "ADJ", "AFX"),
            ("grata", 3, "dobj", "NOUN", "NN"),
        ]
    )


def test_a_small_clause_names_the_object_and_who_it_is_about(parse):
    doc = _declared(parse)
    m = _match(doc, 1, parse_pattern("declare grata", "161", "t:1", {}))
    assert m is not None
    assert {t.text for t in m.objects} >= {"grata", "him"}


@pytest.mark.parametrize(
    ("subject", "tag"), [(("that", "DET", "DT"), "VB"), (("him", "PRON", "PRP"), "VBD")]
)
def test_no_small_clause_with_a_determiner_subject_or_a_tensed_verb(parse, subject, tag):
    # "repeated that call" (a noun read as a verb), "said he declared ..." (a real clause)
    doc = _declared(parse, subject, tag)
    assert _match(doc, 1, parse_pattern("declare grata", "161", "t:1", {})) is None


# --- converse patterns ---------------------------------------------------------------------


def test_converse_patterns_are_read_and_need_a_preposition(tmp_path):
    from multivector.coding.dictionary import DictionaryError, load_event_dictionary

    good = tmp_path / "good.yaml"
    good.write_text(
        'classes:\n  CRIT: [criticism]\nevents:\n  "111":\n'
        "    verbs: [criticise]\n    converse_verbs: [draw &CRIT from]\n",
        encoding="utf-8",
    )
    ed = load_event_dictionary(good)
    (draw,) = ed.patterns_for("draw")
    assert draw.converse and draw.target_prep == "from"
    assert not ed.patterns_for("criticise")[0].converse
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        'classes:\n  CRIT: [criticism]\nevents:\n  "111":\n    converse_verbs: [draw &CRIT]\n',
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="converse"):
        load_event_dictionary(bad)
