"""Build many lessons at once, in parallel processes, each lesson on its own.

Every lesson is built as :func:`lessonpress.build.build_lesson` builds one: loaded,
rendered and committed as one transaction. A lesson that fails (a problem in it, a
file that cannot be written, even a fault of lessonpress) is recorded in its
:class:`LessonOutcome` and the others go on.

With more than one job the lessons go to a pool of worker processes. They are
forked from a fresh server process that has imported the build and the renderers
(``forkserver``: nothing is copied from the parent, whose threads and locks are not
safe to fork, and the imports are paid once rather than by every worker); where there
is no such server (Windows) each worker is a fresh interpreter (``spawn``). Each
worker keeps its renderers, and the fonts they register, for every lesson it builds.
The parent only hands out lessons and reports, so it imports neither the build nor
the libraries: the sooner the server starts, the sooner the workers do. The longest
lessons are handed out first, so that no worker is left with a long one at the end.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lessonpress.commit import OutputError
from lessonpress.errors import LessonError, Problem
from lessonpress.renderers.base import (
    RenderOptions,
    default_formats,
    installed_renderers,
    load_renderers,
)

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """The choices shared by every lesson of one ``lessonpress build``."""

    output_dir: Path
    formats: tuple[str, ...] | None = None
    theme_reference: str | None = None
    options: RenderOptions = field(default_factory=RenderOptions)
    allowed_dirs: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class LessonOutcome:
    """How one lesson's build ended: the files written, or why there are none.

    At most one of ``problems`` (errors in the input), ``output_error`` (a file that
    could not be written, in one line) and ``fault`` (the traceback of a fault of
    lessonpress itself) is set; none is when the lesson was built. Files are written
    beside ``problems`` only when an output refused the lesson (a poster too crowded
    for its paper) and the others were made.
    """

    lesson: Path
    outputs: tuple[Path, ...] = ()
    warnings: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()
    output_error: str | None = None
    fault: str | None = None

    @property
    def built(self) -> bool:
        """Whether every output of the lesson was written."""
        return not self.problems and self.output_error is None and self.fault is None


OutcomeCallback = Callable[[LessonOutcome], None]


def default_jobs() -> int:
    """The number of lessons built at the same time unless told: one per usable core."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def build_lessons(
    lessons: Sequence[Path],
    settings: BatchSettings,
    jobs: int | None = None,
    on_outcome: OutcomeCallback | None = None,
) -> list[LessonOutcome]:
    """Build every lesson into ``settings.output_dir``, ``jobs`` at a time.

    ``jobs`` defaults to :func:`default_jobs`; with one job (or one lesson) the
    lessons are built in this process, in order. ``on_outcome`` is called in this
    process as each lesson ends, in the order they end. Returns the outcomes in the
    order of ``lessons``. Raises :class:`~lessonpress.errors.LessonError` before
    building anything when a format named in the settings is not installed.
    """
    _refuse_unknown_formats(settings.formats or ())
    report = on_outcome or (lambda _outcome: None)
    workers = min(jobs or default_jobs(), len(lessons))
    if workers <= 1:
        outcomes = []
        for lesson in lessons:
            outcomes.append(build_one(lesson, settings))
            report(outcomes[-1])
        return outcomes
    return _build_in_pool(lessons, settings, workers, report)


def _refuse_unknown_formats(formats: Iterable[str]) -> None:
    """Raise :class:`~lessonpress.errors.LessonError` naming every format that is not
    installed, once for all the lessons, without importing any renderer."""
    installed = {info.name for info in installed_renderers()}
    if any(name not in installed for name in formats):
        load_renderers(list(formats))  # raises, naming each unknown format


def build_one(lesson: Path, settings: BatchSettings) -> LessonOutcome:
    """Build one lesson and say how it ended; never raises for the lesson's sake."""
    from lessonpress.build import PartlyBuilt, build_lesson

    try:
        result = build_lesson(
            lesson,
            settings.output_dir,
            settings.formats,
            settings.theme_reference,
            settings.options,
            settings.allowed_dirs,
        )
    except PartlyBuilt as partly:
        warnings = partly.rendered.warnings
        return LessonOutcome(lesson, partly.outputs, warnings, problems=partly.problems)
    except LessonError as error:
        return LessonOutcome(lesson, problems=error.problems)
    except OutputError as error:
        return LessonOutcome(lesson, output_error=str(error))
    except Exception:
        return LessonOutcome(lesson, fault=traceback.format_exc())
    return LessonOutcome(lesson, result.outputs, result.warnings)


def _build_in_pool(
    lessons: Sequence[Path], settings: BatchSettings, workers: int, report: OutcomeCallback
) -> list[LessonOutcome]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    outcomes: dict[int, LessonOutcome] = {}
    formats = list(settings.formats or default_formats())
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_worker_context(formats),
        initializer=_start_worker,
        initargs=(formats, os.getcwd(), dict(os.environ), list(sys.path)),
    )
    try:
        futures: dict[Future[LessonOutcome], int] = {
            pool.submit(build_one, lessons[number], settings): number
            for number in _longest_first(lessons)
        }
        for future in as_completed(futures):
            number = futures[future]
            outcomes[number] = _outcome_of(future, lessons[number])
            report(outcomes[number])
    except BaseException:
        # Ctrl+C: lessons not started are dropped, and those being built finish their
        # commit (a build is one transaction; a worker ignores the interrupt).
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return [outcomes[number] for number in range(len(lessons))]


def _longest_first(lessons: Sequence[Path]) -> list[int]:
    """The positions of ``lessons``, the largest file (the longest build) first."""

    def size(number: int) -> int:
        try:
            return lessons[number].stat().st_size
        except OSError:  # reported by the build itself
            return 0

    return sorted(range(len(lessons)), key=size, reverse=True)


def _outcome_of(future: Future[LessonOutcome], lesson: Path) -> LessonOutcome:
    """The outcome a worker returned, or a fault when the worker itself died."""
    try:
        return future.result()
    except Exception:
        return LessonOutcome(lesson, fault=traceback.format_exc())


def _worker_context(formats: list[str]) -> BaseContext:
    """How workers start: forked from a server that imported the renderers of
    ``formats`` already, or as fresh interpreters where there is no such server."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    chosen = [info for info in installed_renderers() if info.name in formats]
    modules = [info.target.partition(":")[0] for info in chosen]
    context.set_forkserver_preload(["lessonpress.batch", "lessonpress.build", *modules])
    return context


def _start_worker(
    formats: Iterable[str], folder: str, environment: dict[str, str], import_path: list[str]
) -> None:
    """Make a worker ready before its first lesson.

    It works in the parent's current folder, environment and import path (a server
    started for an earlier build may have had others); Ctrl+C is the parent's to
    handle; and the renderers are loaded once.
    """
    os.chdir(folder)
    os.environ.clear()
    os.environ.update(environment)
    sys.path[:] = import_path
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_renderers(list(formats))
