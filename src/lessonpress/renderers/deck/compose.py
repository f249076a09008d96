"""Putting measured text on a slide: titles, kickers and bodies in their placeholders.

Measuring comes first and writing second, so that a slide's geometry (a title that
needed a third line, a kicker that found no room above the title) is known before
the body is poured onto it and, if need be, onto continuation slides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lxml import etree
from pptx.slide import SlideLayout

from lessonpress.model.text import Run
from lessonpress.renderers.deck.colors import Role
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import TitleFit, fit_title, text_height
from lessonpress.renderers.deck.geometry import Box, inches, points, to_points
from lessonpress.renderers.deck.markup import element, xpath
from lessonpress.renderers.deck.placeholders import PlaceholderFrame
from lessonpress.renderers.deck.shapes import SlideShapes, set_box
from lessonpress.renderers.deck.sizes import TITLE_FLOOR
from lessonpress.renderers.deck.text import (
    Block,
    fill_text_body,
    no_autofit,
    plain_block,
    text_box_body,
)

CONTINUATION_SAMPLE = 99
"""The slide number and count a continued slide's title is measured with before the
count is known: digits are all one width, so this measures as wide as any count of up
to 99 slides."""

GAP = inches(0.12)
"""Space kept between a title (or kicker) and the text below it."""


@dataclass(frozen=True, slots=True)
class TitlePlan:
    """A measured title: its frame, its fit, and its box (grown if the text needed it)."""

    text: str
    frame: PlaceholderFrame
    fit: TitleFit
    box: Box
    anchor: str

    @property
    def text_top(self) -> int:
        """Where the first line of the title starts, in EMU."""
        _, top, _, bottom = self.frame.insets
        height = points(self.fit.height)
        if self.anchor == "b":
            return self.box.bottom - bottom - height
        if self.anchor == "ctr":
            return self.box.y + top + (self.box.height - top - bottom - height) // 2
        return self.box.y + top


def plan_title(
    context: DeckContext, layout: SlideLayout, text: str, kind: str = "title", reserve: int = 0
) -> TitlePlan | None:
    """Measure ``text`` in ``layout``'s title placeholder, keeping ``reserve`` EMU of its
    height free above the text; None if the layout has no title."""
    frame = context.frame(layout, kind) or context.frame(layout, "title")
    if frame is None:
        return None
    largest = max(frame.size, TITLE_FLOOR)
    measurer = context.measurer(frame.typeface)
    fit = fit_title(
        text.upper() if frame.capitals else text,
        measurer,
        frame.text_width,
        frame.text_height - to_points(reserve),
        (largest, TITLE_FLOOR),
        bold=frame.bold,
    )
    box = frame.box
    if not fit.fits:
        _, top, _, bottom = frame.insets
        box = box.with_height(points(fit.height) + top + bottom + points(2))
    return TitlePlan(text, frame, fit, box, frame.anchor)


def continuation_sample(context: DeckContext, title: str, count: int = CONTINUATION_SAMPLE) -> str:
    """The title that continued slides of ``title`` are measured with, as the last of
    ``count`` slides (the widest the count's digits give)."""
    return continued_title(context, title, count, count)


def continued_title(context: DeckContext, title: str, number: int, count: int) -> str:
    """``title`` numbered as the ``number``-th of ``count`` slides, "Sources (2 of 3)",
    its counter joined by no-break spaces so that a line never breaks inside it."""
    text = context.words.continued(title, number, count)
    if not text.startswith(title):
        return text
    counter = text[len(title) :]
    lead = len(counter) - len(counter.lstrip())
    return title + counter[:lead] + counter[lead:].replace(" ", "\u00a0")


def numbered(
    context: DeckContext, plan: TitlePlan | None, title: str, number: int, count: int
) -> TitlePlan | None:
    """The title of the ``number``-th of ``count`` slides that ``title``'s content runs
    over: the first keeps ``title``, each one after it is numbered, "Sources (2 of 3)".

    ``plan`` is the title measured for the slide: ``title`` itself on the first slide,
    :func:`continuation_sample` on the others.
    """
    if plan is None or number == 1:
        return plan
    return replace(plan, text=continued_title(context, title, number, count))


def write_title(context: DeckContext, shapes: SlideShapes, plan: TitlePlan | None) -> None:
    """Add the slide's title placeholder holding a measured title."""
    if plan is None:
        return
    shape = shapes.add_placeholder(plan.frame)
    if plan.box != plan.frame.box:
        set_box(shape, plan.box)
    size = plan.fit.size if plan.fit.size != plan.frame.size else None
    text_body = _text_body(shape)
    style = context.text_style(shapes.slide, size=size)
    fill_text_body(text_body, [plain_block(plan.text)], style)
    no_autofit(text_body, anchor=plan.anchor if plan.anchor != plan.frame.anchor else None)


def below_title(body: Box, title: TitlePlan | None) -> Box:
    """``body`` moved down, if need be, to clear a title box that grew."""
    if title is None or title.box.bottom + GAP <= body.y:
        return body
    return body.with_top(title.box.bottom + GAP)


@dataclass(frozen=True, slots=True)
class KickerPlan:
    """A small line of text above a title: where it goes and how many lines it takes."""

    text: str
    box: Box
    size: float


def plan_title_with_kicker(
    context: DeckContext, layout: SlideLayout, title_text: str, kicker_text: str, body: Box
) -> tuple[TitlePlan | None, KickerPlan, Box]:
    """A title with a kicker above it, and what is left of the ``body`` box below them.

    The kicker sits inside the title's box, above the title anchored at its bottom, when
    the title still fits (shrunk to its floor, then wrapped) in the room left; otherwise
    the title keeps its whole box and the kicker goes at the top of the body.
    """
    frame = context.frame(layout, "title")
    size = context.sizes.kicker
    measurer = context.body_measurer
    width = frame.text_box.width if frame else body.width
    lines = len(measurer.wrap((Run(kicker_text, bold=True),), to_points(width), size))
    height = points(lines * measurer.line_height(size)) + points(2)
    reserved = plan_title(context, layout, title_text, reserve=height)
    if frame is not None and reserved is not None and reserved.fit.fits:
        kicked = TitlePlan(title_text, frame, reserved.fit, reserved.box, "b")
        kicker_box = Box(frame.text_box.x, kicked.text_top - height, width, height)
        return kicked, KickerPlan(kicker_text, kicker_box, size), below_title(body, kicked)
    title = plan_title(context, layout, title_text)
    body = below_title(body, title)
    kicker_box = Box(body.x + (frame.insets[0] if frame else 0), body.y, width, height)
    return (
        title,
        KickerPlan(kicker_text, kicker_box, size),
        body.with_top(body.y + height + GAP // 2),
    )


def write_kicker(context: DeckContext, shapes: SlideShapes, kicker: KickerPlan, role: Role) -> None:
    """Add the kicker as an editable text box in ``role``'s colour."""
    style = context.text_style(shapes.slide, size=kicker.size, color=role, bold=True)
    body = text_box_body([plain_block(kicker.text)], style, anchor="b")
    shapes.add_shape("Date", kicker.box, text_body=body)


def write_body(
    context: DeckContext,
    shapes: SlideShapes,
    frame: PlaceholderFrame,
    blocks: list[Block] | tuple[Block, ...],
    size: float,
    box: Box | None = None,
) -> None:
    """Add the body placeholder of ``frame`` holding measured blocks at ``size``, moved to
    ``box`` if given."""
    shape = shapes.add_placeholder(frame)
    if box is not None and box != frame.box:
        set_box(shape, box)
    text_body = _text_body(shape)
    fill_text_body(text_body, list(blocks), context.text_style(shapes.slide, size=size))
    no_autofit(text_body, anchor="t" if frame.anchor != "t" else None)


def body_area(frame: PlaceholderFrame, box: Box) -> tuple[float, float]:
    """The width and height, in points, that text may fill in ``box`` with ``frame``'s insets."""
    inner = box.inset(*frame.insets)
    return to_points(inner.width), to_points(inner.height)


def add_text_box(
    context: DeckContext,
    shapes: SlideShapes,
    name: str,
    box: Box,
    blocks: list[Block],
    size: float,
    color: Role | None = None,
    anchor: str = "t",
) -> None:
    """Add a text box (not a placeholder) holding measured ``blocks``."""
    style = context.text_style(shapes.slide, size=size, color=color)
    shapes.add_shape(name, box, text_body=text_box_body(blocks, style, anchor=anchor))


def blocks_height(context: DeckContext, blocks: list[Block], width: int, size: float) -> int:
    """The height, in EMU, that ``blocks`` take in a text box ``width`` EMU wide."""
    return points(text_height(blocks, context.body_measurer, to_points(width), size))


def _text_body(shape: etree._Element) -> etree._Element:
    found = xpath(shape, "./p:txBody")
    if found:
        text_body: etree._Element = found[0]
        return text_body
    text_body = element("<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody>")
    shape.append(text_body)
    return text_body
