"""Speakers named across sentences (coding/speakers.py, coding/voices.py).

- A quotation of several paragraphs (each opens with a quotation mark, only the last closes)
  is one quotation; when no speech verb names its speaker, the prose paragraph before it does
  ("X addressed the nation. The following is the text of his address."). The journalist's
  own paragraphs between quotations are nobody's; a second introduced speaker replaces the first.
- A transcript's label that names an office ("Prime Minister Donald Tusk:") is a turn even
  when it is the only label.
- A heading that opens with a text noun and names its author ("Statement by the Ministry of
  Foreign Affairs of X"), a byline ("By Jane Doe, Foreign Minister of X"), or an introduction
  that announces an unquoted text below it makes the first person of the document the author's.

The documents are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events

ADDRESS = """ASTANA - President Kassym-Jomart Tokayev addressed the nation on Monday, two days \
after the floods. The following is the text of his address.

"Dear compatriots. The water has destroyed thousands of homes in the north.

"We thank Uzbekistan for its help. I condemn the attack on our border post by Kyrgyz troops.

"We will rebuild every house."

Asked about the attack, we contacted the Kyrgyz embassy, which did not reply. We condemn such \
silence.

Kyrgyz President Sadyr Japarov answered in a statement on Tuesday.

"We reject the accusations of Kazakhstan. Our troops did not cross the border."
"""


def test_a_quotation_of_paragraphs_is_the_introduced_speakers(rules_coder):
    events = _events(rules_coder, ADDRESS, date="2025-05-13")
    assert ("KAZGOV", "UZB", "051") in events  # the second paragraph of the quotation
    assert ("KAZGOV", "KGZMIL", "111") in events


def test_the_journalists_paragraph_and_a_second_speaker_are_not_the_first(rules_coder):
    events = _events(rules_coder, ADDRESS, date="2025-05-13")
    # "We condemn such silence": the paper's own words, no one's
    assert not any(s == "KAZGOV" and c == "111" and t != "KGZMIL" for s, t, c in events)
    # Japarov's quotation, introduced by the paragraph before it, is his, not Tokayev's
    assert any(s == "KGZGOV" and t == "KAZ" for s, t, c in events)
    assert not any(s == "KAZGOV" and t == "KAZ" for s, t, c in events)


def test_an_unattributed_quotation_after_plain_prose_is_no_ones(rules_coder):
    text = (
        "BISHKEK - Floods reached the capital on Monday.\n\n"
        '"We thank Uzbekistan for its help. We condemn the attack by Tajik troops."\n'
    )
    events = _events(rules_coder, text, date="2025-05-13")
    assert not any(t == "UZB" or c == "111" for _, t, c in events)


def test_a_single_office_label_opens_a_turn(rules_coder):
    text = (
        "Sejm of the Republic of Poland, sitting of 12 May 2025 (abridged record).\n\n"
        "Prime Minister Donald Tusk: Madam Speaker. Last night Russian drones entered our "
        "airspace. We condemn this provocation by Russia.\n\n"
        "I thank Lithuania for its help.\n"
    )
    events = _events(rules_coder, text, date="2025-05-13")
    assert ("POLGOV", "RUS", "111") in events
    assert ("POLGOV", "LTU", "051") in events  # the turn runs on to the next label


def test_a_headline_naming_an_office_opens_no_turn(rules_coder):
    text = (
        "Minister Lavrov: the West is waging war\n\n"
        "MOSCOW - Russia accused the West on Monday of waging war.\n\n"
        "We thank Finland for its support.\n"
    )
    assert not any(t == "FIN" for _, t, _ in _events(rules_coder, text, date="2025-05-13"))


def test_a_round_up_of_country_labels_is_no_transcript(rules_coder):
    text = (
        "Reactions to the vote.\n\n"
        "Kenya: We condemn the attack by Somalia.\n\n"
        "Uganda: We thank Rwanda for its help.\n"
    )
    events = _events(rules_coder, text, date="2025-05-13")
    assert not any(s.startswith(("KEN", "UGA")) for s, _, _ in events)


def test_a_headed_statement_is_its_authors(rules_coder):
    text = (
        "Statement by the Ministry of Foreign Affairs of Kyrgyzstan on the situation on the "
        "border\n\nWe call on Tajikistan to withdraw its troops.\n"
    )
    assert ("KGZGOV", "TJK", "0256") in _events(rules_coder, text, date="2025-05-13")


def test_a_bylined_article_is_its_authors(rules_coder):
    text = (
        "By Jane Doe, Foreign Minister of Estonia\n\n"
        "Russian aircraft violated the airspace of the Baltic states again. We condemn these "
        "provocations by Russia.\n"
    )
    assert ("ESTGOV", "RUS", "111") in _events(rules_coder, text, date="2025-05-13")


def test_an_announced_unquoted_text_is_the_introduced_speakers(rules_coder):
    text = (
        "BISHKEK - President Sadyr Japarov addressed parliament on Wednesday. The following "
        "is the text of his address.\n\nDear deputies. I thank Kazakhstan for its help.\n"
    )
    assert ("KGZGOV", "KAZ", "051") in _events(rules_coder, text, date="2025-05-13")


def test_a_news_lead_naming_a_statement_makes_no_author(rules_coder):
    text = (
        "TALLINN - A statement by the Estonian foreign ministry said on Monday that Russian "
        "aircraft had violated the airspace.\n\nWe thank Finland for its help.\n"
    )
    events = _events(rules_coder, text, date="2025-05-13")
    assert not any(s.startswith("EST") and t == "FIN" for s, t, _ in events)


def test_a_signed_letter_is_its_signatorys(rules_coder):
    text = (
        "Excellency,\n\nI write to inform you that aircraft violated the airspace of my country "
        "on Monday. We condemn these provocations by Russia.\n\n"
        "Please accept the assurances of my highest consideration.\n\n"
        "Jane Doe\nMinister of Foreign Affairs of the Republic of Estonia\n"
    )
    assert ("ESTGOV", "RUS", "111") in _events(rules_coder, text, date="2025-05-13")


def test_an_op_ed_signed_with_its_authors_office_is_theirs(rules_coder):
    text = (
        "Why we stand firm\n\nWe condemn these provocations by Russia.\n\n"
        "We thank Finland for its support.\n\n"
        "Jane Doe is the foreign minister of Estonia.\n"
    )
    events = _events(rules_coder, text, date="2025-05-13")
    assert ("ESTGOV", "RUS", "111") in events


def test_a_credit_line_signs_nothing(rules_coder):
    text = (
        "MOSCOW - Aircraft flew over the Baltic Sea on Monday, officials said.\n\n"
        "We thank Finland for its support.\n\n"
        "Reporting by Jane Doe, Moscow bureau chief\n"
    )
    assert not any(t == "FIN" for _, t, _ in _events(rules_coder, text, date="2025-05-13"))
