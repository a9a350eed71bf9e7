"""The ``multivector`` command line.

Each subcommand lives in its own module and is imported only when it is run, so that
``multivector --help`` stays fast and a command's heavy dependencies (spaCy, pyspark,
uvicorn) load only for that command.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

# name -> "module:attribute". One line per subcommand; keep alphabetical.
COMMANDS: dict[str, str] = {
    "archive": "multivector.cli.fetch:archive",
    "code": "multivector.cli.code:code",
    "create-admin": "multivector.cli.serve:create_admin",
    "demo": "multivector.cli.demo:demo",
    "documents": "multivector.cli.documents:documents",
    "eval": "multivector.cli.eval:eval_",
    "events": "multivector.cli.events:events",
    "explain": "multivector.cli.code:explain",
    "fetch": "multivector.cli.fetch:fetch",
    "ingest": "multivector.cli.ingest:ingest",
    "orient": "multivector.cli.orient:orient",
    "partners": "multivector.cli.orient:partners",
    "report": "multivector.cli.report:report",
    "series": "multivector.cli.orient:series",
    "serve": "multivector.cli.serve:serve",
    "sources": "multivector.cli.fetch:sources",
    "spark-code": "multivector.cli.spark:spark_code",
    "spark-load": "multivector.cli.spark:spark_load",
    "users": "multivector.cli.serve:users",
    "watch": "multivector.cli.fetch:watch",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the subcommand; store faults and OS errors become one line (see cli.errors)."""
        from multivector.cli.errors import run_guarded

        return run_guarded(lambda: super(LazyGroup, self).invoke(ctx))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="multivector")
def main() -> None:
    """multivector: foreign-policy text to CAMEO/PLOVER event data."""
