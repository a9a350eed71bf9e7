"""merge24: a speech act conjoined after a plain "said" whose reported clause has a thing as its
subject is the speaker's ("said the tariffs broke the pact and urged X to ..."); a letter's
addressee is the target of the appeal its participle makes; a hyphenated title the tagger read
as an adjective ("secretary-general") heads a noun phrase. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import event_triples


def test_a_speech_act_after_a_thing_clause_is_the_speakers(rules_coder):
    text = "Chile's foreign ministry said the tariffs broke the trade pact and urged Peru to withdraw them."
    got = event_triples(rules_coder, text)
    assert any(s.startswith("CHL") and t.startswith("PER") and c.startswith("02") for s, t, c in got), got


def test_a_deed_clause_keeps_its_own_subject(rules_coder):
    text = "Chile's foreign minister said the Peruvian soldiers had crossed the border."
    got = event_triples(rules_coder, text)
    assert any(s.startswith("PER") and c == "192" for s, _, c in got), got


def test_the_one_written_to_is_the_target_of_the_appeal(rules_coder):
    text = "The president of Ghana wrote to the Nigerian president on Monday asking for emergency food aid."
    got = event_triples(rules_coder, text, date="2024-05-08")
    assert any(s.startswith("GHA") and t.startswith("NGA") and c.startswith("023") for s, t, c in got), got


def test_a_hyphenated_title_read_as_an_adjective_is_a_noun(rules_coder):
    text = "Both armies shelled the border villages. The United Nations secretary-general urged restraint on Armenia."
    got = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNO") and t.startswith("ARM") and c == "0256" for s, t, c in got), got
