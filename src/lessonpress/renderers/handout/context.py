"""What every part of the handout is built from: the lesson, its style and the edition."""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.present import LegendEntry, Plan, PlanHolder, present
from lessonpress.renderers.base import Edition
from lessonpress.renderers.handout.styles import HandoutStyle

KEEP_TOGETHER_SHARE = 1 / 3
"""A part shorter than this share of the page moves to the next page whole."""


@dataclass(frozen=True, slots=True)
class HandoutContext(PlanHolder):
    """One handout's presentation plan, style and edition, passed to every part."""

    plan: Plan
    style: HandoutStyle
    edition: Edition

    @classmethod
    def create(cls, lesson: Lesson, theme: Theme, edition: Edition) -> HandoutContext:
        """The context of one handout."""
        plan = present(lesson, theme, "handout")
        return cls(plan, HandoutStyle.for_plan(plan), edition)

    @property
    def legend(self) -> dict[str, LegendEntry]:
        """The categories' colours and marker shapes, by category id (as the poster has them)."""
        return {entry.category_id: entry for entry in self.plan.legend}

    @property
    def teacher(self) -> bool:
        """Whether this is the teacher edition (answers and notes shown)."""
        return self.edition == "teacher"

    @property
    def keep_limit(self) -> float:
        """The height below which a part is kept on one page."""
        return self.style.page.frame_height * KEEP_TOGETHER_SHARE
