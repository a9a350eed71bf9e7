"""rules40: families of the language met in the misses of the news batches (91-98 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence. Sentences and transcripts are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import event_triples

from multivector.coding.page_pairs import page_partners, partners_at
from multivector.coding.transcripts import labelled_lines

PODCAST = """Podcast: 'The Border Stays Closed'

Recorded in Oslo on 3 March 2021. Our guest is Norway's foreign minister.

HOST: What did you tell Moscow?

MINISTER: We protested to Russia about the flights on Monday.
"""

INTERVIEW = """'We will not pay': Chile's finance minister

Edited from an interview in Santiago on 4 May 2019.

Q: What has Peru done?

A: We have asked Peru to reopen the border.
"""


@pytest.mark.slow
@pytest.mark.parametrize(("form", "lemma"), [("retook", "retake"), ("oversaw", "oversee")])
def test_irregular_forms_the_lemmatizer_misses_get_their_lemma(rules_coder, form, lemma):
    doc = rules_coder.nlp(f"Kenyan troops {form} the handover of the town.")
    assert next(t for t in doc if t.text == form).lemma_ == lemma


def test_a_headline_with_a_colon_opens_no_turn():
    labels = [label.words for _, label in labelled_lines(PODCAST)]
    assert labels == [("HOST",), ("MINISTER",)]


def test_a_first_line_that_ends_a_sentence_is_still_a_turn():
    text = "SPOKESMAN: We met Chile.\n\nQUESTION: Why?\n\nSPOKESMAN: Trade.\n"
    assert [label.words for _, label in labelled_lines(text)][0] == ("SPOKESMAN",)


@pytest.mark.parametrize("word", ["PRESENTER", "ANCHOR", "CALLER (Bergen)", "MAGAZINE"])
def test_a_broadcasts_presenter_and_callers_and_the_outlet_ask(word):
    text = f"{word}: Why?\n\nMINISTER: Because.\n"
    asks = [label.asks for _, label in labelled_lines(text)]
    assert asks == [True, False]


@pytest.mark.slow
def test_a_role_label_is_the_office_the_introduction_names(rules_coder):
    triples = event_triples(rules_coder, PODCAST, date="2021-03-03")
    assert any(s.startswith("NOR") and t == "RUS" and c.startswith("11") for s, t, c in triples)


@pytest.mark.slow
def test_a_bare_answer_is_the_office_the_headline_names(rules_coder):
    triples = event_triples(rules_coder, INTERVIEW, date="2019-05-04")
    assert any(s.startswith("CHL") and t == "PER" and c.startswith("02") for s, t, c in triples)


@pytest.mark.slow
def test_the_introduction_names_no_office_without_a_name(rules_coder):
    text = INTERVIEW.replace("Chile's finance minister", "the finance minister")
    triples = event_triples(rules_coder, text, date="2019-05-04")
    assert not any(t == "PER" and c.startswith("02") for s, t, c in triples)


@pytest.mark.slow
def test_an_initial_or_monsieur_before_a_family_name_keeps_the_leader(rules_coder):
    for title in ("M.", "A."):
        text = f"{title} Gromyko received the Algerian representative in Moscow."
        triples = event_triples(rules_coder, text, date="1962-03-20")
        assert any(s.startswith("USR") and c == "043" for s, t, c in triples), title
    text = "{} Erdogan received the Algerian envoy in Ankara."
    assert any(s.startswith("TUR") for s, t, c in event_triples(rules_coder, text.format("M.")))
    other = event_triples(rules_coder, text.format("Mirsad"))  # a given name still tells
    assert not any(s.startswith("TUR") for s, t, c in other)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "code"),
    [("the United Arab Republic", "EGY"), ("the Gold Coast", "GHA"), ("Tanganyika", "TZA")],
)
def test_a_former_name_is_the_state_that_holds_the_territory(rules_coder, name, code):
    text = f"Britain lodged a strong protest with {name} on Monday."
    assert ("GBR", code, "114") in {
        (s[:3], t, c) for s, t, c in event_triples(rules_coder, text, date="1958-06-02")
    }


@pytest.mark.slow
def test_a_message_sent_is_no_material_sending(rules_coder):
    sent = event_triples(rules_coder, "Mexico sent a personal message to President Reagan.")
    assert not any(c.startswith("06") or c.startswith("07") for s, t, c in sent)
    food = event_triples(rules_coder, "Mexico sent food to Cuba.")
    assert any(t == "CUB" and c.startswith("07") for s, t, c in food)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The king of Morocco sent President Bourguiba a message of solidarity.", "051"),
        ("Serbia sent a letter of complaint to Croatia.", "114"),
        ("Chile sent a message of thanks to Peru.", "051"),
    ],
)
def test_what_a_message_says_is_its_code(rules_coder, text, code):
    assert code in {c for s, t, c in event_triples(rules_coder, text, date="1958-02-10")}


@pytest.mark.slow
def test_a_small_clause_of_naming_codes_only_by_a_pattern_with_its_object(rules_coder):
    # "call for" does not apply: the object predicate names what was said of the test
    text = "New Zealand's prime minister called the French test a slap in the face for every nation of the Pacific."
    triples = event_triples(rules_coder, text, date="1995-09-06")
    assert ("NZLGOV", "FRA", "111") in triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudanese troops have been massing at the border since Monday.", ("SDNMIL", "154")),
        (
            "Armoured vehicles of the Chadian army took up positions in the capital.",
            ("TCDMIL", "154"),
        ),
        ("The Kenyan army has recruited thousands of young volunteers.", ("KENMIL", "154")),
        ("Congolese rebels declared an end to their rebellion.", ("CODREB", "087")),
        ("Kenya sent greetings to the new state.", ("KEN", "051")),
        ("Chadian troops retook the border town of Adre on Sunday.", ("TCDMIL", "192")),
    ],
)
def test_acts_of_forces_and_greetings_named_by_common_verbs(rules_coder, text, expected):
    assert expected in {(s, c) for s, t, c in event_triples(rules_coder, text, date="1999-05-10")}


@pytest.mark.slow
def test_a_demand_takes_the_code_of_the_first_coded_act_it_asks_for(rules_coder):
    text = "The Security Council demanded that Chad respect the border and withdraw its troops from Adre."
    triples = event_triples(rules_coder, text, date="2006-04-20")
    assert ("IGOUNO", "TCD", "1056") in triples


@pytest.mark.slow
def test_an_act_of_the_subject_joined_to_the_complement_is_not_asked_for(rules_coder):
    # "backed" is the council's own act, not one it urged (no base form)
    text = "The Security Council urged Chad to establish a ceasefire and backed the African Union's mediation."
    triples = event_triples(rules_coder, text, date="2006-04-20")
    assert not any(t == "TCD" and c.startswith("05") for s, t, c in triples)


@pytest.mark.slow
def test_a_measure_withdrawn_is_eased(rules_coder):
    triples = event_triples(
        rules_coder, "China withdrew the ban on Japanese seafood.", date="2023-08-30"
    )
    assert ("CHN", "JPN", "085") in triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("opening", "label", "source"),
    [
        (
            "A Conversation with the UN Envoy for Haiti\n\nRecorded in Geneva on Monday.",
            "ENVOY",
            "IGOUNO",
        ),
        (
            "'Force is not a bluff'\n\nAn agency interviewed the president of the ECOWAS Commission in Abuja.",
            "COMMISSION PRESIDENT",
            "IGOWAFWAS",
        ),
    ],
)
def test_the_office_may_be_named_by_an_acronym_or_by_its_of_phrase(
    rules_coder, opening, label, source
):
    text = f"{opening}\n\nAGENCY: What now?\n\n{label}: We have asked Chile to send observers.\n"
    triples = event_triples(rules_coder, text, date="2010-12-27")
    assert any(s.startswith(source) and t == "CHL" and c.startswith("02") for s, t, c in triples)


@pytest.mark.slow
def test_on_a_relations_page_an_act_with_no_target_is_aimed_at_the_other_partner(rules_coder):
    text = (
        "Chile–Peru relations\n\n"
        "In 1999 Chile provided 30 million dollars in loans. In 2003 Peru signed a trade pact"
        " with Bolivia."
    )
    triples = event_triples(rules_coder, text, date="2020-01-01")
    assert ("CHL", "PER", "071") in triples
    assert ("PER", "BOL", "057") in triples and ("PER", "CHL", "057") not in triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("SUDAN — Relations with Egypt", ("SDN", "EGY")),
        ("Japan–South Korea relations", ("JPN", "KOR")),
        ("Japan and South Korea sign a treaty", None),  # no word of relations
        ("Foreign relations of Mongolia", None),  # one country
    ],
)
def test_a_relations_pages_partners_are_the_two_countries_of_its_title(rules_coder, title, pair):
    doc, spans = _partner_spans(rules_coder, f"{title}\n\nThe two states met in 2001.")
    assert partners_at(spans, len(doc) - 1) == pair


@pytest.mark.slow
def test_a_section_of_a_one_country_page_pairs_it_with_the_state_its_heading_names(rules_coder):
    text = (
        "Foreign relations of Chile\n\n"
        "Relations with Peru\n\n"
        "In 1999 Chile provided 30 million dollars in loans.\n\n"
        "Energy\n\n"
        "In 2003 Chile provided 5 million dollars in loans.\n\n"
        "Bolivia. In 2005 Chile provided 8 million dollars in loans.\n"
    )
    triples = event_triples(rules_coder, text, date="2020-01-01")
    assert ("CHL", "PER", "071") in triples and ("CHL", "BOL", "071") in triples
    assert ("CHL", None, "071") in triples  # the energy section pairs no one


def test_an_outsiders_act_with_no_target_is_aimed_at_the_focus_country():
    from multivector.coding.actors import country_actor
    from multivector.coding.focus_targets import focus_targets
    from multivector.coding.verifier.sources import no_source

    bel, bdi, named = (
        country_actor("BEL", "t"),
        country_actor("BDI", "t"),
        country_actor("RWA", "t"),
    )
    pairs = [(bel, None), (bdi, None), (no_source(), None), (bel, named)]
    found = [(s.code, t.code if t else None) for s, t in focus_targets(pairs, "BDI")]
    assert found == [("BEL", "BDI"), ("BDI", None), ("---", None), ("BEL", "RWA")]
    assert focus_targets(pairs, None) == pairs


@pytest.mark.slow
def test_forces_sent_in_a_story_about_a_country_are_sent_to_it(rules_coder):
    text = (
        "QUITO, March 20 - Ecuador declared a state of emergency in its border provinces on "
        "Wednesday. Ecuador's army was put on alert and Ecuador's police closed the roads. Peru "
        "also sent police reinforcements to the area."
    )
    triples = event_triples(rules_coder, text, date="2020-03-20")
    assert ("PER", "ECU", "154") in triples


@pytest.mark.slow
def test_a_text_of_one_paragraph_is_no_relations_page(rules_coder):
    text = "Chile will restore full ties with Peru, a Bolivian official said."
    assert _partner_spans(rules_coder, text)[1] == []


def _partner_spans(coder, text: str):
    """The parsed ``text`` and where it pairs two states, on 1 January 2020."""
    doc = coder.nlp(text)
    mentions = coder.lexicon.find_mentions(doc)
    return doc, page_partners(doc, mentions, lambda m: m.stands_for(dt.date(2020, 1, 1)))
