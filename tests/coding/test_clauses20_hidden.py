"""Events hidden in clause structure (session 18, clauses20): a relative pronoun as its clause's
object, a participle with an object stranded after the root noun, and a speech act coordinated
with a complement it cannot share an auxiliary with.

Hand-built parses (no statistical model).
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import raised_conjunct, stranded_subject, subject_of
from multivector.coding.predicates import instrument_kind
from multivector.coding.syntax import direct_objects


def _treaty(parse, pronoun: str, dep: str, passive: bool = False):
    # "Kyiv left the treaty, which Russia signed." / "..., which was signed by Russia."
    rows = [
        ("Kyiv", 1, "nsubj", "PROPN", "NNP"),
        ("left", 1, "ROOT", "VERB", "VBD", "leave"),
        ("the", 3, "det", "DET", "DT"),
        ("treaty", 1, "dobj", "NOUN", "NN"),
        (",", 3, "punct", "PUNCT", ","),
        (pronoun, 7, dep, "PRON", "WDT"),
    ]
    if passive:
        rows += [
            ("was", 7, "auxpass", "AUX", "VBD", "be"),
            ("signed", 3, "relcl", "VERB", "VBN", "sign"),
            ("by", 7, "agent", "ADP", "IN"),
            ("Russia", 8, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    else:
        rows += [
            ("Russia", 7, "nsubj", "PROPN", "NNP"),
            ("signed", 3, "relcl", "VERB", "VBD", "sign"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    return parse(rows)


@pytest.mark.parametrize("pronoun", ["which", "that"])
def test_a_relative_pronoun_object_is_the_noun_its_clause_modifies(parse, pronoun):
    doc = _treaty(parse, pronoun, "dobj")
    assert [t.text for t in direct_objects(doc[7])] == ["treaty"]


def test_a_relative_pronoun_passive_subject_is_the_noun_too(parse):
    doc = _treaty(parse, "which", "nsubjpass", passive=True)
    assert [t.text for t in direct_objects(doc[7])] == ["treaty"]


def test_an_object_that_is_no_relative_pronoun_stays(parse):
    # "the treaty, which Russia signed it" is no English, but an ordinary object is kept
    doc = _treaty(parse, "it", "dobj")
    assert [t.text for t in direct_objects(doc[7])] == ["it"]


def _strikes(parse, verb: str, lemma: str, obj: str = "people"):
    # "Israeli air strikes killed 20 people", "killed" parsed as a participle on "strikes"
    return parse(
        [
            ("Israeli", 2, "amod", "ADJ", "JJ", "israeli"),
            ("air", 2, "compound", "NOUN", "NN"),
            ("strikes", 2, "ROOT", "NOUN", "NNS", "strike"),
            (verb, 2, "acl", "VERB", "VBN", lemma),
            ("20", 5, "nummod", "NUM", "CD"),
            (obj, 3, "dobj", "NOUN", "NNS"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_participle_with_an_object_after_the_root_noun_is_its_predicate(parse):
    doc = _strikes(parse, "killed", "kill")
    assert stranded_subject(doc[3]).text == "strikes"
    assert subject_of(doc[3])[0].text == "strikes"
    kind, word = instrument_kind(doc[3])
    assert word.text == "strikes"


def test_a_participle_of_a_verb_of_two_objects_stays_a_modifier(parse):
    # "journalists denied entry": the passive participle keeps its second object
    doc = _strikes(parse, "denied", "deny", "visas")
    assert stranded_subject(doc[3]) is None


def _said(parse, aux: str, head: str, head_tag: str, conj: str, conj_tag: str, conj_lemma: str):
    # "The embassy said the boats were sheltering and rejected the call."
    return parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("embassy", 2, "nsubj", "NOUN", "NN"),
            ("said", 2, "ROOT", "VERB", "VBD" if conj_tag == "VBD" else conj_tag, "say"),
            ("the", 4, "det", "DET", "DT"),
            ("boats", 6, "nsubj", "NOUN", "NNS", "boat"),
            (aux, 6, "aux", "AUX", "VBD", "be" if aux in ("were", "are") else aux),
            (head, 2, "ccomp", "VERB", head_tag),
            ("and", 6, "cc", "CCONJ", "CC"),
            (conj, 6, "conj", "VERB", conj_tag, conj_lemma),
            ("the", 10, "det", "DET", "DT"),
            ("call", 8, "dobj", "NOUN", "NN"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_speech_act_after_a_progressive_complement_is_the_speakers(parse):
    doc = _said(parse, "were", "sheltering", "VBG", "rejected", "VBD", "reject")
    assert raised_conjunct(doc[8]).text == "said"


def test_an_act_after_a_progressive_complement_that_is_no_speech_act_stays(parse):
    # "said the troops were advancing and took the town": the troops may have taken it
    doc = _said(parse, "were", "advancing", "VBG", "took", "VBD", "take")
    assert raised_conjunct(doc[8]) is None


def test_a_present_tense_conjunct_shares_no_auxiliary(parse):
    # "says the boats have left and denies the call": "denies" is the speaker's
    doc = _said(parse, "have", "left", "VBN", "denies", "VBZ", "deny")
    assert raised_conjunct(doc[8]).text == "said"


def _strikes_by(parse, governor: str, lemma: str, modifier: str | None = None):
    # "X followed strikes by the army on villages." / "X blocked strikes by the army ..."
    rows = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        (governor, 1, "ROOT", "VERB", "VBD", lemma),
        ("strikes", 1, "dobj", "NOUN", "NNS", "strike"),
        ("by", 2, "prep", "ADP", "IN"),
        ("the", 5, "det", "DET", "DT"),
        ("army", 3, "pobj", "NOUN", "NN"),
    ]
    if modifier is not None:
        rows += [(modifier, 2, "acl", "VERB", "VBN", "plan")]
    rows += [(".", 1, "punct", "PUNCT", ".")]
    return parse(rows)


def test_an_event_noun_with_its_doer_after_a_verb_of_sequence_counts(parse):
    from multivector.coding.nominals import agented

    assert agented(_strikes_by(parse, "followed", "follow")[2])
    assert agented(_strikes_by(parse, "reported", "report")[2])


def test_an_event_noun_with_its_doer_under_a_reaction_does_not(parse):
    from multivector.coding.nominals import agented

    # "Poland condemned the shelling of Kharkiv by Russia": the condemnation answers an act
    # told before, which is not coded again
    assert not agented(_strikes_by(parse, "condemned", "condemn")[2])


def test_an_event_noun_with_its_doer_under_a_deciding_verb_does_not(parse):
    from multivector.coding.nominals import agented

    # "Greece blocked recognition of the republic by the EC": it did not happen
    assert not agented(_strikes_by(parse, "blocked", "block")[2])
    assert not agented(_strikes_by(parse, "demanded", "demand")[2])


def test_an_event_noun_with_a_participle_of_plans_does_not(parse):
    from multivector.coding.nominals import agented

    # "a visit to Kabul by the minister planned for November"
    assert not agented(_strikes_by(parse, "followed", "follow", "planned")[2])


def test_an_event_noun_as_a_passive_agent_counts(parse):
    from multivector.coding.nominals import agented

    # "The summit was preceded by a visit to Astana by Xi Jinping"
    doc = parse(
        [
            ("It", 2, "nsubjpass", "PRON", "PRP"),
            ("was", 2, "auxpass", "AUX", "VBD", "be"),
            ("preceded", 2, "ROOT", "VERB", "VBN", "precede"),
            ("by", 2, "agent", "ADP", "IN"),
            ("a", 5, "det", "DET", "DT"),
            ("visit", 3, "pobj", "NOUN", "NN"),
            ("by", 5, "prep", "ADP", "IN"),
            ("Xi", 6, "pobj", "PROPN", "NNP"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert agented(doc[5])


def _what_it_called(parse, naming: str, lemma: str):
    # "The army launched what it called clearance operations."
    return parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("army", 2, "nsubj", "NOUN", "NN"),
            ("launched", 2, "ROOT", "VERB", "VBD", "launch"),
            ("what", 5, "dobj", "PRON", "WP"),
            ("it", 5, "nsubj", "PRON", "PRP"),
            (naming, 2, "ccomp", "VERB", "VBD", lemma),
            ("clearance", 7, "compound", "NOUN", "NN"),
            ("operations", 5, "oprd", "NOUN", "NNS", "operation"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_free_relative_object_is_the_noun_its_naming_verb_gives(parse):
    doc = _what_it_called(parse, "called", "call")
    assert [t.text for t in direct_objects(doc[2])] == ["operations"]


def test_a_free_relative_under_another_verb_names_no_object(parse):
    # "launched what it planned operations" is no naming: no object is made up
    doc = _what_it_called(parse, "planned", "plan")
    assert direct_objects(doc[2]) == []


def _resolution(parse, verb: str, lemma: str, author: str | None = None):
    # "The Council adopted a resolution which demanded a ceasefire."
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("Council", 2, "nsubj", "PROPN", "NNP"),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
        ("a", 5, "det", "DET", "DT"),
    ]
    if author is not None:
        rows += [(author, 5, "compound", "PROPN", "NNP")]
    else:
        rows += [("new", 5, "amod", "ADJ", "JJ")]
    rows += [
        ("resolution", 2, "dobj", "NOUN", "NN"),
        ("which", 7, "nsubj", "PRON", "WDT"),
        ("demanded", 5, "relcl", "VERB", "VBD", "demand"),
        ("a", 9, "det", "DET", "DT"),
        ("ceasefire", 7, "dobj", "NOUN", "NN"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    return parse(rows)


def test_a_relative_clause_on_an_issued_statement_speaks_for_its_issuer(parse):
    doc = _resolution(parse, "adopted", "adopt")
    assert subject_of(doc[7])[0].text == "Council"


def test_a_vetoed_statement_is_not_the_vetoers(parse):
    doc = _resolution(parse, "vetoed", "veto")
    assert subject_of(doc[7])[0].text == "resolution"


def test_a_statement_naming_its_author_keeps_it(parse):
    # "adopted a Kenyan resolution which demanded ...": the resolution's own author
    doc = _resolution(parse, "adopted", "adopt", "Kenyan")
    assert subject_of(doc[7])[0].text == "resolution"


def test_an_instrument_placed_by_someone_stands_in_for_them(parse):
    from multivector.coding.argument_syntax import stand_in

    # "A bomb planted by militants exploded, killing five."
    doc = parse(
        [
            ("A", 1, "det", "DET", "DT"),
            ("bomb", 5, "nsubj", "NOUN", "NN"),
            ("planted", 1, "acl", "VERB", "VBN", "plant"),
            ("by", 2, "agent", "ADP", "IN"),
            ("militants", 3, "pobj", "NOUN", "NNS", "militant"),
            ("exploded", 5, "ROOT", "VERB", "VBD", "explode"),
            (",", 5, "punct", "PUNCT", ","),
            ("killing", 5, "advcl", "VERB", "VBG", "kill"),
            ("five", 7, "dobj", "NUM", "CD"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )
    assert stand_in(doc[1], doc[7]).text == "militants"
    assert stand_in(doc[4], doc[7]) is None  # no instrument


def _expelled_and(parse, conj: str, tag: str, lemma: str, obj: bool):
    # "Diplomats were expelled and accused Poland." / "Diplomats were expelled and charged."
    rows = [
        ("Diplomats", 2, "nsubjpass", "NOUN", "NNS", "diplomat"),
        ("were", 2, "auxpass", "AUX", "VBD", "be"),
        ("expelled", 2, "ROOT", "VERB", "VBN", "expel"),
        ("and", 2, "cc", "CCONJ", "CC"),
        (conj, 2, "conj", "VERB", tag, lemma),
    ]
    if obj:
        rows += [("Poland", 4, "dobj", "PROPN", "NNP")]
    rows += [(".", 2, "punct", "PUNCT", ".")]
    return parse(rows)


def test_an_active_conjunct_of_a_passive_verb_shares_its_subject_not_its_voice(parse):
    doc = _expelled_and(parse, "accused", "VBD", "accuse", obj=True)
    subj, passive = subject_of(doc[4])
    assert subj.text == "Diplomats" and not passive


def test_a_conjunct_with_no_object_shares_the_passive(parse):
    # "were arrested and charged": the tagger's VBD is no proof of the active
    doc = _expelled_and(parse, "charged", "VBD", "charge", obj=False)
    subj, passive = subject_of(doc[4])
    assert subj.text == "Diplomats" and passive
