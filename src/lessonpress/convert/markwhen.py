"""Markwhen timelines (markwhen.com): ``DATE[-DATE]: description`` lines, tags and groups.

What is read, following Markwhen's documentation:

- the header before the first event: ``title:``, ``description:`` (the summary),
  ``dateFormat: d/M/y`` and tag colours (``#Travel: blue``), with or without ``---``;
- events: a date range, a colon, then the description, whose first line is the
  event's title and whose following lines, up to the next event, its text;
- dates: EDTF (``1964/2008``, ``2004-06``, ``2022-01-30``), ISO 8601 date-times,
  ``M/D/YYYY`` and ``M/YYYY`` (``D/M/YYYY`` after ``dateFormat: d/M/y``), years
  with ``BC``/``BCE``/``AD``/``CE``, and written dates such as ``Jan 3, 2022``, each
  alone or in a range joined by ``-`` or ``to``;
- ``#tags`` in a description, and groups: markdown-style sections (``# Title``
  to ``###### Title``, closed by the next heading of the same or a higher level)
  and the older ``group Title`` ... ``endGroup`` and ``section`` ... ``endSection``.

An event's category is its innermost group, else its first tag. Relative dates
(``2 weeks``, ``after !phase1``) and ``now`` have no fixed date and are reported.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import ImageColor

from lessonpress.convert import dates
from lessonpress.convert.draft import Draft, Origin
from lessonpress.model.dates import MONTH_NAMES, DateError, DateSpan, HistoricalDate, parse_date

FORMAT_NAME = "Markwhen"

_TAG = re.compile(r"(?:^|(?<=\s))#(?!\d+(?:\s|$))(\w+)")
_TAG_COLOR = re.compile(r"^\s*#(\w+):\s*(\S+)")
_HEADER_KEY = re.compile(r"^\s*(title|description|dateFormat)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_MARKDOWN_SECTION = re.compile(r"^(#{1,6})\s+(.*)$")
_GROUP_START = re.compile(r"^\s*(group|section)(?:\s+(.*))?$", re.IGNORECASE)
_GROUP_END = re.compile(r"^\s*(endGroup|endSection)\s*$", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*//")
_TRAILING_COMMENT = re.compile(r"\s+//.*$")
_EVENT_ID = re.compile(r"(?:^|(?<=\s))!\w+")
_PLACE_LINK = re.compile(r"\[([^\]]+)\]\((?:map|location)\)")
_BARE_WWW_LINK = re.compile(r"\]\((www\.[^)\s]+)\)")
_PAGE_BREAK = "_-_-_break_-_-_"

_EDTF = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_SLASH_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{1,5})(?:,?\s+[\d:]+\s*(?:[ap]m)?)?$", re.I)
_SLASH_MONTH = re.compile(r"^(\d{1,2})/(\d{1,5})$")
_YEAR_WITH_ERA = re.compile(r"^(\d{1,9})\s*(BCE|BC|AD|CE)$|^(AD|CE)\s*(\d{1,9})$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{1,9})$")
_SPACED_SEPARATOR = re.compile(r"\s+(?:-|–|—|to)\s+", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:now|after|before|by|every|until|til|(?:\d+\s*)(?:years?|months?|weeks?|days?|"
    r"hours?|minutes?|seconds?|y|w|d|h))\b|!\w+",
    re.IGNORECASE,
)
_MONTH_WORDS = [name.lower() for name in MONTH_NAMES] + [name[:3].lower() for name in MONTH_NAMES]


@dataclass(slots=True)
class _Group:
    title: str
    kind: str  # "group", "section" or "markdown"
    level: int = 0


@dataclass(slots=True)
class _Event:
    line: int
    span: DateSpan
    title: str
    body: list[str] = field(default_factory=list)
    groups: tuple[str, ...] = ()


def looks_like_markwhen(text: str) -> bool:
    """Whether a text file reads as Markwhen: events on lines of their own, ``DATE: ...``."""
    lines = text.splitlines()
    events = sum(1 for line in lines if _event_line(line, day_first=False) is not None)
    has_header = any(_HEADER_KEY.match(line) for line in lines[:20])
    return events >= 2 or (events >= 1 and has_header)


def read_markwhen(text: str, source: Path) -> Draft:
    """Read a Markwhen file; raises :class:`LessonError` listing every unreadable date."""
    draft = Draft(source, FORMAT_NAME)
    header: dict[str, str] = {}
    tag_colors: dict[str, tuple[str, int]] = {}
    groups: list[_Group] = []
    events: list[_Event] = []
    day_first = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if _COMMENT.match(line) or stripped in ("---", _PAGE_BREAK):
            continue
        color = _TAG_COLOR.match(line)
        if color:
            tag_colors[color.group(1)] = (color.group(2), number)
            continue
        if not events:
            key = _HEADER_KEY.match(line)
            if key:
                name, value = key.group(1).lower(), key.group(2)
                header[name] = value
                day_first = day_first or (name == "dateformat" and value.startswith("d"))
                continue
        if _structure(line, groups):
            continue
        try:
            found = _event_line(line, day_first)
        except DateError as error:
            draft.error(Origin(number, 1, f"line {number}"), error.message, error.hint)
            continue
        if found is not None:
            span, description = found
            group_titles = tuple(group.title for group in groups if group.title)
            events.append(_Event(number, span, description, groups=group_titles))
        elif events:
            events[-1].body.append(line)
    _fill(draft, header, events, tag_colors)
    draft.raise_errors()
    return draft


def _structure(line: str, groups: list[_Group]) -> bool:
    """Open or close a group for a group, section or heading line; False for other lines."""
    heading = _MARKDOWN_SECTION.match(line)
    if heading:
        level = len(heading.group(1))
        while groups and groups[-1].kind == "markdown" and groups[-1].level >= level:
            groups.pop()
        groups.append(_Group(_group_title(heading.group(2)), "markdown", level))
        return True
    start = _GROUP_START.match(line)
    if start:
        groups.append(_Group(_group_title(start.group(2) or ""), start.group(1).lower()))
        return True
    end = _GROUP_END.match(line)
    if end:
        kind = "group" if end.group(1).lower() == "endgroup" else "section"
        for index in range(len(groups) - 1, -1, -1):
            if groups[index].kind == kind:
                del groups[index:]
                break
        return True
    return False


def _group_title(text: str) -> str:
    return " ".join(_TAG.sub(" ", _TRAILING_COMMENT.sub("", text)).split())


def _event_line(line: str, day_first: bool) -> tuple[DateSpan, str] | None:
    """The date range and description of an event line, or None for any other line.

    Raises :class:`DateError` for a line that starts like a date but is not one.
    """
    if line[:1].isspace() and not line.strip()[:1].isdigit():
        return None
    first_error: DateError | None = None
    for match in re.finditer(":", line):
        prefix = line[: match.start()].strip()
        if not prefix:
            return None
        try:
            return parse_range(prefix, day_first), line[match.end() :].strip()
        except DateError as error:
            first_error = first_error or error
    prefix = line.split(":", 1)[0].strip()
    if first_error is not None and ":" in line and _starts_like_date(prefix):
        raise DateError(f"cannot read the date {prefix!r}: {first_error.message}", first_error.hint)
    return None


def _starts_like_date(prefix: str) -> bool:
    first = prefix.split()[0].lower().strip(".,") if prefix.split() else ""
    return first[:1].isdigit() or bool(difflib.get_close_matches(first, _MONTH_WORDS, 1, 0.75))


def parse_range(text: str, day_first: bool = False) -> DateSpan:
    """A Markwhen date range as a lesson's date span."""
    if _RELATIVE.search(text):
        raise DateError(
            f"the date {text!r} is relative to another event or to today",
            "write the date itself, as in 2022-03-01 or March 1, 2022",
        )
    single = _point(text, day_first)
    if single is not None:
        return DateSpan(single)
    sides = text.split("/")
    if len(sides) == 2:
        start, end = _point(sides[0].strip(), day_first), _point(sides[1].strip(), day_first)
        if start is not None and end is not None:
            return _span(start, end)
    spaced = _SPACED_SEPARATOR.split(text)
    candidates = [spaced] if len(spaced) == 2 else []
    candidates += [
        [text[: dash.start()], text[dash.end() :]] for dash in re.finditer("[-–—]", text)
    ]
    for left, right in candidates:
        start, end = _point(left.strip(), day_first), _point(right.strip(), day_first)
        if start is not None and end is not None:
            return _span(start, end)
    # Written dates ("Jan 3 - Apr 6 2022") read as the lesson's own date expressions do.
    return parse_date(text)


