"""Streaming input readers: files, directories, JSON Lines and stdin -> documents or problems."""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import IO, Any

from multivector.ingest.html import extract_html, looks_like_html
from multivector.ingest.text import (
    InputError,
    check_text,
    clean_text,
    decode,
    normalise_date,
    strip_boilerplate,
    text_title,
)
from multivector.model import Document, DocumentProblem

Item = Document | DocumentProblem

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# One document at most this large (``code``/``ingest --max-bytes``): reading, coding and storing
# a 50 MB text stay under 500 MB per process (docs/benchmarks.md), so the cap guards against
# mistakes, not exhaustion.
DEFAULT_MAX_BYTES = 50_000_000
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
PARQUET_SUFFIXES = frozenset({".parquet", ".parq"})


def read_inputs(
    paths: Sequence[str],
    date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    check_language: bool = True,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Stream documents from files, directories (walked in sorted order) and ``-`` (stdin).

    Yields a :class:`Document` per usable document and a :class:`DocumentProblem` naming the
    file (or ``file.jsonl:LINE``) for anything unusable; it never raises for bad input.
    ``date`` (YYYY-MM-DD) is every document's default date; a JSON ``date`` field or an HTML
    date meta tag wins for its own document. ``max_bytes`` caps one document (one file, one
    JSON line). Raises ValueError at once if ``date`` itself is invalid.
    """
    default_date = None
    if date is not None:
        try:
            default_date = normalise_date(date)
        except InputError as e:
            raise ValueError(str(e)) from None
    reader = InputReader(default_date, max_bytes, check_language)
    return reader.read_all(list(paths), stdin)


def relative_doc_id(relative_path: str) -> str:
    """The id of a file found in a directory: its relative POSIX path without the suffix."""
    rel = PurePosixPath(relative_path)
    return rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()


class InputReader:
    """The reading rules, usable piece by piece (the Spark job feeds it bytes and lines).

    ``date`` must already be normalised (YYYY-MM-DD) or None.
    """

    def __init__(
        self,
        date: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        check_language: bool = True,
    ) -> None:
        self.date = date
        self.max_bytes = max_bytes
        self.check_language = check_language

    # -- dispatch
    def read_all(self, paths: list[str], stdin: IO[bytes] | None) -> Iterator[Item]:
        for p in paths:
            if p == "-":
                yield from self.read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            elif os.path.isdir(p) and Path(p).suffix.lower() in PARQUET_SUFFIXES:
                yield from self.read_parquet_dataset(Path(p), name=p)
            elif os.path.isdir(p):
                yield from self.read_dir(Path(p))
            else:
                yield from self.read_file(Path(p), doc_id=Path(p).stem, name=p)

    def read_dir(self, root: Path) -> Iterator[Item]:
        """Walk ``root`` in sorted order, following symbolic links to directories; a link that
        leads to a directory already read (a loop, or a second link) is reported, not read."""
        errors: list[OSError] = []
        seen: dict[tuple[int, int], str] = {}
        with contextlib.suppress(OSError):
            seen[_dir_key(root)] = str(root)
        for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=True):
            while errors:  # a subdirectory that could not be listed
                e = errors.pop(0)
                yield DocumentProblem(str(e.filename or dirpath), f"cannot read: {e.strerror or e}")
            # hidden (.x) and Hadoop-style marker (_SUCCESS, _problems) entries are skipped
            keep = []
            for d in sorted(d for d in dirnames if not d.startswith((".", "_"))):
                full = os.path.join(dirpath, d)
                try:
                    key = _dir_key(Path(full))
                except OSError:
                    keep.append(d)  # os.walk reports it
                    continue
                if key in seen:
                    yield DocumentProblem(full, _revisit_reason(full, seen[key]))
                    continue
                seen[key] = full
                keep.append(d)
            dirnames[:] = keep
            for fn in sorted(f for f in filenames if not f.startswith((".", "_"))):
                path = Path(dirpath) / fn
                if not path.is_file():  # a pipe or device would block; a dangling link fails
                    yield DocumentProblem(str(path), "not a regular file")
                    continue
                doc_id = relative_doc_id(path.relative_to(root).as_posix())
                yield from self.read_file(path, doc_id=doc_id, name=str(path))
        for e in errors:
            yield DocumentProblem(str(e.filename or root), f"cannot read: {e.strerror or e}")

    def read_file(self, path: Path, doc_id: str, name: str) -> Iterator[Item]:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            try:
                f = open(path, "rb")
            except FileNotFoundError:
                yield DocumentProblem(name, "no such file or directory")
                return
            except OSError as e:
                yield DocumentProblem(name, f"cannot read: {e.strerror or e}")
                return
            with f:
                yield from self.read_jsonl(f, name, id_prefix=path.stem)
            return
        if suffix in PARQUET_SUFFIXES:
            yield from self.read_parquet(path, name)
            return
        try:
            data = self._read_bounded(path)
        except InputError as e:
            yield DocumentProblem(name, str(e))
            return
        documents = self.from_bytes(data, suffix, doc_id, name, str(path))
        del data  # from_bytes owns the bytes now and drops them once decoded
        yield from documents

    def from_bytes(
        self, data: bytes, suffix: str, doc_id: str, name: str, source: str | None
    ) -> Iterator[Item]:
        """Documents from one whole file's bytes (text, HTML or JSON; not JSON Lines)."""
        if len(data) > self.max_bytes:
            yield DocumentProblem(
                name, f"too large ({len(data)} bytes; the limit is {self.max_bytes})"
            )
            return
        try:
            text = decode(data)
            # a long text must not stay alive beside the document while it is coded
            del data
            if suffix in JSON_SUFFIXES:
                yield from self._json_file(text, name, doc_id, source)
                return
            if suffix in HTML_SUFFIXES or looks_like_html(text):
                doc = self._html_document(text, doc_id, name, source)
            else:
                doc = self._text_document(text, doc_id, name, source)
            del text
        except InputError as e:
            yield DocumentProblem(name, str(e))
            return
        yield doc

    def read_parquet_dataset(self, root: Path, name: str) -> Iterator[Item]:
        """A Parquet dataset directory (Spark/pyarrow output): its part files as one input."""
        parts = sorted(
            p for p in root.rglob("*") if p.suffix.lower() in PARQUET_SUFFIXES and p.is_file()
        )
        yield from self.read_parquet(root, name, parts)

    def read_parquet(
        self, path: Path, name: str, parts: Sequence[Path] | None = None
    ) -> Iterator[Item]:
        """Stream Parquet rows (columns id, text, date?, title?, url?) batch by batch."""
        try:
            import pyarrow.parquet as pq
        except ImportError:
            yield DocumentProblem(
                name, "reading Parquet needs pyarrow (pip install 'multivector[spark]')"
            )
            return
        try:
            rowno = 0
            for part in parts if parts is not None else [path]:
                for batch in pq.ParquetFile(part).iter_batches(batch_size=256):
                    for record in batch.to_pylist():
                        rowno += 1
                        label = f"{name}:row {rowno}"
                        yield self.record(record, label, f"{path.stem}:{rowno}", label)
        except FileNotFoundError:
            yield DocumentProblem(name, "no such file or directory")
        except (OSError, ValueError) as e:  # pyarrow raises ArrowInvalid (a ValueError)
            yield DocumentProblem(name, f"cannot read Parquet: {e}")

    def _read_bounded(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise InputError(f"too large ({size} bytes; the limit is {self.max_bytes})")
            with open(path, "rb") as f:
                data = f.read(self.max_bytes + 1)
        except FileNotFoundError:
            raise InputError("no such file or directory") from None
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}") from None
        if len(data) > self.max_bytes:
            raise InputError(f"too large (over {self.max_bytes} bytes)")
        return data

    # -- kinds
    def _text_document(self, text: str, doc_id: str, name: str, source: str | None) -> Item:
        """A document of ``text`` as :func:`decode` gave it (cleaned there)."""
        text = strip_boilerplate(text)
        check_text(text, self.check_language)
        return Document(
            id=doc_id,
            text=text,
            date=self.date,
            title=text_title(text),
            source_path=source,
        )

    def _html_document(self, html: str, doc_id: str, name: str, source: str | None) -> Item:
        page = extract_html(html)
        # the page was repaired as it was decoded; its text may hold characters of entities
        text = strip_boilerplate(clean_text(page.text, repair=False))
        check_text(text, self.check_language)
        date = self.date
        if page.date:
            try:
                date = normalise_date(page.date)
            except InputError:
                pass  # free-form dates in meta tags are common; keep the default
        return Document(
            id=doc_id,
            text=text,
            date=date,
            title=page.title,
            source_path=source,
        )

    def _json_file(self, text: str, name: str, stem: str, source: str | None) -> Iterator[Item]:
        """A ``.json`` file: one document object, or a list of them."""
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"invalid JSON: {e}") from None
        items = value if isinstance(value, list) else [value]
        for i, obj in enumerate(items, 1):
            label = f"{name}:{i}" if isinstance(value, list) else name
            default_id = f"{stem}:{i}" if isinstance(value, list) else stem
            where = label if isinstance(value, list) and source else source
            yield self.record(obj, label, default_id, where)

    def record(self, obj: Any, label: str, default_id: str, source: str | None) -> Item:
        """One JSON record {"id","text","date"?,"title"?,"url"?} -> Document or problem."""
        if not isinstance(obj, dict):
            return DocumentProblem(label, f"expected a JSON object, got {type(obj).__name__}")
        text = obj.get("text")
        if text is None:
            return DocumentProblem(label, 'missing "text" field')
        if not isinstance(text, str):
            return DocumentProblem(label, f'"text" must be a string, got {type(text).__name__}')
        try:
            text = strip_boilerplate(clean_text(text))
            check_text(text, self.check_language)
            date = self.date
            raw_date = obj.get("date")
            if isinstance(raw_date, dt.date):  # a typed Parquet column (date or timestamp)
                raw_date = raw_date.isoformat()[:10]
            if raw_date not in (None, ""):
                date = normalise_date(raw_date)
        except InputError as e:
            return DocumentProblem(label, str(e))
        doc_id = obj.get("id")
        doc_id = default_id if doc_id in (None, "") else str(doc_id)
        title, url = obj.get("title"), obj.get("url")
        return Document(
            id=doc_id,
            text=text,
            date=date,
            title=title if isinstance(title, str) else None,
            url=url if isinstance(url, str) else None,
            source_path=source,
        )

    def read_jsonl(
        self, f: IO[bytes], name: str, id_prefix: str, first_line: int = 1
    ) -> Iterator[Item]:
        """Stream a JSON Lines file: one document or problem per non-blank line."""
        for lineno, raw in enumerate(self._lines(f), first_line):
            label = f"{name}:{lineno}"
            if isinstance(raw, InputError):
                yield DocumentProblem(label, str(raw))
                continue
            if not raw.strip():
                continue
            # the line is the document's source: a failure recorded for it is cleared when the
            # fixed line is stored
            yield self.jsonl_line(raw, label, f"{id_prefix}:{lineno}", label, bom=lineno == 1)

    def jsonl_line(
        self, raw: bytes | str, label: str, default_id: str, source: str | None, bom: bool = False
    ) -> Item:
        """One JSON Lines line -> Document or problem (``label`` names it, e.g. ``f.jsonl:3``)."""
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if bom else "utf-8")
            except UnicodeDecodeError as e:
                return DocumentProblem(label, f"not UTF-8 (invalid byte at column {e.start + 1})")
        raw = raw.rstrip("\r\n")
        if len(raw.encode("utf-8")) > self.max_bytes:
            return DocumentProblem(label, f"line too large (the limit is {self.max_bytes} bytes)")
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            return DocumentProblem(label, f"invalid JSON: {e.msg} at column {e.colno}")
        return self.record(obj, label, default_id, source)

    def _lines(self, f: IO[bytes]) -> Iterator[bytes | InputError]:
        """Lines of at most ``max_bytes``; a longer line is skipped (streamed past) and reported."""
        limit = self.max_bytes + 1
        while True:
            line = f.readline(limit)
            if not line:
                return
            if len(line) >= limit and not line.endswith(b"\n"):
                total = len(line)
                while True:  # skip the rest of the over-long line without keeping it
                    chunk = f.readline(1 << 20)
                    total += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield InputError(f"line too large ({total} bytes; the limit is {self.max_bytes})")
                continue
            yield line

    def read_stdin(self, f: IO[bytes]) -> Iterator[Item]:
        """stdin is JSON Lines when every non-blank line looks like a JSON object, else one text.

        Up to ``max_bytes`` are buffered to decide; a JSON Lines stream longer than that is
        streamed on (its malformed lines become problems), a longer plain text is refused.
        """
        head: list[bytes] = []
        size = 0
        jsonl = True
        exhausted = False
        while size <= self.max_bytes:
            line = f.readline(self.max_bytes + 1 - size)
            if not line:
                exhausted = True
                break
            head.append(line)
            size += len(line)
            if line.strip() and jsonl:
                jsonl = line.lstrip().startswith((b"{", b"\xef\xbb\xbf{"))
        nonblank = [ln for ln in head if ln.strip()]
        if jsonl and nonblank:
            try:
                ok = isinstance(json.loads(nonblank[0].decode("utf-8-sig")), dict)
            except (UnicodeDecodeError, json.JSONDecodeError):
                ok = False
            jsonl = ok
        if jsonl and nonblank:
            yield from self.read_jsonl(
                _Chain(head, f),  # type: ignore[arg-type]
                "<stdin>",
                id_prefix="stdin",
            )
            return
        if not exhausted:
            yield DocumentProblem("<stdin>", f"too large (over {self.max_bytes} bytes)")
            return
        try:
            text = decode(b"".join(head))
            if looks_like_html(text):
                yield self._html_document(text, "stdin", "<stdin>", None)
            else:
                yield self._text_document(text, "stdin", "<stdin>", None)
        except InputError as e:
            yield DocumentProblem("<stdin>", str(e))


def _dir_key(path: Path) -> tuple[int, int]:
    """A directory's identity (device, inode), the same through every link to it."""
    st = path.stat()
    return st.st_dev, st.st_ino


def _revisit_reason(link: str, first: str) -> str:
    if link.startswith(first.rstrip(os.sep) + os.sep):
        return f"symbolic link loop (it leads back to {first}); not followed"
    return f"same directory as {first} (a symbolic link); read once"


class _Chain:
    """Buffered head lines followed by the rest of a binary stream, read line by line."""

    def __init__(self, head: list[bytes], rest: IO[bytes]) -> None:
        self._head = collections.deque(head)
        self._rest = rest

    def readline(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.readline(size)
        line = self._head.popleft()
        if not self._head and not line.endswith(b"\n"):
            # the last buffered line was cut at the buffer limit: finish it from the stream
            room = -1 if size < 0 else size - len(line)
            if room != 0:
                line += self._rest.readline(room)
        return line
