"""The deck's type sizes, all derived from the theme's title, body and minimum sizes."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.model.theme import DeckSettings

SCALE = 1.25
"""The modular scale between neighbouring sizes."""

BODY_FLOOR = 20.0
"""The smallest body text on a slide, whatever the theme's minimum (which then holds for
captions and small print alone)."""

TITLE_FLOOR = 32.0
"""The smallest a slide title is ever set."""

MAX_BODY_LINES = 6
"""The most lines of body text one slide holds."""


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """Point sizes for every kind of text on a slide; none is below ``minimum``."""

    title: float
    body: float
    minimum: float

    @classmethod
    def from_settings(cls, deck: DeckSettings) -> TypeSizes:
        """The sizes a theme's deck settings ask for."""
        return cls(deck.title_size, deck.body_size, deck.min_body_size)

    @property
    def body_minimum(self) -> float:
        """The smallest body text: the theme's minimum, but never below :data:`BODY_FLOOR`."""
        return min(self.body, max(self.minimum, BODY_FLOOR))

    @property
    def statement_title(self) -> float:
        """An event's title set large on its statement slide: the cover title's size."""
        return self.cover_title

    @property
    def statement_date(self) -> float:
        """An event's date set large on its statement slide: the size of slide titles."""
        return self.title

    @property
    def kicker(self) -> float:
        """The date line above an event's title: one step below the body."""
        return max(self.minimum, round(self.body / SCALE))

    @property
    def caption(self) -> float:
        """Picture captions, credits and small print."""
        return self.minimum

    @property
    def cover_title(self) -> float:
        """The lesson's title on the first slide: one step above slide titles."""
        return min(60.0, round(self.title * SCALE))

    @property
    def section_title(self) -> float:
        """An era's name on its section slide."""
        return round(self.title * 1.1)

    @staticmethod
    def hundredths(size: float) -> int:
        """``size`` in the hundredths of a point that DrawingML's ``sz`` takes."""
        return round(size * 100)
