"""The title slide and the era section slides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lessonpress.model.image_file import ImageFile
from lessonpress.model.lesson import Era, Event
from lessonpress.model.text import Run
from lessonpress.renderers.deck.compose import (
    GAP,
    add_text_box,
    below_title,
    blocks_height,
    body_area,
    plan_title,
    write_body,
    write_title,
)
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import Area, fit_body, text_height
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.notes import plain_notes, write_notes
from lessonpress.renderers.deck.placeholders import PlaceholderFrame
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.sizes import MAX_BODY_LINES
from lessonpress.renderers.deck.text import (
    Block,
    blocks_from_rich_text,
    joined_ranges,
    plain_block,
)

LOGO_BOX = (inches(2.4), inches(1.1))
"""The largest a logo is drawn on the title slide: width and height."""


def add_cover(context: DeckContext) -> None:
    """The title slide: title, subtitle, author, course and date, and the theme's logo."""
    lesson = context.lesson
    layout = context.layouts.cover
    shapes = context.new_slide(layout)
    title = plan_title(context, layout, lesson.title, kind="ctrTitle")
    text_column = title.box.inset(*title.frame.insets) if title else None
    byline = _byline(context, text_column, title.frame.align if title else "l")
    subtitle_frame = context.frame(layout, "subTitle")
    lowest = inches(1)
    if lesson.subtitle and subtitle_frame is not None:
        subtitle = [plain_block(joined_ranges(lesson.subtitle))]
        measurer = context.measurer(subtitle_frame.typeface)
        below = below_title(subtitle_frame.box, title)
        room = below
        if byline:
            # The subtitle ends above the byline; where it does not fit there even at
            # the smallest size, it and the title move up into the room above the title.
            left, top, right, bottom = subtitle_frame.insets
            width = to_points(below.width - left - right)
            lines = text_height(subtitle, measurer, width, context.sizes.body_minimum)
            needed = points(lines) + top + bottom + points(2)
            shortfall = needed - (byline.box.y - GAP - below.y)
            highest = (title.box.y if title else below.y) - inches(0.5)
            lift = max(0, min(shortfall, highest))
            if title is not None:
                title = replace(title, box=title.box.raised(lift))
            below = below.raised(lift)
            room = below.with_height(max(0, min(below.height, byline.box.y - GAP - below.y)))
        for box in (room, below):
            fit = fit_body(
                subtitle,
                measurer,
                _one_area(subtitle_frame, box),
                subtitle_frame.size,
                context.sizes.body_minimum,
                max_lines=MAX_BODY_LINES,
            )
            if len(fit.slides) == 1:
                break
        write_title(context, shapes, title)
        box = _text_box(context, subtitle_frame, box, fit.slides[0], fit.size)
        write_body(context, shapes, subtitle_frame, fit.slides[0], fit.size, box)
        lowest = box.bottom
    else:
        write_title(context, shapes, title)
    lowest = max(lowest, title.box.bottom) if title else lowest
    if byline:
        box = byline.box
        box = Box(box.x, min(lowest + GAP, box.y), box.width, box.height)
        add_text_box(context, shapes, "Author and course", box, byline.blocks, byline.size, "muted")
    if context.theme.logo_image:
        _add_logo(context, shapes, context.theme.logo_image)
    if lesson.summary:
        write_notes(context, shapes.slide, blocks_from_rich_text(lesson.summary))


def _one_area(frame: PlaceholderFrame, box: Box) -> Area:
    """The text area of ``frame`` set in ``box``, the same on every slide."""
    return lambda _: body_area(frame, box)


def _text_box(
    context: DeckContext,
    frame: PlaceholderFrame,
    box: Box,
    blocks: Sequence[Block],
    size: float,
) -> Box:
    """The part of ``box`` that ``blocks`` fill, where the frame's anchor puts them, so
    that what goes below starts under the text, not under an empty placeholder."""
    left, top, right, bottom = frame.insets
    width = to_points(box.width - left - right)
    height = points(text_height(blocks, context.measurer(frame.typeface), width, size))
    height = min(box.height, height + top + bottom + points(2))
    if frame.anchor == "b":
        return Box(box.x, box.bottom - height, box.width, height)
    if frame.anchor == "ctr":
        return Box(box.x, box.y + (box.height - height) // 2, box.width, height)
    return box.with_height(height)


@dataclass(frozen=True, slots=True)
class _Byline:
    """The author, course and date lines: their text, size and lowest place."""

    blocks: list[Block]
    size: float
    box: Box


def _byline(context: DeckContext, column: Box | None, align: str) -> _Byline | None:
    """The author, course and date, in line with the title's text and aligned as it is,
    at the lowest place they may take (above the slide's bottom margin)."""
    lesson = context.lesson
    parts = [part for part in (lesson.author, lesson.course, lesson.date) if part]
    if not parts:
        return None
    slide = context.slide_box
    left = column.x if column else inches(0.6)
    width = column.width if column else slide.width - 2 * left
    blocks = [replace(plain_block(part), align=align) for part in parts]
    size = context.sizes.kicker
    height = blocks_height(context, blocks, width, size) + inches(0.05)
    return _Byline(blocks, size, Box(left, slide.bottom - inches(0.5) - height, width, height))


def _add_logo(context: DeckContext, shapes: SlideShapes, logo: ImageFile) -> None:
    width_px, height_px = logo.width, logo.height
    max_width, max_height = LOGO_BOX
    scale = min(max_width / width_px, max_height / height_px)
    width, height = round(width_px * scale), round(height_px * scale)
    slide = context.slide_box
    box = Box(slide.right - inches(0.5) - width, inches(0.4), width, height)
    name = context.words.logo
    shapes.add_picture(logo, box, name, f"{name}: {context.lesson.title}")


def add_section(context: DeckContext, era: Era, events: Sequence[Event]) -> None:
    """A section slide for an era: its name and dates; its events in the notes."""
    layout = context.layouts.section
    shapes = context.new_slide(layout)
    title = plan_title(context, layout, era.title)
    write_title(context, shapes, title)
    frames = context.body_frames(layout)
    if frames:
        frame = frames[0]
        box = below_title(frame.box, title)
        fit = fit_body(
            [plain_block(context.plan.date_label(era))],
            context.measurer(frame.typeface),
            lambda _: body_area(frame, box),
            frame.size,
            context.sizes.body_minimum,
            max_lines=MAX_BODY_LINES,
        )
        write_body(context, shapes, frame, fit.slides[0], fit.size, box)
    notes = plain_notes(f"{era.title}, {context.plan.date_label(era)}.")
    if events:
        notes.append(Block((Run(context.words.lead(context.words.era_events), bold=True),)))
        notes += [
            plain_block(f"{context.plan.date_label(event)}: {event.title}", level=1)
            for event in events
        ]
    write_notes(context, shapes.slide, notes)
