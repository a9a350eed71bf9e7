"""Speed caches: a pattern list's plan is worked out once and follows the list when it grows;
a span's offsets are read without making its tokens."""

from multivector.coding.dictionary import EventPattern, Requirement, pattern_plan


def _pattern(code: str, *words: str) -> EventPattern:
    reqs = tuple(Requirement("object", frozenset({w})) for w in words)
    return EventPattern(head="hold", requirements=reqs, code=code, rule=f"test {code}")


def test_plan_rows_and_reuse() -> None:
    patterns = [_pattern("043", "summit"), _pattern("040")]
    plan = pattern_plan(patterns)
    assert [(row[0].code, row[2], row[3]) for row in plan] == [
        ("043", ("object", frozenset({"summit"}), None), 1),
        ("040", None, 0),
    ]
    assert pattern_plan(patterns) is plan  # the same list: planned once
    patterns.append(_pattern("036", "talk"))
    assert [row[0].code for row in pattern_plan(patterns)] == ["043", "040", "036"]
    assert pattern_plan([]) == ()


def test_char_span_of_a_span_is_its_tokens_offsets() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from multivector.coding.actors import char_span

    words = ["Envoys", "of", "Chile", "met", "in", "Porto-Novo", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, True, True, True, False, False])
    for a in range(len(doc)):
        for b in range(a + 1, len(doc) + 1):
            span = doc[a:b]
            assert char_span(span) == char_span(list(span))
