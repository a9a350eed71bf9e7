"""read_inputs over files, directories, JSON Lines and stdin, good and bad."""

from __future__ import annotations

import io
import json
import os

import pytest

from multivector.ingest import read_inputs
from multivector.model import Document, DocumentProblem

BODY = (
    "The foreign minister of Georgia visited Baku on Tuesday and met with the president of "
    "Azerbaijan. The two sides signed an agreement on a new railway line and said that they "
    "would work together on energy transit to Europe."
)
OTHER = (
    "Armenia accused its neighbour of shelling border villages, and the government called on "
    "the mediators of the OSCE to send observers to the line of contact as soon as possible."
)
SPANISH = (
    "El ministro de Asuntos Exteriores visitó la capital el martes y se reunió con el presidente "
    "del país vecino para firmar un acuerdo sobre una nueva línea ferroviaria y el tránsito de energía."
)


def items(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def docs(result):
    return [x for x in result if isinstance(x, Document)]


def problems(result):
    return {p.name: p.reason for p in result if isinstance(p, DocumentProblem)}


def test_plain_text_file(tmp_path):
    p = tmp_path / "caucasus.txt"
    p.write_text(
        f"Caucasus - Railways\n\n{BODY}\n\nAlso read article about Georgia from Wikipedia\n"
    )
    [doc] = items(p, date="2015-06-01")
    assert doc.id == "caucasus"
    assert doc.title == "Caucasus - Railways"
    assert doc.date == "2015-06-01"
    assert doc.text == f"Caucasus - Railways\n\n{BODY}"
    assert doc.source_path == str(p)


def test_unknown_extension_text_and_sniffed_html(tmp_path):
    (tmp_path / "notes.md").write_text(BODY)
    (tmp_path / "saved.page").write_text(
        f"<!DOCTYPE html><html><body><nav>Menu</nav><p>{BODY}</p></body></html>"
    )
    [a] = items(tmp_path / "notes.md")
    [b] = items(tmp_path / "saved.page")
    assert a.text == BODY
    assert b.text == BODY


def test_html_file_meta_date_wins_over_default(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>T</title><meta name='date' content='2012-11-05'></head><body>"
        f"<header>Site</header><article><p>{BODY}</p><p>{OTHER}</p></article>"
        "<footer>Footer</footer></body></html>"
    )
    [doc] = items(p, date="2015-06-01")
    assert doc.date == "2012-11-05"
    assert doc.text == f"{BODY}\n\n{OTHER}"
    assert doc.title == "T"
    # an unparseable meta date falls back to the default rather than losing the document
    p.write_text(
        f"<html><head><meta name='date' content='5 Nov 2012'></head><body><p>{BODY}</p></body></html>"
    )
    [doc] = items(p, date="2015-06-01")
    assert doc.date == "2015-06-01"


def test_jsonl_good_and_malformed_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": BODY,
                "date": "2014-03-01T12:00:00",
                "title": "A",
                "url": "http://x/a",
            }
        ),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": 42}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "f", "text": OTHER, "date": "last week"}),
        json.dumps({"text": OTHER}),
        json.dumps({"id": "h", "text": SPANISH}),
        json.dumps({"id": 9, "text": BODY, "date": None}),
    ]
    p.write_text("\n".join(lines) + "\n")
    result = items(p, date="2015-01-01")
    assert [d.id for d in docs(result)] == ["a", "feed:8", "9"]
    a = docs(result)[0]
    assert (a.date, a.title, a.url) == ("2014-03-01", "A", "http://x/a")
    assert docs(result)[1].date == "2015-01-01"
    probs = problems(result)
    assert set(probs) == {f"{p}:2", f"{p}:3", f"{p}:4", f"{p}:6", f"{p}:7", f"{p}:9"}
    assert "invalid JSON" in probs[f"{p}:2"]
    assert '"text"' in probs[f"{p}:3"]
    assert "string" in probs[f"{p}:4"]
    assert "JSON object" in probs[f"{p}:6"]
    assert "invalid date" in probs[f"{p}:7"]
    assert "English" in probs[f"{p}:9"]
    # order is input order
    names = [x.id if isinstance(x, Document) else x.name for x in result]
    assert names == ["a", f"{p}:2", f"{p}:3", f"{p}:4", f"{p}:6", f"{p}:7", "feed:8", f"{p}:9", "9"]


def test_jsonl_over_long_line_is_skipped_and_reading_goes_on(tmp_path):
    p = tmp_path / "big.ndjson"
    long_text = "x " * 5000
    p.write_text(
        json.dumps({"id": "big", "text": long_text})
        + "\n"
        + json.dumps({"id": "ok", "text": BODY})
        + "\n"
    )
    result = items(p, max_bytes=2000)
    assert [d.id for d in docs(result)] == ["ok"]
    assert "too large" in problems(result)[f"{p}:1"]


def test_bad_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes(BODY.replace("Baku", "Bakú").encode("latin-1"))
    (tmp_path / "spanish.txt").write_text(SPANISH)
    (tmp_path / "big.txt").write_text(BODY * 100)
    result = items(
        *(
            tmp_path / n
            for n in ["empty.txt", "binary.bin", "latin1.txt", "spanish.txt", "big.txt"]
        ),
        tmp_path / "missing.txt",
        max_bytes=5000,
    )
    assert docs(result) == []
    probs = problems(result)
    assert "empty" in probs[str(tmp_path / "empty.txt")]
    assert "binary" in probs[str(tmp_path / "binary.bin")]
    assert "UTF-8" in probs[str(tmp_path / "latin1.txt")]
    assert "English" in probs[str(tmp_path / "spanish.txt")]
    assert "too large" in probs[str(tmp_path / "big.txt")]
    assert "no such file" in probs[str(tmp_path / "missing.txt")]


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text(BODY)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # (tests may run as root, who can read a chmod-0 file; simulate the refusal instead)
    monkeypatch.setattr("multivector.ingest.readers.open", denied, raising=False)
    [prob] = items(p)
    assert isinstance(prob, DocumentProblem)
    assert prob.reason == "cannot read: Permission denied"


