"""Every fault as one line on standard error: exit status 2 for usage, 1 for faults.

Commands raise :class:`click.UsageError`/:class:`click.BadParameter` for bad option values
(status 2) and :class:`click.ClickException` for faults (status 1). What escapes a command
anyway — a store fault, a file that cannot be written, a stopped run — is turned into one
line here by :func:`run_guarded`, never a traceback. ``MULTIVECTOR_DEBUG=1`` shows the
traceback of unexpected errors instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

#: Exit status of a run stopped by a signal: 128 + the signal number, as shells report it.
SIGNAL_EXIT_BASE = 128


def run_guarded(invoke: Callable[[], Any]) -> Any:
    """Run a command, turning store faults, OS errors and anything unexpected into one line."""
    from multivector.scale.parallel import CodingStopped

    try:
        return invoke()
    except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
        raise
    except CodingStopped as exc:
        click.echo(f"stopped: {exc}", err=True)
        sys.exit(SIGNAL_EXIT_BASE + exc.signum)
    except BrokenPipeError:
        # the reader went away (`multivector events | head`): stop quietly, as cat does
        _silence_stdout()
        sys.exit(1)
    except OSError as exc:
        raise click.ClickException(os_error_message(exc)) from None
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        message = store_fault(exc)
        if message is not None:
            raise click.ClickException(message) from None
        if os.environ.get("MULTIVECTOR_DEBUG"):
            raise
        first = (str(exc).strip().splitlines() or [""])[0][:300]
        raise click.ClickException(
            f"internal error: {type(exc).__name__}: {first} (MULTIVECTOR_DEBUG=1 shows the traceback)"
        ) from None


def store_fault(exc: BaseException) -> str | None:
    """The store's one-line message for ``exc`` (``store.errors.fault_message``), or None.

    Asked only when the store was loaded: a command that never opened a store (``code``) has
    no store fault, and this module never imports the store or SQLAlchemy itself."""
    store_errors = sys.modules.get("multivector.store.errors")
    return store_errors.fault_message(exc) if store_errors is not None else None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        pass


def os_error_message(exc: OSError) -> str:
    """``PATH: reason`` for an OS error, on one line."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{exc.filename}: {reason}" if exc.filename else reason


def check_output_file(path: str | None, option: str) -> None:
    """Refuse an output file that cannot be created, before any work is done."""
    if not path or path == "-":
        return
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise click.BadParameter(f"{path} is a directory", param_hint=option)
    if not parent.is_dir():
        raise click.BadParameter(f"no directory {parent} for {path}", param_hint=option)
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise click.BadParameter(f"{path} cannot be written (permission denied)", param_hint=option)


def check_output_dir(path: str | None, option: str) -> None:
    """Refuse an output directory that exists as a file or whose parent is missing."""
    if not path:
        return
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise click.BadParameter(f"{path} is not a directory", param_hint=option)
    if not target.exists() and not target.parent.is_dir():
        raise click.BadParameter(f"no directory {target.parent} for {path}", param_hint=option)


def check_date(value: str | None, option: str = "--date") -> str | None:
    """A document date YYYY-MM-DD (or with a time), normalised; BadParameter otherwise."""
    if value is None:
        return None
    from multivector.ingest.text import InputError, normalise_date

    try:
        return normalise_date(value)
    except InputError:
        raise click.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None
