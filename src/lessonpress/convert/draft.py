"""A lesson read from another format: the lesson's data, and where each part came from.

Every reader produces a :class:`Draft`: plain data keyed exactly as the lesson file
format (``title``, ``categories``, ``eras``, ``events``), which the YAML writer turns
into a commented lesson and the real loader validates before anything is written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lessonpress.errors import LessonError, Problem, Severity
from lessonpress.model.lesson import slugify

_EVENT_PATH = re.compile(r"^events\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a part of the lesson was written in the source file."""

    line: int | None
    column: int | None = None
    where: str = ""
    """How a teacher finds it: ``line 12``, ``row 4``, ``events[3]``."""


@dataclass(slots=True)
class Draft:
    """The lesson's data read from ``source``, with the origin of every event."""

    source: Path
    format_name: str
    data: dict[str, Any] = field(default_factory=dict)
    origins: list[Origin] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)

    def add_event(self, event: dict[str, Any], origin: Origin) -> None:
        """Append an event (keys of the lesson format) read at ``origin``."""
        self.data.setdefault("events", []).append(event)
        self.origins.append(origin)

    def category_id(self, label: str) -> str:
        """The id of the category labelled ``label``, adding the category if it is new."""
        categories: dict[str, dict[str, Any]] = self.data.setdefault("categories", {})
        for category_id, category in categories.items():
            if category["label"] == label:
                return category_id
        base = slugify(label)
        category_id, number = base, 2
        while category_id in categories:
            category_id, number = f"{base}-{number}", number + 1
        categories[category_id] = {"label": label}
        return category_id

    def relocate_images(self, folder: Path) -> None:
        """Name every local picture relative to ``folder``, where the lesson will be written.

        Readers name pictures by their full path, found from the source file's folder.
        """
        for event in self.data.get("events", []):
            image = event.get("image")
            if isinstance(image, str):
                event["image"] = os.path.relpath(image, folder)
            elif isinstance(image, dict):
                image["src"] = os.path.relpath(image["src"], folder)

    def title_after_file_name(self, origin: Origin, missing: str) -> None:
        """Call the lesson after its source file, warning that ``missing`` (its title) was."""
        title = self.source.stem.replace("-", " ").replace("_", " ").strip().title()
        self.data["title"] = title or "Untitled Lesson"
        self.warn(
            origin,
            f"{missing}, so the lesson is called '{self.data['title']}'",
            "change 'title:' in the lesson",
        )

    def warn(self, origin: Origin, message: str, hint: str = "", path: str = "") -> None:
        """Record a warning about the source at ``origin``."""
        self.warnings.append(self.problem(origin, message, hint, path, Severity.WARNING))

    def error(self, origin: Origin, message: str, hint: str = "", path: str = "") -> None:
        """Record an error in the source at ``origin``; :meth:`raise_errors` reports them all."""
        self.errors.append(self.problem(origin, message, hint, path))

    def raise_errors(self) -> None:
        """Raise :class:`LessonError` listing every error recorded, if there is one."""
        if self.errors:
            raise LessonError(self.errors)

    def problem(
        self,
        origin: Origin,
        message: str,
        hint: str = "",
        path: str = "",
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        """A problem positioned at ``origin`` in the source file."""
        return Problem(self.source, origin.line, origin.column, path, message, hint, severity)

    def origin_of(self, field_path: str) -> Origin:
        """The source position of a field of the lesson (``events[2].date``), if known."""
        match = _EVENT_PATH.match(field_path)
        if match and int(match.group(1)) < len(self.origins):
            return self.origins[int(match.group(1))]
        return Origin(None)
