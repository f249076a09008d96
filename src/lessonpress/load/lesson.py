"""Read a lesson file into the :class:`~lessonpress.model.lesson.Lesson` model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from lessonpress.errors import LessonError, Problem
from lessonpress.load.cross_check import cross_check
from lessonpress.load.lesson_images import ImageLoader
from lessonpress.load.lint import lint_lesson
from lessonpress.load.paths import PathPolicy
from lessonpress.load.problems import validation_problems
from lessonpress.load.yaml_source import YamlDocument, read_yaml_file
from lessonpress.model.lesson import Lesson


@dataclass(frozen=True, slots=True)
class LoadedLesson:
    """A valid lesson, with the warnings found while reading it."""

    lesson: Lesson
    warnings: tuple[Problem, ...]
    document: YamlDocument


def load_lesson(path: Path | str, allowed_dirs: Iterable[Path | str] = ()) -> LoadedLesson:
    """Read, validate and cross-check the lesson at ``path``.

    Images are read from the lesson's folder, the current folder or ``allowed_dirs``
    only (see :mod:`lessonpress.load.paths`). Raises :class:`LessonError` listing every
    error in the file.
    """
    path = Path(path)
    document = read_yaml_file(path)
    if not isinstance(document.data, dict):
        raise LessonError(
            [
                document.problem(
                    (),
                    "a lesson file must be a mapping of keys (title:, events:, ...)",
                    "start from `lessonpress new lesson.yaml`",
                )
            ]
        )
    images = ImageLoader(PathPolicy.for_run(allowed_dirs), path.parent)
    # References between fields are checked on what the file says, so that they are
    # reported together with any other error rather than only once the rest is valid.
    errors = cross_check(document)
    try:
        lesson = Lesson.model_validate(
            {**document.data, "source_file": path.resolve()}, context=images.context()
        )
    except ValidationError as error:
        raise LessonError(validation_problems(error, document, Lesson) + errors) from None
    if errors:
        raise LessonError(errors)
    return LoadedLesson(lesson, tuple(lint_lesson(lesson, document)), document)


__all__ = ["LoadedLesson", "cross_check", "load_lesson"]
