"""Pictures on slides: never larger than their pixels allow, never distorted, with their
caption and credit in small type under them."""

from __future__ import annotations

from dataclasses import replace

from lessonpress.model.image_file import ImageFile
from lessonpress.model.lesson import Image
from lessonpress.model.text import Run
from lessonpress.renderers.deck.compose import GAP, add_text_box, blocks_height
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.geometry import EMU_PER_INCH, Box, inches
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.text import Block, blocks_from_rich_text

SCREEN_PPI = 96
"""The resolution of a projected slide: a picture is never shown with fewer pixels per inch."""

EMU_PER_PIXEL = EMU_PER_INCH // SCREEN_PPI


def shown_size(image: ImageFile, width: int, height: int) -> tuple[int, int]:
    """The largest size, in EMU, that ``image`` takes within ``width`` × ``height`` with its
    proportions kept and no fewer than :data:`SCREEN_PPI` pixels per inch."""
    scale = min(width / image.width, height / image.height, EMU_PER_PIXEL)
    return max(1, round(image.width * scale)), max(1, round(image.height * scale))


def caption_blocks(image: Image, centred: bool = False) -> list[Block]:
    """The picture's caption, then its credit in the muted colour."""
    blocks: list[Block] = (
        blocks_from_rich_text(image.caption, space_before=0.2) if image.caption else []
    )
    if image.credit:
        blocks.append(Block((Run(image.credit),), 0, 0.2 if blocks else 0, "muted"))
    return [replace(block, align="ctr") for block in blocks] if centred else blocks


def add_picture(
    context: DeckContext,
    shapes: SlideShapes,
    image: Image,
    area: Box,
    name: str,
    description: str,
) -> Box:
    """Put ``image`` in ``area`` as large as fits and its pixels allow, its caption and
    credit under it; a picture smaller than the area is centred in it. Returns the box
    the picture and its caption take."""
    assert image.file is not None
    size = context.sizes.caption
    wide_caption = caption_blocks(image)
    caption_height = (
        blocks_height(context, wide_caption, area.width, size) + inches(0.05) if wide_caption else 0
    )
    room = max(area.height - caption_height - (GAP if wide_caption else 0), area.height // 3)
    width, height = shown_size(image.file, area.width, room)
    centred = width < area.width
    caption = caption_blocks(image, centred)
    group = height + (GAP + caption_height if caption else 0)
    left = area.x + (area.width - width) // 2
    top = area.y + max(0, (area.height - group) // 2) if height < room else area.y
    box = Box(left, top, width, height)
    shapes.add_picture(image.file, box, name, description)
    if not caption:
        return box
    caption_box = Box(area.x, box.bottom + GAP, area.width, caption_height)
    add_text_box(context, shapes, "Caption", caption_box, caption, size)
    return Box(area.x, top, area.width, caption_box.bottom - top)
