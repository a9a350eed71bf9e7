"""Predicate stage on hand-built parses: candidates, pattern requirements, most specific wins."""

from __future__ import annotations

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import (
    Match,
    consequence_of_force,
    in_event_context,
    index_tokens,
    lemma_hashes,
    match_patterns,
)
from multivector.coding.syntax import direct_objects

CALL_FOR = parse_pattern("call for", "020", "test:1", {})
CALL = parse_pattern("call", "040", "test:2", {})
HOLD_TALK = parse_pattern("hold talk", "043", "test:3", {})


def _called(parse, rest):
    return parse(
        [
            ("Kazakhstan", 1, "nsubj", "PROPN", "NNP"),
            ("called", 1, "ROOT", "VERB", "VBD", "call"),
            *rest,
        ]
    )


def test_most_specific_pattern_wins(parse):
    doc = _called(
        parse, [("for", 1, "prep", "ADP", "IN"), ("talks", 2, "pobj", "NOUN", "NNS", "talk")]
    )
    v = doc[1]
    match = match_patterns(v, [CALL_FOR, CALL], direct_objects(v))
    assert match is not None and match.pattern is CALL_FOR
    assert match.preps["for"].i == 2
    assert CALL_FOR.target_prep == "for"


def test_bare_pattern_when_requirement_missing(parse):
    doc = _called(parse, [("Russia", 1, "dobj", "PROPN", "NNP")])
    match = match_patterns(doc[1], [CALL_FOR, CALL], direct_objects(doc[1]))
    assert match is not None and match.pattern is CALL


def test_naming_sense_skips_bare_pattern(parse):
    # "called it a provocation": the bare verb's sense (to phone) does not apply
    doc = _called(
        parse,
        [
            ("it", 1, "dobj", "PRON", "PRP"),
            ("a", 4, "det", "DET", "DT"),
            ("provocation", 1, "oprd", "NOUN", "NN"),
        ],
    )
    assert match_patterns(doc[1], [CALL_FOR, CALL], direct_objects(doc[1])) is None


def test_object_word_through_quantity_noun(parse):
    doc = parse(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("rounds", 1, "dobj", "NOUN", "NNS", "round"),
            ("of", 2, "prep", "ADP", "IN"),
            ("talks", 3, "pobj", "NOUN", "NNS", "talk"),
        ]
    )
    match = match_patterns(doc[1], [HOLD_TALK], direct_objects(doc[1]))
    assert match is not None and match.objects == [doc[4]]
    no_talks = parse(
        [
            ("They", 1, "nsubj", "PRON", "PRP", "they"),
            ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("elections", 1, "dobj", "NOUN", "NNS", "election"),
        ]
    )
    assert match_patterns(no_talks[1], [HOLD_TALK], direct_objects(no_talks[1])) is None


