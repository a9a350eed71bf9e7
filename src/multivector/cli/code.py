"""``multivector code`` and ``multivector explain``."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from typing import TextIO

import click

from multivector.cli.errors import check_date, check_output_file
from multivector.formats import CONTRACT_COLUMNS, event_json, flatten
from multivector.ingest.readers import DEFAULT_MAX_BYTES
from multivector.model import CodedDocument, Event


class EventWriter:
    """Writes events as JSON Lines, CSV or an aligned table."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        self.out, self.fmt = out, fmt
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=CONTRACT_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()
        elif fmt == "table":
            out.write(
                f"{'date':<10} {'source':<12} {'target':<12} {'cameo':<5} {'plover':<10} {'gold':>5}  sentence\n"
            )

    def write(self, e: Event) -> None:
        if self.fmt == "jsonl":
            self.out.write(event_json(e) + "\n")
        elif self._csv is not None:
            self._csv.writerow(flatten(e.to_dict()))
        else:
            tgt = e.target.code if e.target else (f"[{e.object[:10]}]" if e.object else "-")
            self.out.write(
                f"{(e.date or '-'):<10} {e.source.code:<12} {tgt:<12} {e.cameo:<5} {(e.plover or '-'):<10} "
                f"{e.goldstein:>5}  {e.sentence[:70]}\n"
            )


def coded_stream(
    paths: tuple[str, ...],
    date: str | None,
    dictionaries: tuple[str, ...],
    dictionary_format: str,
    replace: bool,
    workers: int,
    batch_size: int,
    model: bool = True,
    max_bytes: int | None = None,
    strict: bool = False,
) -> Iterator[CodedDocument]:
    """Read inputs and code them (in worker processes when ``workers`` > 1); a long document
    may come as a ``StreamedDocument``, its events piece by piece (``parts_of``)."""
    from multivector.ingest import read_inputs
    from multivector.scale.parallel import code_stream

    items = read_inputs(list(paths), date=date, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    if dictionary_format == "petrarch" or replace:
        coder = build_coder(dictionaries, dictionary_format, replace, model, strict)
        yield from code_stream(coder, items, batch_size, stream=True)
        return
    from multivector.scale import parallel_code_documents

    yield from parallel_code_documents(
        items,
        workers=workers,
        batch_size=batch_size,
        dictionary_paths=dictionaries,
        coder_factory=worker_factory(dictionaries, model, strict),
        stream=True,
    )


def worker_factory(dictionaries: tuple[str, ...] = (), model: bool = True, strict: bool = False):
    """The worker processes' coder factory: None for the default coder (the workers build it
    themselves, with ``dictionary_paths``), else a picklable factory of the standard coder."""
    if model and not strict:
        return None
    from functools import partial

    from multivector.scale.parallel import build_coder as standard_coder

    return partial(standard_coder, tuple(dictionaries), model, strict)


def build_coder(
    dictionaries: tuple[str, ...] = (),
    dictionary_format: str = "multivector",
    replace: bool = False,
    model: bool = True,
    strict: bool = False,
):
    """A coder with the bundled dictionaries and/or user ones (ours or PETRARCH's format)."""
    from multivector.coding.coder import Coder

    if dictionary_format == "petrarch":
        from multivector.petrarch import format_warnings, load_petrarch, petrarch_coder

        conversion = load_petrarch(list(dictionaries), replace)
        click.echo(format_warnings(list(conversion.warnings)), err=True)
        return petrarch_coder(
            list(dictionaries), replace=replace, conversion=conversion, model=model
        )
    return Coder(dictionary_paths=dictionaries, replace=replace, model=model, strict=strict)


def _default_workers() -> int:
    from multivector.scale import default_workers

    return default_workers()


STRICT_OPTION = click.option(
    "--strict",
    is_flag=True,
    help="Drop the events the event verifier finds improbable at its stricter threshold: more"
    " precise on news, fewer events on event-dense text (docs/architecture.md).",
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help=f"Skip (and report) documents larger than this (default: {DEFAULT_MAX_BYTES:,}).",
)
MODEL_OPTION = click.option(
    "--model/--no-model",
    default=True,
    show_default=True,
    help="Use the trained models: the event classifier, the target ranker and the event verifier"
    " (rules only with --no-model).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--date", help="Document date YYYY-MM-DD anchoring relative dates (a JSON 'date' field wins)."
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of standard output.",
)
@click.option(
    "--dictionary",
    "dictionaries",
    multiple=True,
    type=click.Path(exists=True),
    help="A user dictionary file (repeatable), layered over the bundled ones.",
)
@click.option(
    "--dictionary-format",
    type=click.Choice(["multivector", "petrarch"]),
    default="multivector",
    show_default=True,
    help="Format of the --dictionary files.",
)
@click.option(
    "--replace-dictionaries",
    "replace",
    is_flag=True,
    help="Use only the --dictionary files, not the bundled event dictionary.",
)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")  # fmt: skip
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Documents per batch.")  # fmt: skip
@MODEL_OPTION
@STRICT_OPTION
@MAX_BYTES_OPTION
def code(
    paths, fmt, date, out, dictionaries, dictionary_format, replace, workers, batch_size, model,
    strict, max_bytes,
) -> None:  # fmt: skip
    """Code PATHS (files, directories, or - for standard input) into events.

    Plain text, HTML and JSON Lines ({"id", "text", "date"?, "title"?, "url"?}) are read.
    Documents that cannot be read or coded are reported on standard error with the reason;
    the rest are coded. The exit status is non-zero only when nothing could be read.
    """
    date = check_date(date)
    check_output_file(out, "--out")
    workers = workers or _default_workers()
    sink = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    from multivector.scale.parallel import parts_of

    ok = bad = n_events = 0
    try:
        writer = EventWriter(sink, fmt)
        for coded in coded_stream(
            paths, date, dictionaries, dictionary_format, replace, workers, batch_size, model,
            max_bytes, strict,
        ):  # fmt: skip
            problem = coded.problem
            for part in parts_of(coded):  # a long document: written as its pieces are coded
                if part.problem is not None:
                    problem = part.problem
                    break
                for e in part.events:
                    writer.write(e)
                    n_events += 1
            if problem is not None:
                bad += 1
                click.echo(f"skipped {problem}", err=True)
                continue
            ok += 1
    finally:
        if out:
            sink.close()
    click.echo(f"coded {ok} document(s), {n_events} event(s); {bad} skipped", err=True)
    if ok == 0:
        sys.exit(1)


@click.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--date", help="Document date YYYY-MM-DD for relative dates.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True))
@MODEL_OPTION
@STRICT_OPTION
def explain(text, date, dictionaries, model, strict) -> None:
    """Show the parse of TEXT and why each event was (or was not) coded."""
    from multivector.coding.coder import Coder

    date = check_date(date)
    coder = Coder(dictionary_paths=dictionaries, model=model, strict=strict)
    click.echo(coder.explain(" ".join(text), date=date))
