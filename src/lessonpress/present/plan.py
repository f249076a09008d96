"""The presentation plan: every decision about how one lesson looks in one output.

``present`` runs between the model and the renderers: for a lesson, a theme and an
output it decides once the colours (``palette``), the interface words (``words``), the
legend, the document's metadata and what links do, and returns them in one immutable
``Plan``. Renderers paint the plan; none decides any of this again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lessonpress.model.lesson import Era, Event, Lesson
from lessonpress.model.theme import Theme
from lessonpress.present.legend import LegendEntry, legend_entries
from lessonpress.present.links import LinkPolicy, link_policy
from lessonpress.present.metadata import DocumentMetadata, document_metadata
from lessonpress.present.palette import Medium, Palette, palette_for
from lessonpress.present.words import Words, words_for

Output = Literal["handout", "deck", "poster"]

MEDIUMS: dict[Output, Medium] = {"handout": "paper", "deck": "screen", "poster": "paper"}
"""Where each output is seen: the handout and the poster print on white paper, the deck
is projected on its own background."""


@dataclass(frozen=True)
class Plan:
    """How one lesson looks in one output.

    The timeline of the output (the layout that the layout stage's fitting returns for
    the output's bounds and fonts) is planned by the renderer that knows those bounds,
    from the ``legend`` and ``palette`` here.
    """

    lesson: Lesson
    theme: Theme
    output: Output
    palette: Palette
    words: Words
    legend: tuple[LegendEntry, ...]
    metadata: DocumentMetadata
    links: LinkPolicy

    @property
    def medium(self) -> Medium:
        """Where the output is seen: ``paper`` or ``screen``."""
        return self.palette.medium

    def date_label(self, dated: Event | Era) -> str:
        """An event's or era's date as this output shows it, Old Style days as the theme
        chooses (``old_style_dates``)."""
        return dated.date_label_in(self.theme.old_style_dates)

    def category(self, category_id: str | None) -> LegendEntry | None:
        """The legend entry of ``category_id``, or ``None`` for an event without one."""
        return next((entry for entry in self.legend if entry.category_id == category_id), None)


class PlanHolder:
    """What a renderer's context that carries a plan offers: the plan's lesson, theme and
    words at hand (the subclass provides ``plan``)."""

    __slots__ = ()
    plan: Plan

    @property
    def lesson(self) -> Lesson:
        """The lesson being rendered."""
        return self.plan.lesson

    @property
    def theme(self) -> Theme:
        """The theme it is rendered in."""
        return self.plan.theme

    @property
    def words(self) -> Words:
        """The words the output adds, in the lesson's language."""
        return self.plan.words


def present(lesson: Lesson, theme: Theme, output: Output) -> Plan:
    """The presentation plan of ``lesson`` in ``theme`` for ``output``."""
    medium = MEDIUMS[output]
    palette = palette_for(theme, medium)
    return Plan(
        lesson=lesson,
        theme=theme,
        output=output,
        palette=palette,
        words=words_for(lesson.language),
        legend=legend_entries(lesson, theme, palette),
        metadata=document_metadata(lesson, output),
        links=link_policy(medium),
    )
