"""Issue 13, input hygiene: UTF-16/32 with a byte-order mark, a hint for UTF-16 without one,
terminal escapes and control characters stripped, symbolic links to directories followed
with loop detection."""

from __future__ import annotations

import codecs
import json

import pytest

from multivector.ingest import read_inputs
from multivector.ingest.text import InputError, clean_text, decode
from multivector.model import Document, DocumentProblem

BODY = (
    "The foreign minister of Georgia visited Baku on Tuesday and met with the president of "
    "Azerbaijan.\nThe two sides signed an agreement on a new railway line\tand said that they "
    "would work together on energy transit to Europe."
)


def read(*paths):
    out = list(read_inputs([str(p) for p in paths]))
    docs = {d.id: d for d in out if isinstance(d, Document)}
    problems = {p.name: p.reason for p in out if isinstance(p, DocumentProblem)}
    return docs, problems


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ],
)
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, bom, encoding):
    p = tmp_path / "news.txt"
    p.write_bytes(bom + BODY.encode(encoding))
    docs, problems = read(p)
    assert problems == {}
    assert docs["news"].text == BODY


@pytest.mark.parametrize(
    ("encoding", "name"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")]
)
def test_utf16_without_a_byte_order_mark_gets_a_hint(tmp_path, encoding, name):
    p = tmp_path / "news.txt"
    p.write_bytes(BODY.encode(encoding))
    _docs, problems = read(p)
    reason = problems[str(p)]
    assert "binary" in reason and name in reason and "iconv" in reason


def test_real_binary_data_gets_no_utf16_hint():
    with pytest.raises(InputError) as err:
        decode(bytes(range(256)) * 4)
    assert "UTF-16" not in str(err.value)


def test_a_broken_utf16_file_says_so():
    with pytest.raises(InputError, match="UTF-16-LE"):
        decode(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate


def test_escape_sequences_and_control_characters_are_stripped(tmp_path):
    coloured = (
        "\x1b[1;31mThe foreign minister\x1b[0m of Georgia\x07 visited Baku\x01 on Tuesday"
        "\x1b]0;title\x07 and met with the president of Azerbaijan.\r\n\x0c"
        + BODY.split("\n", 1)[1]
    )
    p = tmp_path / "log.txt"
    p.write_text(coloured, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    # a NUL byte makes a file binary; in JSON it is an escape (\u0000) like any other
    feed.write_text(json.dumps({"id": "j1", "text": coloured.replace("\x01", "\x00")}) + "\n")
    docs, problems = read(p, feed)
    assert problems == {}
    for doc in (docs["log"], docs["j1"]):
        assert not {"\x1b", "\x07", "\x00", "\x01", "\x0c"} & set(doc.text)
        assert doc.text.startswith("The foreign minister of Georgia visited Baku on Tuesday and")
        assert "\t" in doc.text and "\n" in doc.text and "[0m" not in doc.text


def test_clean_text_repairs_text_decoded_in_the_wrong_encoding():
    # UTF-8 read as Mac Roman, as Windows-1252, and Windows-1252 read as Latin-1, line by line
    assert clean_text("Chile\u201a\u00c4\u00f4s envoy") == "Chile\u2019s envoy"
    assert clean_text("a caf\u00c3\u00a9 in Bogot\u00c3\u00a1\nSeoul\u00e2\u20ac\u2122s reply") == (
        "a caf\u00e9 in Bogot\u00e1\nSeoul\u2019s reply"
    )
    assert clean_text("talks stalled\x85 again") == "talks stalled\u2026 again"
    # well-formed accents, curly quotes and dashes stay as written
    for text in ("S\u00e3o Paulo and Le\u00f3n", "\u201cNo\u201d \u2014 5\u20136", "na\u00efve \u00c5land"):
        assert clean_text(text) == text


def test_mojibake_in_text_html_and_json_files_is_repaired(tmp_path):
    garbled = BODY.replace("Georgia", "Georgia\u201a\u00c4\u00f4s envoy")
    (tmp_path / "a.txt").write_text(garbled, encoding="utf-8")
    (tmp_path / "b.html").write_text(
        f"<html><body><article><p>{garbled}</p></article></body></html>", encoding="utf-8"
    )
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": garbled}) + "\n")
    docs, problems = read(tmp_path / "a.txt", tmp_path / "b.html", tmp_path / "c.jsonl")
    assert problems == {}
    assert len(docs) == 3
    for doc in docs.values():
        assert "Georgia\u2019s envoy" in doc.text and "\u201a" not in doc.text


def test_clean_text_keeps_tabs_newlines_and_ordinary_text():
    assert clean_text("a\tb\nc\r\nd") == "a\tb\nc\r\nd"
    assert clean_text("Russia – «Kyiv»") == "Russia – «Kyiv»"
    assert clean_text("x\x1b[2Ky\x9b1mz\x07") == "xyz"
    assert clean_text("page\x0cbreak") == "page\nbreak"


@pytest.fixture()
def linked_tree(tmp_path):
    """root/a/one.txt, root/link-to-a -> root/a, root/a/loop -> root, and an outside dir."""
    root = tmp_path / "root"
    (root / "a").mkdir(parents=True)
    (root / "a" / "one.txt").write_text(BODY)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "two.txt").write_text(BODY.replace("Georgia", "Armenia"))
    (root / "ext").symlink_to(outside, target_is_directory=True)
    (root / "link-to-a").symlink_to(root / "a", target_is_directory=True)
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    return root


def test_symlinked_directories_are_followed_once_and_loops_reported(linked_tree):
    docs, problems = read(linked_tree)
    assert set(docs) == {"a/one", "ext/two"}
    loop = str(linked_tree / "a" / "loop")
    second = str(linked_tree / "link-to-a")
    assert "loop" in problems[loop] and str(linked_tree) in problems[loop]
    assert "same directory as" in problems[second]


def test_invisible_characters_inside_names_are_removed(tmp_path):
    assert clean_text("Rus\u200bsia and Kaz\u00adakh\u00adstan met") == "Russia and Kazakhstan met"
    assert clean_text("a\u200c\u200d\u2060b\ufeff") == "ab"
    path = tmp_path / "zw.txt"
    path.write_text("Rus\u200bsia signed a treaty with Kazakh\u00adstan.", encoding="utf-8")
    [doc] = list(read_inputs([str(path)]))
    assert isinstance(doc, Document)
    assert doc.text == "Russia signed a treaty with Kazakhstan."
