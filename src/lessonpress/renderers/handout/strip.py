"""The timeline strip under the title block: every event on one low, full-width band,
with a legend of its symbols.

``strip_plan`` decides what the strip shows and where the layout puts it; this module
draws it in the handout's colours, line weights and marker shapes: era bands,
leaders, axis text, the axis, bars, markers and labels, in that order, so that text
is always on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from lessonpress.layout import (
    EraBand,
    EventLabel,
    PointMarker,
    RangeBar,
    Rect,
    era_band_at,
)
from lessonpress.present import Pattern
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.flowables import KeepShortTogether, with_outline
from lessonpress.renderers.handout.marks import BarShape, CategoryMarker, Mark, MarkRow, Star
from lessonpress.renderers.handout.richtext import text_markup
from lessonpress.renderers.handout.strip_plan import MARKER_EMS, StripPlan, plan_strip
from lessonpress.renderers.handout.styles import SCALE
from lessonpress.renderers.pdf import pdf_color
from lessonpress.renderers.pdf_patterns import draw_range_bar
from lessonpress.renderers.pdf_timeline import (
    Patch,
    draw_axis,
    draw_key,
    draw_leaders,
    draw_patches,
    draw_text_line,
)
from lessonpress.renderers.timeline_items import TimelineContent, timeline_content

HAIRLINE = 0.5
"""Leader lines, tick marks and band outlines."""

AXIS_WIDTH = 1.2


def timeline_strip(context: HandoutContext) -> list[Flowable]:
    """The strip, its legend and, if the events could not be labelled, a note saying so."""
    content = timeline_content(context.plan)
    style, words = context.style, context.words
    plan = plan_strip(content, style.page.frame_width, context)
    if plan is None:
        return []
    parts: list[Flowable] = [
        with_outline(TimelineStrip(plan, content, context), words.timeline, "timeline")
    ]
    legend = _legend(plan, content, context)
    if legend is not None:
        parts.append(legend)
    note = ""
    if not plan.labelled:
        note = words.unlabelled_strip(len(content.items))
    elif plan.not_shown:
        note = words.more_events(plan.not_shown)
    if note:
        note_style = style.paragraph(
            "strip-note",
            size=style.sizes.small,
            color=style.colors.muted,
            leading=1.3,
            space_before=4,
        )
        parts.append(Paragraph(text_markup(note, style), note_style))
    # Kept on one page unless a legend of many categories makes it long.
    return [KeepShortTogether(parts, context.keep_limit)]


def _legend(plan: StripPlan, content: TimelineContent, context: HandoutContext) -> Flowable | None:
    """A row of the strip's symbols: each category's marker (and its bars' pattern, if it
    has lasting events), the key-event star, a bar."""
    colors, words = context.style.colors, context.words
    marks = []
    for entry in content.legend:
        marker = CategoryMarker(entry.marker, entry.color, colors.marker_outline(entry.color))
        if entry.pattern is None:
            marks.append(Mark(marker, entry.label))
        else:
            sign = _MarkerAndBar(marker, entry.pattern, colors.text_on(entry.color))
            marks.append(Mark(sign, entry.label, shape_width=_MarkerAndBar.WIDTH))
    if any(item.event.highlight for item in content.items):
        marks.append(Mark(Star(colors.accent), words.key_event, "body-bold"))
    if plan.bars:
        marks.append(Mark(BarShape(colors.muted), words.lasting_event))
    if not marks:
        return None
    row = MarkRow(marks, context.style, colors.text)
    row.spaceBefore = context.style.sizes.small * 0.6
    return row


@dataclass(frozen=True, slots=True)
class _MarkerAndBar:
    """A sign of a category with lasting events: its marker, then a short bar in its
    pattern."""

    WIDTH: ClassVar[float] = 2.2
    """The room the sign takes, in ems."""

    marker: CategoryMarker
    pattern: Pattern
    ink: str

    def __call__(self, canvas: Canvas, x: float, y: float, radius: float) -> None:
        """Draw the marker centred on ``(x, y)`` and the bar to its right."""
        self.marker(canvas, x, y, radius)
        height = radius * 1.1
        left = x + radius * 1.8
        bar = Rect(left, y - height / 2, radius * 3.2, height)
        draw_range_bar(
            canvas,
            bar,
            fill=self.marker.fill,
            outline=self.marker.outline,
            outline_width=HAIRLINE,
            pattern=self.pattern,
            ink=self.ink,
        )


class TimelineStrip(Flowable):
    """The placed strip, drawn full width."""

    def __init__(self, plan: StripPlan, content: TimelineContent, context: HandoutContext) -> None:
        super().__init__()
        self._plan = plan
        self._content = content
        self._context = context
        self.spaceBefore = context.style.space * 0.2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The plan's size."""
        return self._plan.width, self._plan.height

    def draw(self) -> None:
        """Draw everything the plan placed."""
        _StripPainter(self.canv, self._plan, self._content, self._context).paint()


