"""TimelineJS slides (its JSON shape, which its spreadsheets also become) as lesson parts.

Both TimelineJS readers hand each slide here together with a ``locate`` function that
says where a field of the slide was written: a line and field in the JSON file, or a
row and column in the spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lessonpress.convert import dates
from lessonpress.convert.draft import Draft, Origin
from lessonpress.convert.html_text import html_to_markdown, html_to_plain
from lessonpress.convert.media import Picture, add_picture
from lessonpress.model.dates import DateError, HistoricalDate, parse_date

SlidePath = tuple[str | int, ...]
Locate = Callable[[SlidePath], tuple[Origin, str]]
"""Where a field of a slide was written, and how to name it: ``(origin, "events[2].text")``."""

_DATE_HINT = "write the year, month and day as numbers: 1917, 3, 8 (-44 for 44 BC)"


class SlideError(Exception):
    """A field of a slide that cannot become part of a lesson; already recorded in the draft."""


def add_title(slide: dict[str, Any], draft: Draft) -> None:
    """The title slide: its headline is the lesson's title, its text the summary."""
    text = _mapping(slide.get("text"))
    headline = html_to_plain(_text(text.get("headline")))
    if headline:
        draft.data["title"] = headline
    summary = html_to_markdown(_text(text.get("text"))).markdown
    if summary:
        draft.data["summary"] = summary


def add_event(slide: dict[str, Any], locate: Locate, draft: Draft) -> None:
    """Add the event of one slide to ``draft``, or record why it cannot be added."""
    origin, _ = locate(())
    text = _mapping(slide.get("text"))
    title = html_to_plain(_text(text.get("headline")))
    if not title:
        where, path = locate(("text", "headline"))
        draft.error(
            where,
            "this event has no headline",
            "give every event a headline: it is the event's title in the lesson",
            path,
        )
        return
    try:
        start = _required_date(slide.get("start_date"), ("start_date",), locate, draft)
        end = _optional_date(slide.get("end_date"), ("end_date",), locate, draft)
        date = _range(start, end, locate, draft)
    except SlideError:
        return
    event: dict[str, Any] = {"title": title, "date": date}
    written = html_to_plain(_text(_mapping(slide.get("start_date")).get("display_date")))
    if written and _agrees(written, start, end):
        event["date"] = written  # "c. 753 BC" or "1920s" says more than the numbers
        written = ""
    display = html_to_plain(_text(slide.get("display_date"))) or written
    if display:
        event["display_date"] = display
    group = html_to_plain(_text(slide.get("group")))
    if group:
        event["category"] = draft.category_id(group)
    converted = html_to_markdown(_text(text.get("text")))
    if converted.markdown:
        event["text"] = converted.markdown
    if converted.significance:
        event["significance"] = converted.significance
    media = _mapping(slide.get("media"))
    url = _text(media.get("url")).strip()
    if url:
        where, name = locate(("media", "url"))
        picture = Picture(
            url,
            alt=html_to_plain(_text(media.get("alt"))),
            caption=html_to_plain(_text(media.get("caption"))),
            credit=html_to_plain(_text(media.get("credit"))),
        )
        add_picture(event, picture, where, name, draft)
    draft.add_event(event, origin)


def add_era(slide: dict[str, Any], locate: Locate, draft: Draft) -> None:
    """Add one era (a TimelineJS era, or a spreadsheet row of type ``era``) to ``draft``."""
    try:
        start = _required_date(slide.get("start_date"), ("start_date",), locate, draft)
        end = _required_date(slide.get("end_date"), ("end_date",), locate, draft)
        _range(start, end, locate, draft)
    except SlideError:
        return
    title = html_to_plain(_text(_mapping(slide.get("text")).get("headline")))
    start_text = _wording(slide, "start_date", start)
    end_text = _wording(slide, "end_date", end)
    draft.data.setdefault("eras", []).append(
        {"title": title or f"{start_text} – {end_text}", "start": start_text, "end": end_text}
    )


def _wording(slide: dict[str, Any], key: str, point: HistoricalDate) -> str:
    """A date of an era as its ``display_date`` words it, when those words are this date."""
    written = html_to_plain(_text(_mapping(slide.get(key)).get("display_date")))
    return written if written and _agrees(written, point, None) else dates.expression(point)


def _agrees(written: str, start: HistoricalDate, end: HistoricalDate | None) -> bool:
    """Whether a date's display text is itself a date expression of the same years."""
    try:
        span = parse_date(written)
    except DateError:
        return False
    written_end = span.end.year if span.end else None
    return span.start.year == start.year and written_end == (end.year if end else None)


def _required_date(value: Any, path: SlidePath, locate: Locate, draft: Draft) -> HistoricalDate:
    date = _optional_date(value, path, locate, draft)
    if date is None:
        where, name = locate((*path, "year"))
        draft.error(where, "the date has no year", _DATE_HINT, name)
        raise SlideError
    return date


def _optional_date(
    value: Any, path: SlidePath, locate: Locate, draft: Draft
) -> HistoricalDate | None:
    """A TimelineJS date object (``year``, ``month``, ``day``), or None when it is empty."""
    fields = _mapping(value)
    numbers: dict[str, int | None] = {}
    for key in ("year", "month", "day"):
        # Spreadsheets may write 1,917 or 1917.0 for a year typed as a number.
        raw = _text(fields.get(key)).replace(",", "").replace(" ", "").removesuffix(".0")
        try:
            numbers[key] = int(raw) if raw else None
        except ValueError:
            where, name = locate((*path, key))
            draft.error(where, f"the {key} '{raw}' is not a whole number", _DATE_HINT, name)
            raise SlideError from None
    year, month, day = numbers["year"], numbers["month"], numbers["day"]
    if year is None:
        if month is None and day is None:
            return None
        where, name = locate((*path, "year"))
        draft.error(where, "the date has a month or day but no year", _DATE_HINT, name)
        raise SlideError
    try:
        return dates.point(year, month, day if month else None)
    except DateError as error:
        where, name = locate((*path, "year"))
        draft.error(where, error.message, error.hint, name)
        raise SlideError from None


def _range(start: HistoricalDate, end: HistoricalDate | None, locate: Locate, draft: Draft) -> str:
    try:
        return dates.expression(start, end)
    except DateError as error:
        where, name = locate(("end_date", "year"))
        draft.error(where, error.message, error.hint, name)
        raise SlideError from None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, str | int | float) else ""
