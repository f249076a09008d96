"""An event's label as lines of text: the date, the wrapped title and the short text."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.layout.excerpts import excerpt
from lessonpress.layout.items import TimelineEvent
from lessonpress.layout.result import LineRole
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import (
    TextMeasurer,
    baseline_offset,
    line_height,
    wrap_text,
)


@dataclass(frozen=True, slots=True)
class BlockLine:
    """One line of a label, positioned relative to the top-left of the label."""

    text: str
    font: str
    size: float
    baseline_below_top: float
    role: LineRole = "title"


@dataclass(frozen=True, slots=True)
class LabelBlock:
    """The lines of one label and the size of the box they fill."""

    lines: tuple[BlockLine, ...]
    width: float
    height: float


def label_block(
    event: TimelineEvent,
    sizes: LabelSizes,
    style: TimelineStyle,
    measurer: TextMeasurer,
    text_lines: int,
) -> LabelBlock:
    """The label of ``event`` at ``sizes``: the date line(s), the title wrapped to the
    label width, and an excerpt of its short text in at most ``text_lines`` lines (cut at
    a sentence or clause end, see :func:`~lessonpress.layout.excerpts.excerpt`)."""
    factor = style.highlight_scale if event.highlight else 1.0
    max_width = style.label_width * factor
    parts: list[tuple[list[str], str, float, LineRole]] = [
        (
            wrap_text(measurer, event.date_label, style.date_font, sizes.date * factor, max_width),
            style.date_font,
            sizes.date * factor,
            "date",
        ),
        (
            wrap_text(measurer, event.title, style.title_font, sizes.title * factor, max_width),
            style.title_font,
            sizes.title * factor,
            "title",
        ),
    ]
    if text_lines and event.short_text:
        text_size = sizes.text * factor

        def wrapped(text: str) -> list[str]:
            return wrap_text(measurer, text, style.text_font, text_size, max_width)

        short = excerpt(event.short_text, lambda text: len(wrapped(text)) <= text_lines)
        if short:
            parts.append((wrapped(short), style.text_font, text_size, "text"))
    lines: list[BlockLine] = []
    top = 0.0
    width = 0.0
    for texts, font, size, role in parts:
        for text in texts:
            baseline = top + baseline_offset(size, style.leading)
            lines.append(BlockLine(text, font, size, baseline, role))
            top += line_height(size, style.leading)
            width = max(width, measurer.width(text, font, size))
    return LabelBlock(tuple(lines), width, top)
