"""The numbered key of a crowded printed timeline: number, date and title in columns.

When labels do not fit even at the medium's smallest type, the events that are not
highlighted carry only a number on the timeline, and the key under it lists each
number with the event's date and title, read down the columns like a book's index.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from lessonpress.layout.geometry import Rect
from lessonpress.layout.items import TimelineEvent
from lessonpress.layout.result import LineRole, TextLine
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import (
    FIT_TOLERANCE,
    TextMeasurer,
    baseline_offset,
    line_height,
    wrap_text,
)

COLUMN_EMS = 16.0
"""The narrowest a column of the key may be, in ems of its type size."""


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One event in the key: its number, its key, and its placed lines (the number and
    the date on the first, the title wrapped below the date)."""

    number: int
    key: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True, slots=True)
class NumberedKey:
    """The placed key: its box and its entries in number order."""

    box: Rect
    entries: tuple[KeyEntry, ...]

    def hung_from(self, top: float) -> NumberedKey:
        """The same key moved up or down so that its top is at ``top``."""
        shift = top - self.box.top
        entries = tuple(
            replace(
                entry,
                lines=tuple(replace(line, baseline=line.baseline + shift) for line in entry.lines),
            )
            for entry in self.entries
        )
        box = Rect(self.box.x, self.box.y + shift, self.box.width, self.box.height)
        return NumberedKey(box, entries)


def numbered(
    events: Sequence[TimelineEvent], labelled: Collection[str]
) -> tuple[list[TimelineEvent], list[TimelineEvent]]:
    """``events`` (in time order) as the numbered-key step places them, and the events
    the key lists: an event whose key is in ``labelled`` keeps its label (without
    excerpt); any other gets the next number as its whole label."""
    on_timeline: list[TimelineEvent] = []
    listed: list[TimelineEvent] = []
    for event in events:
        if event.key in labelled:
            on_timeline.append(replace(event, short_text=""))
            continue
        listed.append(event)
        on_timeline.append(replace(event, date_label="", title=str(len(listed)), short_text=""))
    return on_timeline, listed


def plan_key(
    listed: Sequence[TimelineEvent],
    left: float,
    top: float,
    width: float,
    measurer: TextMeasurer,
    style: TimelineStyle,
    sizes: LabelSizes,
) -> NumberedKey:
    """The key of ``listed`` (numbered from 1 in order) hanging from ``top``, ``width``
    wide, in as many columns as that holds; its box is as tall as its tallest column."""
    size = sizes.text
    gap = style.gap * 2
    columns = max(1, min(len(listed), int((width + gap) // (COLUMN_EMS * size + gap))))
    column_width = (width - gap * (columns - 1)) / columns
    number_width = measurer.width(str(len(listed)), style.date_font, size) + size / 2
    per_column = max(1, math.ceil(len(listed) / columns))
    step = line_height(size, style.leading)
    offset = baseline_offset(size, style.leading)
    text_width = column_width - number_width
    blocks = [_entry_lines(event, text_width, measurer, style, size) for event in listed]
    heights = [(1 + max(line for line, *_ in block)) * step + style.gap / 2 for block in blocks]
    height = max(
        (sum(heights[start : start + per_column]) for start in range(0, len(listed), per_column)),
        default=0.0,
    )
    entries: list[KeyEntry] = []
    for index, (event, block) in enumerate(zip(listed, blocks, strict=True)):
        column, row = divmod(index, per_column)
        if row == 0:
            y = top
        x = left + column * (column_width + gap)
        baseline = y - offset
        placed = [TextLine(str(index + 1), style.date_font, size, x, baseline, "date")]
        placed += [
            TextLine(text, font, size, x + number_width + indent, baseline - line * step, role)
            for line, indent, text, font, role in block
        ]
        entries.append(KeyEntry(index + 1, event.key, tuple(placed)))
        y -= heights[index]
    box = Rect(left, top - height, width, height)
    return NumberedKey(box, tuple(entries))


def _entry_lines(
    event: TimelineEvent, width: float, measurer: TextMeasurer, style: TimelineStyle, size: float
) -> list[tuple[int, float, str, str, LineRole]]:
    """An entry's pieces of text as (line, indent, text, font, role): the date (wrapped
    when it is wider than the column), then the title on the date's last line where its
    first words fit beside it, wrapped below."""
    date = event.date_label
    date_lines = wrap_text(measurer, date, style.date_font, size, width) if date else []
    last_date = date_lines[-1] if date_lines else ""
    date_width = measurer.width(f"{last_date} ", style.date_font, size) if last_date else 0.0
    words = event.title.split()
    beside = 0
    while beside < len(words):
        candidate = " ".join(words[: beside + 1])
        if date_width + measurer.width(candidate, style.text_font, size) > width + FIT_TOLERANCE:
            break
        beside += 1
    pieces: list[tuple[int, float, str, str, LineRole]] = [
        (line, 0.0, text, style.date_font, "date") for line, text in enumerate(date_lines)
    ]
    title_line = max(0, len(date_lines) - 1)
    if beside:
        pieces.append((title_line, date_width, " ".join(words[:beside]), style.text_font, "title"))
    first = title_line + 1 if date_lines or beside else 0
    rest = wrap_text(measurer, " ".join(words[beside:]), style.text_font, size, width)
    pieces += [
        (first + line, 0.0, text, style.text_font, "title") for line, text in enumerate(rest)
    ]
    return pieces
