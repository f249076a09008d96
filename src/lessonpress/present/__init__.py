"""The presentation stage: for a lesson, a theme and an output, one immutable plan of how
it looks (palette, interface words, legend, metadata, link policy) that renderers paint."""

from lessonpress.present.legend import (
    DEFAULT_MARKER,
    MARKERS,
    PATTERNS,
    LegendEntry,
    Marker,
    Pattern,
)
from lessonpress.present.palette import Medium, Palette, palette_for
from lessonpress.present.plan import Output, Plan, PlanHolder, present
from lessonpress.present.words import Words, words_for

__all__ = [
    "DEFAULT_MARKER",
    "MARKERS",
    "PATTERNS",
    "LegendEntry",
    "Marker",
    "Medium",
    "Output",
    "Palette",
    "Pattern",
    "Plan",
    "PlanHolder",
    "Words",
    "palette_for",
    "present",
    "words_for",
]
