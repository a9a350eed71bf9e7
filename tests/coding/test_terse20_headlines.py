"""Headline verbs the parser read as nouns (coding/headlines.py): terse present-tense entries of
chronologies, live blogs and headlines parsed again with the verb made unmistakable. The hand-built
parses are the small model's misreadings; the texts are written for these tests.
"""

from __future__ import annotations

from spacy.tokens import Doc

from multivector.coding.headlines import (
    _finite,
    base_forms,
    candidates,
    heading_subject,
    mend,
    mend_headlines,
    reattach,
    swallowed,
)
from multivector.model import Document

VERBS = {"expel", "halt", "visit", "arm", "decline", "plan", "vote"}


def test_base_forms_of_present_tense_words():
    assert "halt" in base_forms("halts")
    assert "pledge" in base_forms("pledges")
    assert "pass" in base_forms("passes")
    assert "supply" in base_forms("supplies")
    assert "plan" not in base_forms("planes")  # "planes land": no verb "plan"


def test_a_verb_read_as_an_adjective_is_a_candidate(parse):
    # "France and Germany expel dozens of Russian diplomats." read as one noun phrase
    doc = parse(
        [
            ("France", 5, "nsubj", "PROPN", "NNP"),
            ("and", 0, "cc", "CCONJ", "CC"),
            ("Germany", 0, "conj", "PROPN", "NNP"),
            ("expel", 4, "amod", "ADJ", "JJ"),
            ("dozens", 4, "ROOT", "NOUN", "NNS", "dozen"),
            ("of", 4, "prep", "ADP", "IN"),
            ("Russian", 7, "amod", "ADJ", "JJ"),
            ("diplomats", 5, "pobj", "NOUN", "NNS", "diplomat"),
            (".", 4, "punct", "PUNCT", "."),
        ]
    )
    found = [(t.text, base) for t, base in candidates(doc[:], VERBS)]
    assert found == [("expel", "expel")]


