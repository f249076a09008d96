"""The poster renderer: the whole lesson on one page for the classroom wall."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from reportlab.pdfgen.canvas import Canvas

from lessonpress.errors import LessonError, Problem
from lessonpress.fonts import FontSet
from lessonpress.layout import Degradation, LayoutError, Rect, TimelineLayout, layout_timeline
from lessonpress.model.lesson import Lesson
from lessonpress.model.pages import NAMED_PAGE_SIZES, PageSize
from lessonpress.model.theme import Theme
from lessonpress.present import Plan, present
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.pdf import document_properties
from lessonpress.renderers.poster.draw import draw_timeline
from lessonpress.renderers.poster.frame import (
    Footer,
    Header,
    plan_footer,
    plan_header,
)
from lessonpress.renderers.poster.style import (
    ALTERNATIVE_LABEL_WIDTHS,
    LABEL_WIDTH,
    PosterStyle,
)
from lessonpress.renderers.poster.thumbnails import draw_thumbnails, place_thumbnails
from lessonpress.renderers.timeline_items import TimelineContent, timeline_content

MIN_TIMELINE_SHARE = 0.35
"""The least share of the page's height, inside its margins, the timeline keeps."""


class PosterRenderer:
    """A one-page timeline poster (PDF), tabloid landscape unless the theme says otherwise."""

    name = "poster"
    suffix = ".pdf"
    description = "A one-page timeline poster for the classroom wall (PDF, letter to A0)."

    def render(self, lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
        """Return the poster's PDF bytes.

        Raises :class:`~lessonpress.errors.LessonError` when the events do not fit on
        the chosen paper, naming how many do.
        """
        page_size = options.poster_size or theme.poster.page_size
        width, height = page_size.oriented(theme.poster.orientation)
        style = PosterStyle.for_page(width, height)
        plan = present(lesson, theme, "poster")
        colors = plan.palette
        fonts = FontSet.for_theme(theme)
        content = timeline_content(plan)
        margin = style.margin
        frame = Rect.from_edges(margin, margin, width - margin, height - margin)
        footer = plan_footer(plan, fonts, style, frame)
        header, layout, timeline_style = _fit_timeline(
            plan, content, fonts, style, frame, footer, page_size
        )

        buffer = io.BytesIO()
        canvas = _canvas(buffer, width, height, plan)
        header.draw(canvas, fonts, style, colors)
        draw_timeline(canvas, layout, content, fonts, timeline_style, colors)
        thumbnails = place_thumbnails(layout, content, timeline_style)
        draw_thumbnails(canvas, thumbnails, timeline_style, colors)
        footer.draw(canvas, fonts, colors)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


def _canvas(buffer: io.BytesIO, width: float, height: float, plan: Plan) -> Canvas:
    """A one-page canvas carrying the lesson's metadata and language, in invariant mode.

    A reportlab ``Canvas`` quietly ignores keyword arguments it does not know, so the
    metadata of :func:`document_properties` is set through its setters.
    """
    properties = document_properties(plan.metadata)
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
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
) -> tuple[Header, TimelineLayout, PosterStyle]:
    """The header, the timeline laid out in the room between it and the footer, and the
    style the timeline is drawn with.

    The full header comes first. When the events do not fit under it with their short
    texts, a compact header (the title on one line) is tried, and whichever leaves the
    events more of their content wins: the title gives up its second line before the
    events give up their text. When nothing fits on paper larger than tabloid, the
    timeline's labels, gaps and markers step down towards their tabloid sizes (people
    step closer to a crowded poster), so a larger sheet always holds more events. Labels
    of other widths get a last try before the problem is reported.
    """
    lesson = plan.lesson
    # Under each header, the room left for the timeline, if it leaves enough.
    rooms: dict[bool, tuple[Header, Rect]] = {}
    for compact in (False, True):
        header = plan_header(plan, content, fonts, style, frame, compact)
        bottom, top = footer.top + style.gap, header.rule_y - style.gap
        if top - bottom >= MIN_TIMELINE_SHARE * frame.height:
            rooms[compact] = (header, Rect.from_edges(frame.left, bottom, frame.right, top))
    if not rooms:
        raise LessonError([_no_room(lesson, page_size)])
    smaller_scales = _smaller_timeline_scales(style.scale)
    smallest = smaller_scales[-1] if smaller_scales else style.scale
    attempts = [(False, LABEL_WIDTH, style.scale), (True, LABEL_WIDTH, style.scale)]
    attempts += [(True, LABEL_WIDTH, scale) for scale in smaller_scales]
    attempts += [(True, width, smallest) for width in ALTERNATIVE_LABEL_WIDTHS]
    tried: set[tuple[float, float, float]] = set()
    fitted: list[tuple[Header, TimelineLayout, PosterStyle]] = []
    most_fitted: LayoutError | None = None
    for compact, label_width, scale in attempts:
        if fitted and (label_width != LABEL_WIDTH or scale != style.scale):
            break
        if compact not in rooms:
            continue
        header, bounds = rooms[compact]
        if (header.rule_y, label_width, scale) in tried:
            continue
        tried.add((header.rule_y, label_width, scale))
        timeline_style = replace(style, scale=scale)
        try:
            layout = layout_timeline(
                content.events,
                content.eras,
                bounds,
                fonts,
                timeline_style.timeline_with(label_width),
                formatter=plan.words.tick_label,
            )
        except LayoutError as error:
            if most_fitted is None or error.fitted > most_fitted.fitted:
                most_fitted = error
            continue
        fitted.append((header, layout, timeline_style))
        if layout.degradation is Degradation.FULL:
            break
    if not fitted:
        assert most_fitted is not None
        raise LessonError([_too_small(lesson, page_size, most_fitted)]) from None
    return min(fitted, key=lambda attempt: _content_lost(attempt[1]))


