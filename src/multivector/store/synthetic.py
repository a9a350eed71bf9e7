"""Synthetic coded documents for tests and benchmarks (no coder needed).

The codes are real CAMEO codes with their quad classes and Goldstein values; the sentences are
generated placeholders.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from multivector.model import Actor, CodedDocument, Document, Event

# (cameo, plover, quad_class, goldstein)
CODES: tuple[tuple[str, str, int, float], ...] = (
    ("010", "CONSULT", 1, 0.0),
    ("036", "CONSULT", 1, 4.0),
    ("042", "CONSULT", 1, 1.9),
    ("043", "CONSULT", 1, 2.8),
    ("046", "CONSULT", 1, 7.0),
    ("051", "SUPPORT", 1, 3.4),
    ("057", "AGREE", 1, 8.0),
    ("061", "COOPERATE", 2, 6.4),
    ("071", "AID", 2, 7.4),
    ("081", "CONCEDE", 2, 5.0),
    ("111", "ACCUSE", 3, -2.0),
    ("112", "ACCUSE", 3, -2.0),
    ("130", "THREATEN", 3, -4.4),
    ("163", "SANCTION", 4, -8.0),
    ("172", "COERCE", 4, -5.0),
    ("190", "ASSAULT", 4, -10.0),
)

ACTORS: tuple[str, ...] = (
    "KAZ", "RUS", "CHN", "USA", "GBR", "DEU", "FRA", "JPN", "KOR", "TUR", "IRN", "UZB", "KGZ",
    "TJK", "TKM", "UKR", "BLR", "IND", "PAK", "AFG", "MNG", "AZE", "ARM", "GEO", "CAN", "AUS",
    "ITA", "ESP", "POL", "POR", "NLD", "BEL", "SWE", "NOR", "FIN", "EST", "LVA", "LTU", "HUN",
    "ROU", "BGR", "GRC", "ISR", "SAU", "EGY", "BRA", "MEX", "ZAF", "IDN", "VNM",
)  # fmt: skip


def make_event(
    source: str,
    target: str | None,
    cameo: str = "042",
    *,
    quad_class: int | None = None,
    goldstein: float | None = None,
    plover: str | None = None,
    date: str | None = None,
    doc_id: str = "doc",
    sentence_id: int = 0,
    sentence: str | None = None,
    index: int = 0,
    source_role: str = "",
    object: str | None = None,
) -> Event:
    """A hand-built event; quad class, Goldstein and PLOVER default from :data:`CODES`."""
    known = {c[0]: c for c in CODES}.get(cameo)
    if quad_class is None:
        quad_class = known[2] if known else 1
    if goldstein is None:
        goldstein = known[3] if known else 0.0
    if plover is None and known:
        plover = known[1]
    src = Actor(text=source, code=source + source_role, country=source if len(source) == 3 else None)
    tgt = (
        Actor(text=target, code=target, country=target if len(target) == 3 else None)
        if target
        else None
    )
    return Event(
        doc_id=doc_id,
        sentence_id=sentence_id,
        sentence=sentence or f"{source} did {cameo} to {target or 'someone'}.",
        source=src,
        target=tgt,
        cameo=cameo,
        plover=plover,
        quad_class=quad_class,
        goldstein=goldstein,
        rule="synthetic",
        date=date,
        date_precision="day" if date and len(date) == 10 else ("year" if date else None),
        index=index,
        object=object,
    )


def coded_document(doc_id: str, events: list[Event], date: str | None = None,
                   title: str | None = None) -> CodedDocument:  # fmt: skip
    """A CodedDocument whose text is the events' sentences, one per line."""
    lines: list[str] = []
    sentences: list[tuple[int, int, str]] = []
    pos = 0
    by_sentence: dict[int, str] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence_id, ev.sentence)
    for sid in range(max(by_sentence, default=-1) + 1):
        s = by_sentence.get(sid, f"Sentence {sid} of {doc_id}.")
        sentences.append((pos, pos + len(s), s))
        lines.append(s)
        pos += len(s) + 1
    for ev in events:
        ev.doc_id = doc_id
        ev.sentence_start = sentences[ev.sentence_id][0]
    text = "\n".join(lines) or f"Empty document {doc_id}."
    doc = Document(id=doc_id, text=text, date=date, title=title or f"Document {doc_id}")
    return CodedDocument(document=doc, events=events, n_sentences=len(sentences), sentences=sentences)


