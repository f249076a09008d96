"""The poster renderer: the whole lesson on one page for the classroom wall."""

from __future__ import annotations

import io
from functools import partial
from typing import Any, cast

from reportlab.pdfgen.canvas import Canvas

from lessonpress.errors import LessonError, OutputRefused, Problem, Severity
from lessonpress.fonts import FontSet
from lessonpress.layout import (
    Degradation,
    Frame,
    Keep,
    LayoutError,
    NumberedKey,
    Rect,
    TimelineFit,
    TimelineLayout,
    fit_timeline,
    stretched,
)
from lessonpress.layout.leaders import clear_axis_text
from lessonpress.layout.rows import has_long_pause
from lessonpress.layout.stretch import stretched_level
from lessonpress.model.lesson import Lesson
from lessonpress.model.pages import PageSize
from lessonpress.model.theme import Theme
from lessonpress.present import Plan, present
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.pdf import document_properties
from lessonpress.renderers.pdf_timeline import draw_key
from lessonpress.renderers.poster.draw import draw_axis_break, draw_timeline
from lessonpress.renderers.poster.frame import (
    Footer,
    Header,
    plan_footer,
    plan_header,
)
from lessonpress.renderers.poster.refusal import article, too_crowded
from lessonpress.renderers.poster.selection import key_events_lesson
from lessonpress.renderers.poster.sparse import larger_timeline, steps_up
from lessonpress.renderers.poster.style import ALTERNATIVE_LABEL_WIDTHS, PosterStyle
from lessonpress.renderers.poster.thumbnails import draw_thumbnails, place_thumbnails
from lessonpress.renderers.poster.vertical import (
    PosterFit,
    draw_vertical_timeline,
    fit_vertical,
    is_portrait,
    is_vertical,
    place_vertical_thumbnails,
)
from lessonpress.renderers.tagging.poster import PosterTags
from lessonpress.renderers.timeline_items import TimelineContent, timeline_content

MIN_TIMELINE_SHARE = 0.35
"""The least share of the page's height, inside its margins, the timeline keeps."""

MOST_ROWS = 4
"""The most rows a long or crowded timeline wraps onto."""


