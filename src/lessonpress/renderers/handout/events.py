"""One event of the handout: date and title, category and key-event marks, the picture,
text, the "Why it matters" call-out, teacher notes and sources.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Indenter, Paragraph

from lessonpress.errors import LessonError, Problem
from lessonpress.model.citation import note
from lessonpress.model.image_file import ImageFile
from lessonpress.model.lesson import Event
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.flowables import (
    Box,
    BoxLook,
    Figure,
    KeepShortTogether,
    SeparatorRule,
    SideBySide,
    with_outline,
)
from lessonpress.renderers.handout.marks import CategoryMarker, Mark, MarkRow, Star
from lessonpress.renderers.handout.richtext import citation_markup, rich_flowables, text_markup
from lessonpress.renderers.handout.styles import unbreakable_date
from lessonpress.renderers.tagging.flowables import with_alt_text
from lessonpress.renderers.tagging.text import figure_description

PRINT_DPI = 150
"""A picture is never enlarged past this resolution."""

IMAGE_MAX_SHARE = 0.42
"""The tallest a picture may be, as a share of the page's text height."""


def event_flowables(event: Event, index: int, context: HandoutContext) -> list[Flowable]:
    """The flowables of one event; a short event is kept on one page."""
    style = context.style
    heading = _heading(event, index, context)
    body = [
        *_picture(event, context),
        *rich_flowables(event.text, style, style.body),
        *_significance(event, context),
        *_notes(event, context),
        *_sources(event, context),
    ]
    rule = SeparatorRule(style.colors.rule, style.space * 0.9, style.space * 0.6)
    rule.keepWithNext = 1
    gutter = style.page.gutter
    content: list[Flowable] = [rule, heading]
    # The event's last part (its title, when it has nothing else) is not kept with the
    # next event: a short event is kept together whole instead.
    if body:
        body[-1].keepWithNext = 0
        content += [Indenter(left=gutter), *body, Indenter(left=-gutter)]
    else:
        heading.keepWithNext = 0
    return [KeepShortTogether(content, context.keep_limit)]


def _heading(event: Event, index: int, context: HandoutContext) -> Flowable:
    """The date in the margin column beside the title (above it on narrow pages), and
    the category and key-event marks under the title."""
    style = context.style
    label = unbreakable_date(context.plan.date_label(event))
    date = Paragraph(text_markup(label, style, "body-bold"), style.event_date)
    title = Paragraph(text_markup(event.title, style, "heading"), style.event_title)
    marks = _marks(event, context)
    gutter = style.page.gutter
    if gutter:
        heading = SideBySide([date], [title, *marks], gutter, style.sizes.body)
    else:
        heading = SideBySide([], [date, title, *marks], 0.0, 0.0)
    heading.spaceAfter = style.space * 0.4
    heading.keepWithNext = 1
    outline_title = f"{context.plan.date_label(event)}: {event.title}"
    return with_outline(heading, outline_title, f"event-{index}", level=1)


def _marks(event: Event, context: HandoutContext) -> list[Flowable]:
    """The category with its marker shape, and the key-event star, in one row."""
    colors = context.style.colors
    marks: list[Mark] = []
    entry = context.legend.get(event.category) if event.category else None
    if entry is not None:
        shape = CategoryMarker(entry.marker, entry.color, colors.marker_outline(entry.color))
        marks.append(Mark(shape, entry.label))
    if event.highlight:
        marks.append(Mark(Star(colors.accent), context.words.key_event, "body-bold"))
    if not marks:
        return []
    row = MarkRow(marks, context.style, colors.text)
    row.spaceBefore = context.style.sizes.small * 0.3
    return [row]


def callout_look(context: HandoutContext) -> BoxLook:
    """The "Why it matters" box: a tinted fill, or an accent rule where fills are off."""
    colors = context.style.colors
    padding = context.style.sizes.body * 0.7
    if colors.callout_fill:
        return BoxLook(fill=colors.callout_fill, padding=padding)
    return BoxLook(rule=colors.accent, rule_width=2.0, padding=padding)


