"""The colours of one output, resolved once per medium from the theme.

Every colour a renderer paints comes from a role here (text, muted, primary, accent, ...)
or from one of the few derivations below (an era's band, a marker's outline). Contrast is
repaired in one place: each text role is moved towards the text colour until it reads
on the output's ground at the theme's contrast level.

On **paper** (the handout and the poster) the ground is always white: painting a page
dark wastes a cartridge. A dark theme turns inside out there, its board colour becoming
the ink of the structure and its chalk colours, the categories' and eras' too, darkened
to read on white. On a **screen** (the deck) the theme's own background is the ground.
A **grayscale** theme turns every colour, the lesson's category and era colours too,
into the gray of the same luminance; categories then differ by marker shape and
range-bar pattern (see ``legend``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lessonpress.model.colors import (
    ENHANCED_TEXT_CONTRAST,
    GRAPHIC_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    gray,
    is_dark,
    legible,
    mix,
    readable_on,
    tint,
)
from lessonpress.model.theme import Theme

Medium = Literal["paper", "screen"]

PAPER = "#FFFFFF"
"""The ground of every printed output, whatever the theme's background."""

PAPER_INK = "#1A1A1A"
"""The text colour on paper when the theme's own text does not read on white."""

BAND_STRENGTH: dict[Medium, float] = {"paper": 0.16, "screen": 0.22}
"""How much of an era's colour shows in its pale band: more on a projected slide, whose
pale tints wash out."""

RULE_STRENGTH = 0.28
"""How much of the text colour shows in hairlines and answer lines: light enough to
write over."""

VISIBLE_FILL = 1.04
"""A fill that contrasts less than this with the ground would not show: no fill."""

TextRole = Literal["text", "muted", "primary", "secondary", "accent"]
TEXT_ROLES: tuple[TextRole, ...] = ("text", "muted", "primary", "secondary", "accent")
"""The roles text is set in; each keeps ``Palette.text_contrast`` with the ground."""


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of one output, each ``#RRGGBB``."""

    medium: Medium
    background: str
    """The ground everything is painted on: white paper, or the slide's background."""
    text: str
    muted: str
    """Secondary text: dates' companions, captions, tick labels, leaders."""
    primary: str
    """Structure: headings, dates, the axis, era slides."""
    secondary: str
    """The second structural colour: every other era, the deck's subtitle."""
    accent: str
    """Emphasis: highlighted events, call-out labels."""
    surface: str
    """The theme's pale panel colour."""
    rule: str
    """Hairlines and answer lines."""
    callout_fill: str | None
    """The call-out's tinted background, or ``None`` to mark call-outs with a rule (and on
    a screen, where slides have no call-outs)."""
    large_fills: bool
    """Whether tinted boxes and era bands are filled (false saves ink)."""
    grayscale: bool
    """Whether every colour is a gray."""
    text_contrast: float
    """The contrast every text role keeps with the ground: WCAG AA, or AAA for a theme
    whose own muted text reaches it (a high-contrast theme stays so on every medium)."""
    darkens_inks: bool = False
    """Whether category and era colours are darkened until they show on the ground: a dark
    theme's, chosen to show on its board, on white paper."""

    def ink(self, color: str) -> str:
        """A colour the lesson or the theme's palette gives (a category's, an era's) as
        this palette paints it."""
        color = gray(color) if self.grayscale else color
        if self.darkens_inks:
            return legible(color, (self.background,), GRAPHIC_CONTRAST, self.text)
        return color

    def band_fill(self, era_color: str, ground: str | None = None) -> str:
        """The ground of an era's band: a pale tint of its colour over ``ground`` (the
        palette's background unless a school template brings its own), or the bare
        ground where fills are off."""
        ground = ground or self.background
        if not self.large_fills:
            return ground
        return tint(era_color, ground, BAND_STRENGTH[self.medium])

    def on_ground(self, color: str, ground: str) -> str:
        """``color`` as text set on ``ground`` (an era's band, a fill) that must also read
        on the bare background: moved towards the text colour until it reads on both."""
        return legible(color, (ground, self.background), self.text_contrast, self.text)

    def band_text(self, era_color: str) -> str:
        """The colour of an era's name and outline: it reads on its band and on the bare
        ground."""
        return self.on_ground(era_color, self.band_fill(era_color))

    def marker_outline(self, fill: str) -> str:
        """The outline of a marker: the ground colour, which parts a marker from a line
        behind it, unless the fill is too pale to see on the ground (a yellow or a
        chalk-white category) and needs a darker edge."""
        if contrast_ratio(fill, self.background) >= GRAPHIC_CONTRAST:
            return self.background
        return legible(fill, (self.background,), GRAPHIC_CONTRAST, self.text)

    def date_color(self, highlight: bool) -> str:
        """The colour of an event's date on a timeline: the accent for a key event."""
        return self.accent if highlight else self.primary

    def text_on(self, fill: str) -> str:
        """Whichever of the ground and the text colour reads better on ``fill``."""
        return readable_on(fill, self.background, self.text)


