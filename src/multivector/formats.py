"""Event formats, all built from the one declaration of the event's fields
(:data:`multivector.model.EVENT_FIELDS`): the JSON Lines contract, flat CSV columns, the
Parquet/Arrow schema, the Spark schema, a GDELT 2.0 event-table TSV and PLOVER/POLECAT-style
JSON.

Below the store: it needs only the model and the actor table, so ``multivector code`` writes
CSV without SQLAlchemy. Every writer takes an iterable of event dicts (``Event.to_dict()``, or
``Store.iter_events`` with the store's fields added) and streams.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from multivector.actors import country_of
from multivector.model import ACTOR_KEYS, EVENT_FIELDS, SPAN_KEYS, Event, PartialDate

#: The JSON Lines contract: the keys of one line of ``multivector code``, in order.
CONTRACT_KEYS: tuple[str, ...] = tuple(f.name for f in EVENT_FIELDS)
_KINDS = {f.name: f.kind for f in EVENT_FIELDS}


def event_json(ev: Event | dict[str, Any]) -> str:
    """One JSON Lines line (without the newline) for an event."""
    return json.dumps(ev.to_dict() if isinstance(ev, Event) else ev, ensure_ascii=False)

# The 61 columns of the GDELT 2.0 event table, in order (GDELT 2.0 Event Codebook).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

# Appended to the GDELT columns only on request (they break strict 61-column loaders).
GDELT_EXTRA_COLUMNS: tuple[str, ...] = ("MV_EVENT_ID", "MV_CORRECTED", "MV_PLOVER", "MV_SENTENCE")

# Keys of one PLOVER/POLECAT-style JSON record, in order.
PLOVER_FIELDS: tuple[str, ...] = (
    "event_id", "event_date", "event_date_precision", "event_type", "event_mode",
    "event_intensity", "quad_code", "contexts", "actor", "recipient", "event_text", "cameo",
    "story_id", "headline", "source_url", "corrected", "not_an_event",
)  # fmt: skip

#: Contract fields of the flat views (CSV, Parquet), in column order. An actor field gives
#: three columns (``source_code``, ``source_text``, ``source_country``); the fields left out
#: (``date_text``, ``spans``, ``sentence_start``) are provenance a flat table does not hold.
FLAT_FIELDS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_id", "date", "date_precision", "date_source", "source",
    "target", "object", "cameo", "plover", "plover_mode", "quad_class", "goldstein", "verb",
    "rule", "sentence",
)  # fmt: skip
FLAT_ACTOR_KEYS: tuple[str, ...] = ("code", "text", "country")
#: What the store adds to an event, and their kinds.
STORE_FIELDS: tuple[tuple[str, str], ...] = (
    ("status", "string"), ("corrected", "bool"), ("not_an_event", "bool"),
    ("document_title", "string"),
)  # fmt: skip


def _flat(fields: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for name in fields:
        if _KINDS.get(name) == "actor":
            out += [f"{name}_{k}" for k in FLAT_ACTOR_KEYS]
        else:
            out.append(name)
    return tuple(out)


#: Flat columns of an event (the output contract): ``multivector code --format csv``.
CONTRACT_COLUMNS: tuple[str, ...] = _flat(FLAT_FIELDS)
STORE_COLUMNS: tuple[str, ...] = tuple(name for name, _ in STORE_FIELDS)
#: Flat columns of the CSV and Parquet exports of the store (the sentence last).
FLAT_COLUMNS: tuple[str, ...] = CONTRACT_COLUMNS[:-1] + STORE_COLUMNS + ("sentence",)
_FLAT_KINDS = {
    **{c: "string" for c in FLAT_COLUMNS},
    **{f.name: f.kind for f in EVENT_FIELDS if f.kind in ("int", "float")},
    **dict(STORE_FIELDS),
}


def flatten(ev: dict[str, Any]) -> dict[str, Any]:
    """One flat row (FLAT_COLUMNS) for an event dict (the contract, plus the store's fields
    when it comes from the store)."""
    row: dict[str, Any] = {}
    for name in FLAT_FIELDS[:-1]:
        if _KINDS[name] == "actor":
            actor = ev.get(name) or {}
            row.update({f"{name}_{k}": actor.get(k) for k in FLAT_ACTOR_KEYS})
        else:
            row[name] = ev.get(name)
    for name, kind in STORE_FIELDS:
        row[name] = bool(ev.get(name)) if kind == "bool" else ev.get(name)
    row["sentence"] = ev.get("sentence")
    return row


def arrow_schema(columns: Iterable[str] = FLAT_COLUMNS) -> Any:
    """The Parquet/Arrow schema of the flat columns (needs pyarrow)."""
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "string": pa.string()}
    return pa.schema([(c, types[_FLAT_KINDS[c]]) for c in columns])


def spark_schema(partition_year: bool = True) -> Any:
    """The Spark schema of one event: the contract (nested as in JSON), plus the ``year``
    partition column (needs pyspark)."""
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    span = ArrayType(LongType(), True)
    kinds = {
        "string": StringType(),
        "int": LongType(),
        "float": DoubleType(),
        "actor": StructType([StructField(k, StringType(), True) for k in ACTOR_KEYS]),
        "spans": StructType([StructField(k, span, True) for k in SPAN_KEYS]),
    }
    fields = [StructField(f.name, kinds[f.kind], True) for f in EVENT_FIELDS]
    if partition_year:
        fields.append(StructField("year", IntegerType(), True))
    return StructType(fields)


def write_jsonl(events: Iterable[dict[str, Any]], fh: TextIO) -> int:
    n = 0
    for ev in events:
        fh.write(event_json(ev) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[dict[str, Any]], fh: TextIO) -> int:
    w = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow(flatten(ev))
        n += 1
    return n


def write_parquet(events: Iterable[dict[str, Any]], path: str, chunk: int = 50_000) -> int:
    """Write FLAT_COLUMNS to a Parquet file (needs pyarrow: ``pip install multivector[store]``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("Parquet export needs pyarrow: pip install 'multivector[store]'") from exc
    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        for ev in events:
            rows.append(flatten(ev))
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def _role(code: str | None, country: str | None) -> str:
    """The CAMEO role code after the country prefix (KAZGOV -> GOV)."""
    if not code:
        return ""
    root = (country or "").upper() or country_of(code) or code.upper()
    if code.startswith(root) and len(code) > len(root):
        return code[len(root) : len(root) + 3]
    return ""


def gdelt_row(ev: dict[str, Any], extra: bool = False) -> list[str]:
    """One GDELT 2.0 event-table row; blank where multivector has nothing to say."""
    src, tgt = ev["source"], ev.get("target") or {}
    date = PartialDate.parse(ev.get("date") or "")
    sqldate = monthyear = year = fraction = ""
    if date is not None and date.year is not None:  # a decade has no GDELT year
        year = f"{date.year:04d}"
        if date.month is not None:
            monthyear = f"{year}{date.month:02d}"
        if date.precision == "day":
            d = date.first
            sqldate = d.strftime("%Y%m%d")
            fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    cameo = ev["cameo"]
    values = {
        # GDELT ids are integers: the first 15 hex digits of our id fit in 60 bits.
        "GLOBALEVENTID": str(int(ev["event_id"][:15], 16)),
        "SQLDATE": sqldate,
        "MonthYear": monthyear,
        "Year": year,
        "FractionDate": fraction,
        "Actor1Code": src["code"],
        "Actor1Name": (src.get("text") or "").upper(),
        "Actor1CountryCode": src.get("country") or "",
        "Actor1Type1Code": _role(src["code"], src.get("country")),
        "Actor2Code": tgt.get("code") or "",
        "Actor2Name": (tgt.get("text") or "").upper(),
        "Actor2CountryCode": tgt.get("country") or "",
        "Actor2Type1Code": _role(tgt.get("code"), tgt.get("country")),
        "IsRootEvent": "1" if ev["sentence_id"] == 0 else "0",
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": str(ev["quad_class"]),
        "GoldsteinScale": f"{ev['goldstein']:g}",
        "NumMentions": "1",
        "NumSources": "1",
        "NumArticles": "1",
        "SOURCEURL": ev.get("doc_url") or ev["doc_id"],
    }
    row = [_clean(values.get(c, "")) for c in GDELT_COLUMNS]
    if extra:
        row += [ev["event_id"], "1" if ev.get("corrected") else "0", ev.get("plover") or "",
                _clean(ev.get("sentence") or "")]  # fmt: skip
    return row


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def write_gdelt(
    events: Iterable[dict[str, Any]], fh: TextIO, *, header: bool = False, extra: bool = False
) -> int:
    """GDELT 2.0 export TSV (no header, like GDELT's own files, unless ``header``)."""
    if header:
        fh.write("\t".join(GDELT_COLUMNS + (GDELT_EXTRA_COLUMNS if extra else ())) + "\n")
    n = 0
    for ev in events:
        fh.write("\t".join(gdelt_row(ev, extra)) + "\n")
        n += 1
    return n


def _party(a: dict[str, Any] | None) -> dict[str, Any] | None:
    if not a:
        return None
    return {"name": a.get("text"), "code": a.get("code"), "country": a.get("country")}


def plover_record(ev: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER/POLECAT-style record (keys: PLOVER_FIELDS)."""
    return {
        "event_id": ev["event_id"],
        "event_date": ev.get("date"),
        "event_date_precision": ev.get("date_precision"),
        "event_type": ev.get("plover"),
        "event_mode": ev.get("plover_mode"),
        "event_intensity": ev["goldstein"],
        "quad_code": ev["quad_class"],
        "contexts": [],
        "actor": _party(ev["source"]),
        "recipient": _party(ev.get("target")),
        "event_text": ev.get("sentence"),
        "cameo": ev["cameo"],
        "story_id": ev["doc_id"],
        "headline": ev.get("document_title"),
        "source_url": ev.get("doc_url"),
        "corrected": bool(ev.get("corrected")),
        "not_an_event": bool(ev.get("not_an_event")),
    }


def write_plover(events: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """PLOVER/POLECAT-style records, one JSON object a line."""
    n = 0
    for ev in events:
        fh.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def format_table(events: list[dict[str, Any]]) -> str:
    """A fixed-width text table for terminals (corrected events marked with *)."""
    header = ("date", "source", "target", "cameo", "plover", "q", "gold", "sentence")
    rows = []
    for ev in events:
        tgt = ev.get("target") or {}
        sentence = ev.get("sentence") or ""
        if len(sentence) > 70:
            sentence = sentence[:69] + "…"
        rows.append((
            ev.get("date") or "-", ev["source"]["code"], tgt.get("code") or "-",
            ev["cameo"] + ("*" if ev.get("corrected") else ""), ev.get("plover") or "-",
            str(ev["quad_class"]), f"{ev['goldstein']:+.1f}", sentence,
        ))  # fmt: skip
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for r in rows:
        lines.append("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)