def test_directory_mixed_good_and_bad_sorted_with_relative_ids(tmp_path):
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.html").write_text(f"<html><body><p>{OTHER}</p></body></html>")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text(OTHER)
    (sub / "feed.jsonl").write_text(
        json.dumps({"id": "n1", "text": BODY})
        + "\nnope\n"
        + json.dumps({"id": "n2", "text": OTHER})
        + "\n"
    )
    (sub / "empty.txt").write_text("")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / "z.dat").write_bytes(b"\x00\x01\x02")
    result = items(tmp_path)
    names = [x.id if isinstance(x, Document) else x.name for x in result]
    assert names == [
        "a",
        "b",
        str(tmp_path / "z.dat"),
        "sub/b",
        str(sub / "empty.txt"),
        "n1",
        f"{sub / 'feed.jsonl'}:2",
        "n2",
    ]


def test_stdin_plain_text_and_jsonl():
    [doc] = list(read_inputs(["-"], date="2010-10-10", stdin=io.BytesIO(BODY.encode())))
    assert (doc.id, doc.text, doc.date) == ("stdin", BODY, "2010-10-10")
    feed = "\n".join(
        [json.dumps({"id": "1", "text": BODY}), "{broken", json.dumps({"id": "3", "text": OTHER})]
    )
    result = list(read_inputs(["-"], stdin=io.BytesIO(feed.encode())))
    assert [d.id for d in docs(result)] == ["1", "3"]
    assert list(problems(result)) == ["<stdin>:2"]
    # a text that merely contains a JSON line is a text
    mixed = json.dumps({"id": "1", "text": BODY}) + "\n" + BODY
    [doc] = list(read_inputs(["-"], stdin=io.BytesIO(mixed.encode())))
    assert doc.id == "stdin"


def test_stdin_jsonl_longer_than_the_buffer_is_streamed():
    lines = [json.dumps({"id": str(i), "text": BODY}) for i in range(200)]
    result = list(read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO("\n".join(lines).encode())))
    assert [d.id for d in docs(result)] == [str(i) for i in range(200)]
    too_long_text = (BODY + "\n") * 20
    [prob] = list(read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO(too_long_text.encode())))
    assert "too large" in prob.reason


def test_invalid_default_date_raises_at_once():
    with pytest.raises(ValueError, match="invalid date"):
        read_inputs(["x"], date="01/02/2015")


def test_reading_is_lazy(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"id": "1", "text": BODY}) + "\n")
    it = read_inputs([str(p), str(tmp_path / "missing")])
    assert next(it).id == "1"  # the missing second path has not been touched yet


def test_parquet_file_rows_stream_as_records(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "id": ["p1", None, "p3"],
            "text": [BODY, OTHER, None],
            "date": ["2014-01-02", None, None],
        }
    )
    path = tmp_path / "docs.parquet"
    pq.write_table(table, path)
    result = items(path, date="2015-01-01")
    assert [(d.id, d.date) for d in docs(result)] == [
        ("p1", "2014-01-02"),
        ("docs:2", "2015-01-01"),
    ]
    assert problems(result) == {f"{path}:row 3": 'missing "text" field'}
    import datetime

    typed = pa.table({"id": ["t1"], "text": [BODY], "date": [datetime.date(2013, 9, 7)]})
    pq.write_table(typed, tmp_path / "typed.parquet")
    [doc] = items(tmp_path / "typed.parquet")
    assert doc.date == "2013-09-07"
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    [prob] = items(tmp_path / "bad.parquet")
    assert prob.reason.startswith("cannot read Parquet")


def test_streaming_keeps_memory_flat_on_a_large_file(tmp_path):
    import tracemalloc

    p = tmp_path / "large.jsonl"
    line = json.dumps({"id": "x", "text": BODY}) + "\n"
    with open(p, "w") as f:
        for _ in range(8_000):  # ~2.5 MB
            f.write(line)
    list(read_inputs([str(p)], max_bytes=1))  # load the pattern and word lists first
    tracemalloc.start()
    n = 0
    for item in read_inputs([str(p)]):
        n += isinstance(item, Document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 8_000
    assert peak < 500_000, f"peak {peak} bytes: the reader is holding the file"


def test_directory_with_a_pipe_and_a_dangling_link(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    result = items(tmp_path)
    assert [d.id for d in docs(result)] == ["a"]
    assert problems(result) == {
        str(tmp_path / "link.txt"): "not a regular file",
        str(tmp_path / "pipe"): "not a regular file",
    }


def test_unlistable_subdirectory_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "sub").mkdir()
    real_walk = os.walk

    def walk(top, onerror=None, **kw):
        for entry in real_walk(top, onerror=onerror, **kw):
            yield entry
            if onerror and entry[0] == str(tmp_path):
                onerror(PermissionError(13, "Permission denied", str(tmp_path / "sub")))

    monkeypatch.setattr("multivector.ingest.readers.os.walk", walk)
    result = items(tmp_path)
    assert [d.id for d in docs(result)] == ["a"]
    assert problems(result) == {str(tmp_path / "sub"): "cannot read: Permission denied"}
