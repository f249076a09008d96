"""The lesson in the editor, run through the same stage as ``lessonpress check`` and ``build``.

What the teacher types is not saved yet, but a lesson names its pictures and theme
relative to its own folder; so the text is checked from a hidden file beside the
lesson, removed as soon as the check is over. Problems found in it are reported at
the editor's lines; problems in another file (a theme) name that file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, cast

from pydantic_core import PydanticCustomError

from lessonpress.build import RenderedLesson, default_formats, render_lesson
from lessonpress.errors import LessonError, Problem, sort_problems
from lessonpress.load.theme import builtin_theme_names
from lessonpress.load.yaml_source import MAX_FILE_BYTES
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import Edition, RenderOptions
from lessonpress.serve.workspace import RefusedName, Workspace

EDITIONS = ("student", "teacher")


@dataclass(frozen=True, slots=True)
class Choices:
    """What the page's selectors chose: a built-in theme (or the lesson's), edition, poster."""

    theme: str | None = None
    edition: str = "student"
    poster_size: str | None = None

    @classmethod
    def from_request(cls, values: dict[str, Any]) -> Choices:
        """The choices a request names; :class:`RefusedName` for one that is not offered."""
        theme = values.get("theme") or None
        if theme is not None and theme not in builtin_theme_names():
            raise RefusedName(f"'{theme}' is not one of the built-in themes")
        edition = values.get("edition") or "student"
        if edition not in EDITIONS:
            raise RefusedName(f"'{edition}' is not an edition: choose student or teacher")
        return cls(theme, edition, values.get("poster_size") or None)

    def options(self) -> RenderOptions:
        """The render options these choices stand for."""
        poster = None
        if self.poster_size is not None:
            try:
                poster = parse_page_size(self.poster_size)
            except PydanticCustomError as error:
                raise RefusedName(error.message()) from None
        return RenderOptions(edition=cast(Edition, self.edition), poster_size=poster)


@dataclass(frozen=True, slots=True)
class StageResult:
    """The outputs of the editor's text by format, or the problems that stopped them."""

    outputs: dict[str, bytes]
    problems: list[dict[str, Any]]
    events: int | None


def run_draft(
    workspace: Workspace,
    name: str,
    text: str,
    choices: Choices,
    formats: Sequence[str] | None = None,
) -> StageResult:
    """Render the unsaved ``text`` of lesson ``name`` into ``formats`` (default: all)."""
    if len(text.encode()) > MAX_FILE_BYTES:
        raise RefusedName("the lesson is larger than the 2 MB a lesson may be")
    formats = list(formats or default_formats())
    with _draft_beside(workspace.lesson_path(name), text) as draft:
        try:
            rendered = _render(workspace, draft, choices, formats)
        except LessonError as error:
            return StageResult({}, problems_json(error.problems, draft, workspace), None)
    outputs = dict(zip(formats, rendered.files.values(), strict=True))
    warnings = problems_json(rendered.warnings, draft, workspace)
    return StageResult(outputs, warnings, len(rendered.lesson.events))


def check_saved(workspace: Workspace, name: str, choices: Choices) -> list[dict[str, Any]]:
    """The problems ``lessonpress check`` finds in the saved lesson ``name``, all outputs made."""
    lesson = workspace.lesson_path(name)
    try:
        rendered = _render(workspace, lesson, choices, default_formats())
    except LessonError as error:
        return problems_json(error.problems, lesson, workspace)
    return problems_json(rendered.warnings, lesson, workspace)


def render_saved(workspace: Workspace, name: str, choices: Choices) -> dict[str, bytes]:
    """The three files of the saved lesson ``name``, by file name, as ``build`` makes them."""
    return dict(_render(workspace, workspace.lesson_path(name), choices, default_formats()).files)


def zip_of(files: dict[str, bytes]) -> bytes:
    """One zip archive holding ``files``."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, content in files.items():
            archive.writestr(file_name, content)
    return buffer.getvalue()


def problems_json(
    problems: Sequence[Problem], lesson: Path, workspace: Workspace
) -> list[dict[str, Any]]:
    """Problems as the page shows them: in ``lesson`` at a line, or in another named file."""
    shown = []
    for problem in sort_problems(problems):
        in_lesson = problem.file is None or Path(problem.file) == lesson
        shown.append(
            {
                "file": None if in_lesson else _shown_name(Path(problem.file or ""), workspace),
                "line": problem.line if in_lesson else None,
                "column": problem.column if in_lesson else None,
                "field": problem.path,
                "severity": problem.severity.value,
                "message": problem.message,
                "hint": problem.hint,
            }
        )
    return shown


def _render(
    workspace: Workspace, lesson: Path, choices: Choices, formats: list[str]
) -> RenderedLesson:
    return render_lesson(
        lesson, formats, choices.theme, choices.options(), allowed_dirs=(workspace.folder,)
    )


def _shown_name(path: Path, workspace: Workspace) -> str:
    try:
        return workspace.name_of(path)
    except ValueError:
        return path.name


@contextlib.contextmanager
def _draft_beside(lesson: Path, text: str) -> Iterator[Path]:
    """A hidden file holding ``text`` in the lesson's folder, removed afterwards."""
    if not lesson.parent.is_dir():
        raise RefusedName(f"there is no folder {lesson.parent.name} for the lesson")
    descriptor, name = tempfile.mkstemp(
        dir=lesson.parent, prefix=f".{lesson.stem}.", suffix=".draft.yaml"
    )
    draft = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text)
        yield draft
    finally:
        draft.unlink(missing_ok=True)
