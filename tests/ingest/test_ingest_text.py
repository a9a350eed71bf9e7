"""Decoding, page-chrome stripping, the English check and date validation."""

from __future__ import annotations

import pytest

from multivector.ingest.text import (
    InputError,
    check_text,
    decode,
    english_ratio,
    normalise_date,
    strip_boilerplate,
    text_title,
)

ENGLISH = (
    "The foreign minister said on Tuesday that the government would not accept the terms "
    "of the agreement, and that talks with the delegation from the neighbouring state "
    "would continue after the holidays."
)
GERMAN = (
    "Der Außenminister sagte am Dienstag, dass die Regierung die Bedingungen des Abkommens "
    "nicht akzeptieren werde und dass die Gespräche mit der Delegation des Nachbarstaates "
    "nach den Feiertagen fortgesetzt würden."
)


def test_decode_drops_bom_and_refuses_binary_and_latin1():
    assert decode("\ufeffhello".encode()) == "hello"
    with pytest.raises(InputError, match="NUL"):
        decode(b"abc\x00def")
    with pytest.raises(InputError, match="control characters"):
        decode(bytes(range(1, 9)) * 50)
    with pytest.raises(InputError, match="not UTF-8.*0xe9"):
        decode("café au lait".encode("latin-1"))
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n\n ")


def test_english_check_judges_only_long_enough_texts():
    assert english_ratio("Too short to judge.") is None
    assert english_ratio(ENGLISH) > 0.3
    assert english_ratio(GERMAN) < 0.15
    assert check_text(ENGLISH) == ENGLISH
    with pytest.raises(InputError, match="English"):
        check_text(GERMAN)
    assert check_text(GERMAN, check_language=False) == GERMAN
    with pytest.raises(InputError, match="empty"):
        check_text("   ")


@pytest.mark.parametrize(
    "chrome",
    [
        "Also read article about Mongolia from Wikipedia",
        "Read more about this story on our website",
        "User Contributions:",
        "Reader comments",
        "Comment about this page, ask questions, or add new information about this topic:",
        "Leave a comment",
        "Share this article on Facebook",
        "Follow us on Twitter",
        "Back to top",
        "© 2015 Example Media. All rights reserved.",
        "Tags: diplomacy, trade",
        "Privacy policy | Terms of use",
    ],
)
def test_trailing_chrome_is_stripped(chrome):
    text = f"Armenia - Relations\n\n{ENGLISH}\n\n{chrome}\n"
    assert strip_boilerplate(text) == f"Armenia - Relations\n\n{ENGLISH}"


def test_repeated_title_inside_trailing_chrome_goes_too_but_body_stays():
    text = f"{ENGLISH}\n\nUser Contributions:\n\nArmenia - Relations\n"
    assert strip_boilerplate(text) == ENGLISH
    # a last paragraph that merely resembles chrome words stays
    body = f"{ENGLISH}\nThe ministers agreed to share information on border crossings."
    assert strip_boilerplate(body) == body


def test_leading_chrome_and_anywhere_chrome():
    text = f"Skip to main content\nHome > World > Asia\n{ENGLISH}\nAdvertisement\n{ENGLISH}"
    assert strip_boilerplate(text) == f"{ENGLISH}\n{ENGLISH}"


def test_title_detection():
    assert (
        text_title("Kazakhstan - Foreign policy\n\nThe country ...")
        == "Kazakhstan - Foreign policy"
    )
    assert text_title("The minister visited Beijing.\nThen he left.") is None
    assert text_title("Only one line") is None


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2015-03-02", "2015-03-02"),
        ("2015-03-02T10:15", "2015-03-02"),
        ("2015-03-02T10:15:30Z", "2015-03-02"),
        ("2015-03-02 10:15:30+05:00", "2015-03-02"),
        (" 2015-03-02 ", "2015-03-02"),
    ],
)
def test_dates_normalise(raw, expected):
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["2015-02-30", "March 2, 2015", "2015/03/02", "yesterday", 20150302]
)
def test_bad_dates_are_refused(raw):
    with pytest.raises(InputError, match="invalid date"):
        normalise_date(raw)


def test_name_heavy_english_passes_but_other_languages_and_scripts_do_not():
    names = (
        "The weather delayed several flights. The Iranian defence minister expelled two "
        "diplomats from Germany two years later. The World Bank urged The United States "
        "to resume negotiations."
    )
    assert check_text(names) == names
    french = (
        "Le ministre des affaires étrangères a rencontré lundi son homologue dans la capitale "
        "et les deux pays ont signé un accord sur la construction d'une nouvelle ligne."
    )
    russian = (
        "Министр иностранных дел встретился в понедельник с коллегой и подписал соглашение "
        "о строительстве новой железной дороги между двумя странами в ближайшие годы."
    )
    for text in (french, russian, GERMAN):
        with pytest.raises(InputError, match="English"):
            check_text(text)