def note_look(context: HandoutContext) -> BoxLook:
    """Teacher notes and answers: a thin frame, so they read as asides and save ink."""
    return BoxLook(frame=context.style.colors.muted, padding=context.style.sizes.body * 0.7)


def labelled_box(
    label: str, content: list[Flowable], look: BoxLook, color: str, context: HandoutContext
) -> Box:
    """A box opening with a bold ``label`` in ``color``."""
    style = context.style
    label_style = style.paragraph(
        "box-label", "body-bold", color=color, space_after=style.space * 0.15
    )
    heading = Paragraph(text_markup(label, style, "body-bold"), label_style)
    heading.keepWithNext = 1
    box = Box([heading, *content], look)
    box.spaceBefore = style.space * 0.2
    box.spaceAfter = style.space * 0.6
    return box


def _boxed_text_style(context: HandoutContext) -> ParagraphStyle:
    style = context.style
    return style.paragraph("boxed", space_after=style.space * 0.35)


def _significance(event: Event, context: HandoutContext) -> list[Flowable]:
    if not event.significance:
        return []
    content = rich_flowables(event.significance, context.style, _boxed_text_style(context))
    label, color = context.words.why_it_matters, context.style.colors.accent
    return [labelled_box(label, content, callout_look(context), color, context)]


def _notes(event: Event, context: HandoutContext) -> list[Flowable]:
    if not (context.teacher and event.notes):
        return []
    content = rich_flowables(event.notes, context.style, _boxed_text_style(context))
    label, color = context.words.teacher_notes, context.style.colors.muted
    return [labelled_box(label, content, note_look(context), color, context)]


def picture_size(
    pixel_width: int, pixel_height: int, max_width: float, max_height: float
) -> tuple[float, float]:
    """A picture's size in points: as large as the column allows, proportions kept, and
    never enlarged past 150 dpi."""
    natural_width = pixel_width / PRINT_DPI * 72
    natural_height = pixel_height / PRINT_DPI * 72
    factor = min(1.0, max_width / natural_width, max_height / natural_height)
    return natural_width * factor, natural_height * factor


def _picture(event: Event, context: HandoutContext) -> list[Flowable]:
    image = event.image
    if image is None or image.file is None:
        return []
    style = context.style
    file = image.file
    width, height = picture_size(
        file.width, file.height, style.page.measure, style.page.frame_height * IMAGE_MAX_SHARE
    )
    picture = Image(_readable(file, event, context), width, height, hAlign="LEFT")
    with_alt_text(picture, figure_description(event))
    picture.spaceBefore = style.space * 0.3
    picture.spaceAfter = style.space * 0.3
    parts: list[Flowable] = [picture]
    caption_style = style.small
    parts += rich_flowables(image.caption, style, caption_style)
    if image.credit:
        credit = text_markup(f"{context.words.lead(context.words.credit)} {image.credit}", style)
        parts.append(Paragraph(credit, caption_style))
    figure = Figure(parts)
    figure.spaceAfter = style.space * 0.5
    figure.keepWithNext = 1  # with the start of the event's text
    return [figure]


def _readable(file: ImageFile, event: Event, context: HandoutContext) -> BytesIO:
    """The picture's bytes, after checking that reportlab can read them, so that a picture
    it cannot use is named in an error rather than failing mid-build."""
    try:
        ImageReader(file.stream()).getSize()
    except Exception as error:  # reportlab raises bare exceptions for bad image data
        lesson = context.lesson
        raise LessonError(
            [
                Problem(
                    lesson.source_file,
                    None,
                    None,
                    f"events[{lesson.events.index(event)}].image",
                    f"the picture '{file.path.name}' of '{event.title}' could not be used: {error}",
                    "save it again as a PNG or JPEG file",
                )
            ]
        ) from None
    return file.stream()


def _sources(event: Event, context: HandoutContext) -> list[Flowable]:
    if not event.sources:
        return []
    style = context.style
    words = context.words
    lead_word = words.lead(words.sources if len(event.sources) > 1 else words.source)
    lead = text_markup(f"{lead_word} ", style, "body-bold")
    citations = citation_markup(note([source.work for source in event.sources]), style)
    return [Paragraph(lead + citations, style.small)]
