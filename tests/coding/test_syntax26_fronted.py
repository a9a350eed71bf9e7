"""syntax26: a subject swallowed by a fronted date phrase, not only a name and not only the
phrase's own object ("On 21 May 1991 a suicide bomber linked to the LTTE killed ...": "bomber";
"At the end of April a court in Ankara found ...": "court"). Hand-built parses reproducing the
small English model's reading (coding/fronted.py ``swallowed_phrase``)."""

from __future__ import annotations

from multivector.coding.clause_syntax import subject_of
from multivector.coding.fronted import (
    conjoined_subject,
    participle_subject,
    swallowed_phrase,
    swallowed_subject,
)
from multivector.coding.syntax import prepositions


def test_a_common_noun_subject_after_a_fronted_date(parse):
    # On 3 May 2001 a gunman linked to the rebels shot the mayor .
    rows = [
        ("On", 10, "prep", "ADP", "IN"),
        ("3", 5, "nummod", "NUM", "CD"),
        ("May", 1, "preconj", "PROPN", "NNP"),
        ("2001", 2, "nummod", "NUM", "CD"),
        ("a", 5, "det", "DET", "DT"),
        ("gunman", 0, "pobj", "NOUN", "NN"),
        ("linked", 5, "acl", "VERB", "VBN", "link"),
        ("to", 6, "prep", "ADP", "IN"),
        ("the", 9, "det", "DET", "DT"),
        ("rebels", 7, "pobj", "NOUN", "NNS", "rebel"),
        ("shot", 10, "ROOT", "VERB", "VBD", "shoot"),
        ("the", 12, "det", "DET", "DT"),
        ("mayor", 10, "dobj", "NOUN", "NN"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE"] + ["O"] * 10
    doc = parse(rows, ents)
    assert swallowed_subject(doc[10]) == doc[5]
    assert subject_of(doc[10]) == (doc[5], False)
    assert "on" not in prepositions(doc[10], [doc[12]])


def test_a_subject_nested_below_the_fronted_phrase(parse):
    # At the end of April a court in Lyon fined the firm .
    rows = [
        ("At", 9, "prep", "ADP", "IN"),
        ("the", 2, "det", "DET", "DT"),
        ("end", 0, "pobj", "NOUN", "NN"),
        ("of", 2, "prep", "ADP", "IN"),
        ("April", 6, "nmod", "PROPN", "NNP"),
        ("a", 6, "det", "DET", "DT"),
        ("court", 3, "pobj", "NOUN", "NN"),
        ("in", 6, "prep", "ADP", "IN"),
        ("Lyon", 7, "pobj", "PROPN", "NNP"),
        ("fined", 9, "ROOT", "VERB", "VBD", "fine"),
        ("the", 11, "det", "DET", "DT"),
        ("firm", 9, "dobj", "NOUN", "NN"),
        (".", 9, "punct", "PUNCT", "."),
    ]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    doc = parse(rows, ents)
    assert swallowed_phrase(doc[9]) == (doc[0], doc[6])
    assert subject_of(doc[9]) == (doc[6], False)


def test_a_place_after_a_dated_noun_is_no_subject(parse):
    # After the August coup in Moscow , Estonia and Latvia declared independence .
    rows = [
        ("After", 10, "prep", "ADP", "IN"),
        ("the", 3, "det", "DET", "DT"),
        ("August", 3, "compound", "PROPN", "NNP"),
        ("coup", 0, "pobj", "NOUN", "NN"),
        ("in", 3, "prep", "ADP", "IN"),
        ("Moscow", 4, "pobj", "PROPN", "NNP"),
        (",", 5, "punct", "PUNCT", ","),
        ("Estonia", 5, "conj", "PROPN", "NNP"),
        ("and", 7, "cc", "CCONJ", "CC"),
        ("Latvia", 7, "conj", "PROPN", "NNP"),
        ("declared", 10, "ROOT", "VERB", "VBD", "declare"),
        ("independence", 10, "dobj", "NOUN", "NN"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    ents = ["O", "O", "B-DATE", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    doc = parse(rows, ents)
    assert swallowed_phrase(doc[10]) is None


def test_a_fronted_preposition_made_the_root(parse):
    # In March 1999 Serbian troops entered the town .  ("In" the root, "entered" a clause of
    # its object "troops")
    rows = [
        ("In", 0, "ROOT", "ADP", "IN"),
        ("March", 0, "pobj", "PROPN", "NNP"),
        ("1999", 1, "nummod", "NUM", "CD"),
        ("Serbian", 4, "amod", "ADJ", "JJ"),
        ("troops", 0, "pobj", "NOUN", "NNS", "troop"),
        ("entered", 4, "acl", "VERB", "VBD", "enter"),
        ("the", 7, "det", "DET", "DT"),
        ("town", 5, "dobj", "NOUN", "NN"),
        (".", 0, "punct", "PUNCT", "."),
    ]
    ents = ["O", "B-DATE", "I-DATE", "B-NORP", "O", "O", "O", "O", "O"]
    doc = parse(rows, ents)
    assert swallowed_phrase(doc[5]) == (doc[0], doc[4])
    assert subject_of(doc[5]) == (doc[4], False)


def test_a_participle_on_a_fronted_object_is_no_clause_of_a_subject(parse):
    # In May 1999 troops based in the town ... : "based" is no finite verb
    rows = [
        ("In", 0, "ROOT", "ADP", "IN"),
        ("May", 0, "pobj", "PROPN", "NNP"),
        ("1999", 1, "nummod", "NUM", "CD"),
        ("troops", 0, "pobj", "NOUN", "NNS", "troop"),
        ("based", 3, "acl", "VERB", "VBN", "base"),
        ("in", 4, "prep", "ADP", "IN"),
        ("the", 7, "det", "DET", "DT"),
        ("town", 5, "pobj", "NOUN", "NN"),
    ]
    doc = parse(rows, ["O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O"])
    assert swallowed_phrase(doc[4]) is None


def test_a_subject_the_parser_coordinated_with_a_date(parse):
    # between 1975 and 1979 rebel cadres carried out killings .
    rows = [
        ("between", 6, "prep", "ADP", "IN"),
        ("1975", 0, "pobj", "NUM", "CD"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("1979", 5, "nummod", "NUM", "CD"),
        ("rebel", 5, "compound", "NOUN", "NN"),
        ("cadres", 1, "conj", "NOUN", "NNS", "cadre"),
        ("carried", 6, "ROOT", "VERB", "VBD", "carry"),
        ("out", 6, "prt", "ADP", "RP"),
        ("killings", 6, "dobj", "NOUN", "NNS", "killing"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O", "O"]
    doc = parse(rows, ents)
    assert conjoined_subject(doc[6]) == doc[5]
    assert subject_of(doc[6]) == (doc[5], False)


def test_a_verb_with_a_subject_takes_no_conjunct(parse):
    # Rebels attacked Goma and Bukavu fell .  ("fell" has its own subject here)
    rows = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Goma", 1, "dobj", "PROPN", "NNP"),
        ("and", 2, "cc", "CCONJ", "CC"),
        ("Bukavu", 5, "nsubj", "PROPN", "NNP"),
        ("fell", 1, "conj", "VERB", "VBD", "fall"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    assert conjoined_subject(doc[5]) is None


def test_a_subject_given_to_a_bare_participle_before_the_verb(parse):
    # Bloc leaders meeting in Accra urged calm .
    rows = [
        ("Bloc", 1, "compound", "NOUN", "NN"),
        ("leaders", 2, "nsubj", "NOUN", "NNS", "leader"),
        ("meeting", 5, "advcl", "VERB", "VBG", "meet"),
        ("in", 2, "prep", "ADP", "IN"),
        ("Accra", 3, "pobj", "PROPN", "NNP"),
        ("urged", 5, "ROOT", "VERB", "VBD", "urge"),
        ("calm", 5, "dobj", "NOUN", "NN"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    assert participle_subject(doc[5]) == doc[1]
    assert subject_of(doc[5]) == (doc[1], False)


def test_a_participle_clause_with_a_subordinator_keeps_its_subject(parse):
    # While leaders meeting ... : "while" marks a clause of its own
    rows = [
        ("While", 2, "mark", "SCONJ", "IN"),
        ("leaders", 2, "nsubj", "NOUN", "NNS", "leader"),
        ("meeting", 3, "advcl", "VERB", "VBG", "meet"),
        ("urged", 3, "ROOT", "VERB", "VBD", "urge"),
        ("calm", 3, "dobj", "NOUN", "NN"),
    ]
    doc = parse(rows)
    assert participle_subject(doc[3]) is None
