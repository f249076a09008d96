"""The handout's page geometry and paragraph styles, in the plan's paper palette.

Type follows a modular scale of 1.25 from the theme's body size, with four sizes in
all (small, body, heading, title), so no page carries more than four.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from lessonpress.fonts import FontSet
from lessonpress.layout.text import ellipsize
from lessonpress.model.theme import Theme
from lessonpress.present import Palette, Plan
from lessonpress.present.links import LinkPolicy
from lessonpress.renderers.pdf import pdf_color

SCALE = 1.25
"""The modular scale between type sizes."""

LEADING = 1.35
"""Body line spacing as a multiple of the body size."""

TARGET_CHARACTERS = 78
"""The body column is set to about this many characters a line."""

MIN_GUTTER = 72.0
"""The narrowest margin column for dates worth having; narrower pages stack the date."""

MAX_GUTTER_SHARE = 0.32
"""The widest the margin column grows, as a share of the text width."""

MIN_CHARACTERS = 50
"""The fewest characters a line beside the margin column may hold; else dates stack."""

MIN_EDGE = 22.0
"""Nothing, not even the running header or footer, comes closer than this to the edge."""

_MEASURE_SAMPLE = (
    "The United States sent enormous quantities of war materiel to the Soviet Union, "
    "which was critical in helping the Soviets withstand the invasion."
)
"""Ordinary prose, to find the average width of a character in the body font."""


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """The sheet and the areas on it, in points from the bottom left."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    gutter: float
    """The margin column for event dates; 0 when the page is too narrow for one."""

    @property
    def frame_width(self) -> float:
        """The width between the margins."""
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        """The height between the margins."""
        return self.height - self.top - self.bottom

    @property
    def measure(self) -> float:
        """The width of the body column, right of the margin column."""
        return self.frame_width - self.gutter


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """The four type sizes of the handout, from the theme's body size."""

    body: float

    @property
    def small(self) -> float:
        """Header, footer, captions, sources, the strip's labels."""
        return self.body / SCALE

    @property
    def heading(self) -> float:
        """Section headings, event titles and the subtitle."""
        return self.body * SCALE

    @property
    def title(self) -> float:
        """The lesson title."""
        return self.body * SCALE**3

    @property
    def leading(self) -> float:
        """The body's line spacing, also the unit of vertical space."""
        return self.body * LEADING


_DATE_BREAK = re.compile(r"(?<= –) | (?=\()")
"""Where a date label may break: after the spaced en dash between two full dates of a
range, and before an Old Style day in brackets; nowhere else."""

NO_BREAK_SPACE = "\u00a0"


def date_pieces(label: str) -> list[str]:
    """The parts of a date label that never break (``September 8, 1941 –`` and
    ``January 27, 1944``; ``January 22, 1905`` and ``(January 9 O.S.)``)."""
    return _DATE_BREAK.split(label)


def unbreakable_date(label: str) -> str:
    """``label`` with no-break spaces, so that it wraps only between its pieces."""
    return " ".join(piece.replace(" ", NO_BREAK_SPACE) for piece in date_pieces(label))


def page_geometry(
    theme: Theme, fonts: FontSet, sizes: TypeSizes, date_width: float = 0.0
) -> PageGeometry:
    """Where things go on the theme's paper: margins (kept clear of the edge enough for the
    running header and footer) and a margin column that keeps lines near 78 characters.

    The margin column is widened to hold ``date_width`` (the widest piece of a date
    label), up to a third of the width; where it would have to be wider, or leave lines
    of fewer than 50 characters, dates stand above their titles instead.
    """
    page = theme.handout.page_size
    margins = theme.handout.margins
    band = MIN_EDGE + sizes.small * 2.4
    left = max(margins.left, MIN_EDGE)
    right = max(margins.right, MIN_EDGE)
    top = max(margins.top, band)
    bottom = max(margins.bottom, band)
    frame_width = page.width - left - right
    average = fonts.width(_MEASURE_SAMPLE, "body", sizes.body) / len(_MEASURE_SAMPLE)
    widest = frame_width * MAX_GUTTER_SHARE
    dates = date_width + sizes.body  # the date, and the gap before the title
    gutter = min(max(frame_width - TARGET_CHARACTERS * average, MIN_GUTTER, dates), widest)
    if frame_width - gutter < MIN_CHARACTERS * average or dates > gutter:
        gutter = 0.0
    return PageGeometry(page.width, page.height, left, right, top, bottom, gutter)


