"""An event's slides: date kicker, title, text and significance, picture with caption and
credit beside the text, a stripe in the category's colour, and speaker notes.

Text that does not fit at the smallest allowed size continues on following slides,
titled "(continued)"; those use the plain content layout, without the picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pptx.slide import SlideLayout

from lessonpress.model.lesson import Event, Image
from lessonpress.model.text import Run
from lessonpress.present import LegendEntry, Words
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.compose import (
    CONTINUED,
    GAP,
    KickerPlan,
    TitlePlan,
    add_text_box,
    blocks_height,
    body_area,
    plan_title_with_kicker,
    write_body,
    write_kicker,
    write_title,
)
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import fit_body
from lessonpress.renderers.deck.geometry import Box, inches
from lessonpress.renderers.deck.markup import one_line
from lessonpress.renderers.deck.notes import event_notes, write_notes
from lessonpress.renderers.deck.placeholders import PlaceholderFrame
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.sizes import MAX_BODY_LINES
from lessonpress.renderers.deck.text import Block, blocks_from_rich_text, labelled_block

STRIPE_WIDTH = inches(0.14)
"""The category stripe down the left edge of an event slide."""

PICTURE_SHARE = 0.42
"""The share of the text area's width a picture takes when the master has no two-column layout."""


@dataclass(frozen=True, slots=True)
class EventFrame:
    """One event slide measured: its layout, title, kicker, text frame and boxes."""

    layout: SlideLayout
    title: TitlePlan | None
    kicker: KickerPlan
    frame: PlaceholderFrame
    body: Box
    picture: Box | None


def add_event_slides(context: DeckContext, event: Event, category: LegendEntry | None) -> int:
    """The slides of one event; returns how many there are."""
    image = event.image if event.image is not None and event.image.file is not None else None
    kicker_text = " · ".join(
        part for part in (context.plan.date_label(event), category and category.label) if part
    )
    first = _measure(context, event.title, kicker_text, with_picture=image is not None)

    @cache
    def following() -> EventFrame:
        # Measured only for an event whose text does not fit on one slide.
        return _measure(context, f"{event.title} {CONTINUED}", kicker_text, with_picture=False)

    def area(index: int) -> tuple[float, float]:
        measured = first if index == 0 else following()
        return body_area(measured.frame, measured.body)

    blocks = event_blocks(event, context.words)
    fit = fit_body(
        blocks,
        context.measurer(first.frame.typeface),
        area,
        first.frame.size,
        context.sizes.body_minimum,
        max_lines=MAX_BODY_LINES,
    )
    pages = fit.slides if blocks else ((),)
    for index, page in enumerate(pages):
        measured = first if index == 0 else following()
        shapes = context.new_slide(measured.layout)
        _stripe(context, shapes, category)
        write_title(context, shapes, measured.title)
        write_kicker(context, shapes, measured.kicker, "accent")
        if page:
            write_body(context, shapes, measured.frame, page, fit.size, measured.body)
        if index == 0:
            if image is not None and measured.picture is not None:
                _picture(context, shapes, event, image, measured.picture)
            write_notes(context, shapes.slide, event_notes(event, context.words))
    return len(pages)


def event_blocks(event: Event, words: Words) -> list[Block]:
    """The text of an event's slide: its text, then why it matters."""
    blocks = blocks_from_rich_text(event.text) if event.text else []
    if event.significance:
        label = words.lead(words.why_it_matters)
        blocks.append(labelled_block(label, event.significance, 0.8 if blocks else 0))
    return blocks


def _measure(
    context: DeckContext, title_text: str, kicker_text: str, with_picture: bool
) -> EventFrame:
    layouts = context.layouts
    two_columns = with_picture and layouts.two_content is not None
    layout = layouts.two_content if two_columns and layouts.two_content else layouts.content
    frames = context.body_frames(layout)
    frame = frames[0]
    title, kicker, body = plan_title_with_kicker(
        context, layout, title_text, kicker_text, frame.box
    )
    picture: Box | None = None
    if two_columns and len(frames) > 1:
        picture = frames[1].box.with_top(max(frames[1].box.y, body.y))
    elif with_picture:
        picture_width = round(body.width * PICTURE_SHARE)
        picture = Box(body.right - picture_width, body.y, picture_width, body.height)
        body = Box(body.x, body.y, body.width - picture_width - inches(0.3), body.height)
    return EventFrame(layout, title, kicker, frame, body, picture)


def _stripe(context: DeckContext, shapes: SlideShapes, category: LegendEntry | None) -> None:
    slide = context.slide_box
    color = srgb(category.color) if category else context.colors.color("primary")
    name = f"Category: {category.label}" if category else "Accent"
    shapes.add_shape(name, Box(0, 0, STRIPE_WIDTH, slide.height), fill=color)


def _picture(
    context: DeckContext, shapes: SlideShapes, event: Event, image: Image, column: Box
) -> None:
    """The picture at the top of ``column``, as large as fits, with caption and credit below."""
    assert image.file is not None
    size = context.sizes.caption
    caption: list[Block] = (
        blocks_from_rich_text(image.caption, space_before=0.2) if image.caption else []
    )
    if image.credit:
        caption.append(Block((Run(image.credit),), 0, 0.2 if caption else 0, "muted"))
    caption_height = (
        blocks_height(context, caption, column.width, size) + inches(0.05) if caption else 0
    )
    picture_height = max(
        column.height - caption_height - (GAP if caption else 0), column.height // 3
    )
    width_px, height_px = image.file.width, image.file.height
    scale = min(column.width / width_px, picture_height / height_px)
    width, height = max(1, round(width_px * scale)), max(1, round(height_px * scale))
    box = Box(column.x, column.y, width, height)
    description = one_line(
        image.alt or (image.caption.plain if image.caption else "") or event.title
    )
    shapes.add_picture(image.file, box, f"Picture: {one_line(event.title)}", description)
    if caption:
        caption_box = Box(column.x, box.bottom + GAP, column.width, caption_height)
        add_text_box(context, shapes, "Caption", caption_box, caption, size)