def _smaller_timeline_scales(page_scale: float) -> list[float]:
    """The timeline scales tried, in turn, on paper larger than tabloid: steps of 3/4
    from ``page_scale`` down to the tabloid design (1)."""
    scales = []
    scale = page_scale * 0.75
    while scale > 1.0:
        scales.append(round(scale, 4))
        scale *= 0.75
    return [*scales, 1.0] if page_scale > 1.0 else []


def _content_lost(layout: TimelineLayout) -> tuple[int, float]:
    """How much a layout gave up: its degradation step, then how small its type is."""
    steps = list(Degradation)
    return steps.index(layout.degradation), -layout.sizes.title


def _too_small(lesson: Lesson, page_size: PageSize, error: LayoutError) -> Problem:
    """The problem to report when the events do not fit on ``page_size``."""
    largest = max(page_size.width, page_size.height)
    if largest < max(NAMED_PAGE_SIZES["a0"]):
        hint = "choose a larger poster.page_size in the theme, e.g. a1 or a0, or --poster-size a0"
    else:
        hint = (
            "split the events over two lessons, or choose a custom size larger than "
            "a0 for poster.page_size, e.g. 48x72in"
        )
    return Problem(
        lesson.source_file,
        None,
        None,
        "poster.page_size",
        f"only about {error.fitted} of {error.total} events fit on {_article(page_size.name)} "
        f"{page_size.name} poster",
        hint,
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
        f"leave too little of {_article(page_size.name)} {page_size.name} poster for the "
        "timeline",
        "group the events into fewer categories, or shorten the categories' labels",
    )


def _article(name: str) -> str:
    """The indefinite article a paper size is spoken with: "an a0", "an 11x17in", "an
    8x10in", "a tabloid", "a 24x36in"."""
    number = re.match(r"\d+", name)
    if number:
        return "an" if number[0].startswith("8") or number[0] in {"11", "18"} else "a"
    return "an" if name[:1].lower() in {"a", "e", "i", "o"} else "a"
