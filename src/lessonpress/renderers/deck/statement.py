"""The statement slide: an event with little or no text, set large.

A panel in the primary colour down the left of the slide holds the date, large, and the
category's marker and name; beside it the title, large, and the event's few lines stand
together in the middle of the slide's height; a picture too small to lead the slide goes
in a column on the right.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from lessonpress.model.colors import TEXT_CONTRAST, contrast_ratio, readable_on
from lessonpress.model.text import Run
from lessonpress.present import LegendEntry
from lessonpress.renderers.deck.colors import DeckColors, srgb
from lessonpress.renderers.deck.compose import (
    GAP,
    TitlePlan,
    body_area,
    write_body,
    write_title,
)
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import (
    TITLE_LINES,
    WIDTH_SLACK,
    BodyFit,
    TitleFit,
    breaks_inside_short_word,
    fit_body,
    fit_title,
    sizes_between,
    text_height,
)
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.measure import Measurer
from lessonpress.renderers.deck.placeholders import PlaceholderFrame
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.sizes import BODY_FLOOR, MAX_BODY_LINES, TITLE_FLOOR
from lessonpress.renderers.deck.text import Block, text_box_body

PANEL_SHARE = 0.34
"""The share of the slide's width the date panel takes..."""

PANEL_WIDTH = inches(4.2)
"""...but never less than this, so that on a 4:3 slide a date such as "September 1,
1939" still fits the panel whole at :data:`BODY_FLOOR`, even in a wide substitute font."""

MAX_PANEL_SHARE = 0.4
"""The most of the slide's width the panel widens to, to hold a deck's longest date whole
(see :func:`statement_panel_width`)."""

PANEL_STEP = inches(0.1)
"""The steps the panel widens in."""

PICTURE_SHARE = 0.36
"""The share of the room beside the panel that a picture's column takes."""

MARGIN = inches(0.6)
"""Space kept between the slide's edges (and the panel's) and the text."""

PANEL_MARGIN = inches(0.4)
"""Space kept between the panel's sides and its date and category."""

MARKER = 0.7
"""The category marker's side, in ems of the label beside it."""


@dataclass(frozen=True, slots=True)
class StatementSizes:
    """The sizes every statement slide of a deck shares, as a designer's layout set
    keeps one size per composition: its title's and its panel date's."""

    title: float
    date: float
    panel: int
    """The panel's width, in EMU (see :func:`statement_panel_width`)."""


@dataclass(frozen=True, slots=True)
class StatementPlan:
    """A statement slide measured: its title, its text's fit and box, and where the
    panel and (if any) the picture go."""

    title: TitlePlan | None
    frame: PlaceholderFrame
    fit: BodyFit
    body: Box
    panel: Box
    picture: Box | None
    date_size: float


@dataclass(frozen=True, slots=True)
class _Areas:
    """Where a statement slide's parts go: the panel, the column beside it for the title
    and text, and the picture's column (if any)."""

    panel: Box
    column: Box
    picture: Box | None


def panel_date_floor(context: DeckContext) -> float:
    """The smallest size a panel date is set at: :data:`BODY_FLOOR`, or the statement
    date's own size where the theme sets it smaller."""
    return min(context.sizes.statement_date, BODY_FLOOR)


def _default_panel_width(context: DeckContext) -> int:
    """The panel's width for dates that fit it whole: :data:`PANEL_SHARE` of the slide,
    never less than :data:`PANEL_WIDTH`."""
    return max(round(context.slide_box.width * PANEL_SHARE), PANEL_WIDTH)


