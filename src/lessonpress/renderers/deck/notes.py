"""Speaker notes: what the teacher reads in the notes pane below each slide."""

from __future__ import annotations

from collections.abc import Sequence

from pptx.slide import Slide

from lessonpress.model.lesson import Event, Source
from lessonpress.model.text import Run
from lessonpress.present import Words
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.markup import xpath
from lessonpress.renderers.deck.pptx_compat import add_notes_slide
from lessonpress.renderers.deck.text import (
    Block,
    blocks_from_rich_text,
    fill_text_body,
    labelled_block,
    plain_block,
)

NOTES_SPACING = 0.0

_NOTES_TEXT = "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph[@type='body']]/p:txBody"


def write_notes(context: DeckContext, slide: Slide, blocks: Sequence[Block]) -> None:
    """Give ``slide`` a notes page holding ``blocks`` (none when they are empty)."""
    if not blocks:
        return
    notes_slide = add_notes_slide(slide)
    # The notes placeholder's text, found by one path: python-pptx's notes_placeholder
    # builds a shape for every placeholder on the page to find it.
    text_bodies = xpath(notes_slide.element, _NOTES_TEXT)
    assert text_bodies, "every new notes page has its notes placeholder"
    fill_text_body(text_bodies[0], list(blocks), context.text_style(notes_slide))


def event_notes(event: Event, words: Words) -> list[Block]:
    """An event's notes, then why it matters, then its sources."""
    blocks: list[Block] = []
    if event.notes:
        blocks += blocks_from_rich_text(event.notes, space_before=NOTES_SPACING)
    if event.significance:
        blocks.append(labelled_block(words.lead(words.why_it_matters), event.significance))
    blocks += source_blocks(event.sources, words)
    return blocks


def source_blocks(sources: Sequence[Source], words: Words) -> list[Block]:
    """A "Sources:" heading and one bullet per source, its URL a link."""
    if not sources:
        return []
    blocks = [Block((Run(words.lead(words.sources), bold=True),))]
    blocks += [citation_block(source, level=1) for source in sources]
    return blocks


def citation_block(source: Source, level: int = 0, space_before: float = 0.0) -> Block:
    """A source as one paragraph in the bibliography form: author, title in italics,
    publication facts, then the URL as a link."""
    return Block(source.work.bibliography, level, space_before)


def plain_notes(*paragraphs: str) -> list[Block]:
    """Notes of plain paragraphs, skipping empty ones."""
    return [plain_block(paragraph) for paragraph in paragraphs if paragraph]
