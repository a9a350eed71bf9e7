"""Code a corpus on Apache Spark: the same readers and coder as the CLI, one pipeline per
executor Python worker, events written as Parquet (or JSON Lines) partitioned by event year,
and every unusable document written to a side output with its reason.

Inputs are JSON Lines files (.jsonl/.ndjson: one document per line), Parquet files or
datasets (columns ``id``, ``text`` and optionally ``date``, ``title``, ``url``), and any other
file as one document (plain text, HTML, JSON), exactly as ``multivector code`` reads them.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from multivector.ingest import (
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    InputReader,
    normalise_date,
    relative_doc_id,
)
from multivector.model import DocumentProblem
from multivector.scale.parallel import THREAD_ENV_VARS, DocumentCoder, build_coder, code_items

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import Column, SparkSession
    from pyspark.sql.types import StructType

OUTPUT_FORMATS = ("parquet", "jsonl")

# Units of input shipped to executors (plain tuples pickle cheaply):
#   ("file", name, doc_id, suffix, source, bytes)   a whole file
#   ("line", name, lineno, stem, source, text)       one JSON Lines line
#   ("record", name, rowno, stem, source, dict)       one Parquet row
#   ("problem", name, reason)                         found on the driver (missing path...)
Unit = tuple[Any, ...]


def event_schema() -> StructType:
    """The Spark schema of one event: ``Event.to_dict()`` plus the ``year`` partition column
    (built in :mod:`multivector.formats` from the one declaration of the event's fields)."""
    from multivector.formats import spark_schema

    return spark_schema()


def document_schema() -> StructType:
    """The Spark schema of a coded document (the ``--documents`` side output)."""
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    def s(name: str) -> StructField:
        return StructField(name, StringType(), True)

    sentence = StructType(
        [StructField("start", LongType(), True), StructField("end", LongType(), True), s("text")]
    )
    return StructType(
        [
            s("id"),
            s("text"),
            s("date"),
            s("title"),
            s("url"),
            s("source_path"),
            StructField("n_sentences", LongType(), True),
            StructField("sentences", ArrayType(sentence, True), True),
            StructField("events", ArrayType(StringType(), True), True),
        ]
    )


@dataclass(slots=True)
class SparkRunStats:
    """What a Spark coding run did."""

    documents: int = 0
    sentences: int = 0
    events: int = 0
    problems: int = 0
    seconds: float = 0.0
    output: str = ""
    problems_output: str = ""
    problem_samples: list[str] = field(default_factory=list)


def make_spark_session(
    master: str | None = None, app_name: str = "multivector", conf: dict[str, str] | None = None
) -> SparkSession:
    """A Spark session fit for coding: no UI, UTC, this Python for the workers in local mode.

    ``master`` None means: spark-submit's master when run under spark-submit, else local[*].
    """
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # the JVM was started by spark-submit
    if master is None and not submitted:
        master = "local[*]"
    if master is None or master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    if master is not None and master.startswith("local"):
        # executors must run the same interpreter (and so the same installed multivector)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    if master is not None:
        builder = builder.master(master)
    builder = (
        builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
    )
    for var in THREAD_ENV_VARS:  # one core per task, as with the local worker processes
        builder = builder.config(f"spark.executorEnv.{var}", "1")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


# -- executor side ---------------------------------------------------------------------------
@functools.lru_cache(maxsize=4)
def executor_coder(factory: Callable[..., DocumentCoder], args: tuple[Any, ...]) -> DocumentCoder:
    """The coder of this executor Python worker, built on its first task and then reused."""
    for var in THREAD_ENV_VARS:
        os.environ.setdefault(var, "1")
    return factory(*args)


def _unit_items(units: Iterable[Unit], reader: InputReader) -> Iterator[Any]:
    for unit in units:
        kind = unit[0]
        if kind == "file":
            _, name, doc_id, suffix, source, data = unit
            yield from reader.from_bytes(bytes(data), suffix, doc_id, name, source)
        elif kind == "line":
            _, name, lineno, stem, source, text = unit
            label = f"{name}:{lineno}"
            if lineno == 1:
                text = text.lstrip("\ufeff")
            if "\ufffd" in text:  # Hadoop's text reader replaces undecodable bytes
                yield DocumentProblem(label, "not UTF-8 (undecodable bytes in the line)")
            elif text.strip():
                yield reader.jsonl_line(text, label, f"{stem}:{lineno}", source)
        elif kind == "record":
            _, name, rowno, stem, source, record = unit
            yield reader.record(record, f"{name}:row {rowno}", f"{stem}:{rowno}", source)
        else:
            yield DocumentProblem(unit[1], unit[2])


def code_partition(
    units: Iterable[Unit],
    *,
    reader: InputReader,
    factory: Callable[..., DocumentCoder],
    factory_args: tuple[Any, ...],
    batch_size: int,
    counters: dict[str, Any] | None = None,
    with_documents: bool = False,
) -> Iterator[tuple[str, str]]:
    """Code one partition: yields ("event", json), ("problem", json) and, when asked,
    ("document", json) rows. JSON strings keep the hand-over to the JVM cheap; Spark parses
    them into columns on the JVM side."""
    coder = executor_coder(factory, factory_args)
    for coded in code_items(coder, _unit_items(units, reader), batch_size):
        if coded.problem is not None:
            if counters:
                counters["problems"].add(1)
            problem = {"name": coded.problem.name, "reason": coded.problem.reason}
            yield ("problem", json.dumps(problem, ensure_ascii=False))
            continue
        if counters:
            counters["documents"].add(1)
            counters["sentences"].add(coded.n_sentences)
            counters["events"].add(len(coded.events))
        events = [json.dumps(event.to_dict(), ensure_ascii=False) for event in coded.events]
        for event in events:
            yield ("event", event)
        if with_documents:
            doc = coded.document
            document = {
                "id": doc.id,
                "text": doc.text,
                "date": doc.date,
                "title": doc.title,
                "url": doc.url,
                "source_path": doc.source_path,
                "n_sentences": coded.n_sentences,
                "sentences": [{"start": a, "end": b, "text": t} for a, b, t in coded.sentences],
                "events": events,
            }
            yield ("document", json.dumps(document, ensure_ascii=False))


# -- driver side -----------------------------------------------------------------------------
def _local_name(uri: str) -> str:
    return uri[len("file:") :] if uri.startswith("file:") else uri


class _Inputs:
    """Lists input files through Hadoop's FileSystem (local, HDFS, S3...) on the driver."""

    def __init__(self, spark: SparkSession) -> None:
        self.spark = spark
        self.jvm = spark.sparkContext._jvm  # type: ignore[attr-defined]
        self.conf = spark.sparkContext._jsc.hadoopConfiguration()  # type: ignore[attr-defined]

    def expand(self, given: str) -> tuple[list[tuple[str, str, str]], list[Unit]]:
        """(uri, display name, doc id) for each file under ``given``, plus problems."""
        path = self.jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(self.conf)
        if not fs.exists(path):
            return [], [("problem", given, "no such file or directory")]
        status = fs.getFileStatus(path)
        if not status.isDirectory() or PurePosixPath(given.rstrip("/")).suffix in PARQUET_SUFFIXES:
            # a file, or a Parquet dataset directory (read as one input)
            uri = status.getPath().toString()
            return [(uri, given, PurePosixPath(given.rstrip("/")).stem)], []
        root = fs.makeQualified(path).toString().rstrip("/")
        files = []
        it = fs.listFiles(path, True)
        while it.hasNext():
            uri = it.next().getPath().toString()
            rel = uri[len(root) + 1 :]
            if any(part.startswith((".", "_")) for part in rel.split("/")):
                continue
            name = given.rstrip("/") + "/" + rel
            files.append((uri, name, relative_doc_id(rel)))
        files.sort(key=lambda f: f[0])
        return files, []


def _units_rdd(spark: SparkSession, inputs: Sequence[str]) -> RDD[Unit]:
    sc = spark.sparkContext
    listing = _Inputs(spark)
    whole: list[tuple[str, str, str]] = []
    jsonl: list[tuple[str, str, str]] = []
    parquet: list[tuple[str, str, str]] = []
    problems: list[Unit] = []
    for given in inputs:
        files, missing = listing.expand(given)
        problems.extend(missing)
        for f in files:
            suffix = PurePosixPath(f[0]).suffix.lower()
            if suffix in JSONL_SUFFIXES:
                jsonl.append(f)
            elif suffix in PARQUET_SUFFIXES:
                parquet.append(f)
            else:
                whole.append(f)

    parts: list[RDD[Unit]] = []
    if problems:
        parts.append(sc.parallelize(problems, 1))
    if whole:
        meta = {uri: (name, doc_id) for uri, name, doc_id in whole}
        files_rdd = sc.binaryFiles(",".join(uri for uri, _, _ in whole))
        parts.append(files_rdd.map(functools.partial(_file_unit, meta)))
    for uri, name, _ in jsonl:
        stem = PurePosixPath(uri).stem
        lines = sc.textFile(uri).zipWithIndex()
        parts.append(lines.map(functools.partial(_line_unit, name, stem)))
    for uri, name, _ in parquet:
        stem = PurePosixPath(uri.rstrip("/")).stem
        rows = spark.read.parquet(uri).rdd.zipWithIndex()
        parts.append(rows.map(functools.partial(_record_unit, name, stem)))
    if not parts:
        return sc.parallelize([], 1)
    return sc.union(parts) if len(parts) > 1 else parts[0]


def _file_unit(meta: dict[str, tuple[str, str]], pair: tuple[str, bytes]) -> Unit:
    uri, data = pair
    name, doc_id = (
        meta.get(uri) or meta.get(_local_name(uri)) or (_local_name(uri), PurePosixPath(uri).stem)
    )
    return ("file", name, doc_id, PurePosixPath(uri).suffix.lower(), name, data)


def _line_unit(name: str, stem: str, pair: tuple[str, int]) -> Unit:
    text, index = pair
    return ("line", name, index + 1, stem, name, text)


def _record_unit(name: str, stem: str, pair: tuple[Any, int]) -> Unit:
    row, index = pair
    return ("record", name, index + 1, stem, name, row.asDict())


def spark_code(
    spark: SparkSession,
    inputs: Sequence[str],
    output: str,
    *,
    date: str | None = None,
    max_bytes: int = 5_000_000,
    dictionary_paths: Sequence[str] = (),
    batch_size: int = 16,
    output_format: str = "parquet",
    problems_output: str | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
    documents_output: str | None = None,
    coder_factory: Callable[..., DocumentCoder] | None = None,
    coder_args: tuple[Any, ...] | None = None,
) -> SparkRunStats:
    """Code ``inputs`` on ``spark`` and write events under ``output``, partitioned by year.

    Events have the CLI's schema (``Event.to_dict()``) plus ``year``. Problems (documents
    that could not be read or coded) go to ``problems_output`` (default
    ``OUTPUT/_problems``, which Spark and DuckDB readers of OUTPUT skip) as JSON Lines
    ``{"name", "reason"}``. ``coder_factory(*coder_args)`` builds each executor's coder
    (default: ``Coder(dictionary_paths)``). With ``documents_output``, the coded documents
    (text, metadata, sentences and their events as JSON) are written there as Parquet too, for
    :func:`multivector.scale.load.load_coded_documents` to put into the store.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import StructType

    if output_format not in OUTPUT_FORMATS:
        raise ValueError(f"output_format must be one of {OUTPUT_FORMATS}")
    started = time.perf_counter()
    reader = InputReader(normalise_date(date) if date else None, max_bytes)
    factory = coder_factory or build_coder
    args = (
        coder_args
        if coder_args is not None
        else ((tuple(dictionary_paths),) if coder_factory is None else ())
    )
    sc = spark.sparkContext
    counters = {k: sc.accumulator(0) for k in ("documents", "sentences", "events", "problems")}

    units = _units_rdd(spark, inputs)
    wanted = partitions or sc.defaultParallelism
    if partitions or units.getNumPartitions() < wanted:
        units = units.repartition(wanted)
    coded_rdd = units.mapPartitions(
        functools.partial(
            code_partition,
            reader=reader,
            factory=factory,
            factory_args=args,
            batch_size=batch_size,
            counters=counters,
            with_documents=documents_output is not None,
        )
    )
    # Coded once, cached on the JVM side; every output below is a JVM-side filter of it.
    coded = spark.createDataFrame(coded_rdd, schema="kind string, value string").persist(
        StorageLevel.MEMORY_AND_DISK
    )
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        events = coded.where(F.col("kind") == "event").select("value")
        if output_format == "parquet":
            contract = StructType([f for f in event_schema().fields if f.name != "year"])
            parsed = events.select(F.from_json("value", contract).alias("e")).select("e.*")
            parsed = parsed.withColumn("year", _year_column(F.col("date")))
        else:
            date = F.get_json_object("value", "$.date")
            parsed = events.withColumn("year", _year_column(date))
        writer = parsed.write.mode(mode).partitionBy("year")
        if output_format == "parquet":
            writer.parquet(output)
        else:
            writer.text(output)

        problems_path = problems_output or output.rstrip("/") + "/_problems"
        problems = coded.where(F.col("kind") == "problem").select("value")
        problems.coalesce(1).write.mode("overwrite").text(problems_path)
        if documents_output is not None:
            docs = coded.where(F.col("kind") == "document").select(
                F.from_json("value", document_schema()).alias("d")
            )
            docs.select("d.*").write.mode(mode).parquet(documents_output)
        samples = []
        for row in problems.limit(5).collect():
            p = json.loads(row["value"])
            samples.append(f"{p['name']}: {p['reason']}")
    finally:
        coded.unpersist()
    return SparkRunStats(
        documents=counters["documents"].value,
        sentences=counters["sentences"].value,
        events=counters["events"].value,
        problems=counters["problems"].value,
        seconds=time.perf_counter() - started,
        output=output,
        problems_output=problems_path,
        problem_samples=samples,
    )


def _year_column(date: Column) -> Column:
    """The partition year of an event date column: its first four characters, when digits."""
    from pyspark.sql import functions as F

    head = F.substring(date, 1, 4)
    return F.when(head.rlike("^[0-9]{4}$"), head.cast("int"))


def read_spark_events(spark: SparkSession, output: str) -> list[dict[str, Any]]:
    """Read a Parquet output back as ``Event.to_dict()``-shaped dicts (for tests and checks)."""
    df = spark.read.parquet(output).drop("year")
    return [row.asDict(recursive=True) for row in df.collect()]