def test_index_finds_predicates_and_noun_phrases(parse):
    doc = parse(
        [
            ("Nazarbayev", 1, "nsubj", "PROPN", "NNP"),
            ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
            ("during", 1, "prep", "ADP", "IN"),
            ("his", 4, "poss", "PRON", "PRP$"),
            ("visit", 2, "pobj", "NOUN", "NN"),
        ]
    )
    hashes = lemma_hashes(doc.vocab.strings, {"sign"}, {"visit"})
    predicates, noun_phrases = index_tokens(doc, hashes)
    assert predicates == [1, 4]
    assert noun_phrases == [0, 4]
    assert in_event_context(doc[4])  # "during his visit"
    made = parse(
        [
            ("Nazarbayev", 1, "nsubj", "PROPN", "NNP"),
            ("made", 1, "ROOT", "VERB", "VBD", "make"),
            ("a", 3, "det", "DET", "DT"),
            ("visit", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert not in_event_context(made[3])  # an object, not an event context


def test_participle_of_force_is_not_a_second_event(parse):
    doc = parse(
        [
            ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
            ("shelled", 1, "ROOT", "VERB", "VBD", "shell"),
            ("the", 3, "det", "DET", "DT"),
            ("city", 1, "dobj", "NOUN", "NN"),
            (",", 1, "punct", "PUNCT", ","),
            ("killing", 1, "advcl", "VERB", "VBG", "kill"),
            ("five", 5, "dobj", "NUM", "CD"),
        ]
    )
    shell = parse_pattern("shell", "195", "test:4", {})
    kill = parse_pattern("kill", "1823", "test:5", {})
    force = frozenset({"18", "19", "20"})
    why = consequence_of_force(doc[5], kill, lambda h: Match(shell, [], {}), force)
    assert why is not None and why.startswith("tells what the attack")
    assert not consequence_of_force(doc[5], kill, lambda h: None, force)
    assert not consequence_of_force(doc[1], shell, lambda h: Match(shell, [], {}), force)


def test_a_class_entry_with_a_modifier_needs_that_modifier(parse):
    classes = {
        "MILITARY_AID": frozenset({"weapon", "military aid"}),
        "AID": frozenset({"aid", "assistance"}),
    }
    request_military = parse_pattern("request &MILITARY_AID", "0232", "test:4", classes)
    request_aid = parse_pattern("request &AID", "023", "test:5", classes)
    from multivector.coding.dictionary import EventDictionary

    table = EventDictionary()
    for p in (request_aid, request_military):  # file order: the residual code first
        table.add(p)
    table.finalize()
    patterns = table.patterns_for("request")

    def requested(*obj_rows):
        return parse(
            [
                ("Somalia", 1, "nsubj", "PROPN", "NNP"),
                ("requested", 1, "ROOT", "VERB", "VBD", "request"),
                *obj_rows,
            ]
        )

    military = requested(("military", 3, "amod", "ADJ", "JJ"), ("aid", 1, "dobj", "NOUN", "NN"))
    v = military[1]
    assert match_patterns(v, patterns, direct_objects(v)).pattern.code == "0232"
    plain = requested(("aid", 1, "dobj", "NOUN", "NN"))
    v = plain[1]
    assert match_patterns(v, patterns, direct_objects(v)).pattern.code == "023"
    food = requested(("food", 3, "compound", "NOUN", "NN"), ("aid", 1, "dobj", "NOUN", "NN"))
    v = food[1]
    assert match_patterns(v, patterns, direct_objects(v)).pattern.code == "023"


RESTRAINT = {"RESTRAINT": frozenset({"restraint"})}
CALL_ON_TO = parse_pattern("call on to", "020", "test:4", {})
CALL_ON_TO_EXERCISE = parse_pattern("call on to exercise &RESTRAINT", "0256", "test:5", RESTRAINT)
URGE_TO_FREE = parse_pattern("urge to free", "0253", "test:6", {})


def test_named_infinitive_and_its_object_follow_to():
    # "called on X to exercise restraint": both words are read on the infinitive
    reqs = CALL_ON_TO_EXERCISE.requirements
    assert [r.after_prep for r in reqs] == [None, None, "to", "to"]
    assert CALL_ON_TO_EXERCISE.target_prep == "on"  # the one called on is the target
    assert CALL_ON_TO.target_prep == "to"


def _called_on(parse, verb, lemma, obj, obj_lemma):
    return _called(
        parse,
        [
            ("on", 1, "prep", "ADP", "IN"),
            ("India", 2, "pobj", "PROPN", "NNP"),
            ("to", 5, "aux", "PART", "TO"),
            (verb, 1, "xcomp", "VERB", "VB", lemma),
            (obj, 5, "dobj", "NOUN", "NN", obj_lemma),
        ],
    )


def test_appeal_naming_the_act_is_more_specific(parse):
    doc = _called_on(parse, "exercise", "exercise", "restraint", "restraint")
    v = doc[1]
    match = match_patterns(v, [CALL_ON_TO_EXERCISE, CALL_ON_TO], direct_objects(v))
    assert match is not None and match.pattern is CALL_ON_TO_EXERCISE


def test_appeal_for_another_act_keeps_the_general_code(parse):
    doc = _called_on(parse, "build", "build", "roads", "road")
    v = doc[1]
    match = match_patterns(v, [CALL_ON_TO_EXERCISE, CALL_ON_TO], direct_objects(v))
    assert match is not None and match.pattern is CALL_ON_TO


def test_named_infinitive_may_be_a_conjunct(parse):
    # "urged X to stop and to free ...": the second infinitive counts too
    doc = parse(
        [
            ("EU", 1, "nsubj", "PROPN", "NNP"),
            ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
            ("Georgia", 1, "dobj", "PROPN", "NNP"),
            ("to", 4, "aux", "PART", "TO"),
            ("stop", 1, "xcomp", "VERB", "VB"),
            ("and", 4, "cc", "CCONJ", "CC"),
            ("to", 7, "aux", "PART", "TO"),
            ("free", 4, "conj", "VERB", "VB"),
            ("prisoners", 7, "dobj", "NOUN", "NNS", "prisoner"),
        ]
    )
    v = doc[1]
    match = match_patterns(v, [URGE_TO_FREE], direct_objects(v))
    assert match is not None and match.pattern is URGE_TO_FREE


def test_participle_with_its_heads_code_restates_the_act(parse):
    # "Caracas criticised the deployment, calling it a provocation": one criticism
    doc = parse(
        [
            ("Caracas", 1, "nsubj", "PROPN", "NNP"),
            ("criticised", 1, "ROOT", "VERB", "VBD", "criticise"),
            ("it", 1, "dobj", "PRON", "PRP"),
            (",", 1, "punct", "PUNCT", ","),
            ("calling", 1, "advcl", "VERB", "VBG", "call"),
            ("it", 4, "dobj", "PRON", "PRP"),
            ("provocation", 4, "oprd", "NOUN", "NN"),
        ]
    )
    criticise = parse_pattern("criticise", "111", "test:6", {})
    call_it = parse_pattern("call provocation", "111", "test:7", {})
    accuse = parse_pattern("accuse", "112", "test:8", {})
    force = frozenset({"18", "19", "20"})
    why = consequence_of_force(doc[4], call_it, lambda h: Match(criticise, [], {}), force)
    assert why is not None and why.startswith("restates its head's act")
    assert not consequence_of_force(doc[4], call_it, lambda h: Match(accuse, [], {}), force)


def test_particle_or_preposition_whichever_the_parser_chose(parse):
    # "over" is a preposition of the pattern language, so &MEDIATION is read as its object;
    # the parser made it the verb's particle, and the direct object fills the requirement
    classes = {"MEDIATION": frozenset({"mediation"})}
    take_over = parse_pattern("take over &MEDIATION", "045", "test:9", classes)
    doc = parse(
        [
            ("Mandela", 1, "nsubj", "PROPN", "NNP"),
            ("took", 1, "ROOT", "VERB", "VBD", "take"),
            ("over", 1, "prt", "ADP", "RP"),
            ("the", 4, "det", "DET", "DT"),
            ("mediation", 1, "dobj", "NOUN", "NN"),
        ]
    )
    v = doc[1]
    match = match_patterns(v, [take_over], direct_objects(v))
    assert match is not None and match.pattern is take_over


def test_light_verb_carries_its_event_noun(parse):
    from multivector.coding.carriers import LIGHT_VERBS, light_verb

    # "Egypt undertook a mediation mission": the noun modifies the light verb's object
    doc = parse(
        [
            ("Egypt", 1, "nsubj", "PROPN", "NNP"),
            ("undertook", 1, "ROOT", "VERB", "VBD", "undertake"),
            ("a", 4, "det", "DET", "DT"),
            ("mediation", 4, "compound", "NOUN", "NN"),
            ("mission", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert light_verb(doc[3], LIGHT_VERBS) == doc[1]
    assert light_verb(doc[4], LIGHT_VERBS) == doc[1]
    # "Egypt praised the mediation": not a light verb
    doc = parse(
        [
            ("Egypt", 1, "nsubj", "PROPN", "NNP"),
            ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
            ("the", 3, "det", "DET", "DT"),
            ("mediation", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert light_verb(doc[3], LIGHT_VERBS) is None


def test_instrument_names_the_kind_of_violence(parse):
    from multivector.coding.predicates import instrument_kind
    from multivector.ontology.policy import load_policy

    # "Rebels wounded soldiers in a car bomb attack"
    doc = parse(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("wounded", 1, "ROOT", "VERB", "VBD", "wound"),
            ("soldiers", 1, "dobj", "NOUN", "NNS", "soldier"),
            ("in", 1, "prep", "ADP", "IN"),
            ("a", 7, "det", "DET", "DT"),
            ("car", 6, "compound", "NOUN", "NN"),
            ("bomb", 7, "compound", "NOUN", "NN"),
            ("attack", 3, "pobj", "NOUN", "NN"),
        ]
    )
    kind, word = instrument_kind(doc[1])
    assert kind == "vehicle_bombing" and word.text == "attack"
    policy = load_policy()
    assert policy.instrument_code("190", kind) == "1832"
    assert policy.instrument_code("183", kind) == "1832"  # more specific under a bombing
    assert policy.instrument_code("194", "small_arms") is None  # shelling stays shelling


def test_attribution_adjective_gives_the_act_to_the_subject(parse):
    from multivector.coding.carriers import attributing_verb
    from multivector.coding.dictionary import bundled_path
    from multivector.coding.modality import Modality, modality_status

    modality = Modality.load(bundled_path("modality.yaml"))

    # "The army was responsible for the massacre"
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("army", 2, "nsubj", "NOUN", "NN"),
            ("was", 2, "ROOT", "AUX", "VBD", "be"),
            ("responsible", 2, "acomp", "ADJ", "JJ"),
            ("for", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"),
            ("massacre", 4, "pobj", "NOUN", "NN"),
        ]
    )
    assert attributing_verb(doc[6]) == doc[2]
    # "Both sides were guilty of violating the truce": an act, not another act's content
    doc = parse(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("were", 1, "ROOT", "AUX", "VBD", "be"),
            ("guilty", 1, "acomp", "ADJ", "JJ"),
            ("of", 2, "prep", "ADP", "IN"),
            ("violating", 3, "pcomp", "VERB", "VBG", "violate"),
            ("the", 6, "det", "DET", "DT"),
            ("truce", 4, "dobj", "NOUN", "NN"),
        ]
    )
    assert modality_status(doc[4], modality) == "realis"
