"""Load a Spark run's output into the store: coded documents (``spark-code --documents``)
and the problems side output, streamed batch by batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from multivector.model import CodedDocument, Document, Event
from multivector.scale.parallel import batched


def event_from_dict(d: dict[str, Any]) -> Event:
    """``Event.from_dict`` plus the event's position in its sentence, which ``event_id``
    is computed from but the contract dict does not carry: recovered from ``event_id``."""
    event = Event.from_dict(d)
    want = d.get("event_id")
    if want and event.event_id != want:
        for i in range(1, 256):
            event.index = i
            if event.event_id == want:
                break
        else:
            raise ValueError(f"event {want}: cannot reproduce its event_id")
    return event


def read_coded_documents(path: str, batch_rows: int = 256) -> Iterator[CodedDocument]:
    """Stream the coded documents that ``spark-code --documents PATH`` wrote."""
    import pyarrow.dataset as ds

    dataset = ds.dataset(path, format="parquet")
    for batch in dataset.to_batches(batch_size=batch_rows):
        for row in batch.to_pylist():
            doc = Document(
                id=row["id"],
                text=row["text"],
                date=row.get("date"),
                title=row.get("title"),
                url=row.get("url"),
                source_path=row.get("source_path"),
            )
            events = [event_from_dict(json.loads(e)) for e in row.get("events") or []]
            sentences = [(s["start"], s["end"], s["text"]) for s in row.get("sentences") or []]
            yield CodedDocument(doc, events, row.get("n_sentences") or 0, sentences)


def read_problems(path: str) -> Iterator[tuple[str, str]]:
    """(name, reason) from a ``_problems`` side output directory (JSON Lines part files)."""
    for part in sorted(Path(path).glob("part-*")):
        with open(part, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    p = json.loads(line)
                    yield p["name"], p["reason"]


def load_coded_documents(
    store: Any,
    documents_path: str,
    problems_path: str | None = None,
    *,
    batch_size: int = 200,
    status: str = "accepted",
    recode: bool = False,
) -> Any:
    """Add a Spark run's coded documents (and its problems, as failures) to ``store``.

    Idempotent like ``multivector ingest``: documents already stored (same text) are skipped
    unless ``recode``. Returns the store's ``IngestStats``.
    """
    from multivector.store import IngestStats

    stats = IngestStats()
    for chunk in batched(read_coded_documents(documents_path), batch_size):
        stats.add(store.add_coded_documents(chunk, status, recode=recode))
    if problems_path and Path(problems_path).exists():
        for name, reason in read_problems(problems_path):
            store.record_failure(name, reason)
            stats.failed += 1
    return stats
