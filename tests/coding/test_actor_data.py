"""The actor dictionaries (countries, organisations, leaders, agents) and their loader."""

from __future__ import annotations

import collections
import re
from datetime import date
from pathlib import Path

import pytest

from multivector.actors import (
    ActorData,
    CountryEntry,
    LeaderEntry,
    OrganizationEntry,
    Term,
    extend_actor_data,
    iso_names,
    load_actor_data,
)


@pytest.fixture(scope="module")
def data() -> ActorData:
    return load_actor_data()


def _leader(data: ActorData, name: str, country: str | None = None) -> LeaderEntry:
    found = [
        p for p in data.leaders if p.names[0] == name and (country is None or p.country == country)
    ]
    assert len(found) == 1, f"{name}: {len(found)} entries"
    return found[0]


# --- the bundled files -------------------------------------------------------------------


def test_every_file_loads_with_plausible_sizes(data: ActorData) -> None:
    assert len(data.countries) >= 250
    assert len(data.organizations) >= 60
    assert len(data.leaders) >= 400
    assert len(data.agents) >= 20


def test_country_codes_are_three_uppercase_letters(data: ActorData) -> None:
    for c in data.countries:
        assert re.fullmatch(r"[A-Z]{3}", c.code), c.code
        assert c.name and c.names


def test_every_iso_country_is_present(data: ActorData) -> None:
    codes = {c.code for c in data.countries}
    missing = set(iso_names()) - codes
    assert missing == set()


def test_the_iso_table_is_pycountrys():
    """data/iso3166.yaml is what ``python -m multivector.actors.build_iso`` writes today."""
    from multivector.actors.build_iso import build

    pytest.importorskip("pycountry")
    assert build() == iso_names()


def test_cameo_special_codes_are_present(data: ActorData) -> None:
    for code in ("USR", "YUG", "CSK", "DDR", "SCG", "KSV", "PSE", "TWN"):
        assert data.country(code).names


def test_common_names_and_abbreviations(data: ActorData) -> None:
    def resolves(word: str) -> set[str]:
        return {
            c.code
            for c in data.countries
            if word in c.names or word in c.adjectives or word in c.demonyms
        }

    expected = {
        "U.S.": "USA",
        "America": "USA",
        "UK": "GBR",
        "Britain": "GBR",
        "Great Britain": "GBR",
        "PRC": "CHN",
        "ROK": "KOR",
        "DPRK": "PRK",
        "UAE": "ARE",
        "DRC": "COD",
        "Holland": "NLD",
        "Burma": "MMR",
        "Kazakh": "KAZ",
        "Russian": "RUS",
        "Uzbek": "UZB",
        "Chinese": "CHN",
        "American": "USA",
        "British": "GBR",
        "Kazakhs": "KAZ",
    }
    for word, code in expected.items():
        assert resolves(word) == {code}, word


def test_no_name_belongs_to_two_countries_unless_ambiguous(data: ActorData) -> None:
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for c in data.countries:
        for word in (*c.names, *c.adjectives, *c.demonyms, *c.regions):
            owners[word.casefold()].add(c.code)
    clashes = {
        w: codes
        for w, codes in owners.items()
        if len(codes) > 1 and not all(data.country(code).ambiguous for code in codes)
    }
    # Peoples living in two countries are listed under both on purpose: the document decides
    # (actors.py, _prefer_named_countries). Any other shared name is a mistake.
    peoples = {"hutu", "hutus", "tutsi", "tutsis", "tamil", "tamils", "masalit", "zaghawa"}
    peoples |= {"pashtun", "pashtuns", "papuan", "ethnic albanian", "ethnic albanians"}
    assert {w for w in clashes if w not in peoples} == set()


def test_shared_capitals_do_not_overlap_in_time(data: ActorData) -> None:
    by_name: dict[str, list[tuple[str, date, date]]] = collections.defaultdict(list)
    for c in data.countries:
        for cap in c.capitals:
            by_name[cap.name.casefold()].append(
                (c.code, cap.start or date.min, cap.end or date.max)
            )
    for name, spans in by_name.items():
        spans.sort(key=lambda s: s[1])
        for (c1, _, end1), (c2, start2, _) in zip(spans, spans[1:], strict=False):
            assert end1 <= start2, f"{name}: {c1} and {c2} overlap"


