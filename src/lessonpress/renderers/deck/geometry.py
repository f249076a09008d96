"""Boxes on a slide, in EMU, and the default master's layout geometry.

Slides are measured in English Metric Units: 914,400 to the inch, 12,700 to the
point. The default geometry keeps every placeholder at least half an inch from
the slide's edges, as the design asks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

EMU_PER_INCH = 914_400
EMU_PER_POINT = 12_700

SLIDE_SIZES: dict[str, tuple[int, int]] = {
    "16:9": (12_192_000, 6_858_000),
    "4:3": (9_144_000, 6_858_000),
}
"""Slide width and height for each aspect: 13.333 × 7.5 in and 10 × 7.5 in."""

SIDE_MARGIN = int(0.6 * EMU_PER_INCH)
TOP_MARGIN = int(0.35 * EMU_PER_INCH)
BOTTOM_MARGIN = int(0.55 * EMU_PER_INCH)
TITLE_BOTTOM = int(2.0 * EMU_PER_INCH)
BODY_TOP = int(2.15 * EMU_PER_INCH)
ACCENT_BAND = int(0.35 * EMU_PER_INCH)
"""The primary-coloured band down the left edge of the default title slide."""


def inches(value: float) -> int:
    """``value`` inches in EMU."""
    return round(value * EMU_PER_INCH)


def points(value: float) -> int:
    """``value`` points in EMU."""
    return round(value * EMU_PER_POINT)


def to_points(emu: float) -> float:
    """``emu`` in points."""
    return emu / EMU_PER_POINT


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a slide: left, top, width and height in EMU."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        """The y of the bottom edge."""
        return self.y + self.height

    def inset(self, left: int, top: int, right: int, bottom: int) -> Box:
        """The box with its edges moved inwards."""
        return Box(
            self.x + left,
            self.y + top,
            max(0, self.width - left - right),
            max(0, self.height - top - bottom),
        )

    def with_top(self, top: int) -> Box:
        """The box cut (or grown) at the top so that it starts at ``top``."""
        return replace(self, y=top, height=max(0, self.bottom - top))

    def with_height(self, height: int) -> Box:
        """The box with the same top and a new height."""
        return replace(self, height=max(0, height))

    def raised(self, distance: int) -> Box:
        """The box moved ``distance`` up the slide."""
        return replace(self, y=self.y - distance)


@dataclass(frozen=True, slots=True)
class DefaultGeometry:
    """Where the default master puts each layout's placeholders."""

    slide: Box
    title: Box
    short_title: Box
    """The title of the title-only layout, shorter to leave a drawing more room."""
    body: Box
    left_column: Box
    right_column: Box
    section_title: Box
    section_body: Box
    cover_title: Box
    cover_subtitle: Box
    cover_byline: Box


def default_geometry(width: int, height: int) -> DefaultGeometry:
    """The default layouts' placeholders on a slide of ``width`` × ``height`` EMU."""
    content_width = width - 2 * SIDE_MARGIN
    title = Box(SIDE_MARGIN, TOP_MARGIN, content_width, TITLE_BOTTOM - TOP_MARGIN)
    body = Box(SIDE_MARGIN, BODY_TOP, content_width, height - BODY_TOP - BOTTOM_MARGIN)
    left_width = round(content_width * 0.53)
    right_width = round(content_width * 0.43)
    cover_left = SIDE_MARGIN + ACCENT_BAND
    cover_width = width - cover_left - SIDE_MARGIN
    return DefaultGeometry(
        slide=Box(0, 0, width, height),
        title=title,
        short_title=title.with_height(inches(1.05)),
        body=body,
        left_column=replace(body, width=left_width),
        right_column=replace(body, x=body.right - right_width, width=right_width),
        section_title=Box(SIDE_MARGIN, round(height * 0.18), content_width, round(height * 0.36)),
        section_body=Box(SIDE_MARGIN, round(height * 0.6), content_width, round(height * 0.22)),
        cover_title=Box(cover_left, round(height * 0.12), cover_width, round(height * 0.42)),
        cover_subtitle=Box(cover_left, round(height * 0.56), cover_width, round(height * 0.17)),
        cover_byline=Box(
            cover_left,
            round(height * 0.75),
            cover_width,
            height - round(height * 0.75) - inches(0.5),
        ),
    )
