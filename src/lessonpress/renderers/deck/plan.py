"""The order of a deck's slides, decided from the lesson alone.

The deck opens with the title slide, the objectives and the timeline overview;
each era that has events gets a section slide before them; every event gets a
slide (more when its text continues); questions, key terms and sources close it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lessonpress.model.lesson import Era, Event, Lesson

SlideKind = Literal[
    "cover", "objectives", "overview", "section", "event", "questions", "key-terms", "sources"
]


@dataclass(frozen=True, slots=True)
class PlannedSlide:
    """One slide of the plan: ``era`` is set for a section and for an event in an era;
    ``events`` lists a section's events."""

    kind: SlideKind
    era: Era | None = None
    event: Event | None = None
    events: tuple[Event, ...] = ()


def plan_deck(lesson: Lesson) -> list[PlannedSlide]:
    """The slides of ``lesson``'s deck in order, one for each event (before continuations)."""
    plan = [PlannedSlide("cover")]
    if lesson.objectives:
        plan.append(PlannedSlide("objectives"))
    plan.append(PlannedSlide("overview"))
    runs: list[tuple[Era | None, list[Event]]] = []
    for event in lesson.timeline:
        era = lesson.era_of(event)
        if runs and runs[-1][0] is era:
            runs[-1][1].append(event)
        else:
            runs.append((era, [event]))
    for era, events in runs:
        if era is not None:
            plan.append(PlannedSlide("section", era=era, events=tuple(events)))
        plan += [PlannedSlide("event", era=era, event=event) for event in events]
    if lesson.questions:
        plan.append(PlannedSlide("questions"))
    if lesson.glossary:
        plan.append(PlannedSlide("key-terms"))
    if lesson.all_sources:
        plan.append(PlannedSlide("sources"))
    return plan
