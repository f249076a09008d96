"""Range bars on a reportlab canvas, shared by the poster and the handout: a rounded bar
in its category's colour, hatched with its category's pattern, so that a black-and-white
print (or a colour poster copied on a black-and-white printer) still tells the categories
of lasting events apart.

The hatching is drawn as lines, dashes, a zigzag, dots or squares clipped to the bar's
outline, so it prints the same on any printer and stays sharp at any zoom.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.pdfgen.canvas import Canvas

from lessonpress.layout import Rect
from lessonpress.present import Pattern
from lessonpress.renderers.pdf import pdf_color

Segment = tuple[float, float, float, float]
"""A straight line from ``(x1, y1)`` to ``(x2, y2)``."""

LINE_STEP = 0.6
"""The distance between two diagonal or vertical hatch lines, against the bar's height."""

LINE_WIDTH = 0.1
"""The width of a hatch line, against the bar's height."""

DOT_RADIUS = 0.12
"""The radius of a dot, against the bar's height."""

LARGE_DOT_RADIUS = 0.28
"""The radius of a large dot (one row of them, a bar's height apart), against the bar's
height."""

DENSE_STEP = 0.5
"""A dense pattern's step, against its plain one's."""


def draw_range_bar(
    canvas: Canvas,
    box: Rect,
    *,
    fill: str,
    outline: str | None,
    outline_width: float,
    pattern: Pattern | None = None,
    ink: str = "#000000",
) -> None:
    """Draw a bar over ``box``, rounded at the ends, filled with ``fill`` and edged in
    ``outline`` (none if ``None``); a ``pattern`` other than solid is hatched over the
    fill in ``ink``, inside the edge."""
    radius = min(box.height, box.width) / 2
    stroke = 1 if outline else 0
    canvas.saveState()
    canvas.setFillColor(pdf_color(fill))
    if outline:
        canvas.setStrokeColor(pdf_color(outline))
        canvas.setLineWidth(outline_width)
    if pattern is None or pattern == "solid":
        canvas.roundRect(box.x, box.y, box.width, box.height, radius, stroke=stroke, fill=1)
    else:
        canvas.roundRect(box.x, box.y, box.width, box.height, radius, stroke=0, fill=1)
        _hatch(canvas, box, radius, pattern, ink)
        if outline:
            canvas.roundRect(box.x, box.y, box.width, box.height, radius, stroke=1, fill=0)
    canvas.restoreState()


def _hatch(canvas: Canvas, box: Rect, radius: float, pattern: Pattern, ink: str) -> None:
    """``pattern`` in ``ink`` over ``box``, clipped to the rounded bar."""
    canvas.saveState()
    outline = canvas.beginPath()
    outline.roundRect(box.x, box.y, box.width, box.height, radius)
    canvas.clipPath(outline, stroke=0, fill=0)
    canvas.setStrokeColor(pdf_color(ink))
    canvas.setFillColor(pdf_color(ink))
    canvas.setLineWidth(box.height * LINE_WIDTH)
    step = box.height * LINE_STEP
    if pattern == "dots":
        for x, y in _grid(box, step, staggered=True):
            canvas.circle(x, y, box.height * DOT_RADIUS, stroke=0, fill=1)
    elif pattern == "large-dots":
        for x, y in _grid(box, box.height, staggered=False):
            canvas.circle(x, y, box.height * LARGE_DOT_RADIUS, stroke=0, fill=1)
    elif pattern == "checker":
        side = box.height / 2
        for row in range(2):
            for column in range(row % 2, int(box.width / side) + 1, 2):
                canvas.rect(box.x + column * side, box.y + row * side, side, side, stroke=0, fill=1)
    elif pattern == "zigzag":
        path = canvas.beginPath()
        low, high = box.bottom + box.height / 4, box.top - box.height / 4
        x, up = box.left - step / 2, True
        path.moveTo(x, low)
        while x < box.right:
            x += step / 2
            path.lineTo(x, high if up else low)
            up = not up
        canvas.drawPath(path, stroke=1, fill=0)
    else:
        canvas.lines(list(_lines(box, pattern, step)))
    canvas.restoreState()


def _lines(box: Rect, pattern: Pattern, step: float) -> Iterator[Segment]:
    """The hatch lines of a line pattern, each cut to ``box``: the dense patterns are
    their plain ones at half the step."""
    dense = step * DENSE_STEP
    if pattern in ("diagonal", "cross-hatch"):
        yield from _diagonals(box, step, rising=True)
    if pattern in ("reverse-diagonal", "cross-hatch"):
        yield from _diagonals(box, step, rising=False)
    if pattern == "dense-diagonal":
        yield from _diagonals(box, dense, rising=True)
    if pattern == "dense-reverse-diagonal":
        yield from _diagonals(box, dense, rising=False)
    if pattern in ("horizontal", "grid"):
        # Two lines, parting the bar in thirds: its height holds no more.
        for third in (1, 2):
            y = box.y + box.height * third / 3
            yield (box.left, y, box.right, y)
    if pattern in ("vertical", "dense-vertical", "grid"):
        across = dense if pattern == "dense-vertical" else step
        x = box.left + across / 2
        while x < box.right:
            yield (x, box.bottom, x, box.top)
            x += across
    if pattern == "dashes":
        # Two rows of short dashes, the second shifted by half a dash, like brickwork.
        for row, third in enumerate((1, 2)):
            y = box.y + box.height * third / 3
            x = box.left + (step / 2 if row else 0.0)
            while x < box.right:
                yield (x, y, x + step / 2, y)
                x += step


def _diagonals(box: Rect, step: float, *, rising: bool) -> Iterator[Segment]:
    """Lines at 45 degrees, ``step`` apart along the bar, each cut to ``box``."""
    height = box.height
    start = box.left - height + step / 2
    while start < box.right:
        # The line runs from ``start`` at one edge to ``start + height`` at the other.
        enter, leave = max(0.0, box.left - start), min(height, box.right - start)
        if leave > enter:
            if rising:
                yield (start + enter, box.bottom + enter, start + leave, box.bottom + leave)
            else:
                yield (start + enter, box.top - enter, start + leave, box.top - leave)
        start += step


def _grid(box: Rect, step: float, *, staggered: bool) -> Iterator[tuple[float, float]]:
    """Points ``step`` apart in rows across ``box``, every other row shifted by half a
    step when ``staggered``."""
    rows = max(1, round(box.height / step))
    for row in range(rows):
        y = box.bottom + box.height * (row + 0.5) / rows
        x = box.left + step / 2 + (step / 2 if staggered and row % 2 else 0.0)
        while x < box.right:
            yield x, y
            x += step
