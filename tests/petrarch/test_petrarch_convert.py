"""Conversion of PETRARCH dictionaries into multivector's model, and loading the real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petrarch_samples import ACTORS, VERBS, write

from multivector.actors import AgentEntry, CountryEntry, LeaderEntry
from multivector.petrarch import classify, format_warnings, load_petrarch_dictionaries
from multivector.petrarch.actors import display_name
from multivector.petrarch.convert import convert_verbs, noun_forms
from multivector.petrarch.parse import read_verb_dictionary


def by_rule_line(ed, line: int):
    return [p for p in ed if p.rule.split()[0].endswith(f":{line}")]


def test_verb_conversion(tmp_path: Path):
    vd, _ = read_verb_dictionary(write(tmp_path, "v.verbs.txt", VERBS))
    conversion, warnings = convert_verbs(vd)
    ed = conversion.events
    # bare verb entries: the block's code, a verb's own code, a multi-word verb with its particle
    greet = [p for p in ed.patterns_for("greet") if not p.requirements]
    assert [p.code for p in greet] == ["041"]
    assert [p.code for p in ed.patterns_for("hail") if not p.requirements] == ["042"]
    wave = [p for p in ed.patterns_for("wave") if p.code == "043"]
    assert wave[0].requirements[0].kind == "prep" and wave[0].target_prep == "at"
    # a block pattern applies to every single-word verb of the block, with nested sets expanded
    fruit = by_rule_line(ed, 15)
    assert {p.head for p in fruit} == {"greet", "hail"}
    assert fruit[0].requirements[0].words >= {"apple", "plum", "lemon"}
    # (WITH {WARM WORDS}): prep + its object's head word; the paired code keeps the first part
    with_words = by_rule_line(ed, 16)[0]
    assert [r.kind for r in with_words.requirements] == ["prep", "object"]
    assert with_words.requirements[1].after_prep == "with" and "word" in with_words.requirements[1].words
    assert with_words.code == "045"
    # "* FROM $ TO +": the target is the object of "to"
    assert by_rule_line(ed, 18)[0].target_prep == "to"
    # paired, null and reverse-only codes are kept for the post-coding step
    assert conversion.special["v.verbs.txt:16"] == ("045", "046")
    assert conversion.special["v.verbs.txt:22"] == ("---", None)
    assert conversion.special["v.verbs.txt:23"] == ("---", "048")
    assert by_rule_line(ed, 22)[0].code == "---"
    # words before the verb: a text pattern of the block, matched on the word sequence
    assert not by_rule_line(ed, 17)
    # every pattern of a block is also a word-sequence pattern, longest first
    greet_texts = conversion.text_patterns[conversion.block_of["v.verbs.txt:15"]]
    assert [t.rule.split()[0] for t in greet_texts][:2] == ["v.verbs.txt:16", "v.verbs.txt:18"]
    assert ("046", (frozenset({("not",)}),), ()) in [(t.code, t.before, t.after) for t in greet_texts]
    assert conversion.specificity["v.verbs.txt:16"] == 3  # WITH, WARM, WORDS
    assert conversion.block_of["v.verbs.txt:15"] == conversion.block_of["v.verbs.txt:13"]
    got = {(w.construct, w.where.line) for w in warnings}
    assert {("noun-phrase modifiers", 16), ("source after verb", 18),
            ("multi-word synset member", 2)} <= got


def test_noun_forms():
    assert noun_forms("TALKS") == {"talks", "talk"}
    assert noun_forms("PARTIES") >= {"party"}
    assert noun_forms("CRISIS") == {"crisis"}


def test_load_small_set(tmp_path: Path):
    paths = [write(tmp_path, "t.verbs.txt", VERBS), write(tmp_path, "t.actors.txt", ACTORS),
             write(tmp_path, "t.agents.txt", "ENVOY [~GOV]\n"),
             write(tmp_path, "t.discards.txt", "+CUP FINAL\nLEAGUE TABLE\n")]
    assert [classify(p) for p in paths] == ["verbs", "actors", "agents", "discards"]
    dicts, warnings = load_petrarch_dictionaries(paths)
    assert dicts.discards == {"cup final", "league table"}
    (actor_set,) = dicts.extra_actors
    actors = {a.phrase: a for a in actor_set.actors}
    firefly = actors["firefly"]
    assert firefly.code_on("1932-05-01") == "FREELI"
    assert firefly.code_on("1933-06-01") == "FREGOV"
    assert firefly.code_on("1990-01-01") == "FREELI" == firefly.code_on(None)
    entries = list(actor_set.as_actor_entries())
    country = next(e for e in entries if isinstance(e, CountryEntry) and e.code == "FRE")
    assert {"Freedonia", "Freedonian"} <= set(country.names)
    leader = next(e for e in entries if isinstance(e, LeaderEntry) and e.country == "FRE")
    assert leader.country == "FRE" and "Firefly" in leader.names
    # the leader entry gives the same codes as PETRARCH's date restrictions
    for day in ("1932-05-01", "1933-01-01", "1933-12-31", "1934-01-01"):
        assert leader.code_on(dt.date.fromisoformat(day)) == firefly.code_on(day), day
    agent = next(e for e in entries if isinstance(e, AgentEntry) and e.code == "GOV")
    assert "envoy" in agent.nouns
    assert any(w.construct == "story-level discard" for w in warnings)
    summary = format_warnings(warnings, limit=1)
    assert "story-level discard" in summary and "t.verbs.txt:18" in summary


def test_classify_by_content(tmp_path: Path):
    assert classify(write(tmp_path, "x.txt", "--- GO [010] ---\nGO\n")) == "verbs"
    assert classify(write(tmp_path, "y.txt", "ENVOY [~GOV]\n")) == "agents"
    assert classify(write(tmp_path, "z.txt", "FREEDONIA [FRE]\n")) == "actors"
    assert classify(write(tmp_path, "w.txt", '<ISSUE CATEGORY="A">\n')) == "issues"


def test_loads_phoenix_set(shared_dir: Path):
    d = shared_dir / "benchmarks" / "petrarch2" / "dictionaries"
    names = ["CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
             "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
             "Phoenix.IssueCoding.txt"]
    dicts, warnings = load_petrarch_dictionaries([d / n for n in names])
    assert len(dicts.events) > 4000
    (actor_set,) = dicts.extra_actors
    assert len({a.root for a in actor_set.actors}) > 25000
    assert all(w.where.line > 0 and w.where.file in names for w in warnings)


def test_display_name():
    assert display_name("MINAS TIRITH") == "Minas Tirith"
    assert display_name("THE SHIRE") == "Shire"
    assert display_name("U.N.") == "U.N."


def test_petrarch_names_win_over_built_in_ones(tmp_path: Path):
    from multivector.actors import load_actor_data

    base = load_actor_data()
    rus = next(c for c in base.countries if c.code == "RUS")
    assert "Russia" in rus.names
    path = write(tmp_path, "w.actors.txt", "RUSSIA [XYZ]\n")
    dicts, _ = load_petrarch_dictionaries([path])
    (actor_set,) = dicts.extra_actors
    entries = {(type(e).__name__, getattr(e, "code", None)): e for e in actor_set.as_actor_entries()}
    assert "Russia" not in entries[("CountryEntry", "RUS")].names
    assert "Russia" in entries[("CountryEntry", "XYZ")].names


def test_standing_alone_built_in_entries_lose_their_names(tmp_path: Path):
    path = write(tmp_path, "s.actors.txt", "FREEDONIA [FRE]\n")
    agents = write(tmp_path, "s.agents.txt", "ENVOY [~GOV]\n")
    alone, _ = load_petrarch_dictionaries([path, agents], replace=True, standalone_actors=True)
    entries = list(alone.extra_actors[0].as_actor_entries())
    rus = next(e for e in entries if isinstance(e, CountryEntry) and e.code == "RUS")
    assert rus.names == () and rus.capitals == ()
    gov = next(e for e in entries if isinstance(e, AgentEntry) and e.code == "GOV")
    assert gov.nouns == ("envoy",)
    merged, _ = load_petrarch_dictionaries([path, agents], replace=False)
    entries = list(merged.extra_actors[0].as_actor_entries())
    assert not any(isinstance(e, CountryEntry) and e.code == "RUS" for e in entries)
    gov = next(e for e in entries if isinstance(e, AgentEntry) and e.code == "GOV")
    assert "envoy" in gov.nouns and "government" in gov.nouns
