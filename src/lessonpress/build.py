"""The one path from a lesson file to finished outputs: load, render, write atomically.

The command line, the tests and any future front end call :func:`build_lesson`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lessonpress.errors import LessonError, Problem
from lessonpress.load.fonts import characters_in
from lessonpress.load.lesson import LoadedLesson, load_lesson
from lessonpress.load.theme import load_theme, theme_warnings
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import RenderOptions, installed_renderers, load_renderers

DEFAULT_FORMATS = ("handout", "deck", "poster")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What one lesson's build wrote, and the warnings found on the way."""

    outputs: tuple[Path, ...]
    warnings: tuple[Problem, ...]


def default_formats() -> list[str]:
    """The built-in formats that are installed, in their usual order."""
    installed = {info.name for info in installed_renderers()}
    return [name for name in DEFAULT_FORMATS if name in installed]


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


def build_lesson(
    lesson_path: Path,
    output_dir: Path,
    formats: Sequence[str] | None = None,
    theme_reference: str | None = None,
    options: RenderOptions | None = None,
    allowed_dirs: Iterable[Path] = (),
) -> BuildResult:
    """Build ``lesson_path`` into ``output_dir`` and return the files written.

    Every output is rendered before any is written, so a problem in one format leaves
    all earlier files as they were. Raises :class:`~lessonpress.errors.LessonError`
    for any problem with the input. Files the lesson and theme name are read only from
    their own folders, the current folder and ``allowed_dirs``.
    """
    allowed_dirs = tuple(allowed_dirs)
    loaded = load_lesson(lesson_path, allowed_dirs)
    theme = resolve_theme(loaded, theme_reference, allowed_dirs)
    renderers = load_renderers(list(formats or default_formats()))
    options = options or RenderOptions()
    rendered = [
        (
            output_dir / f"{lesson_path.stem}-{renderer.name}{renderer.suffix}",
            renderer.render(loaded.lesson, theme, options),
        )
        for renderer in renderers
    ]
    output_dir.mkdir(parents=True, exist_ok=True)
    for path, content in rendered:
        write_atomically(path, content)
    return BuildResult(
        tuple(path for path, _ in rendered), (*loaded.warnings, *theme_warnings(theme))
    )


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` all at once: readers see the old file or the new.

    The bytes go to a uniquely named temporary file in the same folder, are flushed to
    disk, and the temporary file is renamed over ``path``. Two builds writing the same
    file at once each finish with a complete file.
    """
    descriptor, temporary_name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as temporary:
            temporary.write(content)
            temporary.flush()
            os.fsync(temporary.fileno())
        os.chmod(temporary_name, 0o644)
        os.replace(temporary_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary_name)
        raise