@dataclass(frozen=True, slots=True)
class _StripPainter:
    canvas: Canvas
    plan: StripPlan
    content: TimelineContent
    context: HandoutContext

    def paint(self) -> None:
        self.canvas.saveState()
        self.canvas.translate(0, self.plan.key_height)
        for era in self.plan.eras:
            self._band(era)
        colors = self.context.style.colors
        draw_leaders(self.canvas, self.plan.labels, colors.muted, HAIRLINE)
        self._axis_text()
        draw_axis(
            self.canvas,
            self.plan.axis,
            self.plan.ticks,
            tick_color=colors.muted,
            tick_width=HAIRLINE,
            axis_color=colors.primary,
            axis_width=AXIS_WIDTH,
        )
        for bar in self.plan.bars:
            self._bar(bar)
        for marker in self.plan.markers:
            self._marker(marker)
        for label in self.plan.labels:
            self._label(label)
        if self.plan.key is not None:
            fonts = self.context.style.fonts
            draw_key(
                self.canvas,
                fonts,
                self.plan.key,
                number_color=colors.primary,
                text_color=colors.text,
            )
        self.canvas.restoreState()

    def _ground(self, era: EraBand | None) -> str:
        """The colour under an era's band: its pale tint, or the paper without fills."""
        colors = self.context.style.colors
        return colors.band_fill(era.color or colors.primary) if era else colors.background

    def _band(self, era: EraBand) -> None:
        """A pale band, or in an ink-saving theme a hairline outline."""
        band, canvas = era.band, self.canvas
        if self.context.style.large_fills:
            canvas.setFillColor(pdf_color(self._ground(era)))
            canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
        else:
            canvas.setStrokeColor(pdf_color(self.context.style.colors.rule))
            canvas.setLineWidth(HAIRLINE)
            canvas.rect(band.x, band.y, band.width, band.height, stroke=1, fill=0)

    def _axis_text(self) -> None:
        """Tick labels and era names, each on a patch of its ground so that no leader line
        runs through the letters."""
        colors = self.context.style.colors
        patches: list[Patch] = []
        for tick in self.plan.ticks:
            ground = self._ground(era_band_at(self.plan.eras, tick.x))
            color = colors.on_ground(colors.muted, ground)
            patches.append(Patch(tick.label_box, ground, tick.label, color))
        for era in self.plan.eras:
            if era.name is not None and era.name_box is not None:
                ground = self._ground(era)
                color = colors.band_text(era.color or colors.primary)
                patches.append(Patch(era.name_box, ground, era.name, color))
        draw_patches(self.canvas, self.context.style.fonts, patches)

    def _bar(self, bar: RangeBar) -> None:
        """A lasting event's bar in its category's colour and pattern; a key event's
        edged in the accent."""
        colors = self.context.style.colors
        item = self.content.item(bar.key)
        draw_range_bar(
            self.canvas,
            bar.bar,
            fill=item.color,
            outline=colors.accent if bar.highlight else colors.marker_outline(item.color),
            outline_width=1.0 if bar.highlight else HAIRLINE,
            pattern=item.pattern,
            ink=colors.text_on(item.color),
        )

    def _marker(self, marker: PointMarker) -> None:
        """A key event as a star (as in the list of events); any other in its category's
        marker shape."""
        colors = self.context.style.colors
        radius = self.context.style.sizes.small * MARKER_EMS
        x, y = marker.center.x, marker.center.y
        if marker.highlight:
            Star(colors.accent)(self.canvas, x, y, radius * SCALE)
            return
        item = self.content.item(marker.key)
        outline = colors.marker_outline(item.color)
        CategoryMarker(item.marker, item.color, outline)(self.canvas, x, y, radius)

    def _label(self, label: EventLabel) -> None:
        """The date in the primary colour (the accent for a key event), the title in the
        text colour."""
        colors = self.context.style.colors
        date_color = colors.date_color(label.highlight)
        for line in label.lines:
            self.canvas.setFillColor(pdf_color(date_color if line.role == "date" else colors.text))
            draw_text_line(self.canvas, self.context.style.fonts, line)
