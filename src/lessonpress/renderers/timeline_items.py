"""What a timeline shows of a lesson: the shared adapter from the model to the layout.

The poster, the handout's timeline strip and the deck's overview slide all draw the
same timeline. This module decides once what each of them shows of an event (its
position in time, date label, title, a short text, its colour and marker shape) and
of an era, so the three outputs agree. It stays renderer-neutral: no reportlab, no
python-pptx, only the presentation plan and plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from lessonpress.layout import TimelineEra, TimelineEvent, excerpt_within, first_sentence
from lessonpress.model.lesson import Event, ImageFile, Lesson
from lessonpress.present import DEFAULT_MARKER, LegendEntry, Marker, Palette, Pattern, Plan
from lessonpress.present.bars import drawn_as_bar, shortest_bar

SHORT_TEXT_LIMIT = 160
"""The longest short text, in characters; a longer first sentence is cut at a clause end."""


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One event as every timeline shows it: what the layout places, and how it looks."""

    event: TimelineEvent
    color: str
    marker: Marker
    pattern: Pattern | None
    """The fill pattern of its bar, if it lasts (see ``LegendEntry.pattern``)."""
    category_label: str | None
    image: ImageFile | None
    image_alt: str | None

    @property
    def key(self) -> str:
        """The event's unique key, which the layout hands back with its placement."""
        return self.event.key


@dataclass(frozen=True)
class TimelineContent:
    """Everything a timeline draws of one lesson, in time order."""

    items: tuple[TimelineItem, ...]
    eras: tuple[TimelineEra, ...]
    legend: tuple[LegendEntry, ...]

    @property
    def events(self) -> tuple[TimelineEvent, ...]:
        """The events as the layout takes them."""
        return tuple(item.event for item in self.items)

    def item(self, key: str) -> TimelineItem:
        """The item whose event has ``key``."""
        return self._by_key[key]

    @cached_property
    def _by_key(self) -> dict[str, TimelineItem]:
        return {item.key: item for item in self.items}


def timeline_content(plan: Plan) -> TimelineContent:
    """The timeline of the plan's lesson in its palette: items, eras and legend entries."""
    lesson = plan.lesson
    by_category = {entry.category_id: entry for entry in plan.legend}
    shortest = shortest_bar(lesson)
    items = tuple(_item(event, by_category, plan, shortest) for event in lesson.timeline)
    return TimelineContent(items, era_bands(lesson, plan.palette), plan.legend)


def era_bands(lesson: Lesson, palette: Palette) -> tuple[TimelineEra, ...]:
    """The lesson's eras in time order; an era without a colour alternates primary and
    secondary, so that neighbouring bands stay apart."""
    alternating = (palette.primary, palette.secondary)
    ordered = sorted(lesson.eras, key=lambda era: (era.start_position, era.end_position))
    return tuple(
        TimelineEra(
            key=f"era-{index + 1}",
            title=era.title,
            start=era.start_position,
            end=era.end_position,
            color=palette.ink(era.color) if era.color else alternating[index % 2],
        )
        for index, era in enumerate(ordered)
    )


def short_text(event: Event, limit: int = SHORT_TEXT_LIMIT) -> str:
    """The first sentence of the event's text, cut at a clause end past ``limit``
    characters (see :mod:`lessonpress.layout.excerpts`)."""
    if not event.text or not event.text.paragraphs:
        return ""
    return excerpt_within(first_sentence(event.text.paragraphs[0].plain), limit)


def _item(
    event: Event, by_category: dict[str, LegendEntry], plan: Plan, shortest: float
) -> TimelineItem:
    palette = plan.palette
    entry = by_category.get(event.category) if event.category else None
    span = event.span
    lasts = drawn_as_bar(event, shortest)
    image = event.image
    return TimelineItem(
        event=TimelineEvent(
            key=event.slug,
            start=span.start_position,
            end=span.end_position if lasts else None,
            date_label=plan.date_label(event),
            title=event.title,
            short_text=short_text(event),
            highlight=event.highlight,
            category=event.category,
        ),
        color=entry.color if entry else palette.primary,
        marker=entry.marker if entry else DEFAULT_MARKER,
        pattern=entry.pattern if entry else None,
        category_label=entry.label if entry else None,
        image=image.file if image else None,
        image_alt=image.alt if image else None,
    )
