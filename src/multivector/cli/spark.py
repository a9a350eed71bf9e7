"""``multivector spark-code``: code a corpus on Apache Spark (local mode or a cluster)."""

from __future__ import annotations

import os
import shutil
import sys

import click

from multivector.cli.errors import check_date
from multivector.cli.options import db_option


def _conf_pairs(values: tuple[str, ...]) -> dict[str, str]:
    conf = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"'{item}' is not KEY=VALUE", param_hint="--conf")
        conf[key.strip()] = value.strip()
    return conf


@click.command("spark-code")
@click.argument("inputs", nargs=-1, required=True)
@click.argument("output")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["parquet", "jsonl"]),
    default="parquet",
    show_default=True,
    help="Events as Parquet, or as JSON Lines (the lines of `multivector code`); "
    "both partitioned by event year.",
)
@click.option("--date", help="Default document date YYYY-MM-DD (a JSON/Parquet 'date' wins).")
@click.option(
    "--dictionary",
    "dictionaries",
    multiple=True,
    help="A user dictionary file (repeatable), layered over the bundled ones; "
    "must be readable at the same path on every executor.",
)
@click.option(
    "--master", default=None, help="Spark master (default: spark-submit's, else local[*])."
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=None,
    help="Repartition the input into N tasks.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Documents per batch.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=5_000_000,
    show_default=True,
    help="Largest document (file or JSON line) accepted.",
)
@click.option(
    "--problems",
    "problems_output",
    default=None,
    help="Where unusable documents go, as JSON Lines {name, reason} (default: OUTPUT/_problems).",
)
@click.option(
    "--documents",
    "documents_output",
    default=None,
    help="Also write the coded documents (text, sentences, events) here as Parquet, "
    "for `multivector spark-load`.",
)
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists.")
@click.option("--conf", "conf", multiple=True, help="Extra Spark setting KEY=VALUE (repeatable).")
def spark_code(
    inputs: tuple[str, ...],
    output: str,
    output_format: str,
    date: str | None,
    dictionaries: tuple[str, ...],
    master: str | None,
    partitions: int | None,
    batch_size: int,
    max_bytes: int,
    problems_output: str | None,
    documents_output: str | None,
    overwrite: bool,
    conf: tuple[str, ...],
) -> None:
    """Code INPUTS (JSON Lines, Parquet, text/HTML files or directories) on Spark into OUTPUT.

    The events have the same schema as `multivector code` output (plus a `year` partition
    column). Each executor loads the pipeline once; documents that cannot be read or coded go
    to the side output with their reason and nothing else is lost.
    """
    date = check_date(date)  # option values first: nothing starts for a bad one
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise click.ClickException(
            "spark-code needs pyspark: pip install 'multivector[spark]' (and Java 17+)"
        ) from None
    if "-" in inputs:
        raise click.BadParameter("spark-code reads files and directories, not standard input")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        raise click.ClickException("Spark needs Java 17+: put `java` on PATH or set JAVA_HOME")
    from multivector.scale.spark import make_spark_session
    from multivector.scale.spark import spark_code as run

    settings = _conf_pairs(conf)
    from pyspark.sql import SparkSession

    existing = SparkSession.getActiveSession()  # e.g. a notebook's or a test's: leave it running
    spark = make_spark_session(master, conf=settings)
    try:
        stats = run(
            spark,
            list(inputs),
            output,
            date=date,
            max_bytes=max_bytes,
            dictionary_paths=dictionaries,
            batch_size=batch_size,
            output_format=output_format,
            problems_output=problems_output,
            partitions=partitions,
            overwrite=overwrite,
            documents_output=documents_output,
        )
    except Exception as e:
        if "already exists" in str(e):
            raise click.ClickException(f"{output} already exists (use --overwrite)") from None
        raise
    finally:
        if existing is None:
            spark.stop()
    for line in stats.problem_samples:
        click.echo(f"skipped {line}", err=True)
    if stats.problems > len(stats.problem_samples):
        click.echo(f"... and {stats.problems - len(stats.problem_samples)} more", err=True)
    click.echo(
        f"coded {stats.documents} document(s), {stats.sentences} sentence(s), "
        f"{stats.events} event(s) in {stats.seconds:.1f}s; {stats.problems} skipped "
        f"(see {stats.problems_output}); events in {stats.output}",
        err=True,
    )
    if stats.documents == 0:
        sys.exit(1)


@click.command("spark-load")
@click.argument("documents")
@click.option(
    "--problems",
    "problems_path",
    default=None,
    help="The run's problems side output (e.g. OUTPUT/_problems), recorded as failures.",
)
@db_option
@click.option(
    "--status", type=click.Choice(["accepted", "pending"]), default="accepted", show_default=True
)
@click.option("--recode", is_flag=True, help="Replace the events of documents already stored.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Documents per transaction.",
)
def spark_load(
    documents: str,
    problems_path: str | None,
    db: str,
    status: str,
    recode: bool,
    batch_size: int,
) -> None:
    """Put the coded DOCUMENTS of a `spark-code --documents` run into the store.

    Streams the Parquet files (local paths) batch by batch; documents already stored are skipped.
    """
    from multivector.cli.events import open_store_or_fail
    from multivector.scale.load import load_coded_documents

    store = open_store_or_fail(db)
    try:
        stats = load_coded_documents(
            store, documents, problems_path, batch_size=batch_size, status=status, recode=recode
        )
    finally:
        store.close()
    d = stats.to_dict()
    click.echo(
        f"stored {d['documents']} document(s) ({d['sentences']} sentences, {d['events']} events); "
        f"{d['skipped']} already stored, {d['duplicates']} with the same text as a stored "
        f"document under another id, {d['recoded']} recoded, {d['failed']} failures recorded",
        err=True,
    )
