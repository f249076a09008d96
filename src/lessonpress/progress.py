"""Show how far a build of many lessons has got: a progress bar, or plain lines.

On a terminal a bar (rich) counts the lessons done, with one line per lesson above
it. Where nobody watches a terminal (output redirected to a file or a pipe, or a
CI run, ``CI`` set) the same lines are printed alone, one per lesson as it ends, so
that a log reads well.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import click

from lessonpress.batch import LessonOutcome, OutcomeCallback

if TYPE_CHECKING:
    from rich.progress import Progress


def outcome_line(outcome: LessonOutcome, done: int, total: int) -> str:
    """The line for one lesson that has ended: ``[3/40] a.yaml: wrote …``."""
    if outcome.built:
        what = "wrote " + ", ".join(str(path) for path in outcome.outputs)
    else:
        what = "not built, see below"
    return f"[{done}/{total}] {outcome.lesson}: {what}"


@contextlib.contextmanager
def lesson_progress(total: int) -> Iterator[OutcomeCallback]:
    """Yield the function to call with each lesson's outcome as it ends.

    One lesson prints ``wrote <file>`` for each file, as a build always has; more
    print a line each, under a progress bar on a terminal.
    """
    if total == 1:
        yield _print_outputs
        return
    bar = _terminal_bar()
    if bar is None:
        yield _counting(total, click.echo)
        return
    with bar as progress:
        task = progress.add_task("Building", total=total)

        def show(line: str) -> None:
            progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            progress.advance(task)

        yield _counting(total, show)


def _print_outputs(outcome: LessonOutcome) -> None:
    for path in outcome.outputs:
        click.echo(f"wrote {path}")


def _counting(total: int, show: Callable[[str], None]) -> OutcomeCallback:
    done = 0

    def report(outcome: LessonOutcome) -> None:
        nonlocal done
        done += 1
        show(outcome_line(outcome, done, total))

    return report


def _terminal_bar() -> Progress | None:
    """A progress bar on standard error, when both outputs are an interactive terminal
    and this is not a CI run; otherwise ``None``."""
    if os.environ.get("CI"):
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(stderr=True)
    if not (console.is_interactive and Console().is_terminal):
        return None
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        redirect_stdout=False,
        redirect_stderr=False,
    )
