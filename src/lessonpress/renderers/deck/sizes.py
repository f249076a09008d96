"""The deck's type sizes, all derived from the theme's title, body and minimum sizes."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.model.theme import DeckSettings

SCALE = 1.25
"""The modular scale between neighbouring sizes."""


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
