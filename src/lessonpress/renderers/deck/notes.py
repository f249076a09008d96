"""Speaker notes: what the teacher reads in the notes pane below each slide."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import NotesSlidePart
from pptx.slide import Slide

from lessonpress.model.lesson import Event, Source
from lessonpress.model.text import Run
from lessonpress.present import Words
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.markup import attribute, element, xpath
from lessonpress.renderers.deck.text import (
    Block,
    blocks_from_rich_text,
    fill_text_body,
    labelled_block,
    plain_block,
)

NOTES_SPACING = 0.0


def write_notes(context: DeckContext, slide: Slide, blocks: Sequence[Block]) -> None:
    """Give ``slide`` a notes page holding ``blocks`` (none when they are empty).

    The notes part is made directly, its placeholders matching the notes master's, and
    named from the package's counter: python-pptx's own way rescans the package.
    """
    if not blocks:
        return
    package = slide.part.package
    master_part = context.presentation.part.notes_master_part
    master = master_part.notes_master.element
    image_ph = _ph_attributes(master, "sldImg")
    body_ph = _ph_attributes(master, "body")
    notes_part = NotesSlidePart(
        package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
        CT.PML_NOTES_SLIDE,
        package,
        element(
            '<p:notes><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
            "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
            f"<p:nvPr><p:ph{image_ph}/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f"<p:nvPr><p:ph{body_ph}/></p:nvPr></p:nvSpPr><p:spPr/>"
            "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
            "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
        ),
    )
    notes_part.relate_to(master_part, RT.NOTES_MASTER)
    notes_part.relate_to(slide.part, RT.SLIDE)
    slide.part.relate_to(notes_part, RT.NOTES_SLIDE)
    notes_slide = notes_part.notes_slide
    text_body = xpath(notes_part.notes_slide.element, "./p:cSld/p:spTree/p:sp[2]/p:txBody")[0]
    fill_text_body(text_body, list(blocks), context.text_style(notes_slide))


def _ph_attributes(master: etree._Element, kind: str) -> str:
    """The ``p:ph`` attributes of the notes master's placeholder of ``kind``, as markup."""
    found = xpath(master, f"./p:cSld/p:spTree/p:sp/p:nvSpPr/p:nvPr/p:ph[@type='{kind}']")
    attributes = dict(found[0].attrib) if found else {"type": kind}
    return "".join(f" {key}={attribute(value)}" for key, value in attributes.items())


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
