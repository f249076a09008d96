"""The printable handout: a PDF for students (or, in the teacher edition, with answers
and notes) made with reportlab.

Importing this package is cheap; reportlab is loaded when a handout is rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lessonpress.model.lesson import Lesson
    from lessonpress.model.theme import Theme
    from lessonpress.renderers.base import RenderOptions

__all__ = ["HandoutRenderer"]


class HandoutRenderer:
    """Renders a lesson as a printable PDF handout."""

    name = "handout"
    suffix = ".pdf"
    description = "Printable handout (PDF): timeline, events, key terms and questions to answer"

    def render(self, lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
        """The handout's PDF bytes; identical input gives identical bytes."""
        from lessonpress.renderers.handout.document import render_handout

        return render_handout(lesson, theme, options)
