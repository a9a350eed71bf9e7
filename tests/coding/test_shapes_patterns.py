"""Patterns the pattern language can now express, through the coder: readmission and its
refusal, a hunger strike as a state, evidence shared, suspects charged, observers accredited,
quotas withdrawn, persona non grata, weapons test-fired, walk-outs and adjective particles.
Sentences are written for these tests."""

from __future__ import annotations

import pytest


def _pairs(coder, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.country or e.source.code, e.target.country if e.target else None, e.cameo)
        for e in coder.code_text(text)
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # readmission of people (060) and its refusal (121)
        ("Sweden agreed to take back 300 Afghan migrants from Germany.", ("SWE", "DEU", "031")),
        ("Tunisia took back 40 of its nationals from Italy on Friday.", ("TUN", "ITA", "060")),
        ("Italy said it would not take back the asylum seekers from Austria.",
         ("ITA", "AUT", "121")),
        ("Algeria refused to readmit the migrants from France.", ("DZA", "FRA", "121")),
        # a hunger strike as a state (142 and its issue codes)
        ("A Georgian opposition leader has been on hunger strike since May.", ("GEO", None, "142")),
        ("Two Cuban dissidents remained on hunger strike in Havana.", ("CUB", None, "142")),
        # evidence shared with someone, under the object (064)
        ("Kenya shared evidence of the bombing with Uganda.", ("KEN", "UGA", "064")),
        ("Estonia shared recordings of the calls with Finland.", ("EST", "FIN", "064")),
        # suspects formally charged (173)
        ("Prosecutors in Kuwait charged seven suspects.", ("KWT", "KWT", "173")),
        ("A Moroccan court charged four suspects over the attack.", ("MAR", "MAR", "173")),
        # observers accredited (0862)
        ("Armenia accredited 400 observers from the OSCE.", ("ARM", None, "0862")),
        # quotas and tariffs withdrawn (085)
        ("Chile withdrew the quotas on Peruvian fruit.", ("CHL", "PER", "085")),
        ("India rescinded the tariffs on Bangladeshi jute.", ("IND", "BGD", "085")),
        # persona non grata, however the parser reads it (161)
        ("Latvia declared two Belarusian diplomats persona non grata.", ("LVA", "BLR", "161")),
        ("Ecuador declared the Mexican ambassador persona non grata.", ("ECU", "MEX", "161")),
        # a weapons test written with a hyphen (150)
        ("North Korea test-fired a cruise missile on Sunday.", ("PRK", None, "150")),
        ("Pakistan test-launched a ballistic missile.", ("PAK", None, "150")),
        # walk-outs whose "of" hangs under "out" (164)
        ("The Kenyan delegation walked out of the negotiations with Somalia.",
         ("KEN", "SOM", "164")),
        ("Iran pulled out of the talks with the European Union.", ("IRN", None, "164")),
        # "shot dead" with the object after the adjective (175 for protesters)
        ("Syrian troops shot dead three protesters in Daraa.", ("SYR", "SYR", "175")),
    ],
)
def test_new_shapes(coder, text, expected):
    pairs = _pairs(coder, text)
    src, tgt, code = expected
    assert any(
        p[0] == src and (tgt is None or p[1] == tgt) and p[2] == code for p in pairs
    ), (text, pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "military" modifies the object: no adjective particle, no troops sent
        ("Britain sent military instructors to Ghana.", "154"),
        # a determiner read as the subject of a noun is no small clause
        ("The French envoy repeated that call on Monday.", "106"),
    ],
)
def test_no_new_shape_where_none_is(coder, text, code):
    assert code not in {e.cameo for e in coder.code_text(text)}, text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism received: the preposition's actor criticises the subject's (111)
        ("Hungary drew sharp criticism from Germany over the veto.", ("DEU", "HUN", "111")),
        ("Turkey faced criticism from Sweden.", ("SWE", "TUR", "111")),
        ("The Japanese decision drew criticism from China.", ("CHN", "JPN", "111")),
        ("Rwanda's deployment drew criticism from Angola.", ("AGO", "RWA", "111")),
        # an act renamed by a noun after a comma: its doer is criticised
        ("Mali sent 500 troops to Niger, a move that drew criticism from Nigeria.",
         ("NGA", "MLI", "111")),
        # praise received (051)
        ("Indonesia won praise from Australia for the rescue.", ("AUS", "IDN", "051")),
    ],
)
def test_converse_patterns(coder, text, expected):
    pairs = _pairs(coder, text)
    assert expected in pairs, (text, pairs)
    assert (expected[1], expected[0], expected[2]) not in pairs, (text, pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit announced with "due" (036), to a named place only
        ("A Chinese delegation is due in Hanoi next week.", ("CHN", "VNM", "036")),
        ("The Kenyan foreign minister is due in Kampala on Sunday.", ("KEN", "UGA", "036")),
        ("Indian officials are due in Dhaka later this month.", ("IND", "BGD", "036")),
        # pessimism and optimism as adjective complements (012, 013)
        ("Germany was pessimistic about the talks with Iran.", ("DEU", "IRN", "012")),
        ("Greece remained sceptical about the Turkish proposal.", ("GRC", "TUR", "012")),
        ("Brazil was optimistic about the negotiations with Argentina.", ("BRA", "ARG", "013")),
    ],
)
def test_adjective_complements(coder, text, expected):
    pairs = _pairs(coder, text)
    assert expected in pairs, (text, pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president is due in court on Monday.",
        "The Peruvian minister is due in parliament on Friday.",
        "The Ghanaian envoy is due in the afternoon.",
    ],
)
def test_due_in_is_no_visit_without_a_place(coder, text):
    assert "036" not in {e.cameo for e in coder.code_text(text)}, text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame laid with a predicative adjective (112, refined by the act named: 1123)
        ("Washington held Moscow responsible for the attack.", ("USA", "RUS", "112")),
        ("Kyiv holds Russia accountable for the shelling of Kharkiv.", ("UKR", "RUS", "112")),
        ("Iraq held Turkey responsible for shelling the village.", ("IRQ", "TUR", "1123")),
    ],
)
def test_hold_responsible(coder, text, expected):
    pairs = _pairs(coder, text)
    assert expected in pairs, (text, pairs)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role taken "as" (045); "go-between" is a hyphenated class word
        ("Brazil acted as a mediator between Peru and Ecuador.", ("BRA", "ECU", "045")),
        ("Norway served as an intermediary between Colombia and Venezuela.",
         ("NOR", "COL", "045")),
        ("Algeria acted as a go-between in the talks between Mali and Niger.",
         ("DZA", "MLI", "045")),
    ],
)
def test_acting_as_mediator(coder, text, expected):
    pairs = _pairs(coder, text)
    assert expected in pairs, (text, pairs)
