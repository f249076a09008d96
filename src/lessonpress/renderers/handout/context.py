"""What every part of the handout is built from: the lesson, its style and the edition."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import Edition
from lessonpress.renderers.handout.styles import HandoutStyle
from lessonpress.renderers.handout.words import ENGLISH, HandoutWords
from lessonpress.renderers.timeline_items import LegendEntry, legend_entries

KEEP_TOGETHER_SHARE = 1 / 3
"""A part shorter than this share of the page moves to the next page whole."""


@dataclass(frozen=True, slots=True)
class HandoutContext:
    """One handout's lesson, theme, style and edition, passed to every part."""

    lesson: Lesson
    theme: Theme
    style: HandoutStyle
    edition: Edition
    legend: dict[str, LegendEntry]
    """The categories' colours and marker shapes, by category id (as the poster has them)."""
    words: HandoutWords = ENGLISH
    """The headings and labels the handout adds."""

    @classmethod
    def create(cls, lesson: Lesson, theme: Theme, edition: Edition) -> HandoutContext:
        """The context of one handout."""
        legend = {entry.category_id: entry for entry in legend_entries(lesson, theme)}
        return cls(lesson, theme, HandoutStyle.for_theme(theme), edition, legend)

    @property
    def teacher(self) -> bool:
        """Whether this is the teacher edition (answers and notes shown)."""
        return self.edition == "teacher"

    @property
    def keep_limit(self) -> float:
        """The height below which a part is kept on one page."""
        return self.style.page.frame_height * KEEP_TOGETHER_SHARE