def _span(start: HistoricalDate, end: HistoricalDate) -> DateSpan:
    return DateSpan(start, None if end == start else end)


def _point(text: str, day_first: bool) -> HistoricalDate | None:
    """One Markwhen date, or None when ``text`` is not one of the numeric forms."""
    if match := _EDTF.match(text):
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        return dates.point(year, month, day if month else None)
    if match := _SLASH_DAY.match(text):
        first, second, year = (int(part) for part in match.groups())
        month, day = (second, first) if day_first else (first, second)
        return dates.point(year, month, day)
    if match := _SLASH_MONTH.match(text):
        return dates.point(int(match.group(2)), int(match.group(1)))
    if match := _YEAR_WITH_ERA.match(text):
        digits = match.group(1) or match.group(4)
        era = (match.group(2) or match.group(3)).upper()
        return dates.point(-int(digits) if era.startswith("B") else int(digits))
    if match := _YEAR.match(text):
        return dates.point(int(match.group(1)))
    return None


def _fill(
    draft: Draft,
    header: dict[str, str],
    events: list[_Event],
    tag_colors: dict[str, tuple[str, int]],
) -> None:
    if header.get("title"):
        draft.data["title"] = header["title"]
    else:
        draft.title_after_file_name(Origin(1, 1, "line 1"), "the timeline has no 'title:' line")
    if header.get("description"):
        draft.data["summary"] = header["description"]
    dropped: dict[str, int] = {}
    for event in events:
        for tag in _add_event(draft, event, tag_colors):
            dropped.setdefault(tag, event.line)
    if dropped:
        line = min(dropped.values())
        draft.warn(
            Origin(line, 1, f"line {line}"),
            "these tags were not kept, because a lesson's event has one category: "
            + ", ".join(f"#{tag}" for tag in dropped),
            "an event's category is its group, else its first tag",
        )
    if not events and not draft.errors:
        draft.error(
            Origin(1, 1, "line 1"),
            "no events found",
            "write each event on a line of its own: a date, a colon, what happened "
            "(1917: The Russian Revolution)",
        )


