"""PETRARCH-format dictionary parsers, on small dictionaries written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from petrarch_samples import ACTORS, VERBS, write

from multivector.petrarch.parse import (
    parse_code_group,
    parse_pattern_tokens,
    petrarch_date,
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_list,
    read_issue_list,
    read_verb_dictionary,
)


def test_verb_file_structure(tmp_path: Path):
    vd, warnings = read_verb_dictionary(write(tmp_path, "v.verbs.txt", VERBS))
    assert warnings == []
    assert vd.synsets["FRUIT"].members == ("APPLE", "RED_PLUM", "&CITRUS")
    assert vd.synsets["CITRUS"].members == ("LEMON",)
    greet, muddle = vd.blocks
    assert greet.name == "GREET" and greet.code == "041" and muddle.code is None
    assert [f.words for f in greet.verbs] == [("GREET",), ("HAIL",), ("WAVE", "AT")]
    assert greet.verbs[1].code == "042" and greet.verbs[1].forms == ("HAILS", "HAILED")
    assert len(greet.patterns) == 4 and greet.patterns[1].code == "045:046"
    assert [t.kind for t in greet.patterns[2].before] == ["word"]
    assert muddle.patterns[1].code == ":048" and muddle.patterns[1].after[0].text == "THROUGH"
    assert greet.patterns[0].where.line == 15


def test_pattern_tokens_nest():
    toks = parse_pattern_tokens("* (OF {&FRUIT SALAD}) ^ +")
    assert [t.kind for t in toks] == ["verb", "pp", "skip", "target"]
    pp = toks[1]
    assert pp.items[0].text == "OF" and pp.items[1].kind == "np"
    assert [t.kind for t in pp.items[1].items] == ["class", "word"]
    with pytest.raises(ValueError):
        parse_pattern_tokens("* (OF APPLE")


def test_bad_verb_lines_are_reported(tmp_path: Path):
    text = "- * ORPHAN [010]\n--- GIVE [070] ---\nGIVE\n- * (TO [071]\n- * NO CODE\n- JUST WORDS [072]\n"
    vd, warnings = read_verb_dictionary(write(tmp_path, "bad.verbs.txt", text))
    lines = sorted(w.where.line for w in warnings)
    assert lines == [1, 4, 5, 6]
    assert all(w.where.file == "bad.verbs.txt" for w in warnings)


def test_dates_and_code_groups():
    assert petrarch_date("950601") == "1995-06-01"
    assert petrarch_date("011113") == "2001-11-13"
    assert petrarch_date("19280101") == "1928-01-01"
    assert petrarch_date("9008223") is None
    c = parse_code_group("ABCGOV 19950601 - 19990815")
    assert (c.code, c.start, c.end) == ("ABCGOV", "1995-06-01", "1999-08-15")
    assert parse_code_group("ABC <950601").end == "1995-05-31"
    assert parse_code_group("ABCREB >990816").start == "1999-08-17"
    assert not parse_code_group("xyz").restricted and parse_code_group("xyz").code == "XYZ"
    for bad in ("950601-990815", "ABC 20121204", "ABC 1920030320-20060520"):
        with pytest.raises(ValueError):
            parse_code_group(bad)


def test_actor_file(tmp_path: Path):
    roots, warnings = read_actor_dictionary(write(tmp_path, "a.actors.txt", ACTORS))
    by_root = {r.root: r for r in roots}
    assert by_root["FREEDONIA"].synonyms == ["FREEDONIAN"]
    firefly = by_root["RUFUS T FIREFLY"]
    assert [c.code for c in firefly.codes] == ["FREELI", "FREGOV", "FREELI"]
    assert firefly.codes[1].start == "1933-01-01"
    assert by_root["SYLVANIA"].codes[0].code == "SYL"
    assert by_root["AMBASSADOR TRENTINO"].synonyms == ["TRENTINO"]
    assert "NOBODY" not in by_root
    constructs = sorted(w.construct for w in warnings)
    assert constructs == ["actor", "actor code", "root without codes"]


def test_agents_discards_issues(tmp_path: Path):
    agents, w = read_agent_dictionary(write(tmp_path, "g.agents.txt", (
        "!WORKER! = HAND, HANDS\nDECK!WORKER! [~LAB]\nCHIEF_CLERK {} [~GOV]\n"
        "RELIEF_GROUP [ NGO~]\nBROKEN_LINE\n")))
    assert [(a.phrase, a.code, a.prefix) for a in agents] == [
        ("DECKHAND", "LAB", False), ("DECKHANDS", "LAB", False),
        ("CHIEF CLERK", "GOV", False), ("RELIEF GROUP", "NGO", True)]
    assert len(w) == 1 and w[0].where.line == 5
    discards, _ = read_discard_list(write(tmp_path, "d.discards.txt", "# c\nLEAGUE TABLE\n+CUP_FINAL # x\n"))
    assert [(d.phrase, d.story) for d in discards] == [("LEAGUE TABLE", False), ("CUP FINAL", True)]
    issues, _ = read_issue_list(write(tmp_path, "i.issues.txt", (
        '<ISSUE CATEGORY="FARMING" TYPE="ALL">\nn:tractor [MACHINES]\n~toy tractor\n</ISSUE>\n')))
    assert [(i.category, i.phrase, i.code, i.exclude) for i in issues] == [
        ("FARMING", "n:tractor", "MACHINES", False), ("FARMING", "toy tractor", None, True)]
