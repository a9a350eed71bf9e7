"""The other side a reply answers (counterpart21): a renamed act the parser misattaches, the
subject of the clause a reply is conjoined to, and the latest other country named, not counting
one the reply's own sentence names only in passing."""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import renamed_act
from multivector.coding.coref import SalienceTracker
from multivector.model import Actor, Document, Span


def _moved(parse, verb_dep: str = "relcl", comma: bool = True):
    # "France sent jets , a move Ankara condemned ." with "move" read as a second object
    rows = [
        ("France", 1, "nsubj", "PROPN", "NNP"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("jets", 1, "dobj", "NOUN", "NNS", "jet"),
        (",", 1, "punct", "PUNCT", ","),
        ("a", 5, "det", "DET", "DT"),
        ("move", 1, "dobj", "NOUN", "NN"),
        ("Ankara", 7, "nsubj", "PROPN", "NNP"),
        ("condemned", 5, verb_dep, "VERB", "VBD", "condemn"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    if not comma:
        rows[3] = ("and", 1, "cc", "CCONJ", "CC")
    return parse(rows)


def test_a_renaming_noun_read_as_a_second_object_still_renames_the_act(parse):
    doc = _moved(parse)
    assert renamed_act(doc[7]).text == "sent"


def test_no_comma_no_renaming(parse):
    doc = _moved(parse, comma=False)
    assert renamed_act(doc[7]) is None


def _offers(parse, own_subject: bool = False):
    # "Beijing offered vaccines , offers that Taipei rejected ." with "offers" read as a verb
    rows = [
        ("Beijing", 1, "nsubj", "PROPN", "NNP"),
        ("offered", 1, "ROOT", "VERB", "VBD", "offer"),
        ("vaccines", 1, "dobj", "NOUN", "NNS", "vaccine"),
        (",", 1, "punct", "PUNCT", ","),
        ("offers", 1, "conj", "VERB", "VBZ", "offer"),
        ("that", 7, "mark", "SCONJ", "IN"),
        ("Taipei", 7, "nsubj", "PROPN", "NNP"),
        ("rejected", 4, "ccomp", "VERB", "VBD", "reject"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    if own_subject:  # "..., Seoul offers that Taipei rejected": a verb with a subject of its own
        rows[3] = ("Seoul", 4, "nsubj", "PROPN", "NNP")
    return parse(rows)


def test_a_renaming_noun_read_as_a_verb_still_renames_the_act(parse):
    doc = _offers(parse)
    assert renamed_act(doc[7]).text == "offered"


def test_a_verb_with_its_own_subject_renames_nothing(parse):
    doc = _offers(parse, own_subject=True)
    assert renamed_act(doc[7]) is None


def _country(code: str, start: int, end: int) -> Actor:
    return Actor(text=code, code=code, country=code, span=Span(start, end), kind="country")


def test_a_country_named_in_passing_in_the_replys_sentence_is_not_the_other_party():
    t = SalienceTracker()
    t.note([_country("RUS", 0, 6)], subject=True)  # the sentence before
    t.new_sentence()
    t.note([_country("AUS", 60, 69)])  # "speaking during a visit to Australia"
    assert t.other_party({"DEU"}, sentence_start=40, before=100).code == "RUS"


def test_a_subject_of_the_replys_sentence_is_the_other_party():
    t = SalienceTracker()
    t.note([_country("RUS", 0, 6)], subject=True)
    t.new_sentence()
    t.note([_country("USA", 45, 58)], subject=True)  # "the United States demanded ..., but"
    assert t.other_party({"UZB"}, sentence_start=40, before=100).code == "USA"


def test_an_earlier_sentences_mention_counts_whatever_its_role():
    t = SalienceTracker()
    t.note([_country("TUR", 10, 16)])  # not a subject, but in an earlier sentence
    t.new_sentence()
    assert t.other_party({"GRC"}, sentence_start=40, before=100).code == "TUR"
    assert t.other_party({"TUR"}, sentence_start=40, before=100) is None


def _events(coder, text: str) -> list[tuple[str, str | None, str]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    return [(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded.events]


@pytest.mark.slow
def test_a_refusal_conjoined_to_another_countrys_act_answers_it(rules_coder):
    events = _events(
        rules_coder,
        "Poland criticised Lithuania over the border. Russia suspended the troop "
        "withdrawal, and Lithuania refused to pay.",
    )
    refusals = [e for e in events if e[0].startswith("LTU") and e[2].startswith("12")]
    assert refusals and all(e[1] is not None and e[1].startswith("RUS") for e in refusals)


@pytest.mark.slow
def test_a_reply_that_also_does_the_act_is_not_read_as_answering_the_earlier_subject(rules_coder):
    text = (
        "Soviet tanks invaded Czechoslovakia. Romania denounced the invasion, and Yugoslavia "
        "also rejected the demands."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    rejections = [e for e in coded.events if e.source.code.startswith("YUG") and e.cameo[:2] == "12"]
    assert rejections
    assert not any(e.target and e.target.resolved_by.startswith("conjunct") for e in rejections)


def test_a_what_clause_is_a_free_relative(parse):
    from multivector.coding.clause_syntax import free_relative

    # "condemned what it called aggression" / "said that it called them"
    doc = parse([
        ("Washington", 1, "nsubj", "PROPN", "NNP"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("what", 4, "dobj", "PRON", "WP"),
        ("it", 4, "nsubj", "PRON", "PRP"),
        ("called", 1, "ccomp", "VERB", "VBD", "call"),
        ("aggression", 4, "oprd", "NOUN", "NN"),
    ])
    assert free_relative(doc[4])
    doc = parse([
        ("Washington", 1, "nsubj", "PROPN", "NNP"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("that", 4, "mark", "SCONJ", "IN"),
        ("it", 4, "nsubj", "PRON", "PRP"),
        ("called", 1, "ccomp", "VERB", "VBD", "call"),
        ("them", 4, "dobj", "PRON", "PRP"),
    ])
    assert not free_relative(doc[4])


@pytest.mark.slow
def test_condemning_what_it_called_a_countrys_aggression_targets_that_country(rules_coder):
    events = _events(
        rules_coder,
        "France sent troops to Djibouti. The United States condemned what it called "
        "Eritrea's military aggression.",
    )
    assert ("USA", "ERI", "111") in events