class PosterRenderer:
    """A one-page timeline poster (PDF), tabloid landscape unless the theme says otherwise."""

    name = "poster"
    suffix = ".pdf"
    description = "A one-page timeline poster for the classroom wall (PDF, letter to A0)."

    def render(self, lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
        """Return the poster's PDF bytes.

        Raises :class:`~lessonpress.errors.OutputRefused` when the events do not fit on
        the chosen paper even numbered in a key, naming how many do and the ways that
        work (:func:`~lessonpress.renderers.poster.refusal.too_crowded`), and when
        ``options.only_highlighted`` finds no key event.
        """
        return self.render_with_warnings(lesson, theme, options)[0]

    def render_with_warnings(
        self, lesson: Lesson, theme: Theme, options: RenderOptions
    ) -> tuple[bytes, list[Problem]]:
        """The poster's PDF bytes, and a warning when it numbers events in a key rather
        than label them on the timeline. Raises as :meth:`render` does."""
        if options.only_highlighted:
            lesson = key_events_lesson(lesson)
        page_size = options.poster_size or theme.poster.page_size
        plan = present(lesson, theme, "poster")
        colors = plan.palette
        fonts = FontSet.for_theme(theme)
        content = timeline_content(plan)

        style, header, fit, footer = _plan_or_refuse(
            plan, content, fonts, theme, page_size, options.only_highlighted
        )
        width, height = style.width, style.height

        buffer = io.BytesIO()
        canvas = _canvas(buffer, width, height, plan, fonts.font_name("body"))
        tags = PosterTags(plan, content)
        with tags.page(canvas):
            header.draw(canvas, fonts, style, colors, tags)
            rows: list[TimelineLayout] = []
            thumbnails = []
            if is_vertical(fit):
                vertical = clear_axis_text(fit.layout)
                draw_vertical_timeline(canvas, vertical, content, fonts, style, colors, tags)
                thumbnails = place_vertical_thumbnails(vertical, content, style)
            else:
                rows = [clear_axis_text(layout) for layout in _stretched_rows(fit, style)]
            for layout in rows:
                draw_timeline(canvas, layout, content, fonts, style, colors, tags)
            if fit.broken_axis:
                draw_axis_break(canvas, rows[0], rows[1], style, colors)
            if fit.key is not None:
                draw_key(
                    canvas,
                    fonts,
                    fit.key,
                    number_color=colors.primary,
                    text_color=colors.text,
                    entry_marking=partial(tags.key_entry, canvas),
                )
            thumbnails += [
                box for layout in rows for box in place_thumbnails(layout, content, style)
            ]
            draw_thumbnails(canvas, thumbnails, style, colors, tags)
            with tags.sources(canvas):
                footer.draw(canvas, fonts, colors)
        canvas.showPage()
        canvas.save()
        warnings = [_numbered_warning(lesson, page_size, fit.key)] if fit.key else []
        return tags.tagged(buffer.getvalue()), warnings


def _stretched_rows(fit: TimelineFit, style: PosterStyle) -> list[TimelineLayout]:
    """The rows of ``fit`` with their labels spread out to the edges of their room, so
    the page is used; a sparse row spaced evenly between the header's rule and the
    footer (or the next row, or the key). The parts of a broken axis move alike."""
    # The header keeps a gap above its rule and one below; the footer one above it.
    header_white, footer_white = 2 * style.gap, 0.0 if fit.key else style.gap
    if fit.broken_axis:
        return stretched_level(fit.rows, beyond=(header_white, footer_white))
    last = len(fit.rows) - 1
    return [
        stretched(
            layout,
            beyond=(header_white if index == 0 else 0.0, footer_white if index == last else 0.0),
        )
        for index, layout in enumerate(fit.rows)
    ]


def _plan_or_refuse(
    plan: Plan,
    content: TimelineContent,
    fonts: FontSet,
    theme: Theme,
    page_size: PageSize,
    key_events_only: bool,
) -> tuple[PosterStyle, Header, PosterFit, Footer]:
    """The page planned on ``page_size``; or, when the events do not all fit, the
    refusal that says how many do and what will work."""
    try:
        return _plan_on(plan, content, fonts, theme, page_size)
    except _Crowded as crowded:
        problem = too_crowded(
            plan.lesson, page_size, crowded.fitted, key_events_only=key_events_only
        )
        raise OutputRefused([problem]) from None


def _plan_on(
    plan: Plan, content: TimelineContent, fonts: FontSet, theme: Theme, paper: PageSize
) -> tuple[PosterStyle, Header, PosterFit, Footer]:
    """The page planned on ``paper``, in the theme's orientation."""
    width, height = paper.oriented(theme.poster.orientation)
    return _plan_page(plan, content, fonts, width, height, paper, theme.poster.text_scale)


def _plan_page(
    plan: Plan,
    content: TimelineContent,
    fonts: FontSet,
    width: float,
    height: float,
    page_size: PageSize,
    text_scale: float,
) -> tuple[PosterStyle, Header, PosterFit, Footer]:
    """The page's style, header, timeline and footer, at the first of these that holds
    every event: the theme's larger text, the design's sizes at the paper's scale, then,
    on paper larger than tabloid, the whole page's type stepped down towards tabloid's
    (a crowded poster is read from closer). The page keeps to one type scale throughout.
    """
    page_scale = PosterStyle.for_page(width, height).scale
    styles = [PosterStyle(width, height, page_scale, text_scale)] if text_scale > 1.0 else []
    styles += [PosterStyle(width, height, scale) for scale in _scales_towards_tabloid(page_scale)]
    *earlier, last = styles
    for style in earlier:
        try:
            return _plan_at(plan, content, fonts, style, page_size)
        except (LessonError, _Crowded):
            pass
    return _plan_at(plan, content, fonts, last, page_size)


def _scales_towards_tabloid(page_scale: float) -> list[float]:
    """``page_scale``, then on paper larger than tabloid steps of 3/4 down to tabloid's
    scale (1)."""
    scales = [page_scale]
    while scales[-1] > 1.0:
        scales.append(max(1.0, round(scales[-1] * 0.75, 4)))
    return scales


def _plan_at(
    plan: Plan, content: TimelineContent, fonts: FontSet, style: PosterStyle, page_size: PageSize
) -> tuple[PosterStyle, Header, PosterFit, Footer]:
    """The page planned in ``style``."""
    margin = style.margin
    frame = Rect.from_edges(margin, margin, style.width - margin, style.height - margin)
    footer = plan_footer(plan, fonts, style, frame)
    header, fit = _fit_timeline(plan, content, fonts, style, frame, footer, page_size)
    return style, header, fit, footer


def _canvas(
    buffer: io.BytesIO, width: float, height: float, plan: Plan, initial_font: str
) -> Canvas:
    """A one-page canvas carrying the lesson's metadata and language, in invariant mode,
    starting in ``initial_font`` (embedded) rather than reportlab's Helvetica, which a
    PDF would name without embedding.

    A reportlab ``Canvas`` quietly ignores keyword arguments it does not know, so the
    metadata of :func:`document_properties` is set through its setters.
    """
    properties = document_properties(plan.metadata)
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        # types-reportlab declares this a float; reportlab takes the font's name.
        initialFontName=cast(Any, initial_font),
        invariant=properties["invariant"],
        lang=properties["lang"],
    )
    canvas.setTitle(properties["title"])
    canvas.setAuthor(properties["author"])
    canvas.setSubject(properties["subject"])
    canvas.setCreator(properties["creator"])
    canvas.setProducer(properties["producer"])
    canvas.setKeywords(properties["keywords"])
    return canvas


