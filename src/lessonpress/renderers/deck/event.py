"""An event's slides, composed by their content: a quote slide for an event whose text is
mainly a quotation; a statement slide for an event with little or no text; a full
picture slide for a short event with a picture large enough to lead; otherwise title and
text (date kicker, title, text and significance), with the picture, its caption and
credit beside the text. Each has speaker notes, and a stripe or panel in the category's
colour.

Text that does not fit on one slide continues on following slides, numbered
"(2 of 3)"; those use the plain content layout, without the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pptx.slide import SlideLayout

from lessonpress.model.lesson import Event, Image
from lessonpress.present import LegendEntry, Words
from lessonpress.present.quotation_marks import quotation_marks
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.compose import (
    GAP,
    KickerPlan,
    TitlePlan,
    body_area,
    continuation_sample,
    numbered,
    plan_title_with_kicker,
    write_body,
    write_kicker,
    write_title,
)
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import fit_body, text_height
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.markup import one_line
from lessonpress.renderers.deck.notes import event_notes, write_notes
from lessonpress.renderers.deck.pictures import add_picture, shown_size
from lessonpress.renderers.deck.placeholders import PlaceholderFrame
from lessonpress.renderers.deck.quote import (
    QuotePlan,
    plan_quote,
    quotation_blocks,
    quote_notes,
    write_quote,
)
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.sizes import MAX_BODY_LINES, TITLE_FLOOR
from lessonpress.renderers.deck.statement import (
    StatementSizes,
    panel_date_floor,
    plan_statement,
    statement_date_fits,
    statement_date_size,
    statement_panel_width,
    statement_title_size,
    write_statement,
)
from lessonpress.renderers.deck.text import (
    Block,
    labelled_block,
    unbreakable_date,
)

STRIPE_WIDTH = inches(0.14)
"""The category stripe down the left edge of an event slide."""

Composition = Literal["statement", "full-picture", "picture-led", "text-picture", "text"]
"""The ways an event's slide is composed (see :func:`choose_composition`)."""

SHORT_TEXT_LINES = 3
"""The most lines, across the whole slide, of an event whose text is short."""

LEADING_PICTURE = 0.25
"""The least share of the text area a picture covers, shown as large as it may be, to
lead its slide."""

PICTURE_LED_SHARE = 0.6
"""The share of the width a leading picture takes beside a short text."""

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


def statement_size(context: DeckContext, events: Sequence[Event]) -> StatementSizes:
    """The one title size and the one date size of a deck's statement slides, as a
    designer's layout set keeps one size per composition: the largest at which every
    statement title fits its lines, and never under :data:`TITLE_FLOOR` (a title that
    fits at no size wraps onto more lines rather than set the others at the floor); the
    largest at which every panel date fits whole (see :func:`statement_date_size`); and
    the panel's width, widened for the longest date (see :func:`statement_panel_width`).
    An event whose date fits no panel whole, even at the floor, is left to title and
    text (see :func:`add_event_slides`)."""
    statements: list[tuple[str, str, bool]] = []
    for event in events:
        image = _shown_image(event)
        category = context.plan.category(event.category)
        date = unbreakable_date(context.plan.date_label(event))
        if plan_quote(context, event, _kicker_text(date, category), category) is not None:
            continue
        blocks = event_blocks(event, context.words, context.language)
        if choose_composition(context, blocks, image) == "statement":
            statements.append((date, event.title, image is not None))
    panel = statement_panel_width(context, [date for date, _, _ in statements])
    # An event whose date fits no panel even at the floor gets title and text instead.
    floor = panel_date_floor(context)
    statements = [
        statement
        for statement in statements
        if statement_date_fits(context, statement[0], floor, panel)
    ]
    sizes = [max(context.sizes.statement_title, TITLE_FLOOR)]
    for _, title, with_picture in statements:
        size = statement_title_size(context, title, with_picture, panel)
        if size is not None:
            sizes.append(size)
    date_size = statement_date_size(context, [date for date, _, _ in statements], panel)
    return StatementSizes(max(min(sizes), TITLE_FLOOR), date_size, panel)