def test_capitals_are_dated_metonyms(data: ActorData) -> None:
    moscow = {c.code: cap for c in data.countries for cap in c.capitals if cap.name == "Moscow"}
    assert moscow["USR"].valid_on(date(1990, 1, 1)) and not moscow["USR"].valid_on(date(1995, 1, 1))
    assert moscow["RUS"].valid_on(date(1995, 1, 1)) and not moscow["RUS"].valid_on(date(1990, 1, 1))
    astana = [cap for cap in data.country("KAZ").capitals if cap.name == "Astana"][0]
    assert astana.valid_on(None) and astana.valid_on(date(2024, 1, 1))
    assert not astana.valid_on(date(1995, 1, 1))


def test_ambiguous_countries_are_marked(data: ActorData) -> None:
    for code in ("TCD", "GEO", "JOR"):
        assert data.country(code).ambiguous
    assert not data.country("KAZ").ambiguous


def test_regions(data: ActorData) -> None:
    assert "Xinjiang" in data.country("CHN").regions
    assert "Chechnya" in data.country("RUS").regions


def test_organizations(data: ActorData) -> None:
    codes = [o.code for o in data.organizations]
    assert len(codes) == len(set(codes))
    country_codes = {c.code for c in data.countries}
    for o in data.organizations:
        assert o.kind in ("igo", "ngo", "mnc", "nsa", "state")
        if o.kind == "nsa":
            assert re.fullmatch(r"[A-Z]{9}", o.code) and o.code[:3] in country_codes | {"IMG"}
        elif o.kind == "state":
            assert re.fullmatch(r"(?:[A-Z]{3}){2,3}", o.code) and o.code[:3] in country_codes
        else:
            assert re.fullmatch(rf"{o.kind.upper()}[A-Z]+", o.code), o.code
        assert set(o.members) <= country_codes

    def by_name(name: str) -> OrganizationEntry:
        (found,) = [o for o in data.organizations if name in o.names]
        return found

    assert "CIS" in by_name("Commonwealth of Independent States").code
    assert "KAZ" in by_name("CIS").members
    assert "EU" in by_name("European Union").code
    assert "NAT" in by_name("NATO").code
    assert by_name("OPEC").kind == "igo"
    assert by_name("Amnesty International").kind == "ngo"
    assert by_name("Hamas").code.startswith("PSE") and by_name("Hamas").kind == "nsa"
    assert by_name("Taliban").code.startswith("AFG")
    for name in (
        "UN",
        "IAEA",
        "WTO",
        "IMF",
        "World Bank",
        "SCO",
        "CSTO",
        "OSCE",
        "ASEAN",
        "African Union",
        "Arab League",
        "GCC",
        "OIC",
        "G7",
        "G20",
        "BRICS",
        "CICA",
        "Council of Europe",
        "EBRD",
        "Asian Development Bank",
        "Eurasian Economic Union",
        "Red Cross",
        "Human Rights Watch",
    ):
        assert by_name(name)


def test_agents(data: ActorData) -> None:
    owners: dict[str, list[str]] = collections.defaultdict(list)
    for a in data.agents:
        assert re.fullmatch(r"(?:[A-Z]{3})+", a.code)
        for noun in a.nouns:
            assert noun == noun.lower()
            owners[noun].append(a.code)
    assert {n: c for n, c in owners.items() if len(c) > 1} == {}
    assert data.agent("GOV").label == "government"
    assert "legislature" in data.agent("LEG").nouns
    assert "troop" in data.agent("MIL").nouns


# --- leaders -----------------------------------------------------------------------------


def test_leader_terms_are_ordered_and_known_countries(data: ActorData) -> None:
    country_codes = {c.code for c in data.countries}
    for p in data.leaders:
        assert p.country in country_codes or (p.country is None and p.code), p.names[0]
        for t in p.terms:
            assert t.end is None or t.start is None or t.start < t.end, p.names[0]


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Nursultan Nazarbayev", date(1995, 6, 1), "KAZGOV"),
        ("Nursultan Nazarbayev", date(2021, 1, 1), "KAZELI"),
        ("Kassym-Jomart Tokayev", date(2020, 1, 1), "KAZGOV"),
        ("Kassym-Jomart Tokayev", date(2010, 1, 1), "KAZLEG"),  # Senate chairman then
        ("Vladimir Putin", date(1999, 8, 20), "RUSGOV"),  # prime minister
        ("Vladimir Putin", date(2005, 1, 1), "RUSGOV"),
        ("Vladimir Putin", date(1995, 1, 1), "RUSELI"),
        ("Boris Yeltsin", date(1995, 1, 1), "RUSGOV"),
        ("Mikhail Gorbachev", date(1990, 6, 1), "USRGOV"),
        ("Xi Jinping", date(2020, 1, 1), "CHNGOV"),
    ],
)
def test_leader_code_on(data: ActorData, name: str, day: date, code: str) -> None:
    assert _leader(data, name).code_on(day) == code


