"""rules44: families of the language met in the misses of the news batches, each written for
the language, not for one sentence. Sentences are written for these tests (none is from a gold
file); the hand-built parses reproduce the small English model's misreadings."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.clause_syntax import subject_of
from multivector.coding.fronted import apposed_subject
from multivector.coding.wordclass import lemma_in


def test_a_subject_set_in_apposition_to_a_fronted_place(parse):
    # In Riga , the Latvian premier , Anna Berzina , condemned the raid .
    rows = [
        ("In", 10, "prep", "ADP", "IN"),
        ("Riga", 0, "pobj", "PROPN", "NNP"),
        (",", 1, "punct", "PUNCT", ","),
        ("the", 5, "det", "DET", "DT"),
        ("Latvian", 5, "amod", "ADJ", "JJ"),
        ("premier", 1, "appos", "NOUN", "NN"),
        (",", 5, "punct", "PUNCT", ","),
        ("Anna", 8, "compound", "PROPN", "NNP"),
        ("Berzina", 5, "appos", "PROPN", "NNP"),
        (",", 1, "punct", "PUNCT", ","),  # the closing comma hung on the place
        ("condemned", 10, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 12, "det", "DET", "DT"),
        ("raid", 10, "dobj", "NOUN", "NN"),
        (".", 10, "punct", "PUNCT", "."),
    ]
    ents = ["O", "B-GPE", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 5
    doc = parse(rows, ents)
    assert apposed_subject(doc[10]) == doc[5]
    assert subject_of(doc[10]) == (doc[5], False)


def test_no_apposed_subject_when_the_verb_has_its_own(parse):
    # In Riga , the capital , officials condemned the raid .
    rows = [
        ("In", 6, "prep", "ADP", "IN"),
        ("Riga", 0, "pobj", "PROPN", "NNP"),
        (",", 1, "punct", "PUNCT", ","),
        ("the", 4, "det", "DET", "DT"),
        ("capital", 1, "appos", "NOUN", "NN"),
        ("officials", 6, "nsubj", "NOUN", "NNS", "official"),
        ("condemned", 6, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 8, "det", "DET", "DT"),
        ("raid", 6, "dobj", "NOUN", "NN"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    doc = parse(rows, ["O", "B-GPE"] + ["O"] * 8)
    assert apposed_subject(doc[6]) is None
    assert subject_of(doc[6]) == (doc[5], False)


def test_a_word_class_pair_reads_a_modifier_with_its_own_compounds(parse):
    # sent coast guard vessels
    rows = [
        ("sent", 0, "ROOT", "VERB", "VBD", "send"),
        ("coast", 2, "compound", "NOUN", "NN"),
        ("guard", 3, "compound", "NOUN", "NN"),
        ("vessels", 0, "dobj", "NOUN", "NNS", "vessel"),
    ]
    doc = parse(rows, ["O"] * 4)
    assert lemma_in(doc[3], frozenset({"coast guard vessel"}))
    assert not lemma_in(doc[3], frozenset({"coast vessel"}))


@pytest.mark.slow
def test_a_titled_unknown_person_takes_the_country_of_the_seat_that_opens_the_clause(
    rules_coder,
):
    text = "In Wellington, Foreign Minister Arthur Pemberton condemned Fiji."
    assert ("NZLGOV", "FJI", "111") in event_triples(rules_coder, text, "2000-06-01")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "right", "wrong"),
    [
        # a rejected accusation answers the one made against the rejecter, not the latest one
        ("Bangladesh accused Myanmar of ethnic cleansing. Turkey criticised Greece over the "
         "islands. The Myanmar government rejected the accusation.", "2017-09-01",
         ("MMRGOV", "BGD", "016"), ("MMRGOV", "TUR", "016")),
        # the untargeted act of a domestic opposition is aimed at its own state
        ("Mexico criticised Bolivia's electoral court. "
         "Bolivian opposition leaders denounced the count as a fraud.", "2019-11-11",
         ("BOLOPP", "BOL", "111"), ("BOLOPP", "MEX", "111")),
        # a resolution reacted to is a body's act, not the latest demand
        ("The OAS Permanent Council demanded that both countries withdraw their forces. "
         "Costa Rica demanded that Nicaragua leave the island. Nicaragua rejected the "
         "resolution.", "2010-11-13", ("NIC", "IGOOAS", "120"), ("NIC", "CRI", "120")),
    ],
)
def test_the_other_side_a_reply_answers(rules_coder, text, date, right, wrong):
    triples = event_triples(rules_coder, text, date)
    assert right in triples
    assert wrong not in triples


@pytest.mark.slow
def test_a_raid_on_the_doers_own_villages_is_not_aimed_at_the_enemy(rules_coder):
    text = (
        "Chadian troops clashed with Sudanese soldiers on the border. "
        "Sudanese aircraft bombed villages in North Darfur on Wednesday."
    )
    triples = event_triples(rules_coder, text, "2004-09-01")
    assert any(s == "SDN" and c.startswith("19") for s, _t, c in triples)
    assert not any(s == "SDN" and t == "TCD" for s, t, _c in triples)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hundreds of Peruvians marched in Lima on Sunday, chanting slogans against Chile.",
         ("PER", "CHL", "141")),
        ("Thousands of Egyptians rallied in Cairo and Alexandria to denounce the Israeli raids.",
         ("EGY", "ISR", "141")),
    ],
)
def test_a_protest_at_home_is_aimed_at_whom_its_adjunct_speaks_against(rules_coder, text, triple):
    triples = event_triples(rules_coder, text, "2002-07-18")
    assert triple in triples
    assert (triple[0], triple[0], "141") not in triples


@pytest.mark.slow
def test_aid_let_through_by_the_bare_verb_is_humanitarian_access(rules_coder):
    triples = event_triples(rules_coder, "Israel let the relief convoy enter Gaza.", "2013-08-25")
    assert any(s == "ISR" and c == "0863" for s, _t, c in triples)


@pytest.mark.slow
def test_a_protests_adjunct_read_only_from_the_storys_focus_names_no_target(rules_coder):
    text = (
        "The United States condemned the invasion of Egypt. In London, thousands of people "
        "rallied in Trafalgar Square to protest against the government's policy."
    )
    triples = event_triples(rules_coder, text, "1956-11-05")
    assert ("GBRCVL", "GBR", "1412") in triples
    assert not any(s == "GBRCVL" and t and t.startswith("USA") for s, t, _c in triples)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States would not hesitate to use force against China.", ("USA", "CHN", "1384")),
        ("Russia did not hesitate to send troops to Georgia.", ("RUS", "GEO", "154")),
    ],
)
def test_a_negated_hesitation_affirms_its_complement_as_its_clause_says(rules_coder, text, triple):
    assert triple in event_triples(rules_coder, text, "1958-09-05")


@pytest.mark.slow
def test_an_inquiry_called_biased_is_censured(rules_coder):
    text = (
        "The Dutch-led team said a Russian missile downed the plane. The Russian foreign "
        "ministry called the investigation biased and politically motivated."
    )
    assert ("RUSGOV", "NLD", "111") in event_triples(rules_coder, text, "2016-09-28")