def synthetic_corpus(
    n_documents: int,
    events_per_document: int = 10,
    *,
    seed: int = 0,
    actors: tuple[str, ...] = ACTORS,
    years: tuple[int, int] = (1991, 2020),
) -> Iterator[CodedDocument]:
    """A reproducible stream of coded documents with random dyads, codes and dates."""
    rng = random.Random(seed)
    for i in range(n_documents):
        doc_id = f"syn{seed}-{i:07d}"
        year = rng.randint(*years)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        date = f"{year:04d}-{month:02d}-{day:02d}"
        events = []
        for j in range(events_per_document):
            src, tgt = rng.sample(actors, 2)
            cameo, plover, quad, gold = rng.choice(CODES)
            events.append(
                make_event(
                    src, tgt, cameo, quad_class=quad, goldstein=gold, plover=plover, date=date,
                    doc_id=doc_id, sentence_id=j,
                    sentence=f"Synthetic sentence {j} of {doc_id}: {src} {cameo} {tgt} w{rng.randrange(10**6)}.",
                )  # fmt: skip
            )
        yield coded_document(doc_id, events, date=date)


def bulk_load(
    store,
    n_events: int,
    *,
    events_per_document: int = 10,
    seed: int = 0,
    actors: tuple[str, ...] = ACTORS,
    weights: list[float] | None = None,
    years: tuple[int, int] = (1991, 2020),
    chunk_documents: int = 2000,
) -> int:
    """Fill ``store`` with ``n_events`` synthetic events fast (bulk inserts, for benchmarks).

    ``weights`` skews how often each actor takes part (default: uniform). Returns the number of
    events written.
    """
    from multivector.store import schema as S
    from multivector.store.core import _now, event_row

    rng = random.Random(seed)
    n_docs = -(-n_events // events_per_document)
    written = 0
    now = _now()
    store.add_coded_documents([])  # no-op; keeps the schema check in one place
    for start in range(0, n_docs, chunk_documents):
        docs, sents, evs, acts = [], [], [], {}
        for i in range(start, min(n_docs, start + chunk_documents)):
            doc_id = f"bulk{seed}-{i:08d}"
            date = f"{rng.randint(*years):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            lines = []
            for j in range(min(events_per_document, n_events - written)):
                src, tgt = rng.choices(actors, weights=weights, k=2)
                while tgt == src:
                    tgt = rng.choice(actors)
                cameo, plover, quad, gold = rng.choice(CODES)
                sentence = f"{src} {cameo} {tgt} sentence {j} of {doc_id} w{rng.randrange(10**6)}."
                ev = make_event(src, tgt, cameo, quad_class=quad, goldstein=gold, plover=plover,
                                date=date, doc_id=doc_id, sentence_id=j, sentence=sentence)  # fmt: skip
                pos = sum(len(x) + 1 for x in lines)
                ev.sentence_start = pos
                lines.append(sentence)
                sents.append({"doc_id": doc_id, "sentence_id": j, "start": pos,
                              "end": pos + len(sentence), "text": sentence})  # fmt: skip
                evs.append(event_row(ev))
                for a in (src, tgt):
                    acts[a] = {"code": a, "country": a, "name": a}
                written += 1
            text = "\n".join(lines)
            import hashlib

            docs.append({"id": doc_id, "content_hash": hashlib.sha256(text.encode()).hexdigest(),
                         "title": f"Bulk {i}", "url": None, "date": date, "text": text,
                         "source_path": None, "status": "accepted", "n_sentences": len(lines),
                         "n_events": len(lines), "ingested_at": now})  # fmt: skip
        with store.engine.begin() as conn:
            conn.execute(store._insert(S.actors).on_conflict_do_nothing(index_elements=["code"]),
                         list(acts.values()))  # fmt: skip
            conn.execute(S.documents.insert(), docs)
            conn.execute(S.sentences.insert(), sents)
            conn.execute(S.events.insert(), evs)
    return written


def benchmark_store(url: str, n_events: int, *, reuse: bool = False) -> tuple[object, int]:
    """A store at ``url`` holding ``n_events`` synthetic events for the query benchmarks: a
    SQLite file is started afresh unless ``reuse``; a few actors take part far more often than
    the rest (as Kazakhstan, Russia, China and the United States do in the samples); the query
    planner's statistics are refreshed after loading. Returns (store, events loaded now)."""
    from pathlib import Path

    from multivector.store import EventFilter, open_store

    if not reuse and url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(url[len("sqlite:///") :] + suffix).unlink(missing_ok=True)
    store = open_store(url)
    loaded = 0
    if not reuse or store.count_events(EventFilter(status=None)) == 0:
        weights = [12.0, 8.0, 6.0, 6.0] + [1.0] * (len(ACTORS) - 4)
        loaded = bulk_load(store, n_events, weights=weights)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return store, loaded
