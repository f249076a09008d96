"""The handout's own flowables: paragraphs that flow over many pages, side-by-side
columns, call-out boxes that split across pages, figures, ruled answer lines, separator
rules, headings kept with the start of what follows, and groups kept together only when
short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Indenter, KeepTogether, Paragraph
from reportlab.platypus.doctemplate import NullActionFlowable

from lessonpress.renderers.pdf import pdf_color
from lessonpress.renderers.reportlab_internals import (
    group_content,
    group_heights,
    is_broken_into_lines,
    keeps_with_next,
    line_count,
    lines_as_fragments,
)
from lessonpress.renderers.tagging.structure import artifact


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A bookmark the document template adds when the flowable carrying it is drawn."""

    title: str
    key: str
    level: int


def with_outline(flowable: Flowable, title: str, key: str, level: int = 0) -> Flowable:
    """``flowable``, marked to get a bookmark in the PDF's outline where it is drawn."""
    flowable.outline_entry = OutlineEntry(title, key, level)  # type: ignore[attr-defined]
    return flowable


PIECE_LINES = 30
"""The lines in each piece a long paragraph continues in, once it is split."""


class FlowingParagraph(Paragraph):
    """A paragraph that, split at a page's foot, continues as pieces of at most
    :data:`PIECE_LINES` lines each, cut from the lines it was broken into once.

    reportlab's own split hands the rest on as one paragraph, which is broken into
    lines again on every page, so a text of many pages would cost the square of its
    length. The pieces are set exactly as the whole would be: left-aligned lines are
    broken greedily, so a piece starting at a line's start breaks where the whole did.
    """

    _broken_at: float | None = None
    """The width the paragraph's lines were broken for."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Break the paragraph into lines ``availWidth`` wide, unless it already is."""
        if is_broken_into_lines(self) and self._broken_at == availWidth:
            return self.width, self.height
        self._broken_at = availWidth
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """This page's lines, then the rest in pieces (one piece when it is short)."""
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head, _ = parts
        start, end = line_count(cast(Paragraph, head)), line_count(self)
        if end - start <= 2 * PIECE_LINES:
            return parts
        bounds = [*range(start, end, PIECE_LINES), end]
        if bounds[-1] - bounds[-2] < 2:
            del bounds[-2]  # no piece of one line, which would stand alone as a widow
        middle = _continuation_style(self.style, last=False)
        final = _continuation_style(self.style, last=True)
        pieces: list[Flowable] = [head]
        for first, stop in pairwise(bounds):
            frags = lines_as_fragments(self, first, stop)
            pieces.append(Paragraph("", final if stop == end else middle, frags=frags))
        return pieces


def _continuation_style(style: ParagraphStyle, last: bool) -> ParagraphStyle:
    """``style`` for a piece after a paragraph's first: no indent or space above, and
    space below only after the last piece."""
    return ParagraphStyle(
        f"{style.name}-continued",
        parent=style,
        firstLineIndent=0,
        spaceBefore=0,
        spaceAfter=style.spaceAfter if last else 0,
    )


def _first_baseline(flowables: Sequence[Flowable]) -> float:
    """How far below its top the first line of a stack sits (the first font size)."""
    if flowables and isinstance(flowables[0], Paragraph):
        return float(flowables[0].style.fontSize)
    return 0.0


def _wrap_stack(
    flowables: Sequence[Flowable], canvas: Canvas, width: float, limit: float = float("inf")
) -> list[float]:
    """The heights of ``flowables`` set ``width`` wide, as far as the first that takes
    their sum past ``limit``."""
    heights: list[float] = []
    total = 0.0
    for flowable in flowables:
        heights.append(flowable.wrapOn(canvas, width, 0xFFFFFF)[1])
        total += heights[-1]
        if total > limit:
            break
    return heights


def _draw_stack(
    flowables: Sequence[Flowable], heights: Sequence[float], canvas: Canvas, x: float, top: float
) -> None:
    y = top
    for index, (flowable, height) in enumerate(zip(flowables, heights, strict=True)):
        if index:
            y -= flowable.getSpaceBefore()
        flowable.drawOn(canvas, x, y - height)
        y -= height + flowable.getSpaceAfter()


