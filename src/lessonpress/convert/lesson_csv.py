"""Spreadsheets whose columns are the lesson's own event keys: ``date, title, text, ...``.

One row is one event. The columns are ``title`` and ``date`` (required), ``start``,
``end``, ``display_date``, ``text``, ``significance``, ``category``, ``notes``,
``highlight``, ``id``, and ``image`` with ``alt``, ``caption`` and ``credit``.
Names are matched without regard to case, spaces or underscores. Categories are
written by their label; each new label becomes a category.
"""

from __future__ import annotations

import csv
import difflib
import io
from pathlib import Path
from typing import Any

from lessonpress.convert.draft import Draft, Origin
from lessonpress.convert.media import Picture, add_picture
from lessonpress.model.dates import DateError, parse_date

FORMAT_NAME = "CSV"

TEXT_COLUMNS = ("title", "display_date", "text", "significance", "notes", "id")
DATE_COLUMNS = ("date", "start", "end")
IMAGE_COLUMNS = ("image", "alt", "caption", "credit")
COLUMNS = ("title", *DATE_COLUMNS, *TEXT_COLUMNS[1:], "category", "highlight", *IMAGE_COLUMNS)
_TRUE = frozenset({"true", "yes", "y", "x", "1", "✓"})
_FALSE = frozenset({"", "false", "no", "n", "0"})


def _key(name: str) -> str:
    return "_".join(name.strip().lower().replace("_", " ").split())


def read_lesson_csv(text: str, source: Path) -> Draft:
    """Read a CSV of events; raises :class:`LessonError` listing every bad row and column."""
    draft = Draft(source, FORMAT_NAME)
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = [_key(name) for name in next(reader, [])]
    header_origin = Origin(1, 1, "row 1")
    for name in header:
        if name and name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, 1, 0.6)
            hint = (
                f"did you mean '{close[0]}'?" if close else "the columns are: " + ", ".join(COLUMNS)
            )
            draft.error(header_origin, f"unknown column '{name}'", hint)
    if "title" not in header:
        draft.error(header_origin, "the sheet has no 'title' column", "add it to the first row")
    if "date" not in header and "start" not in header:
        draft.error(header_origin, "the sheet has no 'date' column", "add it to the first row")
    draft.raise_errors()
    line = reader.line_num + 1
    for row in reader:
        row_line, line = line, reader.line_num + 1
        cells = {name: value.strip() for name, value in zip(header, row, strict=False) if name}
        if any(cells.values()):
            _add_row(cells, Origin(row_line, None, f"row {row_line}"), draft)
    if not draft.data.get("events") and not draft.errors:
        draft.error(header_origin, "the sheet has no events", "add a row for each event")
    draft.title_after_file_name(header_origin, "a sheet of events has no title")
    draft.raise_errors()
    return draft


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Commas, or the semicolons and tabs that spreadsheets in many countries write."""
    try:
        return csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _add_row(cells: dict[str, str], origin: Origin, draft: Draft) -> None:
    event: dict[str, Any] = {}
    errors = len(draft.errors)
    if not cells.get("title"):
        draft.error(
            origin, "this event has no title", "write its title in the 'title' column", "title"
        )
    for column in DATE_COLUMNS:
        value = cells.get(column, "")
        if not value:
            continue
        try:
            parse_date(value)
        except DateError as error:
            draft.error(origin, error.message, error.hint, column)
        event[column] = value
    if not cells.get("date") and not cells.get("start"):
        draft.error(origin, "this event has no date", "write it in the 'date' column", "date")
    for column in TEXT_COLUMNS:
        if cells.get(column):
            event[column] = cells[column]
    if cells.get("category"):
        event["category"] = draft.category_id(cells["category"])
    flag = cells.get("highlight", "").lower()
    if flag in _TRUE:
        event["highlight"] = True
    elif flag not in _FALSE:
        draft.error(
            origin,
            f"'{cells['highlight']}' is not yes or no",
            "write yes, or leave it empty",
            "highlight",
        )
    if cells.get("image"):
        picture = Picture(
            cells["image"], cells.get("alt", ""), cells.get("caption", ""), cells.get("credit", "")
        )
        add_picture(event, picture, origin, "image", draft)
    if len(draft.errors) == errors:
        draft.add_event(event, origin)
