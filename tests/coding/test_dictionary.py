import pytest

from multivector.coding.dictionary import (
    DictionaryError,
    load_dictionaries,
    load_event_dictionary,
    parse_pattern,
)


def test_parse_pattern_requirements():
    classes = {"AGREEMENT": frozenset({"treaty", "accord"})}
    p = parse_pattern("enter into &AGREEMENT with", "057", "r", classes)
    assert p.head == "enter"
    kinds = [(r.kind, sorted(r.words), r.after_prep) for r in p.requirements]
    assert kinds == [("prep", ["into"], None), ("object", ["accord", "treaty"], "into"), ("prep", ["with"], None)]
    assert p.target_prep == "with"
    assert parse_pattern("visit", "042", "r", {}).target_prep is None


def test_a_phrase_after_a_preposition_is_one_requirement():
    # "under house arrest": the modifier and its head are the preposition's object together,
    # not a second object of the verb; each word still counts towards specificity
    p = parse_pattern("place under house arrest", "173", "r", {})
    kinds = [(r.kind, sorted(r.words), r.after_prep) for r in p.requirements]
    assert kinds == [("prep", ["under"], None), ("object", ["house arrest"], "under")]
    assert p.specificity == 3
    classes = {"SMALL_ARMS": frozenset({"rifle", "gun"})}
    q = parse_pattern("come under &SMALL_ARMS fire from", "193", "r", classes, converse=True)
    assert sorted(q.requirements[1].words) == ["gun fire", "rifle fire"]
    assert q.requirements[1].after_prep == "under" and q.target_prep == "from"
    # an infinitive's object after "to" stays its own requirement
    r = parse_pattern("appeal to exercise restraint", "0256", "r", {})
    assert [sorted(x.words) for x in r.requirements[1:]] == [["exercise"], ["restraint"]]


def test_unknown_class_is_an_error():
    with pytest.raises(DictionaryError, match="NOPE"):
        parse_pattern("sign &NOPE", "057", "file.yaml:3", {})


def test_bundled_dictionary_loads_with_rule_ids():
    d = load_dictionaries()
    assert len(d.events) > 300
    patterns = d.events.patterns_for("meet")
    # most specific first
    assert patterns[0].specificity >= patterns[-1].specificity
    assert all(p.rule.startswith("verbs.yaml:") and ":0 " not in p.rule for p in patterns)


def test_user_dictionary_layers_over_bundled(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text('events:\n  "042":\n    verbs: [parachute into]\n', encoding="utf-8")
    d = load_dictionaries([f])
    assert any(p.text == "parachute into" for p in d.events.patterns_for("parachute"))
    assert d.events.patterns_for("visit")  # bundled ones still there
    alone = load_dictionaries([f], replace=True)
    assert not alone.events.patterns_for("visit")


def test_rules_name_the_line_that_lists_the_pattern(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        'events:\n'
        '  "042":\n'
        '    verbs: [travel to, "fly into"]\n'
        '  "043":\n'
        '    verbs:\n'
        '      - fly\n'
        "      - 'travel'\n",
        encoding="utf-8",
    )
    d = load_event_dictionary(f)
    lines = {p.text: p.rule.split()[0] for p in d.patterns_for("travel") + d.patterns_for("fly")}
    assert lines == {
        "travel to": "mine.yaml:3",
        "fly into": "mine.yaml:3",
        "fly": "mine.yaml:6",  # not the "fly into" of line 3: another code's entry
        "travel": "mine.yaml:7",
    }


@pytest.mark.parametrize(
    "content, message",
    [
        ("events:\n  abc:\n    verbs: [x]\n", "not a CAMEO event code"),
        ("events:\n  '042':\n    verb: [x]\n", "unknown keys"),
        ("bogus: 1\n", "unknown top-level"),
        ("events: [\n", "cannot read"),
        # YAML alone would keep the second and drop the first without a word
        ("classes:\n  AID: [aid]\n  AID: [loan]\n", "'AID' on line 3 repeats line 2"),
        ("events:\n  '040':\n    verbs: [meet]\n    verbs: [see]\n", "'verbs' on line 4"),
    ],
)
def test_bad_event_dictionary_names_the_file(tmp_path, content, message):
    f = tmp_path / "bad.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message) as err:
        load_event_dictionary(f)
    assert "bad.yaml" in str(err.value)


def test_bundled_patterns_are_not_listed_twice():
    d = load_dictionaries()
    seen: dict = {}
    for p in d.events:
        key = (p.pos, p.head, tuple((r.kind, r.words, r.after_prep) for r in p.requirements))
        seen.setdefault(key, []).append(p.rule)
    assert not [rules for rules in seen.values() if len(rules) > 1]
