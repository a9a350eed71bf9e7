"""``multivector eval``: score the coder on a gold file and list every miss and extra."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from multivector.evaluation.gold import FORMATS, PETRARCH, GoldFormatError, detect_format


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True),
              help="Dictionary file to code with (repeatable). For PETRARCH validation XML the "
                   "default is the dictionaries its <Environment> names.")
@click.option("--dictionary-format", type=click.Choice(["multivector", "petrarch"]),
              default=None, help="Format of --dictionary files (default multivector; petrarch "
                                 "for a PETRARCH validation file without --dictionary).")
@click.option("--replace/--merge", default=None,
              help="Use only the given dictionaries, or layer them over multivector's own. "
                   "Default: merge, except for a PETRARCH suite run with its own dictionaries.")
@click.option("--modality", type=click.Choice(["multivector", "petrarch"]), default=None,
              help="With PETRARCH dictionaries: multivector's reading of negation, intention, "
                   "coreference and targets, or PETRARCH's (every verb an act, negation by "
                   "pattern, first actor of the verb phrase as target). Default: petrarch for "
                   "a PETRARCH suite run with its own dictionaries, else multivector.")
@click.option("--gold-format", "--format", "fmt", type=click.Choice(["auto", *FORMATS]),
              default="auto", show_default=True,
              help="Gold format (--format is its old name).")
@click.option("--text", "text_path", type=click.Path(exists=True, dir_okay=False),
              help="Seed format: the text to code (default: the .txt beside the gold file).")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score these events (multivector code output) instead of coding.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="Write the full report here (JSON if the name ends in .json, else text).")
@click.option("--warnings", "warnings_path", type=click.Path(dir_okay=False),
              help="PETRARCH dictionaries: write every conversion warning (file:line) here.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the figures.")
@click.option("--model/--no-model", default=None,
              help="Consult the event classifier (default: yes for multivector dictionaries, "
                   "no for PETRARCH's).")  # fmt: skip
def eval_(gold, dictionaries, dictionary_format, replace, fmt, text_path, predictions,
          report_path, warnings_path, quiet, modality, model) -> None:
    """Score the coder on GOLD: precision, recall and F1, overall and per category.

    GOLD is sentence-locator JSON Lines (*.gold.jsonl), PLOVER gold-standard records, or
    PETRARCH validation XML; the format is detected from the file.
    """
    from multivector.evaluation.runner import build_coder, evaluate, read_predictions

    err = lambda msg: click.echo(msg, err=True)  # noqa: E731
    try:
        fmt = detect_format(gold) if fmt == "auto" else fmt
        deliberate: dict[str, str] = {}
        if fmt == PETRARCH:
            from multivector.evaluation.deliberate import load_deliberate

            deliberate = load_deliberate()
        if predictions:
            preds = read_predictions(predictions)
            report = evaluate(gold, predictions=preds, fmt=fmt, text_path=text_path,
                              deliberate=deliberate)
        else:
            paths = list(dictionaries)
            dict_fmt = dictionary_format or "multivector"
            use_replace = bool(replace)
            if fmt == PETRARCH and not paths:
                from multivector.evaluation.gold import read_petrarch_records

                suite = read_petrarch_records(gold)
                paths = [str(p) for p in suite.dictionary_paths()]
                dict_fmt = "petrarch"
                use_replace = True if replace is None else replace
                modality = modality or "petrarch"
                err(f"using the suite's dictionaries: {', '.join(Path(p).name for p in paths)} "
                    f"({modality} modality)")
            conversion_warnings: list = []
            use_model = model if model is not None else dict_fmt == "multivector"
            coder = build_coder(paths, dict_fmt, use_replace, on_warnings=err,
                                warnings_out=conversion_warnings, modality=modality or "multivector",
                                model=use_model)
            if warnings_path and dict_fmt == "petrarch":
                from multivector.petrarch import write_warnings

                write_warnings(conversion_warnings, warnings_path)
                err(f"{len(conversion_warnings)} conversion warnings written to {warnings_path}")
            report = evaluate(gold, coder=coder, fmt=fmt, text_path=text_path,
                              deliberate=deliberate)
    except (GoldFormatError, ValueError, OSError) as e:
        raise click.ClickException(str(e)) from None
    click.echo(report.render(details=not quiet))
    if report_path:
        if report_path.endswith(".json"):
            text = json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
        else:
            text = report.render(details=True)
        Path(report_path).write_text(text + "\n", encoding="utf-8")
        click.echo(f"report written to {report_path}", err=True)
    sys.stdout.flush()