def add_event_slides(
    context: DeckContext, event: Event, category: LegendEntry | None, statement: StatementSizes
) -> int:
    """The slides of one event, in the composition its content asks for, a statement
    slide's title and date at the deck's ``statement`` sizes; returns how many there are."""
    image = _shown_image(event)
    date = unbreakable_date(context.plan.date_label(event))
    kicker_text = _kicker_text(date, category)
    quote = plan_quote(context, event, kicker_text, category)
    if quote is not None:
        _add_quote_slide(context, event, category, quote)
        return 1
    blocks = event_blocks(event, context.words, context.language)
    composition = choose_composition(context, blocks, image)
    if composition == "statement":
        plan = None
        if statement_date_fits(context, date, statement.date, statement.panel):
            plan = plan_statement(context, event.title, blocks, image is not None, statement)
        if plan is not None:
            shapes = context.new_slide(context.layouts.content)
            write_statement(context, shapes, plan, date, category)
            if image is not None and plan.picture is not None:
                _picture(context, shapes, event, image, plan.picture)
            write_notes(context, shapes.slide, event_notes(event, context.words))
            return 1
        composition = "text" if image is None else "text-picture"
    return _add_text_slides(context, event, category, date, blocks, image, composition)


def _shown_image(event: Event) -> Image | None:
    """``event``'s picture, if it has one whose file was found."""
    return event.image if event.image is not None and event.image.file is not None else None


def choose_composition(
    context: DeckContext, blocks: Sequence[Block], image: Image | None
) -> Composition:
    """How an event's slide is composed, from how much text it has and its picture.

    Text that takes at most :data:`SHORT_TEXT_LINES` lines across the slide is short. A
    short event whose picture can be shown over at least :data:`LEADING_PICTURE` of the
    text area is led by it: the picture goes under the text across the slide (a full
    picture slide) or beside it in :data:`PICTURE_LED_SHARE` of the width, whichever
    shows it larger. Any other short event gets a statement slide, its picture (if any)
    in a column beside. A longer event gets title and text, its picture beside the text.
    """
    frame = context.body_frames(context.layouts.content)[0]
    measurer = context.measurer(frame.typeface)
    width, _ = body_area(frame, frame.box)
    size = frame.size
    lines = sum(
        len(measurer.wrap(block.runs, width - block.indent_ems * size, size)) for block in blocks
    )
    if lines > SHORT_TEXT_LINES:
        return "text" if image is None else "text-picture"
    if image is None or image.file is None:
        return "statement"
    below = frame.box.with_height(frame.box.height - points(lines * measurer.line_height(size)))
    below_width, below_height = shown_size(image.file, below.width, below.height)
    beside_width, beside_height = shown_size(
        image.file, round(frame.box.width * PICTURE_LED_SHARE), frame.box.height
    )
    column = width * (1 - PICTURE_LED_SHARE) - to_points(inches(0.3))
    beside_lines = sum(len(measurer.wrap(block.runs, column, size)) for block in blocks)
    if beside_lines > MAX_BODY_LINES - 1:
        beside_width = beside_height = 0
    largest = max(below_width * below_height, beside_width * beside_height)
    if largest < LEADING_PICTURE * frame.box.width * frame.box.height:
        return "statement"
    return "full-picture" if below_width * below_height >= largest else "picture-led"


def _add_quote_slide(
    context: DeckContext, event: Event, category: LegendEntry | None, quote: QuotePlan
) -> None:
    """The quote slide, its notes opened by the event's text beside the quotation."""
    shapes = context.new_slide(context.layouts.content)
    _stripe(context, shapes, category)
    write_quote(context, shapes, quote)
    write_notes(context, shapes.slide, [*quote_notes(quote), *event_notes(event, context.words)])


def _add_text_slides(
    context: DeckContext,
    event: Event,
    category: LegendEntry | None,
    date: str,
    blocks: list[Block],
    image: Image | None,
    composition: Composition,
) -> int:
    """Title and text slides (continued as the text needs), the picture beside the text
    or, for a full picture slide, under it."""
    kicker_text = _kicker_text(date, category)
    share = {"text-picture": PICTURE_SHARE, "picture-led": PICTURE_LED_SHARE}.get(composition)
    first = _measure(context, event.title, kicker_text, share)

    @cache
    def following() -> EventFrame:
        # Measured only for an event whose text does not fit on one slide.
        return _measure(context, continuation_sample(context, event.title), kicker_text, None)

    def area(index: int) -> tuple[float, float]:
        measured = first if index == 0 else following()
        return body_area(measured.frame, measured.body)

    measurer = context.measurer(first.frame.typeface)
    significance = blocks[-1] if event.significance and len(blocks) > 1 else None
    fit = fit_body(
        blocks,
        measurer,
        area,
        first.frame.size,
        context.sizes.body_minimum,
        max_lines=MAX_BODY_LINES,
    )
    pages = fit.slides if blocks else ((),)
    notes = event_notes(event, context.words)
    if len(pages) > 1 and context.theme.deck.long_text == "notes":
        # The theme keeps one slide an event: the rest of its text opens the notes
        # (which hold why it matters already).
        rest = [
            block
            for page in pages[1:]
            for block in page
            if significance is None or block.runs != significance.runs
        ]
        pages, notes = pages[:1], [*rest, *notes]
    for index, page in enumerate(pages):
        measured = first if index == 0 else following()
        shapes = context.new_slide(measured.layout)
        _stripe(context, shapes, category)
        write_title(
            context, shapes, numbered(context, measured.title, event.title, index + 1, len(pages))
        )
        write_kicker(context, shapes, measured.kicker, "accent")
        body = measured.body
        if page and composition == "full-picture":
            width, _ = body_area(measured.frame, body)
            _, top, _, bottom = measured.frame.insets
            height = points(text_height(page, measurer, width, fit.size)) + top + bottom
            body = body.with_height(height)
        if index and significance and len(page) == 1 and page[0].runs == significance.runs:
            _takeaway(context, shapes, measured, significance, fit.size)
        elif page:
            write_body(context, shapes, measured.frame, page, fit.size, body)
        if index == 0:
            if image is not None and measured.picture is not None:
                _picture(context, shapes, event, image, measured.picture)
            elif image is not None and composition == "full-picture":
                below = body.bottom + GAP if page else body.y
                _picture(context, shapes, event, image, measured.body.with_top(below))
            write_notes(context, shapes.slide, notes)
    return len(pages)