def test_organization_officials(data: ActorData) -> None:
    annan = _leader(data, "Kofi Annan")
    assert annan.country is None and annan.code == "IGOUNO"
    assert annan.code_on(date(2000, 1, 1)) == "IGOUNO"
    assert annan.code_on(date(2010, 1, 1)) == "IGOUNOELI"
    assert _leader(data, "Jens Stoltenberg").code_on(date(2020, 1, 1)) == "IGOWSTNAT"


def test_term_boundaries_hand_over_on_the_successors_first_day(data: ActorData) -> None:
    handover = date(2019, 3, 20)
    assert _leader(data, "Nursultan Nazarbayev").code_on(handover) == "KAZELI"
    assert _leader(data, "Kassym-Jomart Tokayev").code_on(handover) == "KAZGOV"


def test_code_on_without_date_is_the_latest_role() -> None:
    person = LeaderEntry(
        names=("A Person",),
        country="KAZ",
        code=None,
        role="GOV",
        title="Minister",
        terms=(Term(date(2000, 1, 1), date(2005, 1, 1), role="MIL"), Term(date(2010, 1, 1), None)),
    )
    assert person.code_on() == "KAZGOV"
    assert person.code_on(date(2001, 1, 1)) == "KAZMIL"
    assert person.code_on(date(2007, 1, 1)) == "KAZELI"


def test_no_name_is_listed_twice_on_one_person(data: ActorData) -> None:
    for p in data.leaders:
        folded = [n.casefold() for n in p.names]
        assert len(folded) == len(set(folded)), p.names[0]


def test_shared_names_never_give_two_codes_on_one_day(data: ActorData) -> None:
    """Where two entries share a name, at most one code is in office on any day."""
    holders: dict[str, list[LeaderEntry]] = collections.defaultdict(list)
    for p in data.leaders:
        for n in p.names:
            holders[n.casefold()].append(p)
    for name, people in holders.items():
        days = {t.start for p in people for t in p.terms if t.start} | {
            t.end for p in people for t in p.terms if t.end
        }
        for day in days:
            codes = {p.code_on(day) for p in people if p.in_office(day)}
            assert len(codes) <= 1, f"{name} on {day}: {codes}"


def test_in_office(data: ActorData) -> None:
    tusk = [p for p in data.leaders if "Tusk" in p.names]
    assert {p.code_on(date(2016, 1, 1)) for p in tusk if p.in_office(date(2016, 1, 1))} == {
        "IGOEUREEC"
    }
    assert all(p.in_office(None) for p in tusk)


def test_surnames_shared_by_two_people_have_dated_entries(data: ActorData) -> None:
    bushes = [p for p in data.leaders if "Bush" in p.names]
    assert len(bushes) == 2
    assert {p.code_on(date(1990, 1, 1)) for p in bushes} == {"USAGOV", "USAELI"}
    assert not any("Kim" in p.names for p in data.leaders)


