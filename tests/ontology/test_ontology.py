"""The CAMEO/PLOVER ontology: its data files and its lookups."""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest

from multivector.ontology import (
    PLOVER_TYPES,
    CameoCode,
    Ontology,
    load_ontology,
    normalise_plover,
    quad_class_for_root,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = resources.files("multivector.ontology") / "data"


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def _data_lines(name: str) -> list[list[str]]:
    text = (DATA / name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize(
    ("name", "ncols"),
    [
        ("cameo_codes.tsv", 4),
        ("cameo_extensions.tsv", 4),
        ("cameo_to_plover.tsv", 4),
        ("plover_aliases.tsv", 2),
    ],
)
def test_tsv_files_have_a_constant_column_count(name: str, ncols: int) -> None:
    rows = _data_lines(name)
    assert len(rows) > 1
    bad = [row for row in rows if len(row) != ncols]
    assert bad == []


def test_every_root_is_present(onto: Ontology) -> None:
    for n in range(1, 21):
        root = f"{n:02d}"
        assert root in onto, root
        assert onto.cameo(root).root == root


def test_every_code_has_a_plover_row(onto: Ontology) -> None:
    plover_codes = {row[0] for row in _data_lines("cameo_to_plover.tsv")[1:]}
    assert set(onto.codes()) <= plover_codes


def test_goldstein_in_range_and_quad_class_by_root(onto: Ontology) -> None:
    expected = {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}
    for code in onto.codes():
        entry = onto.cameo(code)
        assert -10.0 <= entry.goldstein <= 10.0
        assert int(entry.root) in expected[entry.quad_class], code
        assert code.startswith(entry.root)
        assert entry.name


def test_quad_class_for_root_rejects_out_of_range() -> None:
    assert quad_class_for_root("05") == 1
    assert quad_class_for_root("06") == 2
    assert quad_class_for_root("13") == 3
    assert quad_class_for_root("14") == 4
    with pytest.raises(ValueError):
        quad_class_for_root("21")


def test_lookups_of_well_known_codes(onto: Ontology) -> None:
    visit = onto.cameo("042")
    assert isinstance(visit, CameoCode)
    assert visit.quad_class == 1 and visit.goldstein > 0
    assert onto.quad_class("190") == 4
    assert onto.goldstein("190") == -10.0
    assert onto.goldstein("010") == 0.0


def test_fallback_to_parent_then_root(onto: Ontology) -> None:
    assert "0429" not in onto
    assert onto.cameo("0429").code == "042"
    assert onto.cameo("049").code == "04"
    assert onto.cameo("0499").code == "04"
    assert onto.plover("0429") == onto.plover("042")
    assert onto.goldstein("1999") == onto.goldstein("19")


@pytest.mark.parametrize("code", ["21", "00", "9", "12345", "abc", "", "4 2"])
def test_unknown_code_raises_key_error_naming_it(onto: Ontology, code: str) -> None:
    with pytest.raises(KeyError, match="unknown CAMEO event code"):
        onto.cameo(code)
    with pytest.raises(KeyError):
        onto.plover(code)


@pytest.mark.parametrize(
    ("code", "plover_type", "mode"),
    [
        ("042", "CONSULT", "visit"),
        ("043", "CONSULT", "visit"),
        ("036", "AGREE", None),
        ("057", "SUPPORT", None),
        ("0841", "RETREAT", "release"),
        ("090", "ACCUSE", "investigate"),
        ("112", "ACCUSE", "disapprove"),
        ("1041", "REQUEST", "change"),
        ("163", "COERCE", "restrict"),
        ("172", "COERCE", "restrict"),
        ("173", "COERCE", "arrest"),
        ("190", "ASSAULT", None),
        ("1712", "ASSAULT", "seize"),
        ("154", "MOBILIZE", "troops"),
    ],
)
def test_plover_of_well_known_codes(
    onto: Ontology, code: str, plover_type: str, mode: str | None
) -> None:
    assert onto.plover(code) == (plover_type, mode)


def test_statements_and_appeals_have_no_plover_type(onto: Ontology) -> None:
    for code in ("01", "010", "019", "02", "020", "0211"):
        assert onto.plover(code) == (None, None)


def test_all_plover_types_are_current(onto: Ontology) -> None:
    used = {onto.plover(c)[0] for c in onto.codes()} - {None}
    assert used <= set(PLOVER_TYPES)
    # and every current type is reachable from some CAMEO code
    assert used == set(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("DEMAND", "REQUEST"),
        ("disapprove", "ACCUSE"),
        ("Fight", "ASSAULT"),
        ("YIELD", "CONCEDE"),
        ("INVESTIGATE", "ACCUSE"),
        ("consult", "CONSULT"),
        (" ASSAULT ", "ASSAULT"),
    ],
)
def test_normalise_plover(old: str, new: str) -> None:
    assert normalise_plover(old) == new


def test_normalise_plover_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown PLOVER event type 'WIBBLE'"):
        normalise_plover("WIBBLE")


def test_load_ontology_is_cached() -> None:
    assert load_ontology() is load_ontology(())


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    codes = tmp_path / "codes.tsv"
    codes.write_text("code\tname\tgoldstein\tquad_class\n0429\tMake a state visit\t2.5\t1\n")
    plover = tmp_path / "plover.tsv"
    plover.write_text("cameo\tplover_type\tplover_mode\tplover_context\n010\tSUPPORT\t\t\n")
    onto = load_ontology([codes, plover])
    assert onto.cameo("0429") == CameoCode("0429", "Make a state visit", 2.5, 1, "04")
    assert onto.plover("010") == ("SUPPORT", None)
    # the built-in data is untouched
    assert "0429" not in load_ontology()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("code\tname\tgoldstein\tquad_class\n0429\tVisit\t2.5\n", r"bad\.tsv:2: expected 4"),
        ("code\tname\tgoldstein\tquad_class\n0429\tVisit\t25\t1\n", r"bad\.tsv:2: .*outside"),
        ("code\tname\tgoldstein\tquad_class\n0429\tVisit\t2\t4\n", r"bad\.tsv:2: .*quad_class"),
        ("code\tname\tgoldstein\tquad_class\nX42\tVisit\t2\t1\n", r"bad\.tsv:2: bad CAMEO code"),
        (
            "cameo\tplover_type\tplover_mode\tplover_context\n042\tVISIT\t\t\n",
            r"bad\.tsv:2: .*PLOVER",
        ),
        ("what\tever\n", r"bad\.tsv: unrecognised ontology file"),
    ],
)
def test_malformed_user_file_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(content)
    with pytest.raises(ValueError, match=message):
        load_ontology([bad])


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nope.tsv: cannot read"):
        load_ontology([tmp_path / "nope.tsv"])


# --- cross-checks against the reference material in ../shared (facts only) ---------------


def _shared(path: str) -> Path:
    p = SHARED / path
    if not p.exists():
        pytest.skip(
            f"reference file {p} is absent (../shared is only beside a development checkout)"
        )
    return p


def test_codes_and_goldstein_match_the_reference(onto: Ontology) -> None:
    with _shared("reference/cameo-codes.csv").open(encoding="utf-8", errors="replace") as f:
        ref = {r["code"]: float(r["goldstein"]) for r in csv.DictReader(f)}
    # the project's extensions (176, a cyber attack) are the only codes beyond the codebook's
    assert set(onto.codes()) - onto.extensions == set(ref)
    assert not onto.extensions & set(ref)
    assert {c: onto.goldstein(c) for c in ref} == ref


def test_plover_types_match_the_reference_table(onto: Ontology) -> None:
    table: dict[str, str] = {}
    for line in _shared("benchmarks/plover/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m and m.group(1) not in table:
            table[m.group(1)] = m.group(2)
    for code in set(onto.codes()) - onto.extensions:
        assert onto.plover_mapping(code).type == table.get(code), code
