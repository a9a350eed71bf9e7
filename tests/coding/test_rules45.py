"""rules45: families of the language met in the misses of the news batches, each written for
the language, not for one sentence. Sentences are written for these tests (none is from a gold
file); the hand-built parse reproduces the small English model's reading."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.wordclass import lemma_in


def test_a_word_class_pair_reads_a_participle_modifier_as_written(parse):
    # outlawed banned organisations : the modifier's lemma is "ban", the class says "banned"
    rows = [
        ("listed", 0, "ROOT", "VERB", "VBD", "list"),
        ("banned", 2, "amod", "VERB", "VBN", "ban"),
        ("organisations", 0, "dobj", "NOUN", "NNS", "organisation"),
    ]
    doc = parse(rows, ["O"] * 3)
    assert lemma_in(doc[2], frozenset({"banned organisation"}))
    assert lemma_in(doc[2], frozenset({"ban organisation"}))
    assert not lemma_in(doc[2], frozenset({"banning organisation"}))


@pytest.mark.slow
def test_a_family_name_opening_a_sentence_is_the_person_named_in_full_before(rules_coder):
    text = (
        "President Evo Morales of Bolivia faced a week of strikes. "
        "Morales resigned on Sunday, and Mexico offered him asylum."
    )
    triples = event_triples(rules_coder, text, "2019-11-11")
    assert any(s.startswith("BOL") and c == "0831" for s, _t, c in triples)
    assert not any(s.startswith("GTM") for s, _t, _c in triples)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a service's units stand for its armed forces
        ("Danish naval units were placed on a higher state of alert.", ("DNKMIL", "DNK", "152")),
        # a group taken off the list of those a state outlaws
        ("Uzbekistan took the movement off its list of banned organisations.",
         ("UZB", None, "081")),
        # an envoy's credentials accepted recognise the state that sent him
        ("Kuwait's emir accepted the credentials of the new Japanese ambassador.",
         ("KWTGOV", "JPNGOV", "054")),
        # refugees a state takes
        ("Britain has taken 3,000 refugees from Kosovo.", ("GBR", "REF", "073")),
        # a multinational force let in is peacekeepers received
        ("Jakarta agreed to accept an international force in East Timor.", ("IDNGOV", "TLSMIL", "0861")),
        # a force several states put together is military cooperation
        ("Kenya and Uganda formed a joint task force to patrol the border.", ("KEN", "UGA", "062")),
        # gas carried across a state is energy it can cut
        ("Ukraine threatened to cut gas transit to Hungary.", ("UKR", "HUN", "1312")),
    ],
)
def test_the_words_of_acts_and_agents(rules_coder, text, triple):
    assert triple in event_triples(rules_coder, text, "2019-11-11")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        # officials who speak for their state: a Treasury secretary, a UN ambassador
        ("Yellen accused Beijing of dumping cheap steel on world markets.", "2023-04-20", "USAGOV"),
        ("Nebenzia accused Kyiv of shelling the power plant.", "2022-09-06", "RUSGOV"),
    ],
)
def test_officials_of_the_actor_table(rules_coder, text, date, source):
    assert any(s == source for s, _t, _c in event_triples(rules_coder, text, date))


@pytest.mark.slow
def test_a_given_name_last_in_a_family_first_name_is_no_one_alone(rules_coder):
    # "Kang" ends the Chinese spokesman Lu Kang's name: his given name, not a family name
    triples = event_triples(rules_coder, "Kang accused Malaysia of lying.", "2017-03-01")
    assert not any(s.startswith("CHN") for s, _t, _c in triples)


@pytest.mark.slow
def test_a_family_name_a_title_precedes_still_stands_for_the_person(rules_coder):
    # "Chairman Mao" ends with the family name that opens "Mao Zedong"
    triples = event_triples(rules_coder, "In 1958 Mao rejected Moscow's proposals.", "1963-07-01")
    assert ("CHNGOV", "USRGOV", "120") in triples
