"""Drawing a placed timeline's lines and axis text on a reportlab canvas: the pieces the
poster and the handout's strip draw alike, in their own colours and line widths."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.layout import Axis, EventLabel, NumberedKey, Rect, TextLine, Tick
from lessonpress.renderers.pdf import draw_string, pdf_color


@dataclass(frozen=True, slots=True)
class Patch:
    """A line of axis text (a tick label or an era name) on a patch of its ground."""

    box: Rect
    ground: str
    line: TextLine
    color: str
    era_key: str | None = None
    """The key of the era whose name this is; ``None`` for a tick label."""


def draw_text_line(canvas: Canvas, fonts: FontSet, line: TextLine) -> None:
    """Draw one placed line of text in the canvas's current fill colour."""
    draw_string(canvas, fonts, line.x, line.baseline, line.text, line.font, line.size)


def draw_leaders(
    canvas: Canvas, labels: Iterable[EventLabel], color: str, line_width: float
) -> None:
    """Each label's leader, straight or bent around a crowd, as one path with round
    joins."""
    canvas.saveState()
    canvas.setStrokeColor(pdf_color(color))
    canvas.setLineWidth(line_width)
    canvas.setLineJoin(1)
    for label in labels:
        segments = label.leader_segments
        path = canvas.beginPath()
        path.moveTo(segments[0].start.x, segments[0].start.y)
        for segment in segments:
            path.lineTo(segment.end.x, segment.end.y)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def draw_patches(
    canvas: Canvas,
    fonts: FontSet,
    patches: Sequence[Patch],
    era_name_marking: Callable[[str], AbstractContextManager[None]] | None = None,
) -> None:
    """Every patch's ground first, then every text, so that no leader drawn before runs
    through the letters and no patch covers a neighbour's text; ``era_name_marking``,
    given an era's key, wraps the drawing of its name (in a tagged PDF's marked
    content)."""
    canvas.saveState()
    for patch in patches:
        canvas.setFillColor(pdf_color(patch.ground))
        box = patch.box
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
    for patch in patches:
        canvas.setFillColor(pdf_color(patch.color))
        with _marking(patch, era_name_marking):
            draw_text_line(canvas, fonts, patch.line)
    canvas.restoreState()


def _marking(
    patch: Patch, era_name_marking: Callable[[str], AbstractContextManager[None]] | None
) -> AbstractContextManager[None]:
    if era_name_marking is None or patch.era_key is None:
        return nullcontext()
    return era_name_marking(patch.era_key)


def draw_axis(
    canvas: Canvas,
    axis: Axis,
    ticks: Iterable[Tick],
    *,
    tick_color: str,
    tick_width: float,
    axis_color: str,
    axis_width: float,
) -> None:
    """The tick marks, then the axis over them with round caps."""
    canvas.saveState()
    canvas.setStrokeColor(pdf_color(tick_color))
    canvas.setLineWidth(tick_width)
    for tick in ticks:
        canvas.line(tick.x, axis.y, tick.x, tick.mark_bottom)
    canvas.setStrokeColor(pdf_color(axis_color))
    canvas.setLineWidth(axis_width)
    canvas.setLineCap(1)
    canvas.line(axis.x0, axis.y, axis.x1, axis.y)
    canvas.restoreState()


def draw_key(
    canvas: Canvas,
    fonts: FontSet,
    key: NumberedKey,
    *,
    number_color: str,
    text_color: str,
    entry_marking: Callable[[str], AbstractContextManager[None]] | None = None,
) -> None:
    """The numbered key of a crowded timeline: each entry's number and date in
    ``number_color``, its title in ``text_color``; ``entry_marking``, given an entry's
    event key, wraps the entry's drawing (in the marked content of a tagged PDF)."""
    canvas.saveState()
    for entry in key.entries:
        with entry_marking(entry.key) if entry_marking else nullcontext():
            for line in entry.lines:
                canvas.setFillColor(pdf_color(number_color if line.role == "date" else text_color))
                draw_text_line(canvas, fonts, line)
    canvas.restoreState()
