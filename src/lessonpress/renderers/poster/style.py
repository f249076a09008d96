"""The poster's measurements, derived from the page size (its colours are the plan's).

Every size scales with the page's short side, so a tabloid poster (11 in short side)
and an A0 poster look alike from their own viewing distances: the title reads at
3 m on tabloid (60 pt), event titles at 1 m (11.25 pt, never below 9 pt). The text
follows a modular scale of 1.25 from the small size, and every text on the page takes
one of its four steps or the title's size, so a poster never shows more than five
sizes: a key event's label is one step up, a crowded timeline's labels one step down.
A theme's ``poster.text_scale`` enlarges the four text steps (not the title).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lessonpress.layout import TimelineStyle

TABLOID_SHORT_SIDE = 792.0
"""The short side of the default poster (11 in), where the scale is 1."""

TYPE_RATIO = 1.25
"""The ratio between neighbouring steps of the poster's type scale."""

TITLE_SIZE = 60.0
SMALL_SIZE = 9.0
BODY_SIZE = SMALL_SIZE * TYPE_RATIO
LARGE_SIZE = BODY_SIZE * TYPE_RATIO
SUBTITLE_SIZE = LARGE_SIZE * TYPE_RATIO
"""The type sizes on tabloid, a modular scale of 1.25 from the small size (the title
apart); every poster multiplies them by its scale."""

LABEL_WIDTH = 130.0
"""The widest an event label's lines run on tabloid, in points (scaled with the page)."""

ALTERNATIVE_LABEL_WIDTHS = (110.0, 150.0)
"""Narrower and wider labels, tried when a crowded timeline does not fit at
``LABEL_WIDTH``: a different wrap of the titles can free the room one more label needs."""

MIN_EDGE = 0.4 * 72
"""Nothing is drawn closer than this to the paper's edge (0.4 in)."""

PRINT_DPI = 150
"""Pictures are never enlarged past this resolution."""

ERA_NAME_LINES = 2
"""An era's name too long for its band breaks over this many lines before it is cut."""

MARKER_RADIUS = 4.2
"""Half the width of an event's marker on the axis, on tabloid."""

BAR_HEIGHT = 5.0
BAR_GAP = 3.0
"""The height of a range bar and the space between two lanes of bars, on tabloid."""

AXIS_BAR_GAP = MARKER_RADIUS * TYPE_RATIO + BAR_GAP / 2
"""The space between the axis and the first lane of bars, on tabloid: a long bar runs
clear of the axis line and of the markers on it (a key event's is a type step larger),
so neither hides the other."""


@dataclass(frozen=True, slots=True)
class PosterStyle:
    """Sizes in points for one poster, all scaled from the tabloid design."""

    width: float
    height: float
    scale: float
    text_scale: float = 1.0
    """The theme's enlargement of every text but the title (``poster.text_scale``)."""

    @classmethod
    def for_page(cls, width: float, height: float, text_scale: float = 1.0) -> PosterStyle:
        """The style of a ``width`` by ``height`` point page."""
        return cls(width, height, min(width, height) / TABLOID_SHORT_SIDE, text_scale)

    @property
    def text_factor(self) -> float:
        """What the tabloid design's text sizes are multiplied by on this poster."""
        return self.scale * self.text_scale

    @property
    def margin(self) -> float:
        """The space kept free at every edge of the paper."""
        return max(MIN_EDGE, 36.0 * self.scale)

    @property
    def gap(self) -> float:
        """The basic unit of space between blocks."""
        return 14.0 * self.scale

    @property
    def title_size(self) -> float:
        """The lesson title: read from 3 m."""
        return TITLE_SIZE * self.scale

    @property
    def subtitle_size(self) -> float:
        """The subtitle."""
        return SUBTITLE_SIZE * self.text_factor

    @property
    def large_size(self) -> float:
        """The author line (and, through the layout's highlight scale, key event titles)."""
        return LARGE_SIZE * self.text_factor

    @property
    def body_size(self) -> float:
        """Event titles, era names and the legend: read from 1 m."""
        return BODY_SIZE * self.text_factor

    @property
    def small_size(self) -> float:
        """Dates, short texts, tick labels, the footer, and a crowded timeline's titles."""
        return SMALL_SIZE * self.text_factor

    @property
    def rule_width(self) -> float:
        """The axis and era outlines."""
        return 1.6 * self.scale

    @property
    def hairline(self) -> float:
        """Leader lines and ticks."""
        return 0.6 * self.scale

    @property
    def ring_width(self) -> float:
        """The ring around a key event's marker."""
        return 1.2 * self.scale

    @property
    def marker_radius(self) -> float:
        """Half the width of an event's marker on the axis."""
        return MARKER_RADIUS * self.scale

    @property
    def timeline(self) -> TimelineStyle:
        """The layout style of this page, with labels ``LABEL_WIDTH`` wide."""
        return self.timeline_with(LABEL_WIDTH)

    def larger_timeline(self, steps: int) -> TimelineStyle:
        """The layout style of a sparse timeline, ``steps`` up the type scale (titles at
        the large size for one step, dates and excerpts at the body size), in labels as
        much wider, shrinking no further than the regular titles: a few events take the
        whole page. Two steps up, key events are marked by their ring and date colour
        alone, as a step more would be a sixth size on the page."""
        regular = self.timeline
        ratio = TYPE_RATIO**steps
        return replace(
            regular,
            title_size=regular.title_size * ratio,
            date_size=regular.date_size * ratio,
            text_size=regular.text_size * ratio,
            label_width=regular.label_width * ratio,
            min_size=regular.title_size,
            size_step=regular.title_size * (ratio - 1),
            highlight_scale=regular.highlight_scale if steps < 2 else 1.0,
        )

    def timeline_with(self, label_width: float) -> TimelineStyle:
        """What the layout engine needs to place the timeline at this page's scale, with
        labels up to ``label_width`` wide on tabloid.

        Bar lanes are packed close above the axis, the lowest clear of the markers.
        Labels shrink in a single step, from
        the body size to the small size, so that they stay on the page's type scale.
        """
        scaled = TimelineStyle(
            title_size=BODY_SIZE,
            date_size=SMALL_SIZE,
            text_size=SMALL_SIZE,
            label_width=label_width,
            tick_size=SMALL_SIZE,
            era_size=BODY_SIZE,
            bar_height=BAR_HEIGHT,
            bar_gap=BAR_GAP,
            axis_bar_gap=AXIS_BAR_GAP,
            tick_length=7.0,
            title_font="heading-bold",
            date_font="body-bold",
            text_font="body",
            tick_font="body",
            era_font="body-bold-italic",
            min_size=SMALL_SIZE,
            highlight_scale=TYPE_RATIO,
        ).scaled(self.text_factor)
        # The step is in points, which the style does not scale: one step, body to small.
        return replace(
            scaled,
            size_step=scaled.title_size - scaled.min_size,
            bundle_within=2 * self.marker_radius,
            era_name_lines=ERA_NAME_LINES,
        )