def _add_event(draft: Draft, event: _Event, tag_colors: dict[str, tuple[str, int]]) -> list[str]:
    """Add one event to the draft; return the tags that did not become its category."""
    origin = Origin(event.line, 1, f"line {event.line}")
    body = "\n".join(event.body)
    tags = list(dict.fromkeys([*_TAG.findall(event.title), *_TAG.findall(body)]))
    title = _clean(event.title)
    if not title:
        draft.error(origin, "this event has no description", "write what happened after the colon")
        return []
    lesson_event: dict[str, Any] = {
        "title": title,
        "date": dates.expression(event.span.start, event.span.end),
    }
    kept = event.groups[-1] if event.groups else (tags[0] if tags else None)
    if kept is not None:
        lesson_event["category"] = draft.category_id(kept)
        if kept in tag_colors:
            _set_color(draft, lesson_event["category"], *tag_colors[kept])
    text = _body_markdown(body)
    if text:
        lesson_event["text"] = text
    draft.add_event(lesson_event, origin)
    return [tag for tag in tags if tag != kept]


def _clean(text: str) -> str:
    text = _EVENT_ID.sub(" ", _TAG.sub(" ", text))
    text = _BARE_WWW_LINK.sub(r"](https://\1)", _PLACE_LINK.sub(r"\1", text))
    return " ".join(text.split())


def _body_markdown(body: str) -> str:
    """The lines after an event's first line, as paragraphs and bullets."""
    lines = [_clean(line) if line.strip() else "" for line in body.splitlines()]
    paragraphs = re.split(r"\n{2,}", "\n".join(lines).strip())
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph.strip())


def _set_color(draft: Draft, category_id: str, color: str, line: int) -> None:
    try:
        red, green, blue, *_ = ImageColor.getrgb(color)
    except ValueError:
        draft.warn(
            Origin(line, 1, f"line {line}"),
            f"'{color}' is not a colour; the theme's colour is used",
            "write a colour name (blue) or #rrggbb",
        )
        return
    draft.data["categories"][category_id]["color"] = f"#{red:02X}{green:02X}{blue:02X}"
