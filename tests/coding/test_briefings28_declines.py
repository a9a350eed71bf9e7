"""briefings28: a speaker's refusal in their own voice to comment, speculate, discuss, answer
or go into a subject is declining to comment (CAMEO 011), not a negated nothing
(`declines.declined_comment`). Hand-built parses of sentences written for these tests."""

from __future__ import annotations

from multivector.coding.declines import declined_comment


def _will_not(parse, subject: str, verb: str, lemma: str, rest: list[tuple]) -> object:
    rows = [
        (subject, 3, "nsubj", "PRON", "PRP", subject.lower()),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("not", 3, "neg", "PART", "RB", "not"),
        (verb, 3, "ROOT", "VERB", "VB", lemma),
        *rest,
    ]
    return parse(rows)


def test_i_will_not_comment_is_declining(parse):
    doc = _will_not(parse, "I", "comment", "comment", [
        ("on", 3, "prep", "ADP", "IN", "on"), ("that", 4, "pobj", "PRON", "DT", "that")])
    assert declined_comment(doc[3])


def test_a_third_person_refusal_is_reported_not_declined_here(parse):
    doc = _will_not(parse, "He", "comment", "comment", [
        ("on", 3, "prep", "ADP", "IN", "on"), ("that", 4, "pobj", "PRON", "DT", "that")])
    assert not declined_comment(doc[3])


def test_go_declines_only_into_a_subject(parse):
    into = _will_not(parse, "I", "go", "go", [
        ("into", 3, "prep", "ADP", "IN", "into"), ("that", 4, "pobj", "PRON", "DT", "that")])
    home = _will_not(parse, "I", "go", "go", [("home", 3, "advmod", "ADV", "RB", "home")])
    assert declined_comment(into[3])
    assert not declined_comment(home[3])


def test_refusing_to_say_that_something_happened_is_no_decline(parse):
    doc = _will_not(parse, "I", "say", "say", [
        ("that", 6, "mark", "SCONJ", "IN", "that"), ("Moscow", 6, "nsubj", "PROPN", "NNP", "moscow"),
        ("lied", 3, "ccomp", "VERB", "VBD", "lie")])
    assert not declined_comment(doc[3])


def test_not_going_to_speculate_is_coded_on_the_governor(parse):
    doc = parse([
        ("I", 3, "nsubj", "PRON", "PRP", "i"),
        ("am", 3, "aux", "AUX", "VBP", "be"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("going", 3, "ROOT", "VERB", "VBG", "go"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("speculate", 3, "xcomp", "VERB", "VB", "speculate"),
    ])
    assert declined_comment(doc[3])
    assert not declined_comment(doc[5])


def test_having_nothing_to_add_is_declining(parse):
    doc = parse([
        ("I", 1, "nsubj", "PRON", "PRP", "i"),
        ("have", 1, "ROOT", "VERB", "VBP", "have"),
        ("nothing", 1, "dobj", "PRON", "NN", "nothing"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("add", 2, "relcl", "VERB", "VB", "add"),
    ])
    assert declined_comment(doc[1])
    assert not declined_comment(doc[4])
