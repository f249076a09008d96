"""The quote slide: an event whose text is mainly a quotation, set large.

The event's date (with its category's marker and name) and its title stand smaller at
the top; below them, on a card (a tinted panel, or a ruled frame in a theme without
large fills or whose surface colour does not show on its background), the quotation is
set between the body and title sizes, with large quotation marks in the accent colour,
the lesson language's own, hanging before its first line and following its last; who
said it is right-aligned under it. The quotation and its attribution are the body
placeholder's text and the title the title placeholder's, so a teacher edits them as on
any slide; the rest of the event's text opens the speaker notes, which hold why the
event matters, as on every event's slide.

A quotation that does not fit on the one slide at :data:`QUOTE_FLOOR` pt or more is not
set here: its event takes the title and text slide, the quotation there enclosed in its
marks (:func:`quotation_blocks`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpress.model.colors import contrast_ratio
from lessonpress.model.lesson import Event
from lessonpress.model.text import Paragraph, Quotation, RichText, Run
from lessonpress.present import LegendEntry
from lessonpress.present.palette import VISIBLE_FILL
from lessonpress.present.quotation_marks import QuotationMarks, quotation_marks
from lessonpress.renderers.deck.accessibility import DECORATIVE_EXTENSION, DECORATIVE_NS
from lessonpress.renderers.deck.colors import srgb
from lessonpress.renderers.deck.compose import (
    GAP,
    KickerPlan,
    TitlePlan,
    write_body,
    write_kicker,
    write_title,
)
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import WIDTH_SLACK, fit_title, sizes_between
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.marker_edge import marker_edge
from lessonpress.renderers.deck.markup import add_extension, xpath
from lessonpress.renderers.deck.measure import Line, Measurer
from lessonpress.renderers.deck.placeholders import PlaceholderFrame
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.sizes import MAX_BODY_LINES, TITLE_FLOOR
from lessonpress.renderers.deck.text import Block, blocks_from_rich_text, text_box_body

QUOTE_FLOOR = 24.0
"""The smallest a quotation is set on its own slide."""

ASIDE_LINES = 3
"""The most lines, at the body size, of the text beside a quotation that still lets the
quotation lead its slide (that text goes to the notes)."""

MARK_SCALE = 1.9
"""The quotation marks' size, as a multiple of the quotation's."""

ASCENT = 0.9
"""Where the first baseline of a line lies below its top, in ems: the shipped families
and the faces they stand in for all put it within a few hundredths of this."""

CAP_HEIGHT = 0.72
"""The height of capitals above the baseline, in ems, where a high quotation mark's top
(“ ” ‘ ’) is too: a large one hangs from the line's cap height."""

X_MIDDLE = 0.26
"""The middle of the lower-case letters' height, in ems: a large guillemet (« ») is
centred on it."""

GUILLEMET_MIDDLE = 0.3
"""The middle of a guillemet above its baseline, in ems."""

LOW_MARKS = frozenset("„‚")
"""Quotation marks that sit on the baseline, as a comma does; a large one stays there."""

GUILLEMETS = frozenset("«»‹›")
"""Quotation marks that stand in the middle of the lower-case letters."""

CARD_PADDING = inches(0.35)
"""Space kept between the card's edges and the quotation and its marks."""

MARK_GAP = 0.2
"""Space between a quotation mark and the words, in ems of the quotation's size."""

PARAGRAPH_SPACE = 0.4
"""Space above each paragraph of a quotation after its first, in ems."""

ATTRIBUTION_SPACE = 0.5
"""Space between the quotation and its attribution, in ems of the attribution's size."""

MARKER = 0.7
"""The category marker's side, in ems of the kicker beside it."""


@dataclass(frozen=True, slots=True)
class QuotePlan:
    """A quote slide measured: the heading, the card, the quotation's placeholder and
    fit, and where its two marks go."""

    kicker: KickerPlan
    title: TitlePlan | None
    category: LegendEntry | None
    marker: Box | None
    """Where the category's marker goes, before the kicker."""
    card: Box
    frame: PlaceholderFrame
    body: Box
    blocks: tuple[Block, ...]
    size: float
    marks: QuotationMarks
    mark_size: float
    opening: Box
    closing: Box
    aside: tuple[Paragraph, ...]
    """The event's text outside the quotation, for the notes."""


def event_quotation(event: Event) -> Quotation | None:
    """The quotation an event's slide may be led by: the only one of its text, with words
    and no list; the event shows no picture."""
    if event.text is None or (event.image is not None and event.image.file is not None):
        return None
    quotations = event.text.quotations
    if len(quotations) != 1 or not quotations[0].words:
        return None
    if any(paragraph.is_bullet for paragraph in quotations[0].words):
        return None
    return quotations[0]