def statement_panel_width(context: DeckContext, dates: Iterable[str]) -> int:
    """The narrowest panel, from :func:`_default_panel_width` up to
    :data:`MAX_PANEL_SHARE` of the slide, in which every date of ``dates`` fits whole (or
    broken at a range's dash, each side whole) at :func:`panel_date_floor`; a date that
    fits so in no panel is left out (its event gets title and text: see
    :func:`statement_date_fits`)."""
    narrowest = _default_panel_width(context)
    widest = max(narrowest, round(context.slide_box.width * MAX_PANEL_SHARE))
    widths = [*range(narrowest, widest, PANEL_STEP), widest]
    floor = panel_date_floor(context)
    needed = narrowest
    for date in dates:
        fitting = (
            width
            for width in widths
            if _date_lines(context, date, _date_width(width), floor) is not None
        )
        needed = max(needed, next(fitting, narrowest))
    return needed


def _areas(context: DeckContext, with_picture: bool, panel_width: int) -> _Areas:
    layout = context.layouts.content
    slide = context.slide_box
    # On a school's template the panel starts where the layout's title does, clear of
    # the template's own header; on the default master it fills the slide's height.
    title_frame = context.frame(layout, "title")
    panel_top = title_frame.box.y if context.theme.deck.template and title_frame else 0
    panel = Box(0, panel_top, panel_width, slide.height - panel_top)
    left, right = panel.right + MARGIN, slide.right - MARGIN
    picture: Box | None = None
    if with_picture:
        picture_width = round((right - left) * PICTURE_SHARE)
        picture = Box(
            right - picture_width, panel.y + MARGIN, picture_width, panel.height - 2 * MARGIN
        )
        right = picture.x - inches(0.4)
    return _Areas(panel, Box(left, MARGIN, right - left, panel.height // 2), picture)


def statement_title_size(
    context: DeckContext, title_text: str, with_picture: bool, panel_width: int
) -> float | None:
    """The largest size, from the statement size down to :data:`TITLE_FLOOR`, at which
    ``title_text`` fits a statement slide's title on its lines, whole words each; None
    for a title that fits at no size (a 58-letter place name), which wraps at whatever
    size the others are set in."""
    room = _areas(context, with_picture, panel_width).column
    largest = max(context.sizes.statement_title, TITLE_FLOOR)
    title = _plan_title(context, title_text, room, largest, TITLE_FLOOR)
    if title is None:
        return largest
    if title.fit.size > TITLE_FLOOR:
        return title.fit.size
    left, _, right, _ = title.frame.insets
    text = title_text.upper() if title.frame.capitals else title_text
    lines = context.measurer(title.frame.typeface).wrap(
        (Run(text, bold=title.frame.bold),),
        to_points(room.width - left - right) * WIDTH_SLACK,
        TITLE_FLOOR,
    )
    if len(lines) > TITLE_LINES or breaks_inside_short_word(text, lines, None):
        return None
    return TITLE_FLOOR


def plan_statement(
    context: DeckContext,
    title_text: str,
    blocks: Sequence[Block],
    with_picture: bool,
    sizes: StatementSizes,
) -> StatementPlan | None:
    """Measure a statement slide, its title and date at the deck's ``sizes`` (see
    :func:`statement_title_size` and :func:`statement_date_size`), the title on more
    lines where it needs them; None when its text does not fit on the one slide."""
    layout = context.layouts.content
    frame = context.body_frames(layout)[0]
    areas = _areas(context, with_picture, sizes.panel)
    panel, picture = areas.panel, areas.picture
    left, right = areas.column.x, areas.column.right
    title = _plan_title(context, title_text, areas.column, sizes.title, sizes.title)
    room = panel.height - 2 * MARGIN - (title.box.height + 2 * GAP if title else 0)
    column = Box(left, 0, right - left, room)
    fit = fit_body(
        blocks,
        context.measurer(frame.typeface),
        lambda _: body_area(frame, column),
        frame.size,
        context.sizes.body_minimum,
        max_lines=MAX_BODY_LINES,
    )
    if len(fit.slides) > 1:
        return None
    left_inset, top_inset, right_inset, bottom_inset = frame.insets
    text_width = to_points(column.width - left_inset - right_inset)
    body_height = (
        points(text_height(fit.slides[0], context.measurer(frame.typeface), text_width, fit.size))
        + top_inset
        + bottom_inset
        if blocks
        else 0
    )
    title_height = title.box.height if title else 0
    total = title_height + (2 * GAP + body_height if blocks else 0)
    if total > panel.height - 2 * MARGIN:
        return None
    top = max(panel.y + MARGIN, panel.y + (panel.height - total) // 2)
    if title is not None:
        title = TitlePlan(
            title.text, title.frame, title.fit, Box(left, top, right - left, title_height), "t"
        )
    body = Box(left, top + title_height + 2 * GAP, right - left, body_height)
    return StatementPlan(title, frame, fit, body, panel, picture, sizes.date)


def _plan_title(
    context: DeckContext, text: str, room: Box, largest: float, smallest: float
) -> TitlePlan | None:
    """The title measured in ``room`` at the largest size from ``largest`` down to
    ``smallest`` that fits its lines, its box as tall as its lines."""
    frame = context.frame(context.layouts.content, "title")
    if frame is None:
        return None
    left, top, right, bottom = frame.insets
    fit = fit_title(
        text.upper() if frame.capitals else text,
        context.measurer(frame.typeface),
        to_points(room.width - left - right),
        to_points(room.height - top - bottom),
        (largest, smallest),
        bold=frame.bold,
    )
    height = points(fit.height) + top + bottom + points(2)
    return TitlePlan(text, frame, fit, room.with_height(height), "t")


def write_statement(
    context: DeckContext,
    shapes: SlideShapes,
    plan: StatementPlan,
    date: str,
    category: LegendEntry | None,
) -> None:
    """Draw the panel with the date and category, then the title and the text."""
    _panel(context, shapes, plan.panel, date, plan.date_size, category)
    write_title(context, shapes, plan.title)
    if plan.fit.slides[0]:
        write_body(context, shapes, plan.frame, plan.fit.slides[0], plan.fit.size, plan.body)


def _panel(
    context: DeckContext,
    shapes: SlideShapes,
    panel: Box,
    date: str,
    date_size: float,
    category: LegendEntry | None,
) -> None:
    """The primary-coloured panel: the date set large, under it the category's marker
    and name, in the background colour where that reads on the primary (else in black
    or white, whichever reads)."""
    shapes.add_shape("Date panel", panel, fill=context.colors.color("primary"))
    colors = panel_colors(context.colors)
    width = panel.width - 2 * PANEL_MARGIN
    date, date_fit = _date_fit(context, date, date_size, _date_width(panel.width))
    date_height = points(date_fit.height) + points(2)
    label_size = context.sizes.kicker
    label_height = 0
    if category:
        marker = points(label_size * MARKER)
        label_width = width - marker - points(label_size * 0.4)
        label_fit = _label_fit(context, category.label, to_points(label_width))
        label_size = label_fit.size
        label_height = points(label_fit.height) + points(2)
    total = date_height + (GAP + label_height if category else 0)
    top = panel.y + (panel.height - total) // 2
    date_box = Box(panel.x + PANEL_MARGIN, top, width, date_height)

    def add_label(name: str, box: Box, run: Run, size: float) -> None:
        style = context.text_style(shapes.slide, size=size, color="background")
        style = replace(style, colors=colors)
        shapes.add_shape(name, box, text_body=text_box_body([Block((run,))], style))

    add_label("Date", date_box, Run(date, bold=True), date_fit.size)
    if category is None:
        return
    marker = points(label_size * MARKER)
    label_top = date_box.bottom + GAP
    first_line = points(context.body_measurer.line_height(label_size))
    marker_box = Box(date_box.x, label_top + (first_line - marker) // 2, marker, marker)
    shapes.add_shape(
        f"Category marker: {category.label}",
        marker_box,
        category.marker,
        fill=srgb(category.color),
        line=colors.color("background"),
        line_width=points(1.5),
    )
    label_left = marker_box.right + points(label_size * 0.4)
    label_box = Box(label_left, label_top, date_box.right - label_left, label_height)
    add_label(f"Category: {category.label}", label_box, Run(category.label), label_size)


def panel_colors(colors: DeckColors) -> DeckColors:
    """The deck's colours for text on the primary-coloured panel: its ``background``
    role fixed to black or white where the background colour does not read on it."""
    primary = colors.hex("primary")
    if contrast_ratio(colors.hex("background"), primary) >= TEXT_CONTRAST:
        return colors
    return replace(colors, fixed={**colors.fixed, "background": readable_on(primary)})


def statement_date_size(context: DeckContext, dates: Iterable[str], panel_width: int) -> float:
    """The one size of a deck's panel dates: the largest, from the statement date's size
    down to :data:`BODY_FLOOR`, at which every date of ``dates`` (made unbreakable by
    :func:`unbreakable_date`) fits a panel ``panel_width`` EMU wide breaking nowhere but
    at a range's dash, each side whole. A date that fits so at no size is left out,
    rather than set the others at the floor (see :func:`_date_fit`: it is broken before
    its Old Style day, or its event gets no statement slide), as a title is (see
    :func:`statement_title_size`)."""
    largest = context.sizes.statement_date
    candidates = sizes_between(largest, panel_date_floor(context))
    width = _date_width(panel_width)
    sizes = [largest]
    for date in dates:
        fitting = (size for size in candidates if _date_lines(context, date, width, size))
        size = next(fitting, None)
        if size is not None:
            sizes.append(size)
    return min(sizes)


def statement_date_fits(context: DeckContext, date: str, size: float, panel_width: int) -> bool:
    """Whether ``date`` fits a panel ``panel_width`` EMU wide at ``size`` whole, or broken
    only at a range's dash or before an Old Style day: else its event is not given a
    statement slide, whose panel would break the date between its words."""
    return _date_lines(context, date, _date_width(panel_width), size, at_bracket=True) is not None


def _date_width(panel_width: int) -> float:
    """The width, in points, a date has in a panel ``panel_width`` EMU wide."""
    return to_points(panel_width - 2 * PANEL_MARGIN)


def _date_lines(
    context: DeckContext, date: str, width: float, size: float, at_bracket: bool = False
) -> int | None:
    """How many lines ``date`` takes set at ``size`` in ``width`` points, breaking only
    at a range's dash (and, where ``at_bracket``, before an Old Style day in brackets,
    where :func:`unbreakable_date` also left a space); None where a piece of it does not
    fit a line whole."""
    if not at_bracket:
        date = date.replace(" (", "\u00a0(")
    lines = context.body_measurer.wrap((Run(date, bold=True),), width * WIDTH_SLACK, size)
    return None if breaks_inside_short_word(date, lines, None) else len(lines)


def _date_fit(context: DeckContext, date: str, size: float, width: float) -> tuple[str, TitleFit]:
    """The date as set in the panel, ``width`` points wide, and its fit, at the deck's
    date ``size``: whole, or broken at its range's dash with each side whole, or else
    before its Old Style day (only such a date gets a statement slide: see
    :func:`statement_date_fits`)."""
    measurer = context.body_measurer
    lines = _date_lines(context, date, width, size)
    if lines is not None:
        return date.replace(" (", "\u00a0("), _date_height(measurer, size, lines)
    lines = _date_lines(context, date, width, size, at_bracket=True)
    assert lines is not None, f"{date!r} does not fit its panel: see statement_date_fits"
    return date, _date_height(measurer, size, lines)


def _date_height(measurer: Measurer, size: float, lines: int) -> TitleFit:
    """The fit of a date of ``lines`` lines at ``size``."""
    return TitleFit(size, lines, lines * measurer.line_height(size), True)


def _label_fit(context: DeckContext, label: str, width: float) -> TitleFit:
    """The category's name beside its marker: at the kicker's size, or smaller down to
    the caption's where a word of it would not fit on a line, on as many lines as it needs."""
    largest = context.sizes.kicker
    sizes = (largest, min(largest, context.sizes.caption))
    return fit_title(label, context.body_measurer, width, 1e9, sizes, bold=False)