def palette_for(theme: Theme, medium: Medium) -> Palette:
    """The palette of ``theme`` on ``medium``."""
    colors = theme.colors
    roles = {
        "text": colors.text,
        "muted": colors.muted,
        "primary": colors.primary,
        "secondary": colors.secondary,
        "accent": colors.accent,
        "surface": colors.surface,
        "background": colors.background,
    }
    if theme.grayscale:
        roles = {role: gray(color) for role, color in roles.items()}
    # A theme whose secondary text already reaches AAA (high contrast) keeps AAA.
    muted_contrast = contrast_ratio(roles["muted"], roles["background"])
    level = ENHANCED_TEXT_CONTRAST if muted_contrast >= ENHANCED_TEXT_CONTRAST else TEXT_CONTRAST
    if medium == "paper":
        return _paper(roles, level, theme)
    return _screen(roles, level, theme)


def _paper(roles: dict[str, str], level: float, theme: Theme) -> Palette:
    dark_theme = is_dark(roles["background"])
    text = roles["text"] if contrast_ratio(roles["text"], PAPER) >= level else PAPER_INK
    # A dark theme's board colour is its most characteristic dark: it becomes the ink.
    structure = roles["background"] if dark_theme else roles["primary"]
    primary = legible(structure, (PAPER,), level, text)
    surface = tint(primary, PAPER, 0.1) if dark_theme else roles["surface"]
    fill = _callout_fill(surface, text, primary, PAPER, theme.large_fills)
    grounds = (PAPER, fill) if fill else (PAPER,)
    return Palette(
        medium="paper",
        background=PAPER,
        text=text,
        muted=legible(roles["muted"], (PAPER,), level, text),
        primary=primary,
        secondary=legible(roles["secondary"], (PAPER,), level, text),
        # The accent labels the call-out, so it must read on the call-out's fill too.
        accent=legible(roles["accent"], grounds, level, text),
        surface=surface,
        rule=mix(text, PAPER, 1 - RULE_STRENGTH),
        callout_fill=fill,
        large_fills=theme.large_fills,
        grayscale=theme.grayscale,
        text_contrast=level,
        darkens_inks=dark_theme,
    )


def _screen(roles: dict[str, str], level: float, theme: Theme) -> Palette:
    background = roles["background"]
    text = legible(roles["text"], (background,), level, readable_on(background))
    return Palette(
        medium="screen",
        background=background,
        text=text,
        muted=legible(roles["muted"], (background,), level, text),
        primary=legible(roles["primary"], (background,), level, text),
        secondary=legible(roles["secondary"], (background,), level, text),
        accent=legible(roles["accent"], (background,), level, text),
        surface=roles["surface"],
        rule=mix(text, background, 1 - RULE_STRENGTH),
        callout_fill=None,
        large_fills=theme.large_fills,
        grayscale=theme.grayscale,
        text_contrast=level,
    )


def _callout_fill(
    surface: str, text: str, primary: str, ground: str, large_fills: bool
) -> str | None:
    """The call-out's fill: the theme's surface where it shows and keeps the text
    readable, else a pale tint of the primary; none where fills are off."""
    if not large_fills or contrast_ratio(surface, ground) <= VISIBLE_FILL:
        return None
    if contrast_ratio(text, surface) >= TEXT_CONTRAST:
        return surface
    return tint(primary, ground, 0.08)