@dataclass(frozen=True, slots=True)
class HandoutStyle:
    """Everything the handout's parts need to look alike: fonts, sizes, colours, geometry,
    and the paragraph styles built from them."""

    fonts: FontSet
    sizes: TypeSizes
    colors: Palette
    page: PageGeometry
    links: LinkPolicy

    @classmethod
    def for_plan(cls, plan: Plan) -> HandoutStyle:
        """The handout style of ``plan``'s theme, in its palette."""
        theme = plan.theme
        fonts = FontSet.for_theme(theme)
        sizes = TypeSizes(theme.handout.base_size)
        date_width = max(
            fonts.width(piece, "body-bold", sizes.body)
            for event in plan.lesson.timeline
            for piece in date_pieces(plan.date_label(event))
        )
        geometry = page_geometry(theme, fonts, sizes, date_width)
        return cls(fonts, sizes, plan.palette, geometry, plan.links)

    @property
    def large_fills(self) -> bool:
        """Whether tinted boxes and bands are filled."""
        return self.colors.large_fills

    def fit_line(self, text: str, width: float, font_style: str, size: float) -> str:
        """``text``, cut at a word with an ellipsis if it is wider than ``width``."""
        return ellipsize(self.fonts, text, font_style, size, width)

    @property
    def space(self) -> float:
        """The basic unit of vertical space: one body line."""
        return self.sizes.leading

    def paragraph(
        self,
        name: str,
        font_style: str = "body",
        size: float | None = None,
        color: str | None = None,
        leading: float = LEADING,
        space_before: float = 0.0,
        space_after: float = 0.0,
        **extra: Any,
    ) -> ParagraphStyle:
        """A paragraph style: ``font_style`` is a FontSet style name, ``leading`` a multiple
        of the size; the size defaults to the body size and the colour to the text."""
        size = size or self.sizes.body
        return ParagraphStyle(
            name,
            fontName=self.fonts.font_name(font_style),
            fontSize=size,
            leading=size * leading,
            textColor=pdf_color(color or self.colors.text),
            alignment=TA_LEFT,
            spaceBefore=space_before,
            spaceAfter=space_after,
            allowWidows=0,
            bulletFontName=self.fonts.font_name(font_style),
            bulletFontSize=size,
            **extra,
        )

    @property
    def body(self) -> ParagraphStyle:
        """Running text."""
        return self.paragraph("body", space_after=self.space * 0.5)

    @property
    def small(self) -> ParagraphStyle:
        """Captions, credits and sources."""
        return self.paragraph("small", size=self.sizes.small, color=self.colors.muted, leading=1.3)

    @property
    def label(self) -> ParagraphStyle:
        """A call-out's label (``Why it matters``): bold body type."""
        return self.paragraph("label", "body-bold", space_after=self.space * 0.2)

    @property
    def section(self) -> ParagraphStyle:
        """A section heading (``Events``, ``Questions``)."""
        return self.paragraph(
            "section",
            "heading",
            size=self.sizes.heading,
            color=self.colors.primary,
            leading=1.2,
            space_before=self.space * 1.6,
            space_after=self.space * 0.6,
            keepWithNext=1,
        )

    @property
    def event_title(self) -> ParagraphStyle:
        """An event's title."""
        return self.paragraph("event-title", "heading", size=self.sizes.heading, leading=1.2)

    @property
    def event_date(self) -> ParagraphStyle:
        """An event's date, in the primary colour."""
        return self.paragraph("event-date", "body-bold", color=self.colors.primary, leading=1.25)
