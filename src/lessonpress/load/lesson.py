"""Read a lesson file into the :class:`~lessonpress.model.lesson.Lesson` model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from lessonpress.errors import LessonError, Problem
from lessonpress.load.images import UnreadableImage, verified_image_size
from lessonpress.load.lint import lint_lesson
from lessonpress.load.problems import validation_problems
from lessonpress.load.yaml_source import YamlDocument, read_yaml_file
from lessonpress.model.lesson import ImageFile, Lesson


@dataclass(frozen=True, slots=True)
class LoadedLesson:
    """A valid lesson, with the warnings found while reading it."""

    lesson: Lesson
    warnings: tuple[Problem, ...]
    document: YamlDocument


def load_lesson(path: Path | str) -> LoadedLesson:
    """Read, validate and cross-check the lesson at ``path``.

    Raises :class:`LessonError` listing every error in the file.
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
    context = {"resolve_image": _image_resolver(path.parent)}
    try:
        lesson = Lesson.model_validate(
            {**document.data, "source_file": path.resolve()}, context=context
        )
    except ValidationError as error:
        raise LessonError(validation_problems(error, document, Lesson)) from None
    errors = cross_check(lesson, document)
    if errors:
        raise LessonError(errors)
    return LoadedLesson(lesson, tuple(lint_lesson(lesson, document)), document)


def cross_check(lesson: Lesson, document: YamlDocument) -> list[Problem]:
    """Check what one field cannot check alone: category references and unique ids."""
    errors: list[Problem] = []
    seen_ids: dict[str, int] = {}
    for index, event in enumerate(lesson.events):
        if event.category is not None and event.category not in lesson.categories:
            known = ", ".join(lesson.categories) or "none defined"
            errors.append(
                document.problem(
                    ("events", index, "category"),
                    f"unknown category '{event.category}'",
                    f"use one of the ids under 'categories:' ({known}), or add it there",
                )
            )
        slug = event.slug
        if slug in seen_ids:
            errors.append(
                document.problem(
                    ("events", index, "id" if event.id else "title"),
                    f"two events have the id '{slug}' (the other is events[{seen_ids[slug]}])",
                    "give one of them its own 'id:'",
                )
            )
        seen_ids.setdefault(slug, index)
    return errors


def _image_resolver(base_dir: Path) -> Callable[[str], Any]:
    """Return a function that finds and verifies an image named relative to ``base_dir``."""

    def resolve(src: str) -> ImageFile:
        if "://" in src or src.startswith(("www.", "data:")):
            raise PydanticCustomError(
                "image_url",
                "images must be files next to the lesson, not web addresses ({src})",
                {"src": src, "hint": "download the image, save it beside the lesson, use its name"},
            )
        path = (base_dir / src).resolve()
        if not path.is_file():
            raise PydanticCustomError(
                "image_missing",
                "the image file '{src}' does not exist",
                {"src": src, "hint": f"paths are relative to the lesson's folder ({base_dir})"},
            )
        try:
            width, height = verified_image_size(path)
        except UnreadableImage as error:
            raise _unreadable(src, str(error)) from None
        return ImageFile(path=path, width=width, height=height)

    return resolve


def _unreadable(src: str, reason: str) -> PydanticCustomError:
    return PydanticCustomError(
        "image_unreadable",
        "cannot use the image '{src}': {reason}",
        {"src": src, "reason": reason, "hint": "save it again as PNG or JPEG"},
    )
