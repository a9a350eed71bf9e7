"""A leader's bare family name after another given name is another person
(coding/actors.py ``ActorLexicon._given_name_fits``).

"Mirsad Kováč" (an invented person) is not the Slovak president Michal Kováč, in office or
not: a family name alone stands for a leader only when the capitalised given name before it in
the same name is one of the leader's known names ("Tayyip Erdogan") or there is none, or it is
a title ("Sheikh", "President"). The other person's name then falls back as any unknown
person's. Names and sentences are invented for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples
from spacy.tokens import Doc


def _mentions(coder, words: list[str], ents: list[str]) -> set[str]:
    """The words of ``words`` (all names, then a verb) found as named mentions."""
    pos = ["PROPN"] * (len(words) - 1) + ["VERB"]
    doc = Doc(coder.nlp.vocab, words=words, pos=pos, ents=ents)
    return {doc[i].text for i in coder.lexicon.find_mentions(doc)}


def test_a_family_name_after_another_given_name_is_not_the_leader(rules_coder):
    assert "Kováč" not in _mentions(
        rules_coder, ["Mirsad", "Kováč", "spoke"], ["B-PERSON", "I-PERSON", "O"]
    )
    # the leader's own given name, also written without its accent
    assert "Kováč" in _mentions(
        rules_coder, ["Michal", "Kováč", "spoke"], ["B-PERSON", "I-PERSON", "O"]
    )
    assert "Mečiar" in _mentions(
        rules_coder, ["Vladimir", "Mečiar", "spoke"], ["B-PERSON", "I-PERSON", "O"]
    )
    # another spelling of a known given name ("Hasan" for "Hassan")
    assert "Rouhani" in _mentions(
        rules_coder, ["Hasan", "Rouhani", "spoke"], ["B-PERSON", "I-PERSON", "O"]
    )
    # a title inside the tagged name, or a role noun before it, is no given name
    assert "Kováč" in _mentions(
        rules_coder, ["Sheikh", "Kováč", "spoke"], ["B-PERSON", "I-PERSON", "O"]
    )
    assert "Kováč" in _mentions(
        rules_coder, ["President", "Kováč", "spoke"], ["O", "B-PERSON", "O"]
    )


def test_a_family_name_named_in_full_before_is_not_given_to_another_person(rules_coder):
    words = ["Michal", "Kováč", "met", "Mirsad", "Kováč", "and", "Kováč", "spoke"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB"]
    doc = Doc(rules_coder.nlp.vocab, words=words, pos=pos, ents=ents)
    found = rules_coder.lexicon.find_mentions(doc)
    assert 1 in found and 6 in found  # the president, and his name alone later
    assert 4 not in found  # Mirsad Kováč


def test_the_other_person_falls_back_as_an_unknown_person(rules_coder):
    for date in ("1995-05-01", "2010-05-01"):  # the president in office, and after
        for name in ("Mirsad Kováč", "Dragan Meciar"):
            text = f"{name}, a Bosnian businessman, criticised the Serbian government on Monday."
            events = event_triples(rules_coder, text, date)
            assert ("BIH", "SRBGOV", "111") in events, (name, date, events)
    # the leader named in full is still the leader
    text = "Michal Kováč criticised the Hungarian government on Monday."
    assert ("SVKGOV", "HUNGOV", "111") in event_triples(rules_coder, text, "1995-05-01")
