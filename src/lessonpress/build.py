"""The one path from a lesson file to finished outputs: load, render, then commit them all.

:func:`render_lesson` is the whole stage a build runs in memory: read the lesson,
resolve its theme, run every renderer. :func:`check_lesson` runs that stage and
stops there, so whatever would stop a build stops a check, with the file, line
and field. :func:`build_lesson` runs it and commits the files into the output
folder as one transaction (:mod:`lessonpress.commit`): the folder ends with the
whole new set or the whole old one, never a mix, even when the disk fills up or
the build is killed. The command line, the tests and any future front end call
these functions; none repeats their steps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lessonpress.commit import OutputError, commit_files
from lessonpress.errors import LessonError, OutputRefused, Problem
from lessonpress.load.fonts import characters_in
from lessonpress.load.lesson import LoadedLesson, load_lesson
from lessonpress.load.theme import load_theme, theme_warnings
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import (
    Renderer,
    RenderOptions,
    default_formats,
    load_renderers,
    render_with_warnings,
)

__all__ = [
    "BuildResult",
    "CheckResult",
    "OutputError",
    "PartlyBuilt",
    "RenderedLesson",
    "build_lesson",
    "check_lesson",
    "default_formats",
    "render_lesson",
    "render_loaded",
    "write_atomically",
]


@dataclass(frozen=True, slots=True)
class RenderedLesson:
    """A lesson's outputs in memory, by file name, and the warnings found on the way."""

    lesson: Lesson
    files: dict[str, bytes]
    warnings: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The lesson a check read, and the warnings it found."""

    lesson: Lesson
    warnings: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What one lesson's build wrote, and the warnings found on the way."""

    outputs: tuple[Path, ...]
    warnings: tuple[Problem, ...]


class PartlyBuilt(OutputRefused):
    """Some outputs of a sound lesson were refused (a poster too crowded for its paper);
    the others were made (``rendered``) and, by a build, written (``outputs``)."""

    def __init__(
        self,
        problems: Iterable[Problem],
        rendered: RenderedLesson,
        outputs: Sequence[Path] = (),
    ) -> None:
        super().__init__(problems)
        self.rendered = rendered
        self.outputs = tuple(outputs)


def resolve_theme(
    loaded: LoadedLesson, theme_reference: str | None, allowed_dirs: Iterable[Path] = ()
) -> Theme:
    """The theme for a lesson: the command line's choice, else the lesson's, else the default.

    A path from the command line is read from the current folder; one in the lesson
    from the lesson's folder (within the folders files may be read from), and a
    problem finding it points at the lesson's line.
    """
    allowed_dirs = tuple(allowed_dirs)
    needed = characters_in(loaded.document.data)
    if theme_reference is not None:
        return load_theme(theme_reference, Path.cwd(), allowed_dirs, needed_characters=needed)
    lesson = loaded.lesson
    folder = lesson.source_file.parent if lesson.source_file else Path.cwd()
    try:
        return load_theme(
            lesson.theme, folder, allowed_dirs, confine_reference=True, needed_characters=needed
        )
    except LessonError as error:
        raise LessonError(
            [
                loaded.document.problem(("theme",), p.message, p.hint) if p.file is None else p
                for p in error.problems
            ]
        ) from None


def render_lesson(
    lesson_path: Path,
    formats: Sequence[str] | None = None,
    theme_reference: str | None = None,
    options: RenderOptions | None = None,
    allowed_dirs: Iterable[Path] = (),
) -> RenderedLesson:
    """Load ``lesson_path``, resolve its theme and run every renderer, writing nothing.

    Files are named ``<lesson>-<format><suffix>``. Files the lesson and theme name are
    read only from their own folders, the current folder and ``allowed_dirs``. Raises
    :class:`~lessonpress.errors.LessonError` for any problem with the input.
    """
    allowed_dirs = tuple(allowed_dirs)
    loaded = load_lesson(lesson_path, allowed_dirs)
    theme = resolve_theme(loaded, theme_reference, allowed_dirs)
    # Imported only once the lesson is known to be good: the libraries take a while.
    renderers = load_renderers(list(formats or default_formats()))
    return render_loaded(lesson_path, loaded, theme, renderers, options)


def render_loaded(
    lesson_path: Path,
    loaded: LoadedLesson,
    theme: Theme,
    renderers: Sequence[Renderer],
    options: RenderOptions | None = None,
) -> RenderedLesson:
    """The second half of :func:`render_lesson`: run ``renderers`` on a lesson loaded
    from ``lesson_path`` with its theme. A process that renders again and again
    (``watch``) keeps its renderers rather than find them each time."""
    options = options or RenderOptions()
    files: dict[str, bytes] = {}
    warnings = [*loaded.warnings, *theme_warnings(theme, loaded.lesson)]
    refused: list[Problem] = []
    for renderer in renderers:
        try:
            data, output_warnings = render_with_warnings(renderer, loaded.lesson, theme, options)
        except OutputRefused as refusal:
            # One output refused does not hold back the others of the lesson.
            refused += refusal.problems
            continue
        files[f"{lesson_path.stem}-{renderer.name}{renderer.suffix}"] = data
        warnings += output_warnings
    rendered = RenderedLesson(loaded.lesson, files, tuple(warnings))
    if refused:
        raise PartlyBuilt(refused, rendered)
    return rendered


def check_lesson(
    lesson_path: Path,
    formats: Sequence[str] | None = None,
    theme_reference: str | None = None,
    options: RenderOptions | None = None,
    allowed_dirs: Iterable[Path] = (),
) -> CheckResult:
    """Everything :func:`build_lesson` would find wrong with ``lesson_path``, writing nothing.

    The outputs are rendered in memory and dropped. Raises
    :class:`~lessonpress.errors.LessonError` wherever a build would.
    """
    rendered = render_lesson(lesson_path, formats, theme_reference, options, allowed_dirs)
    return CheckResult(rendered.lesson, rendered.warnings)


def build_lesson(
    lesson_path: Path,
    output_dir: Path,
    formats: Sequence[str] | None = None,
    theme_reference: str | None = None,
    options: RenderOptions | None = None,
    allowed_dirs: Iterable[Path] = (),
) -> BuildResult:
    """Build ``lesson_path`` into ``output_dir`` and return the files written.

    Every output is rendered before any is written, and they are committed together.
    Raises :class:`~lessonpress.errors.LessonError` for any problem with the input,
    and :class:`~lessonpress.commit.OutputError` when the folder cannot take the files;
    either way the folder keeps its previous files. An output that refuses the lesson
    (:class:`~lessonpress.errors.OutputRefused`) does not keep the others from being
    written: they are, and :class:`PartlyBuilt` names them with the refusal.
    """
    try:
        rendered = render_lesson(lesson_path, formats, theme_reference, options, allowed_dirs)
    except PartlyBuilt as partly:
        written = commit_files(output_dir, partly.rendered.files) if partly.rendered.files else []
        raise PartlyBuilt(partly.problems, partly.rendered, written) from None
    outputs = commit_files(output_dir, rendered.files)
    return BuildResult(tuple(outputs), rendered.warnings)


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` all at once: readers see the old file or the new.

    Raises :class:`~lessonpress.commit.OutputError` when it cannot be written.
    """
    commit_files(path.parent, {path.name: content})