def _takeaway(
    context: DeckContext,
    shapes: SlideShapes,
    measured: EventFrame,
    block: Block,
    size: float,
) -> None:
    """Why the event matters, alone on the last of its slides: set larger, in the middle
    of the text area, with a rule in the accent colour beside it."""
    frame, area = measured.frame, measured.body
    left, top, right, bottom = frame.insets
    largest = max(size, context.sizes.statement_date * 0.8)
    fit = fit_body(
        [block],
        context.measurer(frame.typeface),
        lambda _: body_area(frame, area),
        largest,
        size,
        max_lines=MAX_BODY_LINES,
    )
    width = to_points(area.width - left - right)
    height = points(text_height(fit.slides[0], context.measurer(frame.typeface), width, fit.size))
    height += top + bottom
    box = Box(area.x, area.y + max(0, (area.height - height) // 3), area.width, height)
    rule = Box(box.x - inches(0.2), box.y + top, inches(0.08), height - top - bottom)
    shapes.add_shape("Rule", rule, fill=context.colors.color("accent"))
    write_body(context, shapes, frame, fit.slides[0], fit.size, box)


def _kicker_text(date: str, category: LegendEntry | None) -> str:
    """The line above an event's title: its date, then its category's name."""
    return " · ".join(part for part in (date, category and category.label) if part)


def event_blocks(event: Event, words: Words, language: str) -> list[Block]:
    """The text of an event's slide: its text (a quotation in ``language``'s marks),
    then why it matters."""
    blocks = quotation_blocks(event.text, quotation_marks(language)) if event.text else []
    if event.significance:
        label = words.lead(words.why_it_matters)
        blocks.append(labelled_block(label, event.significance, 0.8 if blocks else 0))
    return blocks


def _measure(
    context: DeckContext, title_text: str, kicker_text: str, picture_share: float | None
) -> EventFrame:
    """The slide measured, with a column for a picture taking ``picture_share`` of the
    width (the master's own two columns for the usual share, when it has them)."""
    layouts = context.layouts
    two_columns = picture_share == PICTURE_SHARE and layouts.two_content is not None
    layout = layouts.two_content if two_columns and layouts.two_content else layouts.content
    frames = context.body_frames(layout)
    frame = frames[0]
    title, kicker, body = plan_title_with_kicker(
        context, layout, title_text, kicker_text, frame.box
    )
    picture: Box | None = None
    if two_columns and len(frames) > 1:
        picture = frames[1].box.with_top(max(frames[1].box.y, body.y))
    elif picture_share is not None:
        picture_width = round(body.width * picture_share)
        picture = Box(body.right - picture_width, body.y, picture_width, body.height)
        body = Box(body.x, body.y, body.width - picture_width - inches(0.3), body.height)
    return EventFrame(layout, title, kicker, frame, body, picture)


def _stripe(context: DeckContext, shapes: SlideShapes, category: LegendEntry | None) -> None:
    slide = context.slide_box
    color = srgb(category.color) if category else context.colors.color("primary")
    name = f"Category: {category.label}" if category else "Accent"
    shapes.add_shape(name, Box(0, 0, STRIPE_WIDTH, slide.height), fill=color)


def _picture(
    context: DeckContext, shapes: SlideShapes, event: Event, image: Image, area: Box
) -> None:
    description = one_line(
        image.alt or (image.caption.plain if image.caption else "") or event.title
    )
    add_picture(context, shapes, image, area, f"Picture: {one_line(event.title)}", description)
