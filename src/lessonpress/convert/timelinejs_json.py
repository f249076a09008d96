"""TimelineJS JSON (Knight Lab's format): a title slide, event slides and eras.

The file is read twice: by :mod:`json`, whose errors name the line and column of a
syntax mistake, then by the lesson's own YAML reader (JSON is YAML), which remembers
the line of every field so that a bad date points at the line to edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lessonpress.convert import timelinejs_slides
from lessonpress.convert.draft import Draft, Origin
from lessonpress.errors import LessonError
from lessonpress.load.yaml_source import FieldPath, YamlDocument, format_path, parse_yaml_bytes

FORMAT_NAME = "TimelineJS JSON"


def read_timelinejs_json(text: str, source: Path) -> Draft:
    """Read a TimelineJS JSON file; raises :class:`LessonError` listing every bad field."""
    draft = Draft(source, FORMAT_NAME)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        draft.error(
            Origin(error.lineno, error.colno),
            f"not valid JSON: {error.msg}",
            "check the commas, quotes and brackets on this line and the one before",
        )
        draft.raise_errors()
    positions = _positions(text, source)
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        draft.error(
            Origin(1, 1),
            "this is not a TimelineJS file: it has no list of 'events'",
            'a TimelineJS file looks like {"title": {...}, "events": [...]}',
        )
        draft.raise_errors()

    def locator(base: FieldPath) -> timelinejs_slides.Locate:
        def locate(path: timelinejs_slides.SlidePath) -> tuple[Origin, str]:
            full = (*base, *path)
            mark = positions.mark_for(full) if positions else None
            name = format_path(full)
            if mark is None:
                return Origin(None, None, name), name
            return Origin(mark.line, mark.column, f"line {mark.line} ({name})"), name
            return origin, name

        return locate

    if isinstance(data.get("title"), dict):
        timelinejs_slides.add_title(data["title"], draft)
    if "title" not in draft.data:
        draft.title_after_file_name(Origin(1, 1), "the timeline has no title slide")
    for index, slide in enumerate(data["events"]):
        if isinstance(slide, dict):
            timelinejs_slides.add_event(slide, locator(("events", index)), draft)
        else:
            origin, name = locator(("events", index))(())
            draft.error(origin, f"expected an event ({{...}}), found {_kind(slide)}", "", name)
    for index, era in enumerate(data.get("eras") or []):
        if isinstance(era, dict):
            timelinejs_slides.add_era(era, locator(("eras", index)), draft)
    if not data["events"]:
        draft.error(Origin(1, 1), "the timeline has no events", "add at least one event")
    draft.raise_errors()
    return draft


def _positions(text: str, source: Path) -> YamlDocument | None:
    """The line of every field, or None for the rare JSON that YAML 1.1 cannot read."""
    try:
        return parse_yaml_bytes(text.encode(), source)
    except LessonError:
        return None


def _kind(value: Any) -> str:
    return {list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), "nothing"
    )