def _fit_timeline(
    plan: Plan,
    content: TimelineContent,
    fonts: FontSet,
    style: PosterStyle,
    frame: Rect,
    footer: Footer,
    page_size: PageSize,
) -> tuple[Header, PosterFit]:
    """The header and the timeline fitted in the room between it and the footer.

    Where the events leave a long stretch without any, every one-axis room has its axis
    broken there (and rows end there). The rooms are offered to
    :func:`~lessonpress.layout.fit_timeline` in order: under the
    full header with the labels two steps, then one step larger (so a sparse timeline
    fills the page), at their own size under the full header, then under a compact one
    (the title on one line), so the title gives up its second line before the events
    give up their text. On portrait paper the timeline runs down the page
    (:func:`~lessonpress.renderers.poster.vertical.fit_vertical`); a lesson too crowded
    for that even with a numbered key takes the landscape ladder. On it, once the
    excerpts must be
    cut, the timeline may also wrap onto two to ``MOST_ROWS`` rows; once the labels are
    down to their titles, labels of other widths are offered, before the events are
    numbered with a key. The type keeps the page's scale throughout: a larger sheet is
    read from farther away, crowded or not.
    """
    lesson = plan.lesson
    rooms: list[tuple[Header, Rect]] = []
    for compact in (False, True):
        header = plan_header(plan, content, fonts, style, frame, compact)
        bottom, top = footer.top + style.gap, header.rule_y - style.gap
        if top - bottom >= MIN_TIMELINE_SHARE * frame.height:
            rooms.append((header, Rect.from_edges(frame.left, bottom, frame.right, top)))
    if not rooms:
        raise OutputRefused([_no_room(lesson, page_size)])
    keep = Keep("print", select=False)
    if is_portrait(style):
        vertical = fit_vertical(rooms, style, content, fonts, keep, plan.words.tick_label)
        if vertical is not None:
            return vertical
    timeline_style = style.timeline
    # A long stretch without events is always cut out of a one-axis timeline, so that
    # its years give their room to the events (rows end at it, see split_into_rows).
    broken = has_long_pause(content.events)
    full_header, full_bounds = rooms[0]
    choices = [
        (
            full_header,
            Frame(full_bounds, larger_timeline(style, steps, content, fonts), broken=broken),
        )
        for steps in steps_up(style, content, fonts, full_header, footer)
    ]
    choices += [(header, Frame(bounds, timeline_style, broken=broken)) for header, bounds in rooms]
    header, bounds = rooms[-1]
    choices += [
        (header, Frame(bounds, timeline_style, Degradation.SHORTER_EXCERPTS, rows))
        for rows in range(2, MOST_ROWS + 1)
    ]
    choices += [
        (
            header,
            Frame(bounds, style.timeline_with(width), Degradation.SMALLER_TYPE, broken=broken),
        )
        for width in ALTERNATIVE_LABEL_WIDTHS
    ]
    try:
        fit = fit_timeline(
            content.events,
            content.eras,
            [frame for _, frame in choices],
            fonts,
            keep,
            formatter=plan.words.tick_label,
        )
    except LayoutError:
        raise OutputRefused([_no_room(lesson, page_size)]) from None
    if fit.left_out:
        raise _Crowded(len(content.events) - len(fit.left_out))
    return choices[fit.frame][0], fit


class _Crowded(Exception):
    """The events do not all fit on the paper, even numbered in a key: ``fitted`` do."""

    def __init__(self, fitted: int) -> None:
        super().__init__(f"{fitted} events fit")
        self.fitted = fitted


def _numbered_warning(lesson: Lesson, page_size: PageSize, key: NumberedKey) -> Problem:
    """The warning that the poster numbers ``key``'s events rather than label them."""
    total = len(lesson.timeline)
    numbered = len(key.entries)
    return Problem(
        lesson.source_file,
        None,
        None,
        "events",
        f"the {page_size.name} poster labels {total - numbered} of {total} events on its "
        f"timeline and numbers the other {numbered}, with their dates and titles in a key",
        "that is fine, the key gives every title; larger paper (--poster-size a1, or "
        "poster.page_size in the theme) labels more of them on the timeline",
        Severity.WARNING,
    )


def _no_room(lesson: Lesson, page_size: PageSize) -> Problem:
    """The problem to report when the title block, legend and footer leave the timeline
    too little of the page."""
    return Problem(
        lesson.source_file,
        None,
        None,
        "categories",
        f"the title, the legend of {len(lesson.categories)} categories and the sources "
        f"leave too little of {article(page_size.name)} {page_size.name} poster for the "
        "timeline",
        "group the events into fewer categories, or shorten the categories' labels",
    )
