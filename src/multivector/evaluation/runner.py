"""Score a coder (or a file of predictions) on a gold file of any supported format."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from multivector.evaluation.gold import (
    PETRARCH,
    PLOVER,
    SEED,
    GoldFormatError,
    PetrarchSuite,
    detect_format,
    read_petrarch_records,
    read_plover_gsr,
    read_seed_gold,
    seed_text_path,
)
from multivector.evaluation.petrarch_suite import score_petrarch
from multivector.evaluation.plover import score_plover
from multivector.evaluation.report import EvalReport
from multivector.evaluation.seed import score_seed
from multivector.model import CodedDocument, Document


class DocumentCoder(Protocol):
    def code_documents(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[CodedDocument]: ...


def build_coder(
    paths: Sequence[str | Path],
    dictionary_format: str = "multivector",
    replace: bool = False,
    on_warnings: Callable[[str], None] | None = None,
    warnings_out: list | None = None,
    modality: str = "multivector",
    model: bool | None = None,
):
    """A Coder for dictionary ``paths`` in ``dictionary_format`` (``multivector``/``petrarch``).

    No paths and the multivector format: the process-wide default coder. ``modality`` applies
    to PETRARCH dictionaries (see :func:`multivector.petrarch.petrarch_coder`). PETRARCH files are
    converted first; a summary of the conversion warnings goes to ``on_warnings`` and the
    warnings themselves are appended to ``warnings_out``. ``model``: consult the event
    classifier (default: with multivector dictionaries yes, with PETRARCH's no: they are coded
    as PETRARCH would code them).
    """
    from multivector.coding.coder import Coder, default_coder

    if dictionary_format == "multivector":
        model = True if model is None else model
        if not paths and not replace and model:
            return default_coder()
        return Coder(dictionary_paths=[str(p) for p in paths], replace=replace, model=model)
    if dictionary_format != "petrarch":
        raise ValueError(f"unknown dictionary format {dictionary_format!r}")
    from multivector.petrarch import format_warnings, load_petrarch, petrarch_coder

    conversion = load_petrarch(paths, replace=replace)
    if warnings_out is not None:
        warnings_out.extend(conversion.warnings)
    if on_warnings is not None and conversion.warnings:
        on_warnings(format_warnings(conversion.warnings))
    return petrarch_coder(paths, conversion=conversion, modality=modality, model=bool(model))


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Read predicted events (``multivector code`` output, one JSON object a line)."""
    path = Path(path)
    out = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"{path}:{lineno}: prediction is not JSON ({e.msg})") from None
            if not isinstance(d, dict):
                raise GoldFormatError(f"{path}:{lineno}: prediction is not a JSON object")
            out.append(d)
    return out


def code_to_dicts(
    coder: DocumentCoder, documents: Iterable[Document], problems: list[str]
) -> list[dict[str, Any]]:
    """Code documents and return their events as contract dicts; problems are collected."""
    events: list[dict[str, Any]] = []
    for coded in coder.code_documents(documents):
        if coded.problem is not None:
            problems.append(str(coded.problem))
        events.extend(ev.to_dict() for ev in coded.events)
    return events


def suite_documents(suite: PetrarchSuite) -> list[Document]:
    return [
        Document(id=r.id, text=r.text, date=r.date, source_path=str(suite.path))
        for r in suite.records
        if r.active
    ]


def evaluate(
    gold_path: str | Path,
    *,
    coder: DocumentCoder | None = None,
    predictions: list[dict[str, Any]] | None = None,
    fmt: str | None = None,
    text_path: str | Path | None = None,
    deliberate: dict[str, str] | None = None,
) -> EvalReport:
    """Score ``predictions`` (or what ``coder`` codes from the gold's texts) on a gold file.

    ``fmt`` is ``seed``, ``plover`` or ``petrarch`` (detected when None). For the seed format the
    text is ``text_path`` or the ``.txt`` beside the gold file.
    """
    gold_path = Path(gold_path)
    fmt = fmt or detect_format(gold_path)
    if predictions is None and coder is None:
        raise ValueError("evaluate() needs a coder or predictions")
    problems: list[str] = []
    if fmt == SEED:
        gold = read_seed_gold(gold_path)
        if predictions is None:
            tp = Path(text_path) if text_path else seed_text_path(gold_path)
            if not tp.exists():
                raise GoldFormatError(
                    f"{gold_path}: no text to code: {tp} does not exist (give --text PATH)"
                )
            doc = Document(id=tp.stem, text=tp.read_text(encoding="utf-8"), source_path=str(tp))
            predictions = code_to_dicts(coder, [doc], problems)  # type: ignore[arg-type]
        report = score_seed(gold, predictions, str(gold_path))
    elif fmt == PLOVER:
        records = read_plover_gsr(gold_path)
        if predictions is None:
            docs = [Document(id=r.id, text=r.text, date=r.date) for r in records]
            predictions = code_to_dicts(coder, docs, problems)  # type: ignore[arg-type]
        report = score_plover(records, predictions, str(gold_path))
    elif fmt == PETRARCH:
        suite = read_petrarch_records(gold_path)
        if predictions is None:
            predictions = code_to_dicts(coder, suite_documents(suite), problems)  # type: ignore[arg-type]
        report = score_petrarch(suite.records, predictions, str(gold_path), deliberate)
    else:
        raise GoldFormatError(f"{gold_path}: unknown gold format {fmt!r}")
    report.notes += [f"problem: {p}" for p in problems]
    return report
