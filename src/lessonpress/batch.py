"""Build many lessons at once, in parallel processes, each lesson on its own.

Every lesson is built as :func:`lessonpress.build.build_lesson` builds one: loaded,
rendered and committed as one transaction. A lesson that fails (a problem in it, a
file that cannot be written, even a fault of lessonpress) is recorded in its
:class:`LessonOutcome` and the others go on.

With more than one job the lessons go to a pool of worker processes, started with
``spawn`` (a fresh interpreter: no threads or locks copied from the parent, and the
same on every system). Each worker imports the renderers once and keeps them, with
their registered fonts, for every lesson it builds.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from lessonpress import build as building
from lessonpress.commit import OutputError
from lessonpress.errors import LessonError, Problem
from lessonpress.renderers.base import RenderOptions


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
    lessonpress itself) is set; none is when the lesson was built.
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
    if settings.formats:
        building.load_renderers(list(settings.formats))  # names every unknown one
    report = on_outcome or (lambda _outcome: None)
    workers = min(jobs or default_jobs(), len(lessons))
    if workers <= 1:
        outcomes = []
        for lesson in lessons:
            outcomes.append(build_one(lesson, settings))
            report(outcomes[-1])
        return outcomes
    return _build_in_pool(lessons, settings, workers, report)


def build_one(lesson: Path, settings: BatchSettings) -> LessonOutcome:
    """Build one lesson and say how it ended; never raises for the lesson's sake."""
    try:
        result = building.build_lesson(
            lesson,
            settings.output_dir,
            settings.formats,
            settings.theme_reference,
            settings.options,
            settings.allowed_dirs,
        )
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
    outcomes: dict[int, LessonOutcome] = {}
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(settings.formats,),
    )
    try:
        futures: dict[Future[LessonOutcome], int] = {
            pool.submit(build_one, lesson, settings): number
            for number, lesson in enumerate(lessons)
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


def _outcome_of(future: Future[LessonOutcome], lesson: Path) -> LessonOutcome:
    """The outcome a worker returned, or a fault when the worker itself died."""
    try:
        return future.result()
    except Exception:
        return LessonOutcome(lesson, fault=traceback.format_exc())


def _start_worker(formats: Iterable[str] | None) -> None:
    """Make a worker ready: Ctrl+C is the parent's to handle, and the renderers (with
    the libraries they draw with) are imported once, before the first lesson."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    building.load_renderers(list(formats or building.default_formats()))
