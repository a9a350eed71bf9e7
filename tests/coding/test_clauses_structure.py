"""Clause structure: a conjunct hung on a speech verb's complement, decisions to act, stated
refusals of compliance, negated objects, coordinated infinitives.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import (
    decision_of,
    decision_owner,
    raised_conjunct,
    renamed_act,
    requester,
    subject_of,
)
from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import (
    Modality,
    modality_status,
    obligation_pattern,
    refusal_pattern,
)
from multivector.coding.syntax import (
    agent_of,
    direct_objects,
)
from multivector.ontology.policy import load_policy


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality.load(bundled_path("modality.yaml"))


# ---------------------------------------------------------------- raised conjuncts
def _said_modal(parse, verb: str, lemma: str, modal: str = "would"):
    # "Chile said Peru would not sign the pact and <verb> Bolivia"
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Peru", 5, "nsubj", "PROPN", "NNP"),
            (modal, 5, "aux", "AUX", "MD"),
            ("not", 5, "neg", "PART", "RB"),
            ("sign", 1, "ccomp", "VERB", "VB"),
            ("pacts", 5, "dobj", "NOUN", "NNS", "pact"),
            ("and", 5, "cc", "CCONJ", "CC"),
            (verb, 5, "conj", "VERB", "VBD", lemma),
            ("Bolivia", 8, "dobj", "PROPN", "NNP"),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "modal"),
    [
        ("warned", "warn", "would"),
        ("criticised", "criticise", "could"),
        ("thanked", "thank", "will"),
    ],
)
def test_a_tensed_conjunct_after_a_modal_complement_is_the_speaker_s_act(
    parse, modality, verb, lemma, modal
):
    doc = _said_modal(parse, verb, lemma, modal)
    assert raised_conjunct(doc[8]).i == 1
    assert subject_of(doc[8])[0].text == "Chile"
    assert modality_status(doc[8], modality) == "realis"


def _said_passive(parse):
    # "Kenya said Somalia could not be trusted and threatened new sanctions"
    return parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Somalia", 6, "nsubjpass", "PROPN", "NNP"),
            ("could", 6, "aux", "AUX", "MD"),
            ("not", 6, "neg", "PART", "RB"),
            ("be", 6, "auxpass", "AUX", "VB"),
            ("trusted", 1, "ccomp", "VERB", "VBN", "trust"),
            ("and", 6, "cc", "CCONJ", "CC"),
            ("threatened", 6, "conj", "VERB", "VBD", "threaten"),
            ("new", 10, "amod", "ADJ", "JJ"),
            ("sanctions", 8, "dobj", "NOUN", "NNS", "sanction"),
        ]
    )


def test_an_active_conjunct_with_an_object_after_a_passive_complement_is_raised(parse):
    doc = _said_passive(parse)
    assert subject_of(doc[8])[0].text == "Kenya"


def _stative(parse, gov: str, gov_lemma: str, verb: str, lemma: str, subject: str = "deal"):
    # "Nepal <gov> that the <subject> was illegal and <verb> Delhi"
    return parse(
        [
            ("Nepal", 1, "nsubj", "PROPN", "NNP"),
            (gov, 1, "ROOT", "VERB", "VBD", gov_lemma),
            ("that", 5, "mark", "SCONJ", "IN"),
            ("the", 4, "det", "DET", "DT"),
            (subject, 5, "nsubj", "NOUN", "NN"),
            ("was", 1, "ccomp", "AUX", "VBD", "be"),
            ("illegal", 5, "acomp", "ADJ", "JJ"),
            ("and", 5, "cc", "CCONJ", "CC"),
            (verb, 5, "conj", "VERB", "VBD", lemma),
            ("Delhi", 8, "dobj", "PROPN", "NNP"),
        ]
    )


@pytest.mark.parametrize(
    ("gov", "gov_lemma", "verb", "lemma"),
    [
        ("said", "say", "accused", "accuse"),
        ("declared", "declare", "urged", "urge"),
        ("denied", "deny", "threatened", "threaten"),
    ],
)
def test_a_speech_act_after_a_stative_complement_is_the_speaker_s(
    parse, modality, gov, gov_lemma, verb, lemma
):
    doc = _stative(parse, gov, gov_lemma, verb, lemma)
    assert subject_of(doc[8])[0].text == "Nepal"
    # "denied that the deal was illegal and threatened Delhi": the threat is not denied
    assert modality_status(doc[8], modality) == "realis"


def test_a_conjunct_that_shares_the_complement_s_tense_stays_inside(parse, modality):
    # "Nepal said the army crossed the line and shelled Delhi": the army shelled
    doc = parse(
        [
            ("Nepal", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT"),
            ("army", 4, "nsubj", "NOUN", "NN"),
            ("crossed", 1, "ccomp", "VERB", "VBD", "cross"),
            ("lines", 4, "dobj", "NOUN", "NNS", "line"),
            ("and", 4, "cc", "CCONJ", "CC"),
            ("shelled", 4, "conj", "VERB", "VBD", "shell"),
            ("Delhi", 7, "dobj", "PROPN", "NNP"),
        ]
    )
    assert raised_conjunct(doc[7]) is None
    assert subject_of(doc[7])[0].text == "army"
    # a stative complement followed by an act that is no speech act stays inside too
    doc = _stative(parse, "said", "say", "shelled", "shell", subject="army")
    assert subject_of(doc[8])[0].text == "army"


# ---------------------------------------------------------------- decisions to act
def _decision(parse, verb: str, lemma: str):
    # "Oman <verb> the decision announced by Chad to expel envoys"
    return parse(
        [
            ("Oman", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBZ", lemma),
            ("the", 3, "det", "DET", "DT"),
            ("decision", 1, "dobj", "NOUN", "NN"),
            ("announced", 3, "acl", "VERB", "VBN", "announce"),
            ("by", 4, "agent", "ADP", "IN"),
            ("Chad", 5, "pobj", "PROPN", "NNP"),
            ("to", 8, "aux", "PART", "TO"),
            ("expel", 4, "xcomp", "VERB", "VB"),
            ("envoys", 8, "dobj", "NOUN", "NNS", "envoy"),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "lemma"), [("regrets", "regret"), ("welcomes", "welcome"), ("condemns", "condemn")]
)
def test_the_infinitive_of_a_decision_is_done_by_its_owner(parse, modality, verb, lemma):
    doc = _decision(parse, verb, lemma)
    assert decision_of(doc[8]).i == 3
    assert decision_owner(doc[3]).text == "Chad"
    assert subject_of(doc[8])[0].text == "Chad"
    assert modality_status(doc[8], modality) == "realis"


def test_a_decision_under_a_negated_or_modal_clause_is_not_done(parse, modality):
    # "Oman will not reverse its decision to expel envoys"
    doc = parse(
        [
            ("Oman", 3, "nsubj", "PROPN", "NNP"),
            ("will", 3, "aux", "AUX", "MD"),
            ("not", 3, "neg", "PART", "RB"),
            ("reverse", 3, "ROOT", "VERB", "VB"),
            ("its", 5, "poss", "PRON", "PRP$"),
            ("decision", 3, "dobj", "NOUN", "NN"),
            ("to", 7, "aux", "PART", "TO"),
            ("expel", 5, "acl", "VERB", "VB"),
            ("envoys", 7, "dobj", "NOUN", "NNS", "envoy"),
        ]
    )
    assert decision_of(doc[7]).i == 5
    assert modality_status(doc[7], modality) != "realis"


def test_whose_decision_by_possessive_or_by_the_verb_it_is_object_of(parse, modality):
    # "Fiji's move to recall its envoy angered Tonga"; "Peru announced its decision to recall"
    doc = parse(
        [
            ("Fiji", 2, "poss", "PROPN", "NNP"),
            ("'s", 0, "case", "PART", "POS"),
            ("move", 6, "nsubj", "NOUN", "NN"),
            ("to", 4, "aux", "PART", "TO"),
            ("recall", 2, "acl", "VERB", "VB"),
            ("envoys", 4, "dobj", "NOUN", "NNS", "envoy"),
            ("angered", 6, "ROOT", "VERB", "VBD", "anger"),
            ("Tonga", 6, "dobj", "PROPN", "NNP"),
        ]
    )
    assert subject_of(doc[4])[0].text == "Fiji"
    assert modality_status(doc[4], modality) == "realis"
    doc = parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "NNP"),
            ("announced", 1, "ROOT", "VERB", "VBD", "announce"),
            ("its", 3, "poss", "PRON", "PRP$"),
            ("decision", 1, "dobj", "NOUN", "NN"),
            ("to", 5, "aux", "PART", "TO"),
            ("recall", 3, "acl", "VERB", "VB"),
            ("envoys", 5, "dobj", "NOUN", "NNS", "envoy"),
        ]
    )
    assert subject_of(doc[5])[0].text == "Peru"
    assert modality_status(doc[5], modality) == "realis"


def test_no_decision_to_act_is_no_act(parse, modality):
    # "Mali took no decision to expel envoys"
    doc = parse(
        [
            ("Mali", 1, "nsubj", "PROPN", "NNP"),
            ("took", 1, "ROOT", "VERB", "VBD", "take"),
            ("no", 3, "det", "DET", "DT"),
            ("decision", 1, "dobj", "NOUN", "NN"),
            ("to", 5, "aux", "PART", "TO"),
            ("expel", 3, "acl", "VERB", "VB"),
            ("envoys", 5, "dobj", "NOUN", "NNS", "envoy"),
        ]
    )
    assert modality_status(doc[5], modality) != "realis"


def test_a_coordinated_infinitive_shares_its_first_conjunct_s_status(parse, modality):
    # "Oman agreed to lift the ban and to free the crew": both agreed (not a purpose)
    doc = parse(
        [
            ("Oman", 1, "nsubj", "PROPN", "NNP"),
            ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 3, "aux", "PART", "TO"),
            ("lift", 1, "xcomp", "VERB", "VB"),
            ("bans", 3, "dobj", "NOUN", "NNS", "ban"),
            ("and", 3, "cc", "CCONJ", "CC"),
            ("to", 7, "aux", "PART", "TO"),
            ("free", 3, "conj", "VERB", "VB"),
            ("crews", 7, "dobj", "NOUN", "NNS", "crew"),
        ]
    )
    assert modality_status(doc[7], modality) == modality_status(doc[3], modality) == "agreed"


# ---------------------------------------------------------------- refusals and negated objects
def _will_not(parse, verb: str, lemma: str, det: str | None = None):
    rows = [
        ("Laos", 3, "nsubj", "PROPN", "NNP"),
        ("will", 3, "aux", "AUX", "MD"),
        ("not", 3, "neg", "PART", "RB"),
        (verb, 3, "ROOT", "VERB", "VB", lemma),
        ("fines", 3, "dobj", "NOUN", "NNS", "fine"),
    ]
    if det is not None:  # "Laos will pay no fines"
        rows = [
            ("Laos", 2, "nsubj", "PROPN", "NNP"),
            ("will", 2, "aux", "AUX", "MD"),
            (verb, 2, "ROOT", "VERB", "VB", lemma),
            (det, 4, "det", "DET", "DT"),
            ("fines", 2, "dobj", "NOUN", "NNS", "fine"),
        ]
    return parse(rows)


@pytest.mark.parametrize(
    ("verb", "lemma"), [("pay", "pay"), ("accept", "accept"), ("allow", "allow")]
)
def test_a_stated_refusal_to_comply_is_a_rejection(parse, modality, verb, lemma):
    doc = _will_not(parse, verb, lemma)
    assert modality_status(doc[3], modality) == "refused"
    pattern = refusal_pattern(doc[3], modality, load_policy().refusal_default)
    assert pattern is not None and pattern.code == "120"


def test_only_verbs_of_compliance_refuse_and_not_under_a_refusal_verb(parse, modality):
    doc = _will_not(parse, "discuss", "discuss")
    assert refusal_pattern(doc[3], modality, "120") is None
    # "Laos refused to pay fines": the verb "refuse" codes it
    doc = parse(
        [
            ("Laos", 1, "nsubj", "PROPN", "NNP"),
            ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
            ("to", 3, "aux", "PART", "TO"),
            ("pay", 1, "xcomp", "VERB", "VB"),
            ("fines", 3, "dobj", "NOUN", "NNS", "fine"),
        ]
    )
    assert refusal_pattern(doc[3], modality, "120") is None


@pytest.mark.parametrize(("verb", "lemma"), [("pay", "pay"), ("send", "send"), ("grant", "grant")])
def test_an_object_with_no_negates_the_act(parse, modality, verb, lemma):
    doc = _will_not(parse, verb, lemma, det="no")
    assert modality_status(doc[2], modality) == "refused"  # "will pay no fines"
    doc = _will_not(parse, verb, lemma, det="the")
    assert modality_status(doc[2], modality) == "intent"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Ecuador said it will not pay the fine imposed by Peru.", "ECU", "PER", "12"),
        (
            "Vietnam's foreign minister said Hanoi would not accept the Chinese proposal.",
            "VNM",
            "CHN",
            "12",
        ),
        (
            "The Gambian president said Senegal could not be trusted and threatened Senegal with sanctions.",
            "GMB",
            "SEN",
            "13",
        ),
        (
            "Kenya's foreign ministry expressed regret at the decision announced by Uganda to expel Kenyan diplomats.",
            "UGA",
            "KEN",
            "16",
        ),
    ],
)
def test_clauses_through_the_coder(coder, text, source, target, root):
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo[:2])
        for e in coder.code_text(text)
    }
    assert (source, target, root) in found


# ---------------------------------------------------------------- a noun renaming the act
def _renamed(parse, noun: str, dep: str, verb: str, lemma: str):
    # "Chad demanded talks, a <noun> Niger <verb>": the noun renames the demand
    return parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
            (",", 1, "punct", "PUNCT", ","),
            ("a", 5, "det", "DET", "DT"),
            (noun, 1 if dep == "npadvmod" else 0, dep, "NOUN", "NN"),
            ("Niger", 7, "nsubj", "PROPN", "NNP"),
            (verb, 5, "relcl", "VERB", "VBD", lemma),
        ]
    )


@pytest.mark.parametrize(
    ("noun", "dep", "verb", "lemma"),
    [
        ("request", "npadvmod", "refused", "refuse"),
        ("proposal", "appos", "rejected", "reject"),
        ("ultimatum", "npadvmod", "ignored", "ignore"),
    ],
)
def test_a_reaction_to_a_noun_renaming_the_clause_answers_its_subject(
    parse, noun, dep, verb, lemma
):
    doc = _renamed(parse, noun, dep, verb, lemma)
    main = renamed_act(doc[7])
    assert main is not None and main.i == 1
    assert subject_of(main)[0].text == "Chad"


def test_only_nouns_of_acts_after_a_comma_rename_a_clause(parse):
    assert renamed_act(_renamed(parse, "river", "appos", "crossed", "cross")[7]) is None
    doc = parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
            ("the", 3, "det", "DET", "DT"),
            ("request", 1, "dobj", "NOUN", "NN"),
            ("Niger", 5, "nsubj", "PROPN", "NNP"),
            ("made", 3, "relcl", "VERB", "VBD", "make"),
        ]
    )
    assert renamed_act(doc[5]) is None  # "rejected the request Niger made": no renaming


@pytest.mark.slow
def test_a_reaction_to_a_renamed_act_through_the_coder(coder):
    events = coder.code_text("Georgia offered to supply gas to Armenia, an offer Yerevan rejected.")
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in events
    }
    assert ("ARM", "GEO", "12") in found


# ---------------------------------------------------------------- reduced passive relatives
def _reduced(parse, noun: str, verb: str, lemma: str, agent: bool = True):
    # "Gabon listed <noun> <verb> by Chad"
    rows = [
        ("Gabon", 1, "nsubj", "PROPN", "NNP"),
        ("listed", 1, "ROOT", "VERB", "VBD", "list"),
        (noun, 1, "dobj", "NOUN", "NNS"),
        (verb, 2, "acl", "VERB", "VBN", lemma),
    ]
    if agent:
        rows += [("by", 3, "agent", "ADP", "IN"), ("Chad", 4, "pobj", "PROPN", "NNP")]
    return parse(rows)


@pytest.mark.parametrize(
    ("noun", "verb", "lemma"),
    [
        ("civilians", "killed", "kill"),
        ("talks", "mediated", "mediate"),
        ("aid", "donated", "donate"),
    ],
)
def test_a_passive_participle_on_a_noun_is_done_by_its_agent_to_the_noun(parse, noun, verb, lemma):
    doc = _reduced(parse, noun, verb, lemma)
    subject, passive = subject_of(doc[3])
    assert passive and subject.i == 2
    assert [o.i for o in direct_objects(doc[3])] == [2]
    assert agent_of(doc[3]).text == "Chad"


def test_a_passive_participle_without_an_agent_stays_unattributed(parse):
    doc = _reduced(parse, "civilians", "killed", "kill", agent=False)
    assert subject_of(doc[3]) == (None, False)
    assert direct_objects(doc[3]) == []


@pytest.mark.slow
def test_a_reduced_passive_through_the_coder(coder):
    events = coder.code_text(
        "The report listed dozens of Malian civilians killed by Burkinabe troops."
    )
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in events
    }
    assert ("BFA", "MLI", "19") in found or ("BFA", "MLI", "18") in found


# ---------------------------------------------------------------- coordinated victims
@pytest.mark.parametrize(
    ("first", "lemma"),
    [("students", "student"), ("monks", "monk"), ("journalists", "journalist")],
)
def test_a_mass_killing_counts_coordinated_victims(parse, first, lemma):
    # "Militias killed thousands of <first> and civilians": civilians among them
    from multivector.coding.dictionary import parse_pattern
    from multivector.coding.mass_killings import mass_killing
    from multivector.coding.predicates import match_patterns

    doc = parse(
        [
            ("Militias", 1, "nsubj", "NOUN", "NNS", "militia"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("thousands", 1, "dobj", "NOUN", "NNS", "thousand"),
            ("of", 2, "prep", "ADP", "IN"),
            (first, 3, "pobj", "NOUN", "NNS", lemma),
            ("and", 4, "cc", "CCONJ", "CC"),
            ("civilians", 4, "conj", "NOUN", "NNS", "civilian"),
        ]
    )
    kill = parse_pattern("kill", "190", "test:1", {})
    m = match_patterns(doc[1], [kill], direct_objects(doc[1]))
    assert m is not None
    found = mass_killing(doc[1], m, load_policy(), frozenset({"civilian"}))
    assert found.pattern.code == "202"


# ---------------------------------------------------------------- warnings of a possibility
def _warned(parse, gov: str, gov_lemma: str, modal: str):
    # "Chad <gov> that Niger <modal> cut supplies"
    return parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            (gov, 1, "ROOT", "VERB", "VBD", gov_lemma),
            ("that", 5, "mark", "SCONJ", "IN"),
            ("Niger", 5, "nsubj", "PROPN", "NNP"),
            (modal, 5, "aux", "AUX", "MD"),
            ("cut", 1, "ccomp", "VERB", "VB"),
            ("supplies", 5, "dobj", "NOUN", "NNS", "supply"),
        ]
    )


@pytest.mark.parametrize(
    ("gov", "gov_lemma", "modal"),
    [("warned", "warn", "could"), ("cautioned", "caution", "might"), ("warned", "warn", "may")],
)
def test_a_possibility_under_a_warning_is_a_threat(parse, modality, gov, gov_lemma, modal):
    doc = _warned(parse, gov, gov_lemma, modal)
    assert modality_status(doc[5], modality) == "threat"
    pattern = obligation_pattern(doc[1], modality, load_policy())
    assert pattern is not None and pattern.code == "130"


def test_a_possibility_under_another_verb_stays_hypothetical(parse, modality):
    doc = _warned(parse, "said", "say", "could")
    assert modality_status(doc[5], modality).startswith("hypothetical")
    doc = _warned(parse, "warned", "warn", "should")  # an appeal, not a threat
    assert modality_status(doc[5], modality).startswith("hypothetical")


# ---------------------------------------------------------------- "at the request of X"
@pytest.mark.parametrize(
    ("noun", "prep"), [("request", "at"), ("invitation", "at"), ("behest", "at")]
)
def test_the_one_who_asked_for_an_act(parse, noun, prep):
    # "Chad sent troops at the <noun> of Niger"; "Chad sent troops at Niger's <noun>"
    doc = parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
            (prep, 1, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"),
            (noun, 3, "pobj", "NOUN", "NN"),
            ("of", 5, "prep", "ADP", "IN"),
            ("Niger", 6, "pobj", "PROPN", "NNP"),
        ]
    )
    assert requester(doc[1]).text == "Niger"
    doc = parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
            (prep, 1, "prep", "ADP", "IN"),
            ("Niger", 5, "poss", "PROPN", "NNP"),
            (noun, 3, "pobj", "NOUN", "NN"),
        ]
    )
    assert requester(doc[1]).text == "Niger"


def test_no_requester_without_a_request_noun(parse):
    doc = parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
            ("at", 1, "prep", "ADP", "IN"),
            ("the", 5, "det", "DET", "DT"),
            ("border", 3, "pobj", "NOUN", "NN"),
            ("of", 5, "prep", "ADP", "IN"),
            ("Niger", 6, "pobj", "PROPN", "NNP"),
        ]
    )
    assert requester(doc[1]) is None


@pytest.mark.slow
def test_an_act_done_at_the_request_of_another_through_the_coder(coder):
    events = coder.code_text(
        "At the Malian president's request, Russia has sent about 2,500 troops to Mali."
    )
    found = {(e.source.country, e.target.country if e.target else None, e.cameo) for e in events}
    assert ("MLI", "RUS", "0234") in found
    assert ("RUS", "MLI", "154") in found