def test_a_noun_inside_a_prepositional_phrase_or_capitalised_is_no_candidate(parse):
    # "Statement on the state visit of the President ." / "Official Visit of the President ."
    doc = parse(
        [
            ("Statement", 0, "ROOT", "PROPN", "NNP"),
            ("on", 0, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("state", 4, "compound", "NOUN", "NN"),
            ("visit", 1, "pobj", "NOUN", "NN"),
            ("of", 4, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"),
            ("President", 5, "pobj", "PROPN", "NNP"),
            (".", 0, "punct", "PUNCT", "."),
        ]
    )
    assert list(candidates(doc[:], VERBS)) == []
    titled = parse(
        [
            ("Official", 1, "compound", "PROPN", "NNP"),
            ("Visit", 1, "ROOT", "PROPN", "NNP"),
            ("of", 1, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("President", 2, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert list(candidates(titled[:], VERBS)) == []


def test_a_root_verb_that_swallowed_its_subject(parse):
    # "The Israeli military declines to comment": "The", "military" hung on the verb
    doc = parse(
        [
            ("The", 3, "det", "DET", "DT"),
            ("Israeli", 3, "amod", "ADJ", "JJ"),
            ("military", 3, "amod", "ADJ", "JJ"),
            ("declines", 3, "ROOT", "VERB", "VBZ", "decline"),
            ("to", 5, "aux", "PART", "TO"),
            ("comment", 3, "xcomp", "VERB", "VB"),
            (".", 3, "punct", "PUNCT", "."),
        ]
    )
    assert swallowed(doc[3])
    whole = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("army", 2, "nsubj", "NOUN", "NN"),
            ("declines", 2, "ROOT", "VERB", "VBZ", "decline"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert not swallowed(whole[2])


def test_another_finite_verb_means_no_headline_verb_was_misread(parse):
    # "The US arms sales seriously violate the principle": "arms" stays a noun
    doc = parse(
        [
            ("The", 3, "det", "DET", "DT"),
            ("US", 3, "compound", "PROPN", "NNP"),
            ("arms", 3, "compound", "NOUN", "NNS"),
            ("sales", 5, "nsubj", "NOUN", "NNS"),
            ("seriously", 5, "advmod", "ADV", "RB"),
            ("violate", 5, "ROOT", "VERB", "VBP"),
            ("the", 7, "det", "DET", "DT"),
            ("principle", 5, "dobj", "NOUN", "NN"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    assert _finite(doc[:], doc[2])
    # a finite verb of a relative clause does not count ("... arrest journalists who had ...")
    rel = parse(
        [
            ("Police", 1, "nsubj", "PROPN", "NNP"),
            ("arrest", 1, "ROOT", "NOUN", "NN"),
            ("journalists", 1, "dobj", "NOUN", "NNS"),
            ("who", 5, "nsubj", "PRON", "WP"),
            ("had", 5, "aux", "AUX", "VBD"),
            ("left", 2, "relcl", "VERB", "VBN"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert not _finite(rel[:], rel[1])


def test_the_probe_parse_replaces_the_misreading(parse, blank_nlp):
    # "Germany halts certification ." read as a noun phrase; probed "Germany will halt ..."
    doc = parse(
        [
            ("Germany", 2, "compound", "PROPN", "NNP"),
            ("halts", 2, "compound", "NOUN", "NNS", "halt"),
            ("certification", 2, "ROOT", "NOUN", "NN"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    probed = parse(
        [
            ("Germany", 2, "nsubj", "PROPN", "NNP"),
            ("will", 2, "aux", "AUX", "MD"),
            ("halt", 2, "ROOT", "VERB", "VB"),
            ("certification", 2, "dobj", "NOUN", "NN"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert isinstance(probed, Doc)
    assert mend(doc, doc[:], doc[1], probed)
    germany, halts, cert, stop = doc
    assert halts.dep_ == "ROOT" and halts.pos_ == "VERB" and halts.tag_ == "VBZ"
    assert halts.lemma_ == "halt"
    assert germany.head.i == halts.i and germany.dep_ == "nsubj"
    assert cert.head.i == halts.i and cert.dep_ == "dobj"
    assert stop.head.i == halts.i
    assert [s.start for s in doc.sents] == [0]


def test_chronology_entries_in_headline_grammar_are_coded(rules_coder):
    text = (
        "Europe and Russia in 2022: a chronology\n\n"
        "5 April - France and Germany expel dozens of Russian diplomats.\n\n"
        "17:10 - The Israeli military declines to comment on the blasts.\n"
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2022-12-30")]))
    got = {(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo) for e in coded.events}
    assert ("FRA", "RUS", "161") in got
    assert ("DEU", "RUS", "161") in got
    assert any(s == "ISR" and c == "011" for s, _t, c in got)


def test_a_title_noun_phrase_is_left_alone(rules_coder):
    nlp = rules_coder.nlp
    verbs = rules_coder.dictionaries.events.verbs
    for title in (
        "Official Visit of the President of Sri Lanka to India",
        "Joint Statement of Kazakhstan and Korea on the state visit of the President",
        "GAZA - Israeli air strikes killed at least 20 people in the camp overnight.",
    ):
        assert mend_headlines(nlp(title), nlp, verbs) == 0, title


def test_a_subject_hung_on_the_entry_heading_is_the_verbs(parse):
    # "10 July 1999: Congo and Angola sign a truce ." - "Congo" an apposition of "July"
    rows = [
        ("10", 1, "nummod", "NUM", "CD"),
        ("July", 7, "npadvmod", "PROPN", "NNP"),
        ("1999", 1, "nummod", "NUM", "CD"),
        (":", 1, "punct", "PUNCT", ":"),
        ("Congo", 1, "appos", "PROPN", "NNP"),
        ("and", 4, "cc", "CCONJ", "CC"),
        ("Angola", 4, "conj", "PROPN", "NNP"),
        ("sign", 7, "ROOT", "VERB", "VBP"),
        ("a", 9, "det", "DET", "DT"),
        ("truce", 7, "dobj", "NOUN", "NN"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    assert heading_subject(doc[:]) == doc[4]
    assert reattach(doc, doc[4], doc[7], "nsubj")
    assert doc[4].head.i == 7 and doc[4].dep_ == "nsubj"
    assert heading_subject(doc[:]) is None  # the verb has its subject now


def test_an_apposition_of_a_heading_with_a_subject_stays(parse):
    # "10 July: Kinshasa Kabila resigns ." - a verb with a subject of its own is left alone
    doc = parse(
        [
            ("10", 1, "nummod", "NUM", "CD"),
            ("July", 5, "npadvmod", "PROPN", "NNP"),
            (":", 1, "punct", "PUNCT", ":"),
            ("Kinshasa", 1, "appos", "PROPN", "NNP"),
            ("Kabila", 5, "nsubj", "PROPN", "NNP"),
            ("resigns", 5, "ROOT", "VERB", "VBZ"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    assert heading_subject(doc[:]) is None


def test_of_a_plural_and_a_verb_after_it_the_verb_is_the_candidate(parse):
    # "Government forces fire rockets at the town ." read as one noun phrase
    doc = parse(
        [
            ("Government", 2, "compound", "NOUN", "NN"),
            ("forces", 2, "compound", "NOUN", "NNS", "force"),
            ("fire", 3, "compound", "NOUN", "NN"),
            ("rockets", 3, "ROOT", "NOUN", "NNS", "rocket"),
            ("at", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"),
            ("town", 4, "pobj", "NOUN", "NN"),
            (".", 3, "punct", "PUNCT", "."),
        ]
    )
    found = [t.text for t, _b in candidates(doc[:], {"force", "fire"})]
    assert found == ["fire"]


def test_nouns_of_titles_and_compounds_are_no_candidates(parse):
    # "Press release of the Ministry", "Two air force planes land in Caracas ."
    release = parse(
        [
            ("Press", 1, "compound", "PROPN", "NNP"),
            ("release", 1, "ROOT", "NOUN", "NN"),
            ("of", 1, "prep", "ADP", "IN"),
            ("the", 4, "det", "DET", "DT"),
            ("Ministry", 2, "pobj", "PROPN", "NNP"),
        ]
    )
    assert list(candidates(release[:], {"release"})) == []
    planes = parse(
        [
            ("Two", 3, "nummod", "NUM", "CD"),
            ("air", 2, "compound", "NOUN", "NN"),
            ("force", 3, "compound", "NOUN", "NN"),
            ("planes", 3, "ROOT", "NOUN", "NNS", "plane"),
            ("land", 3, "dep", "NOUN", "NN"),
            ("in", 4, "prep", "ADP", "IN"),
            ("Caracas", 5, "pobj", "PROPN", "NNP"),
            (".", 3, "punct", "PUNCT", "."),
        ]
    )
    assert [t.text for t, _b in candidates(planes[:], {"force"})] == []


def test_a_noun_under_a_verb_is_no_candidate(parse):
    # "Ministers meeting in Cairo condemned the air strikes on Gaza ." (the root a noun)
    doc = parse(
        [
            ("Ministers", 0, "ROOT", "NOUN", "NNS", "minister"),
            ("meeting", 0, "acl", "VERB", "VBG", "meet"),
            ("in", 1, "prep", "ADP", "IN"),
            ("Cairo", 2, "pobj", "PROPN", "NNP"),
            ("condemned", 1, "conj", "VERB", "VBD", "condemn"),
            ("the", 7, "det", "DET", "DT"),
            ("air", 7, "compound", "NOUN", "NN"),
            ("strikes", 4, "dobj", "NOUN", "NNS", "strike"),
            ("on", 7, "prep", "ADP", "IN"),
            ("Gaza", 8, "pobj", "PROPN", "NNP"),
            (".", 0, "punct", "PUNCT", "."),
        ]
    )
    assert list(candidates(doc[:], {"strike"})) == []


def test_a_headline_infinitive_tells_the_future(rules_coder):
    # "Japan to impose sanctions": a threat of sanctions (1312), not sanctions imposed (163)
    def codes(title: str) -> set[str]:
        text = f"{title}\n\nThe story follows."
        [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2024-06-01")]))
        return {e.cameo for e in coded.events}

    assert codes("Japan to impose sanctions on Russian banks") == {"1312"}
    assert codes("Indian Prime Minister Modi to visit Russia next week") == {"036"}


def test_no_headline_infinitive_after_a_verb(parse):
    from multivector.coding.headlines import infinitive_headline

    # "Japan to impose sanctions ." and "Kabila orders troops to leave ." (read as nouns)
    japan = parse(
        [
            ("Japan", 2, "nsubj", "PROPN", "NNP"),
            ("to", 2, "aux", "PART", "TO"),
            ("impose", 2, "ROOT", "VERB", "VB"),
            ("sanctions", 2, "dobj", "NOUN", "NNS", "sanction"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert infinitive_headline(japan[:], {"impose"}) == japan[1]
    kabila = parse(
        [
            ("Kabila", 2, "compound", "PROPN", "NNP"),
            ("orders", 2, "compound", "NOUN", "NNS", "order"),
            ("troops", 2, "ROOT", "NOUN", "NNS", "troop"),
            ("to", 4, "aux", "PART", "TO"),
            ("leave", 2, "relcl", "VERB", "VB"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert infinitive_headline(kabila[:], {"order", "leave"}) is None


def test_a_label_before_the_subject_of_a_headline(rules_coder):
    # "Kyiv: Russia shells port": "Russia" a compound of the verb until probed
    text = "Kyiv: Russia shells port\n\nThe story follows."
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2024-06-01")]))
    assert any(e.source.code == "RUS" and e.cameo == "194" for e in coded.events)
