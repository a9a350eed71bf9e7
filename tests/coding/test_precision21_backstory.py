"""precision21: acts a sentence mentions to say who or what it speaks of, not as news.

- a restrictive relative clause in the past perfect identifies its noun by what it had done
  ("fired on protesters who had blocked the road", "freed the ministers it had detained"): no
  event; a non-restrictive one (after a comma) still adds news, and so do a restrictive clause
  in the simple past, a cleft ("It was Peru who had invited Chile"), a clause of circumstance
  ("the row in which Peru had recalled its envoy") and a complement misread as a contact
  clause ("told relatives they had been beaten");
- a restrictive relative clause of who/whose/that on a noun in apposition to a person's name
  says who the person is ("Pinochet, the general who seized power, died"); not "where";
- a perfect under "would" outside reported speech did not happen ("a resolution that would
  have set up an inquiry"); in a reported clause it stays an intention;
- "told X that ..." reports speech: the content is coded by its own patterns, not a bare
  statement (010); an obligation told ("told X that Y must ...") stays a demand.

Hand-built parses (no statistical model) and sentences written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.background import Background, identifying_backstory

RELATIVES = Background.bundled().describing_relatives


def _protesters(parse, comma: bool, aux: str | None):
    # "Police fired on protesters [,] who [had] blocked the road ."
    rows = [
        ("Police", 1, "nsubj", "NOUN", "NNS"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("on", 1, "prep", "ADP", "IN"),
        ("protesters", 2, "pobj", "NOUN", "NNS", "protester"),
    ]
    if comma:
        rows.append((",", 3, "punct", "PUNCT", ","))
    who = len(rows)
    verb = who + (2 if aux else 1)
    rows.append(("who", verb, "nsubj", "PRON", "WP"))
    if aux:
        rows.append((aux, verb, "aux", "AUX", "VBD", "have"))
    rows += [
        ("blocked", 3, "relcl", "VERB", "VBN" if aux else "VBD", "block"),
        ("the", verb + 2, "det", "DET", "DT"),
        ("road", verb, "dobj", "NOUN", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    return doc, doc[verb]


def test_a_restrictive_past_perfect_relative_clause_identifies_its_noun(parse):
    doc, verb = _protesters(parse, comma=False, aux="had")
    assert verb.text == "blocked"
    assert identifying_backstory(verb, RELATIVES)
    reason = Background.bundled().reason(verb, _bare_pattern())
    assert reason is not None and "backstory" in reason


def test_a_non_restrictive_past_perfect_clause_is_still_news(parse):
    _doc, verb = _protesters(parse, comma=True, aux="had")
    assert not identifying_backstory(verb, RELATIVES)


def test_a_restrictive_simple_past_clause_is_still_news(parse):
    _doc, verb = _protesters(parse, comma=False, aux=None)
    assert verb.text == "blocked"
    assert not identifying_backstory(verb, RELATIVES)


_RELATIVE_ROWS = {"who": ("nsubj", "PRON", "WP"), "where": ("advmod", "SCONJ", "WRB")}


def test_a_cleft_asserts_its_past_perfect_act(parse):
    # "It was Peru who had invited Chile ."
    doc = parse(
        [
            ("It", 1, "nsubj", "PRON", "PRP"),
            ("was", 1, "ROOT", "AUX", "VBD", "be"),
            ("Peru", 1, "attr", "PROPN", "NNP"),
            ("who", 5, "nsubj", "PRON", "WP"),
            ("had", 5, "aux", "AUX", "VBD", "have"),
            ("invited", 2, "relcl", "VERB", "VBN", "invite"),
            ("Chile", 5, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert not identifying_backstory(doc[5], RELATIVES)


def test_a_clause_of_circumstance_tells_what_happened_then(parse):
    # "the row in which Peru had recalled its envoy"
    doc = parse(
        [
            ("the", 1, "det", "DET", "DT"),
            ("row", 1, "ROOT", "NOUN", "NN"),
            ("in", 6, "prep", "ADP", "IN"),
            ("which", 2, "pobj", "PRON", "WDT"),
            ("Peru", 6, "nsubj", "PROPN", "NNP"),
            ("had", 6, "aux", "AUX", "VBD", "have"),
            ("recalled", 1, "relcl", "VERB", "VBN", "recall"),
            ("its", 8, "poss", "PRON", "PRP$"),
            ("envoy", 6, "dobj", "NOUN", "NN"),
        ]
    )
    assert not identifying_backstory(doc[6], RELATIVES)


def _contact(parse, passive: bool):
    # "freed the ministers it had detained" / misread "told relatives they had been beaten"
    if passive:
        rows = [
            ("told", 0, "ROOT", "VERB", "VBD", "tell"),
            ("relatives", 0, "dobj", "NOUN", "NNS", "relative"),
            ("they", 5, "nsubjpass", "PRON", "PRP"),
            ("had", 5, "aux", "AUX", "VBD", "have"),
            ("been", 5, "auxpass", "AUX", "VBN", "be"),
            ("beaten", 1, "relcl", "VERB", "VBN", "beat"),
        ]
        return parse(rows)[5]
    rows = [
        ("freed", 0, "ROOT", "VERB", "VBD", "free"),
        ("the", 2, "det", "DET", "DT"),
        ("ministers", 0, "dobj", "NOUN", "NNS", "minister"),
        ("it", 5, "nsubj", "PRON", "PRP"),
        ("had", 5, "aux", "AUX", "VBD", "have"),
        ("detained", 2, "relcl", "VERB", "VBN", "detain"),
    ]
    return parse(rows)[5]


def test_a_contact_clause_leaving_its_object_out_is_a_backstory(parse):
    assert identifying_backstory(_contact(parse, passive=False), RELATIVES)


def test_a_misread_passive_complement_is_not_a_backstory(parse):
    assert not identifying_backstory(_contact(parse, passive=True), RELATIVES)


def _apposed(parse, relative: str):
    # "Ortega , the general <relative> seized power , died ."
    doc = parse(
        [
            ("Ortega", 8, "nsubj", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("the", 3, "det", "DET", "DT"),
            ("general", 0, "appos", "NOUN", "NN"),
            (relative, 5, *_RELATIVE_ROWS[relative]),
            ("seized", 3, "relcl", "VERB", "VBD", "seize"),
            ("power", 5, "dobj", "NOUN", "NN"),
            (",", 0, "punct", "PUNCT", ","),
            ("died", 8, "ROOT", "VERB", "VBD", "die"),
            (".", 8, "punct", "PUNCT", "."),
        ],
        ents=["B-PERSON"] + ["O"] * 9,
    )
    return doc[5]


def test_a_description_of_a_named_person_is_who_they_are(parse):
    assert identifying_backstory(_apposed(parse, "who"), RELATIVES)


def test_a_where_clause_on_an_apposition_tells_what_happened_there(parse):
    assert not identifying_backstory(_apposed(parse, "where"), RELATIVES)


def test_the_relative_words_are_data():
    assert {"who", "whose", "that"} <= RELATIVES and "where" not in RELATIVES


def _bare_pattern():
    from multivector.coding.dictionary import EventPattern

    return EventPattern(head="block", requirements=(), code="191", rule="test block")


@pytest.fixture(scope="module")
def modality():
    from multivector.coding.dictionary import bundled_path
    from multivector.coding.modality import Modality

    return Modality.load(bundled_path("modality.yaml"))


def _resolution(parse, perfect: bool):
    # "Russia vetoed a resolution that would [have] set up an inquiry ."
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("vetoed", 1, "ROOT", "VERB", "VBD", "veto"),
        ("a", 3, "det", "DET", "DT"),
        ("resolution", 1, "dobj", "NOUN", "NN"),
        ("that", 7 if perfect else 6, "nsubj", "PRON", "WDT"),
        ("would", 7 if perfect else 6, "aux", "AUX", "MD"),
    ]
    if perfect:
        rows.append(("have", 7, "aux", "AUX", "VB"))
    verb = len(rows)
    rows += [
        ("set", 3, "relcl", "VERB", "VBN" if perfect else "VB"),
        ("up", verb, "prt", "ADP", "RP"),
        ("an", verb + 3, "det", "DET", "DT"),
        ("inquiry", verb, "dobj", "NOUN", "NN"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    return doc[verb]


def test_would_have_outside_reported_speech_did_not_happen(parse, modality):
    from multivector.coding.modality import modality_status

    status = modality_status(_resolution(parse, perfect=True), modality)
    assert status.startswith("counterfactual"), status


def test_would_without_have_stays_an_intention(parse, modality):
    from multivector.coding.modality import modality_status

    assert modality_status(_resolution(parse, perfect=False), modality) == "intent"


def test_would_have_in_a_reported_clause_is_not_read_as_counterfactual(parse, modality):
    from multivector.coding.modality import modality_status

    # "Kenya said troops would have left by March": a future in the past
    doc = parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("troops", 5, "nsubj", "NOUN", "NNS", "troop"),
            ("would", 5, "aux", "AUX", "MD"),
            ("have", 5, "aux", "AUX", "VB"),
            ("left", 1, "ccomp", "VERB", "VBN", "leave"),
            ("by", 5, "prep", "ADP", "IN"),
            ("March", 6, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert modality_status(doc[5], modality) == "intent"


@pytest.mark.slow
def test_protesters_identified_by_their_past_blockade(rules_coder):
    text = (
        "Kenyan police fired on demonstrators who had blocked the main highway near Nairobi"
        " on Monday."
    )
    codes = {c for _s, _t, c in event_triples(rules_coder, text, date="2023-05-10")}
    assert not any(c.startswith("14") for c in codes), codes
    assert any(c.startswith("19") or c.startswith("17") for c in codes), codes


@pytest.mark.slow
def test_a_vetoed_draft_would_have_done_nothing(rules_coder):
    text = (
        "China vetoed a Security Council resolution that would have imposed sanctions on"
        " Myanmar."
    )
    codes = {c for _s, _t, c in event_triples(rules_coder, text, date="2023-05-10")}
    assert not any(c.startswith("16") or c.startswith("13") for c in codes), codes


def _told(parse, modal: str | None):
    # "Peru told Chile that the talks [must] resume ."
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "NNP"),
        ("told", 1, "ROOT", "VERB", "VBD", "tell"),
        ("Chile", 1, "dobj", "PROPN", "NNP"),
        ("that", 7 if modal else 6, "mark", "SCONJ", "IN"),
        ("the", 5, "det", "DET", "DT"),
        ("talks", 7 if modal else 6, "nsubj", "NOUN", "NNS", "talk"),
    ]
    if modal:
        rows.append((modal, 7, "aux", "AUX", "MD"))
    rows += [
        ("resume" if modal else "resumed", 1, "ccomp", "VERB", "VB" if modal else "VBD", "resume"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    return parse(rows)


def test_telling_someone_that_something_happened_reports_speech(parse):
    from multivector.coding.dictionary import EventPattern

    doc = _told(parse, modal=None)
    bare = EventPattern(head="tell", requirements=(), code="010", rule="verbs.yaml:1 010 tell")
    reason = Background.bundled().reason(doc[1], bare)
    assert reason is not None and "reports speech" in reason


def test_an_obligation_told_is_still_a_demand(parse):
    from multivector.coding.dictionary import EventPattern

    doc = _told(parse, modal="must")
    obligation = EventPattern(
        head="tell", requirements=(), code="100", rule="modality.yaml obligation 'must' under 'tell'"
    )
    assert Background.bundled().reason(doc[1], obligation) is None


@pytest.mark.slow
def test_told_the_council_that_codes_the_content_not_a_statement(rules_coder):
    text = "Peru's foreign minister told the Security Council that Chile had violated the treaty."
    codes = {c for _s, _t, c in event_triples(rules_coder, text, date="2023-05-10")}
    assert "010" not in codes, codes
