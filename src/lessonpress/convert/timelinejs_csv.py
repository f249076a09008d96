"""TimelineJS spreadsheets, downloaded as CSV from Google Sheets.

The columns are Knight Lab's template's: ``Year, Month, Day, Time, End Year, End
Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media
Caption, Media Thumbnail, Alt Text, Type, Group, Background`` (older sheets have no
``Alt Text``). A row of type ``title`` gives the lesson's title, rows of type ``era``
its eras, and every other row an event.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from lessonpress.convert import timelinejs_slides
from lessonpress.convert.draft import Draft, Origin

FORMAT_NAME = "TimelineJS spreadsheet"

COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
)
REQUIRED_COLUMNS = ("Year", "Headline")

# Where each field of a slide is in the sheet, so that a problem names its column.
_FIELD_COLUMNS: dict[tuple[str | int, ...], str] = {
    ("start_date", "year"): "Year",
    ("start_date", "month"): "Month",
    ("start_date", "day"): "Day",
    ("end_date", "year"): "End Year",
    ("end_date", "month"): "End Month",
    ("end_date", "day"): "End Day",
    ("text", "headline"): "Headline",
    ("text", "text"): "Text",
    ("media", "url"): "Media",
}


def is_timelinejs_sheet(text: str) -> bool:
    """Whether a CSV file's first row is the TimelineJS template's header."""
    header = next(csv.reader(io.StringIO(text)), [])
    names = {name.strip() for name in header}
    return set(REQUIRED_COLUMNS) <= names and "End Year" in names


def read_timelinejs_csv(text: str, source: Path) -> Draft:
    """Read a TimelineJS sheet; raises :class:`LessonError` listing every bad row."""
    draft = Draft(source, FORMAT_NAME)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        draft.error(
            Origin(1, 1, "row 1"),
            f"the sheet has no {' or '.join(repr(name) for name in missing)} column",
            "the first row must hold TimelineJS's column names: " + ", ".join(COLUMNS),
        )
        draft.raise_errors()
    unknown = [name for name in header if name and name not in COLUMNS]
    if unknown:
        draft.warn(
            Origin(1, 1, "row 1"),
            f"the columns {', '.join(unknown)} are not TimelineJS's and were left out",
        )
    line = reader.line_num + 1
    for row in reader:
        row_line, line = line, reader.line_num + 1
        cells = {name: value.strip() for name, value in zip(header, row, strict=False)}
        if not any(cells.values()):
            continue
        _add_row(cells, row_line, draft)
    if not draft.data.get("events") and not draft.errors:
        draft.error(Origin(1, 1, "row 1"), "the sheet has no events", "add a row for each event")
    if "title" not in draft.data:
        draft.title_after_file_name(Origin(1, 1, "row 1"), "the sheet has no row of type 'title'")
    draft.raise_errors()
    return draft


def _add_row(cells: dict[str, str], line: int, draft: Draft) -> None:
    def locate(path: tuple[str | int, ...]) -> tuple[Origin, str]:
        column = _FIELD_COLUMNS.get(path, "")
        return Origin(line, None, f"row {line}"), column

    slide: dict[str, Any] = {
        "start_date": {
            "year": cells.get("Year"),
            "month": cells.get("Month"),
            "day": cells.get("Day"),
        },
        "end_date": {
            "year": cells.get("End Year"),
            "month": cells.get("End Month"),
            "day": cells.get("End Day"),
        },
        "display_date": cells.get("Display Date"),
        "text": {"headline": cells.get("Headline"), "text": cells.get("Text")},
        "media": {
            "url": cells.get("Media"),
            "credit": cells.get("Media Credit"),
            "caption": cells.get("Media Caption"),
            "alt": cells.get("Alt Text"),
        },
        "group": cells.get("Group"),
    }
    kind = cells.get("Type", "").lower()
    if kind == "title":
        timelinejs_slides.add_title(slide, draft)
    elif kind == "era":
        timelinejs_slides.add_era(slide, locate, draft)
    else:
        timelinejs_slides.add_event(slide, locate, draft)
