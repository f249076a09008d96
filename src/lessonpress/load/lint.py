"""Warnings about a valid lesson that a teacher would still want to fix before class.

Nothing here stops a build: each finding is a :class:`~lessonpress.errors.Problem`
with severity ``warning``, positioned at the line to edit.
"""

from __future__ import annotations

import re

from lessonpress.errors import Problem, Severity
from lessonpress.load.yaml_source import FieldPath, YamlDocument
from lessonpress.model.lesson import Event, Lesson

POSTER_MIN_PIXELS = 300
"""A poster thumbnail is about 2 in wide; at 150 dpi that needs 300 pixels."""

SLIDE_TEXT_CHARACTERS = 420
"""Roughly six lines of 26 pt body text beside a picture: more continues on a second slide."""

_TITLE_YEARS = re.compile(r"\b(\d{3,4})\s*[-–—]\s*(\d{2,4})\b")


def lint_lesson(lesson: Lesson, document: YamlDocument) -> list[Problem]:
    """Every warning for ``lesson``, in file order."""
    found: list[Problem] = []
    title_years = _years_in_title(lesson.title)
    for index, event in enumerate(lesson.events):
        found += _image_warnings(event, index, document)
        found += _length_warnings(event, index, document)
        if lesson.eras and not any(
            era.start_position <= event.span.start_position < era.end_position
            for era in lesson.eras
        ):
            found.append(
                _warning(
                    document,
                    ("events", index, "date"),
                    f"'{event.title}' ({event.date_label}) falls outside every era",
                    "widen an era or add one, so the event sits on a band in the poster "
                    "and in a section of the deck",
                )
            )
        if title_years and not _within(event, *title_years):
            first, last = title_years
            found.append(
                _warning(
                    document,
                    ("events", index, "date"),
                    f"'{event.title}' ({event.date_label}) is outside the years the title "
                    f"names ({first}–{last})",
                    "change the title's years or check the event's date",
                )
            )
    return found


def _image_warnings(event: Event, index: int, document: YamlDocument) -> list[Problem]:
    image = event.image
    if image is None:
        return []
    found = []
    if not image.alt:
        found.append(
            _warning(
                document,
                ("events", index, "image"),
                "the image has no alt text",
                "write it as a mapping with 'src:' and 'alt:' so that screen readers "
                "can describe it",
            )
        )
    if image.file is not None and max(image.file.width, image.file.height) < POSTER_MIN_PIXELS:
        found.append(
            _warning(
                document,
                ("events", index, "image"),
                f"the image is only {image.file.width}x{image.file.height} pixels; "
                "it will look blurred in print",
                f"use a version at least {POSTER_MIN_PIXELS} pixels across",
            )
        )
    return found


def _length_warnings(event: Event, index: int, document: YamlDocument) -> list[Problem]:
    characters = sum(len(text.plain) for text in (event.text, event.significance) if text)
    if characters <= SLIDE_TEXT_CHARACTERS:
        return []
    return [
        _warning(
            document,
            ("events", index, "text"),
            f"'{event.title}' has {characters} characters of text: too long for one "
            "slide, so the deck continues it on the next",
            "that is fine; shorten it if you want one slide per event",
        )
    ]


def _years_in_title(title: str) -> tuple[int, int] | None:
    match = _TITLE_YEARS.search(title)
    if not match:
        return None
    first, last = match[1], match[2]
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    start, end = int(first), int(last)
    return (start, end) if start <= end else None


def _within(event: Event, first_year: int, last_year: int) -> bool:
    # Positions are astronomical years; AD years are the same numbers.
    return event.span.start_position >= first_year and event.span.end_position <= last_year + 1


def _warning(document: YamlDocument, path: FieldPath, message: str, hint: str) -> Problem:
    problem = document.problem(path, message, hint)
    return Problem(
        problem.file,
        problem.line,
        problem.column,
        problem.path,
        problem.message,
        problem.hint,
        Severity.WARNING,
    )