def plan_quote(
    context: DeckContext, event: Event, kicker_text: str, category: LegendEntry | None
) -> QuotePlan | None:
    """Measure ``event``'s quote slide; None when its text is not mainly a quotation or
    the quotation does not fit on one slide at :data:`QUOTE_FLOOR` pt."""
    quotation = event_quotation(event)
    if quotation is None or event.text is None:
        return None
    layout = context.layouts.content
    frame = context.body_frames(layout)[0]
    measurer = context.measurer(frame.typeface)
    aside = event.text.unquoted
    if _lines(aside, measurer, frame.text_width, frame.size) > ASIDE_LINES:
        return None
    sizes = context.sizes
    marks = quotation_marks(context.language)
    kicker, marker, title = _plan_heading(context, event.title, kicker_text, category)
    heading_bottom = title.box.bottom if title is not None else kicker.box.bottom
    card = Box(frame.box.x, heading_bottom + 2 * GAP, frame.box.width, 0)
    card = card.with_height(max(0, frame.box.bottom - card.y))
    largest = max(QUOTE_FLOOR, sizes.title)
    smallest = max(QUOTE_FLOOR, sizes.body_minimum)
    # The marks' gutters are as wide as the largest size makes them, so that the column
    # the quotation is fitted to is the same at every size.
    mark_measurer = context.body_measurer
    gutter = points(
        max(
            mark_measurer.width(mark, largest * MARK_SCALE, bold=True)
            for mark in (marks.opening, marks.closing)
        )
        + MARK_GAP * largest
    )
    column = card.inset(CARD_PADDING + gutter, CARD_PADDING, CARD_PADDING + gutter, CARD_PADDING)
    setting = _fit(context, measurer, quotation, marks.closing, column, (largest, smallest))
    if setting is None:
        return None
    size, mark_size = setting.size, setting.size * MARK_SCALE
    left, top, right, bottom = frame.insets
    height = points(setting.height)
    # The quotation stands in the middle of the card's height.
    top_edge = column.y + max(0, (column.height - height) // 2)
    text = Box(column.x, top_edge, points(setting.width), height)
    body = Box(text.x - left, text.y - top, text.width + left + right, height + top + bottom)
    first_baseline = text.y + points(ASCENT * size)
    last_baseline = first_baseline + points(setting.last_baseline)
    mark_height = points(mark_measurer.line_height(mark_size))
    opening_width = points(mark_measurer.width(marks.opening, mark_size, bold=True))
    opening = Box(
        text.x - points(MARK_GAP * size) - opening_width,
        _mark_top(marks.opening, first_baseline, size),
        opening_width,
        mark_height,
    )
    closing = Box(
        text.x + points(setting.last_line_width + MARK_GAP * size),
        _mark_top(marks.closing, last_baseline, size),
        points(mark_measurer.width(marks.closing, mark_size, bold=True)),
        mark_height,
    )
    blocks = setting.words + ((setting.attribution,) if setting.attribution else ())
    return QuotePlan(
        kicker,
        title,
        category,
        marker,
        card,
        frame,
        body,
        blocks,
        size,
        marks,
        mark_size,
        opening,
        closing,
        aside,
    )


@dataclass(frozen=True, slots=True)
class _Setting:
    """A quotation set at one size: its blocks, the width of its lines (in points) and
    the height they take, the width of its last line and that line's baseline, below
    the first's."""

    size: float
    width: float
    words: tuple[Block, ...]
    attribution: Block | None
    height: float
    last_line_width: float
    last_baseline: float


def _fit(
    context: DeckContext,
    measurer: Measurer,
    quotation: Quotation,
    closing: str,
    column: Box,
    sizes: tuple[float, float],
) -> _Setting | None:
    """The quotation and its attribution set as large as they fit in ``column``, within
    the slide's lines and with no word broken between two, the attribution clear of the
    ``closing`` mark; None if they do not fit at the smaller of ``sizes``."""
    words = tuple(
        Block(paragraph.runs, paragraph.bullet_level, PARAGRAPH_SPACE if index else 0.0, align="l")
        for index, paragraph in enumerate(quotation.words)
    )
    attribution_size = max(context.sizes.kicker, context.sizes.body_minimum)
    full_width, room = to_points(column.width), to_points(column.height)
    for size in sizes_between(*sizes):
        line_height = measurer.line_height(size)
        attribution: Block | None = None
        if quotation.attribution is not None:
            # Below the closing mark's whole body, which reaches under the last line.
            mark_bottom = (
                ASCENT * size + _mark_shift(closing, size) + (1 - ASCENT) * size * (MARK_SCALE)
            )
            space = max(ATTRIBUTION_SPACE, (mark_bottom - line_height) / attribution_size + 0.1)
            attribution = Block(
                quotation.attribution.runs, 0, space, align="r", size=attribution_size
            )
        paragraphs = [(block.runs, size) for block in words]
        if attribution is not None:
            paragraphs.append((attribution.runs, attribution_size))
        width = _agreed_width(measurer, paragraphs, full_width)
        lines = [measurer.wrap(runs, width * WIDTH_SLACK, at) for runs, at in paragraphs]
        if sum(len(wrapped) for wrapped in lines) > MAX_BODY_LINES:
            continue
        if any(
            _breaks_a_word(runs, wrapped)
            for (runs, _), wrapped in zip(paragraphs, lines, strict=True)
        ):
            continue
        word_lines = lines[: len(words)]
        gaps = sum(block.space_before * size for block in words[1:])
        last_baseline = (sum(len(wrapped) for wrapped in word_lines) - 1) * line_height + gaps
        height = last_baseline + line_height
        if attribution is not None:
            height += (attribution.space_before + len(lines[-1]) * measurer.line_height(1)) * (
                attribution_size
            )
        if height > room:
            continue
        last_line = word_lines[-1][-1]
        last_width = _line_width(measurer, words[-1].runs, last_line.start, last_line.end, size)
        return _Setting(size, width, words, attribution, height, last_width, last_baseline)
    return None


def _breaks_a_word(runs: Sequence[Run], lines: Sequence[Line]) -> bool:
    """Whether a line of ``lines`` ends inside a word (one longer than the line)."""
    text = "".join(run.text for run in runs)
    return any(
        not (text[line.end - 1].isspace() or text[line.end].isspace())
        for line in lines[:-1]
        if 0 < line.end < len(text)
    )


def _mark_top(mark: str, baseline: int, size: float) -> int:
    """The top of the text box of a quotation mark :data:`MARK_SCALE` times ``size``
    beside a line of the quotation whose baseline is at ``baseline`` (EMU): a low mark
    on the line's baseline, a guillemet centred on its lower-case letters, a high mark
    hanging from its capitals."""
    return baseline + points(_mark_shift(mark, size)) - points(ASCENT * size * MARK_SCALE)


def _mark_shift(mark: str, size: float) -> float:
    """How far, in points, a large quotation mark's baseline lies below that of the line
    of the quotation (at ``size``) it stands beside (see :func:`_mark_top`)."""
    mark_size = size * MARK_SCALE
    if mark in LOW_MARKS:
        return 0.0
    if mark in GUILLEMETS:
        return GUILLEMET_MIDDLE * mark_size - X_MIDDLE * size
    return CAP_HEIGHT * (mark_size - size)


def _agreed_width(
    measurer: Measurer, paragraphs: Sequence[tuple[Sequence[Run], float]], width: float
) -> float:
    """The widest line length, up to ``width`` points and no more than a tenth shorter,
    at which ``paragraphs`` (runs and the size each is set at) break into the same lines
    anywhere from :data:`WIDTH_SLACK` of that length to as much over it: where PowerPoint
    and LibreOffice, each rounding its own way, break them as they were measured, so that
    the closing mark follows the last line."""
    over = 2 - WIDTH_SLACK
    for step in range(11):
        trial = width * (1 - step / 100)
        if all(
            measurer.wrap(runs, trial * WIDTH_SLACK, size)
            == measurer.wrap(runs, trial * over, size)
            for runs, size in paragraphs
        ):
            return trial
    return width


def write_quote(context: DeckContext, shapes: SlideShapes, plan: QuotePlan) -> None:
    """Draw the quote slide: the heading, the card, the quotation and its marks."""
    colors = context.colors
    if plan.category is not None and plan.marker is not None:
        edge = marker_edge(plan.category.color, colors.hex("background"))
        shapes.add_shape(
            f"Category marker: {plan.category.label}",
            plan.marker,
            plan.category.marker,
            fill=srgb(plan.category.color),
            line=edge.line if edge else None,
            line_width=edge.width if edge else 0,
        )
    tinted = contrast_ratio(colors.hex("surface"), colors.hex("background")) > VISIBLE_FILL
    if context.plan.palette.large_fills and tinted:
        shapes.add_shape("Quotation card", plan.card, fill=colors.color("surface"))
    else:
        # A theme that saves ink, or whose surface would not show: a ruled frame.
        shapes.add_shape(
            "Quotation card",
            plan.card,
            line=context.colors.color("muted"),
            line_width=points(1),
        )
    write_kicker(context, shapes, plan.kicker, "accent")
    write_title(context, shapes, plan.title)
    write_body(context, shapes, plan.frame, plan.blocks, plan.size, plan.body)
    for name, mark, box in (
        ("Opening quotation mark", plan.marks.opening, plan.opening),
        ("Closing quotation mark", plan.marks.closing, plan.closing),
    ):
        style = context.text_style(shapes.slide, size=plan.mark_size, color="accent", bold=True)
        shape = shapes.add_shape(
            name, box, text_body=text_box_body([Block((Run(mark),))], style, wrap=False)
        )
        # The marks only dress the quotation: a screen reader reads the words.
        properties = xpath(shape, "./p:nvSpPr/p:cNvPr")[0]
        add_extension(properties, DECORATIVE_EXTENSION, DECORATIVE_NS, "adec", "decorative", "1")


def quote_notes(plan: QuotePlan) -> list[Block]:
    """The event's text beside its quotation, for the notes."""
    return blocks_from_rich_text(RichText(plan.aside, ""), space_before=0.0)


def quotation_blocks(text: RichText, marks: QuotationMarks) -> list[Block]:
    """The paragraphs of ``text`` as blocks, each quotation enclosed in ``marks`` and its
    attribution right-aligned under it: a quotation set as ordinary text."""
    blocks = blocks_from_rich_text(text)
    paragraphs = text.paragraphs
    for index, paragraph in enumerate(paragraphs):
        block = blocks[index]
        if paragraph.attribution:
            blocks[index] = Block(block.runs, 0, block.space_before, align="r")
            continue
        if not paragraph.quoted:
            continue
        runs = block.runs
        opens = index == 0 or not paragraphs[index - 1].quoted
        closes = (
            index == len(paragraphs) - 1
            or not paragraphs[index + 1].quoted
            or (paragraphs[index + 1].attribution)
        )
        if opens:
            runs = (Run(marks.opening + marks.space), *runs)
        if closes:
            runs = (*runs, Run(marks.space + marks.closing))
        blocks[index] = Block(runs, block.level, block.space_before)
    return blocks


def _plan_heading(
    context: DeckContext, title_text: str, kicker_text: str, category: LegendEntry | None
) -> tuple[KickerPlan, Box | None, TitlePlan | None]:
    """The kicker, the category's marker before it, and the title under it at the title
    floor, at the top of the layout's title area."""
    layout = context.layouts.content
    frame = context.frame(layout, "title")
    area = frame.box if frame is not None else context.body_frames(layout)[0].box
    size = context.sizes.kicker
    left = area.x + (frame.insets[0] if frame else 0)
    height = points(context.body_measurer.line_height(size)) + points(2)
    marker: Box | None = None
    if category is not None:
        side = points(size * MARKER)
        marker = Box(left, area.y + (height - side) // 2, side, side)
        left = marker.right + points(size * 0.4)
    kicker = KickerPlan(kicker_text, Box(left, area.y, area.right - left, height), size)
    if frame is None:
        return kicker, marker, None
    _, top, _, bottom = frame.insets
    fit = fit_title(
        title_text.upper() if frame.capitals else title_text,
        context.measurer(frame.typeface),
        frame.text_width,
        frame.text_height,
        (TITLE_FLOOR, TITLE_FLOOR),
        bold=frame.bold,
    )
    box = Box(area.x, kicker.box.bottom, area.width, points(fit.height) + top + bottom + points(2))
    return kicker, marker, TitlePlan(title_text, frame, fit, box, "t")


def _lines(paragraphs: Sequence[Paragraph], measurer: Measurer, width: float, size: float) -> int:
    """How many lines ``paragraphs`` take at ``size`` in a column ``width`` points wide."""
    return sum(
        len(measurer.wrap(paragraph.runs, width * WIDTH_SLACK, size)) for paragraph in paragraphs
    )


def _line_width(
    measurer: Measurer, runs: Sequence[Run], start: int, end: int, size: float
) -> float:
    """The width, in points, of the characters ``start`` to ``end`` of ``runs``, less the
    spaces a line ends with."""
    width = 0.0
    offset = 0
    pieces: list[tuple[str, Run]] = []
    for run in runs:
        low, high = max(start, offset), min(end, offset + len(run.text))
        if low < high:
            pieces.append((run.text[low - offset : high - offset], run))
        offset += len(run.text)
    if pieces:
        text, run = pieces[-1]
        pieces[-1] = (text.rstrip(), run)
    for text, run in pieces:
        width += measurer.width(text, size, run.bold, run.italic)
    return width