# --- user files --------------------------------------------------------------------------


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        """
countries:
  KAZ:
    name: Kazakhstan
    names: [Qazaqstan Respublikasy]
  XAA:
    name: Atlantis
    adjectives: [Atlantean]
  UZB:
    extend: true
    name: Uzbekistan
    regions: [Fergana]
organizations:
  - {code: IGOCASXYZ, names: [Steppe Forum], kind: igo, members: [KAZ, XAA]}
leaders:
  - names: [Jane Doe, Doe]
    country: XAA
    role: GOV
    title: Queen
    terms: [{from: 2001-02, until: 2010}]
agents:
  GOV: {label: government, nouns: [vizier]}
"""
    )
    data = load_actor_data([user])
    assert data.country("KAZ").names == ("Qazaqstan Respublikasy",)
    assert data.country("XAA").adjectives == ("Atlantean",)
    uzb = data.country("UZB")
    assert "Fergana" in uzb.regions and "Karakalpakstan" in uzb.regions
    assert data.organization("IGOCASXYZ").members == ("KAZ", "XAA")
    doe = _leader(data, "Jane Doe")
    assert doe.terms[0].start == date(2001, 2, 1) and doe.terms[0].end == date(2010, 1, 1)
    assert doe.code_on(date(2005, 1, 1)) == "XAAGOV"
    assert data.agent("GOV").nouns == ("vizier",)
    # the built-in data is untouched
    assert load_actor_data().country("KAZ").names[0] == "Kazakhstan"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "countries:\n  KAZ: {name: K, nmes: [K]}\n",
            r"bad\.yaml: country KAZ: unknown key\(s\) nmes",
        ),
        ("countries:\n  kaz: {name: K}\n", r"bad\.yaml: country kaz: bad country code"),
        ("countries:\n  KAZ: {names: [K]}\n", r"bad\.yaml: country KAZ: missing field\(s\) name"),
        (
            "leaders:\n  - {names: [X], country: KAZ, role: GOV, title: T, terms: [{from: 2020-13-01}]}\n",
            r"bad\.yaml: not valid YAML: month must be in 1..12",
        ),
        (
            "leaders:\n  - {names: [X], country: KAZ, role: GOV, title: T, terms: [{from: '2020-13'}]}\n",
            r"bad\.yaml: leader #1 \(X\): term #1: from must be a date",
        ),
        (
            "leaders:\n  - {names: [X], country: KAZ, role: GOV, title: T, terms: [{from: 2020, until: 2019}]}\n",
            r"bad\.yaml: leader #1 \(X\): term #1: until 2019-01-01 is not after",
        ),
        (
            "leaders:\n  - {names: [X], country: ZZZ, role: GOV, title: T, terms: [{from: 2020}]}\n",
            r"unknown country ZZZ.*bad\.yaml",
        ),
        (
            "leaders:\n  - {names: [X], role: GOV, title: T, terms: [{from: 2020}]}\n",
            r"bad\.yaml: leader #1 \(X\): needs a country",
        ),
        (
            "organizations:\n  - {code: UNO, names: [U], kind: igo}\n",
            r"bad\.yaml: organization UNO: bad organization code",
        ),
        (
            "organizations:\n  - {code: IGOXX, names: [U], kind: club}\n",
            r"bad\.yaml: organization IGOXX: kind",
        ),
        (
            "organizations:\n  - {code: NGOXX, names: [U], kind: igo}\n",
            r"bad\.yaml: organization NGOXX: igo codes must start with IGO",
        ),
        (
            "organizations:\n  - {code: ZZZREBABC, names: [U], kind: nsa}\n",
            r"organization ZZZREBABC: unknown country ZZZ.*bad\.yaml",
        ),
        (
            "organizations:\n  - {code: IGOXX, names: [U], kind: nsa}\n",
            r"bad\.yaml: organization IGOXX: bad non-state actor code",
        ),
        (
            "agents:\n  GOV: {label: g, nouns: [Vizier]}\n",
            r"bad\.yaml: agent GOV: nouns must be lowercase",
        ),
        ("people: []\n", r"bad\.yaml: unknown top-level section\(s\) people"),
        ("countries: [1, 2\n", r"bad\.yaml: not valid YAML"),
        (
            "countries:\n  XAB: {extend: true, name: X}\n",
            r"bad\.yaml: country XAB: extend: true but",
        ),
    ],
)
def test_malformed_user_file_names_the_file_and_entry(
    tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content)
    with pytest.raises(ValueError, match=message):
        load_actor_data([bad])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"nope\.yaml: cannot read"):
        load_actor_data([tmp_path / "nope.yaml"])


def test_extended_adds_entries_and_adapters(data: ActorData) -> None:
    atlantis = CountryEntry(code="XAA", name="Atlantis", names=("Atlantis",))

    class Adapter:
        def as_actor_entries(self):
            return [OrganizationEntry(code="NGOXAA", names=("Friends of Atlantis",), kind="ngo")]

    bigger = extend_actor_data(data, [atlantis, Adapter()])
    assert bigger.country("XAA") is atlantis
    assert bigger.organization("NGOXAA").kind == "ngo"
    assert len(bigger.countries) == len(data.countries) + 1
    with pytest.raises(TypeError, match="cannot add int"):
        extend_actor_data(data, [42])
    with pytest.raises(KeyError, match="no country with code 'XAA'"):
        data.country("XAA")


def test_no_leader_entry_is_lost_on_load(data: ActorData) -> None:
    """Every person in the leaders*.yaml files is loaded (two entries, in one file or in two,
    must never replace each other)."""
    import yaml

    entries = []
    data_dir = Path(__file__).resolve().parents[2] / "src/multivector/actors/data"
    for path in sorted(data_dir.glob("leaders*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries.extend(raw if isinstance(raw, list) else raw.get("leaders", []))
    assert len(data.leaders) == len(entries)