def _stack_height(flowables: Sequence[Flowable], heights: Sequence[float]) -> float:
    gaps = sum(f.getSpaceAfter() for f in flowables[:-1]) + sum(
        f.getSpaceBefore() for f in flowables[1:]
    )
    return sum(heights) + gaps


class SideBySide(Flowable):
    """Two short stacks of flowables side by side (the date in the margin column beside an
    event's title; the title block beside the logo), first lines on one baseline unless
    ``align_baselines`` is false. Kept whole unless taller than a page."""

    def __init__(
        self,
        left: Sequence[Flowable],
        right: Sequence[Flowable],
        left_width: float,
        gap: float,
        align_baselines: bool = True,
    ) -> None:
        super().__init__()
        self._align_baselines = align_baselines
        self._left = list(left)
        self._right = list(right)
        self._left_width = left_width
        self._gap = gap
        self._left_heights: list[float] = []
        self._right_heights: list[float] = []
        self._shift = 0.0

    @property
    def parts(self) -> list[Flowable]:
        """The flowables of both stacks, in reading order: the margin stack first."""
        return [*self._left, *self._right]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay out both stacks; the height is the taller one's."""
        self._left_heights = _wrap_stack(self._left, self.canv, self._left_width - self._gap)
        self._right_heights = _wrap_stack(self._right, self.canv, availWidth - self._left_width)
        if self._align_baselines:
            self._shift = _first_baseline(self._right) - _first_baseline(self._left)
        left = _stack_height(self._left, self._left_heights) + max(self._shift, 0)
        right = _stack_height(self._right, self._right_heights) - min(self._shift, 0)
        self.width, self.height = availWidth, max(left, right)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Nothing (move to the next page) unless the stacks are taller than a whole page;
        then one after the other, so that they can flow."""
        frame = getattr(self, "_frame", None)
        if frame is None or self.height <= frame._height:
            return []
        first, *rest = [*self._left, *self._right]
        if first.wrapOn(self.canv, availWidth, availHeight)[1] <= availHeight:
            return [first, *rest]
        parts = first.splitOn(self.canv, availWidth, availHeight)
        return [*parts, *rest] if len(parts) > 1 else []

    def draw(self) -> None:
        """Draw the margin stack and the main stack, baselines aligned."""
        top = self.height
        _draw_stack(self._left, self._left_heights, self.canv, 0, top - max(self._shift, 0))
        _draw_stack(
            self._right,
            self._right_heights,
            self.canv,
            self._left_width,
            top + min(self._shift, 0),
        )


@dataclass(frozen=True, slots=True)
class BoxLook:
    """How a box is marked off: a tinted fill, a rule at its left edge, or a frame."""

    fill: str | None = None
    rule: str | None = None
    frame: str | None = None
    rule_width: float = 1.5
    padding: float = 6.0


class Box(Flowable):
    """Flowables in a tinted or ruled box (a call-out, a teacher's note); a long box
    continues on the next page rather than being cut, and a flowable marked
    ``keepWithNext`` (the box's label) stays with the one after it."""

    def __init__(self, content: Sequence[Flowable], look: BoxLook) -> None:
        super().__init__()
        self._content = list(content)
        self._look = look
        self._heights: list[float] = []

    @property
    def parts(self) -> list[Flowable]:
        """The flowables in the box."""
        return self._content

    @property
    def _inset(self) -> float:
        """Space between the box's left edge and its text."""
        look = self._look
        return look.padding + (look.rule_width if look.rule and not look.fill else 0.0)

    def _inner_width(self, width: float) -> float:
        return width - self._inset - self._look.padding

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The box's size: its content's height and the padding around it.

        The content is measured only until it overflows ``availHeight`` (the box is then
        split anyway): a long box measured whole on each of its pages would cost the
        square of its length.
        """
        padding = self._look.padding
        inner_width = self._inner_width(availWidth)
        self._heights = _wrap_stack(
            self._content, self.canv, inner_width, availHeight - 2 * padding
        )
        measured = self._content[: len(self._heights)]
        self.width = availWidth
        self.height = _stack_height(measured, self._heights) + 2 * padding
        return self.width, self.height

    def draw(self) -> None:
        """Draw the fill, rule or frame (an artifact), then the content."""
        canvas, look = self.canv, self._look
        with artifact(canvas):
            canvas.saveState()
            if look.fill:
                canvas.setFillColor(pdf_color(look.fill))
                canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            if look.rule and not look.fill:
                canvas.setFillColor(pdf_color(look.rule))
                canvas.rect(0, 0, look.rule_width, self.height, stroke=0, fill=1)
            if look.frame:
                canvas.setStrokeColor(pdf_color(look.frame))
                canvas.setLineWidth(0.75)
                canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            canvas.restoreState()
        _draw_stack(self._content, self._heights, canvas, self._inset, self.height - look.padding)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Two boxes: what fits in ``availHeight`` and the rest; none if nothing fits."""
        frame = getattr(self, "_frame", None)
        if frame is not None:
            # A frame asks for a split with its full width, ignoring an Indenter's indent.
            availWidth = frame._getAvailableWidth()
        inner_width = self._inner_width(availWidth)
        room = availHeight - 2 * self._look.padding
        first: list[Flowable] = []
        for index, flowable in enumerate(self._content):
            space = flowable.getSpaceBefore() if first else 0.0
            height = flowable.wrapOn(self.canv, inner_width, 0xFFFFFF)[1]
            if space + height <= room:
                first.append(flowable)
                room -= space + height + flowable.getSpaceAfter()
                continue
            parts = flowable.splitOn(self.canv, inner_width, room - space) if room > space else []
            rest = self._content[index + 1 :]
            if len(parts) >= 2:
                first.append(parts[0])
                rest = [*parts[1:], *rest]
            else:
                rest = [flowable, *rest]
            # A label (kept with what follows it) never ends a part alone.
            while first and keeps_with_next(first[-1]):
                rest.insert(0, first.pop())
            if not first:
                return []
            return [Box(first, self._look), Box(rest, self._look)]
        return []  # everything fits after all: let the frame place the box whole


class AnswerLines(Flowable):
    """``count`` ruled lines to write an answer on; they continue on the next page."""

    def __init__(self, count: int, spacing: float, color: str, line_width: float = 0.5) -> None:
        super().__init__()
        self._count = count
        self._spacing = spacing
        self._color = color
        self._line_width = line_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Full measure, one spacing per line."""
        self.width, self.height = availWidth, self._count * self._spacing
        return self.width, self.height

    def draw(self) -> None:
        """Draw the lines, each a spacing below the last."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(pdf_color(self._color))
        canvas.setLineWidth(self._line_width)
        for line in range(1, self._count + 1):
            y = self.height - line * self._spacing
            canvas.line(0, y, self.width, y)
        canvas.restoreState()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """As many lines as fit here, and the rest."""
        fitting = int(availHeight // self._spacing)
        if fitting < 1 or fitting >= self._count:
            return []
        return [
            AnswerLines(fitting, self._spacing, self._color, self._line_width),
            AnswerLines(self._count - fitting, self._spacing, self._color, self._line_width),
        ]


class SeparatorRule(Flowable):
    """A hairline between two parts, left out at the top of a page (the running header's
    rule is already there)."""

    def __init__(self, color: str, space_before: float, space_after: float) -> None:
        super().__init__()
        self._color = color
        self._space_before = space_before
        self._space_after = space_after
        self._hidden = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """A hairline's height, or nothing at the top of a page."""
        frame = getattr(self, "_frame", None)
        self._hidden = bool(frame is not None and frame._atTop)
        self.width, self.height = availWidth, 0.0 if self._hidden else 0.5
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        """The space above the rule."""
        return self._space_before

    def getSpaceAfter(self) -> float:
        """The space below the rule; none when the rule is left out."""
        return 0.0 if self._hidden else self._space_after

    def draw(self) -> None:
        """Draw the hairline, unless it is left out."""
        if self._hidden:
            return
        self.canv.saveState()
        self.canv.setStrokeColor(pdf_color(self._color))
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0.25, self.width, 0.25)
        self.canv.restoreState()


class KeepShortTogether(KeepTogether):
    """Keeps its content on one page when it is shorter than ``limit`` points; longer
    content flows across pages (its headings still keep with what follows them)."""

    def __init__(self, flowables: Sequence[Flowable], limit: float) -> None:
        super().__init__(list(flowables))
        self._limit = limit

    def with_lead(self, lead: Sequence[Flowable]) -> KeepShortTogether:
        """This group with ``lead`` (a heading) first, judged short by the same limit."""
        return KeepShortTogether([*lead, *group_content(self)], self._limit)

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """The content, after a page break only if it is short and does not fit here."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        # Long content flows from here when its first piece fits. The no-op in front
        # makes the document fit and split every piece itself: the frame would place a
        # first piece unsplit, measured at its full width even when the text is indented.
        content = group_content(self)
        height, first_height = group_heights(self)
        if self._limit < height and aH >= first_height + content[0].getSpaceBefore():
            return [NullActionFlowable(), *content]
        return list(super().split(aW, aH))


class Figure(Flowable):
    """A picture with its caption and credit under it, drawn whole on one page."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self._parts = list(parts)
        self._heights: list[float] = []

    @property
    def parts(self) -> list[Flowable]:
        """The picture, then its caption and credit."""
        return self._parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The picture's and captions' heights, stacked."""
        self._heights = _wrap_stack(self._parts, self.canv, availWidth)
        self.width, self.height = availWidth, _stack_height(self._parts, self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Never split: a caption stays under its picture."""
        return []

    def draw(self) -> None:
        """Draw the picture, then its caption and credit."""
        _draw_stack(self._parts, self._heights, self.canv, 0, self.height)


class KeepWithStart(KeepTogether):
    """Headings (and a picture under one) kept on the page where what follows them
    starts: that flowable fits there whole or splits there with a first part of its
    own (a paragraph's first part has at least two lines: orphans are not allowed), or
    the whole group moves to the next page. At the top of a page, where moving would
    gain nothing, the group flows as it comes."""

    def __init__(self, lead: Sequence[Flowable], following: Flowable | None) -> None:
        super().__init__([*lead, *([following] if following is not None else [])])
        self._lead = list(lead)
        self._following = following

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """The group's flowables, to be placed from here, or none: move to the next page."""
        frame = getattr(self, "_frame", None)
        at_top = frame is None or bool(frame._atTop)
        if frame is not None:
            aW = frame._getAvailableWidth()  # the frame offers its width without indents
        if not at_top and not self._starts_within(aW, aH):
            return []
        for flowable in self._lead:
            flowable.__dict__["keepWithNext"] = 0  # kept already: not to be grouped again
        following = [self._following] if self._following is not None else []
        # The no-op in front makes the document place (and split) each flowable itself.
        return [NullActionFlowable(), *self._lead, *following]

    def _starts_within(self, width: float, height: float) -> bool:
        """Whether the lead and the start of what follows fit ``height``."""
        used = 0.0
        for flowable in self._lead:
            if isinstance(flowable, Indenter):
                width -= flowable.left + flowable.right
                continue
            # The first flowable's space above is already outside ``height``.
            used += flowable.getSpaceBefore() if used else 0.0
            used += flowable.wrapOn(self.canv, width, height)[1] + flowable.getSpaceAfter()
        room = height - used
        following = self._following
        if following is None or room <= 0:
            return room >= 0
        room -= following.getSpaceBefore()
        if following.wrapOn(self.canv, width, room)[1] <= room:
            return True
        return len(following.splitOn(self.canv, width, room)) >= 2
