"""The poster's measurements and colours, derived from the page size and the theme.

Every size scales with the page's short side, so a tabloid poster (11 in short side)
and an A0 poster look alike from their own viewing distances: the title reads at
3 m on tabloid (60 pt), event titles at 1 m (11 pt). Type sizes follow a modular
scale of 1.25 from the body size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lessonpress.layout import TimelineStyle
from lessonpress.model.colors import contrast_ratio, mix, tint
from lessonpress.model.theme import Theme

TABLOID_SHORT_SIDE = 792.0
"""The short side of the default poster (11 in), where the scale is 1."""

TITLE_SIZE = 60.0
SUBTITLE_SIZE = 17.2
LARGE_SIZE = 13.75
BODY_SIZE = 11.0
SMALL_SIZE = 8.8
"""The type sizes on tabloid, a modular scale of 1.25 from the body size (the title
apart); every poster multiplies them by its scale."""

LABEL_WIDTH = 130.0
"""The widest an event label's lines run on tabloid, in points (scaled with the page)."""

ALTERNATIVE_LABEL_WIDTHS = (110.0, 150.0)
"""Narrower and wider labels, tried when a crowded timeline does not fit at
``LABEL_WIDTH``: a different wrap of the titles can free the room one more label needs."""

MIN_LABEL_SIZE = 7.0
"""The smallest type an event label shrinks to, in points, on any paper: on larger paper
the labels start larger, but when they must shrink to fit, people step closer, so the
floor stays put and a larger sheet can hold more events."""

MIN_EDGE = 0.4 * 72
"""Nothing is drawn closer than this to the paper's edge (0.4 in)."""

PRINT_DPI = 150
"""Pictures are never enlarged past this resolution."""

AA_TEXT_CONTRAST = 4.5
AAA_TEXT_CONTRAST = 7.0
AA_SHAPE_CONTRAST = 3.0
"""WCAG's contrast for shapes that carry meaning, such as markers."""
BAND_STRENGTH = 0.16
"""How much of an era's colour shows in its pale band."""


@dataclass(frozen=True, slots=True)
class PosterStyle:
    """Sizes in points for one poster, all scaled from the tabloid design."""

    width: float
    height: float
    scale: float

    @classmethod
    def for_page(cls, width: float, height: float) -> PosterStyle:
        """The style of a ``width`` by ``height`` point page."""
        return cls(width, height, min(width, height) / TABLOID_SHORT_SIDE)

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
    def min_title_size(self) -> float:
        """The smallest the title shrinks to before it is cut short."""
        return 36.0 * self.scale

    @property
    def subtitle_size(self) -> float:
        """The subtitle."""
        return SUBTITLE_SIZE * self.scale

    @property
    def large_size(self) -> float:
        """The author line (and, through the layout's highlight scale, key event titles)."""
        return LARGE_SIZE * self.scale

    @property
    def body_size(self) -> float:
        """Event titles, era names and the legend: read from 1 m."""
        return BODY_SIZE * self.scale

    @property
    def small_size(self) -> float:
        """Dates, short texts, tick labels and the footer."""
        return SMALL_SIZE * self.scale

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
        return 4.2 * self.scale

    @property
    def timeline(self) -> TimelineStyle:
        """The layout style of this page, with labels ``LABEL_WIDTH`` wide."""
        return self.timeline_with(LABEL_WIDTH)

    def timeline_with(self, label_width: float) -> TimelineStyle:
        """What the layout engine needs to place the timeline at this page's scale, with
        labels up to ``label_width`` wide on tabloid.

        Bar lanes are packed close (markers are drawn over the lowest lane where a
        point event falls inside a lasting one).
        """
        scaled = TimelineStyle(
            title_size=BODY_SIZE,
            date_size=SMALL_SIZE,
            text_size=SMALL_SIZE,
            label_width=label_width,
            tick_size=SMALL_SIZE,
            era_size=BODY_SIZE,
            bar_height=5.0,
            bar_gap=3.0,
            tick_length=7.0,
            title_font="heading-bold",
            date_font="body-bold",
            text_font="body",
            tick_font="body",
            era_font="body-bold-italic",
        ).scaled(self.scale)
        return replace(scaled, min_size=min(MIN_LABEL_SIZE, scaled.title_size))


@dataclass(frozen=True, slots=True)
class PosterColors:
    """The theme's colours as the poster uses them, with the derived tints."""

    background: str
    text: str
    muted: str
    primary: str
    accent: str
    large_fills: bool

    @classmethod
    def for_theme(cls, theme: Theme) -> PosterColors:
        """The poster colours of ``theme``."""
        colors = theme.colors
        return cls(
            colors.background,
            colors.text,
            colors.muted,
            colors.primary,
            colors.accent,
            theme.large_fills,
        )

    @property
    def paints_background(self) -> bool:
        """Whether the page needs its background painted (a dark or tinted theme)."""
        return self.background.upper() != "#FFFFFF"

    def band_fill(self, era_color: str) -> str:
        """The pale tint of an era band."""
        return tint(era_color, self.background, BAND_STRENGTH)

    @property
    def text_contrast(self) -> float:
        """The contrast every derived text colour keeps with the page: at least WCAG AA,
        and as much as the theme's own muted text has, up to AAA (a high-contrast theme
        stays high-contrast)."""
        muted = contrast_ratio(self.muted, self.background)
        return max(AA_TEXT_CONTRAST, min(AAA_TEXT_CONTRAST, muted))

    def legible(self, color: str, grounds: tuple[str, ...], minimum: float) -> str:
        """``color``, moved towards the text colour until it reads on each of ``grounds``."""
        for step in range(11):
            candidate = mix(color, self.text, step / 10)
            if all(contrast_ratio(candidate, ground) >= minimum for ground in grounds):
                return candidate
        return self.text

    def band_text(self, era_color: str) -> str:
        """The colour of an era's name: it reads on its band and on the bare page."""
        grounds = (self.band_fill(era_color), self.background)
        return self.legible(era_color, grounds, self.text_contrast)

    def marker_outline(self, fill: str) -> str:
        """The outline of a marker: the background colour, which parts a marker from a
        line behind it, unless the fill is too pale to see on the page (a yellow or a
        chalk-white category) and needs a darker edge."""
        if contrast_ratio(fill, self.background) >= AA_SHAPE_CONTRAST:
            return self.background
        return self.legible(fill, (self.background,), AA_SHAPE_CONTRAST)
