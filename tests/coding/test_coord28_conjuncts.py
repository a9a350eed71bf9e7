"""Several acts in one sentence: a conjunct the parser hung inside a complement clause.

"Denied that its troops had crossed the line and accused X of ...": a speech act in the simple
past cannot share the complement's "had"; it is the denial's coordinate, with the denier as its
subject and not under the denial (coding/clause_syntax.raised_conjunct). A list of deeds keeps
sharing the "had". The sentences are written for these tests.
"""

from __future__ import annotations


def _events(coder, text: str) -> list[tuple[str, str | None, str]]:
    return sorted(
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2021-03-10")
    )


def test_a_speech_act_after_a_denied_perfect_is_coded(rules_coder):
    found = _events(
        rules_coder,
        "Kenya's foreign ministry denied that its troops had crossed the border and accused "
        "Uganda of arming the rebels.",
    )
    assert any(s.startswith("KEN") and t == "UGA" and c.startswith("112") for s, t, c in found)


def test_a_list_of_deeds_keeps_the_reported_subject(rules_coder):
    found = _events(
        rules_coder, "Kenya said Ugandan troops had crossed the frontier and shelled a Kenyan post."
    )
    assert ("UGAMIL", "KEN", "194") in found


def test_a_speech_act_after_a_possession_is_the_speakers(rules_coder):
    found = _events(
        rules_coder, "Kenya said the ban had no legal basis and urged Uganda to lift it."
    )
    assert ("KEN", "UGA", "020") in found


def test_the_middle_of_a_list_of_acts_shares_the_subject(rules_coder):
    found = _events(
        rules_coder,
        "Kenya recalled its ambassador from Uganda on Monday, demanded that Kampala release "
        "the fishermen, and announced it was suspending trade talks.",
    )
    assert any(s == "KEN" and t and t.startswith("UGA") and c.startswith("10") for s, t, c in found)


def test_listed_member_reads_an_unlabelled_middle_verb(parse):
    from multivector.coding.clause_syntax import listed_member

    doc = parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
            ("envoys", 1, "dobj", "NOUN", "NNS", "envoy"),
            (",", 1, "punct", "PUNCT", ","),
            ("closed", 1, "dep", "VERB", "VBD", "close"),
            ("ports", 4, "dobj", "NOUN", "NNS", "port"),
            (",", 4, "punct", "PUNCT", ","),
            ("and", 4, "cc", "CCONJ", "CC"),
            ("froze", 4, "conj", "VERB", "VBD", "freeze"),
            ("assets", 8, "dobj", "NOUN", "NNS", "asset"),
        ]
    )
    assert listed_member(doc[4])
    assert not listed_member(doc[8])


def test_a_participle_after_a_denied_gerund_is_not_denied(parse):
    from multivector.coding.clause_syntax import raised_conjunct

    doc = parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
            ("breaking", 1, "xcomp", "VERB", "VBG", "break"),
            ("it", 2, "dobj", "PRON", "PRP"),
            (",", 2, "punct", "PUNCT", ","),
            ("blaming", 2, "conj", "VERB", "VBG", "blame"),
            ("Uganda", 5, "dobj", "PROPN", "NNP"),
        ]
    )
    assert raised_conjunct(doc[5]) == doc[1]


def test_a_coordinated_gerund_stays_denied(parse):
    from multivector.coding.clause_syntax import raised_conjunct

    doc = parse(
        [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
            ("breaking", 1, "xcomp", "VERB", "VBG", "break"),
            ("it", 2, "dobj", "PRON", "PRP"),
            ("and", 2, "cc", "CCONJ", "CC"),
            ("blaming", 2, "conj", "VERB", "VBG", "blame"),
            ("Uganda", 5, "dobj", "PROPN", "NNP"),
        ]
    )
    assert raised_conjunct(doc[5]) is None


def test_an_appeal_after_a_passive_state_is_the_speakers(rules_coder):
    found = _events(
        rules_coder,
        "Kenya said it was disappointed by the decision and called on Uganda to reconsider.",
    )
    # 020 before appeals28 made an appeal to reconsider 0242: the test is of the source
    assert any(s == "KEN" and t == "UGA" and c.startswith("02") for s, t, c in found), found
