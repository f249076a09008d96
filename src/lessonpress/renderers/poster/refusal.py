"""What the poster says when a lesson does not fit on its paper even as a numbered key:
how many events do, and the three ways that work, with the lesson's own numbers — a
poster of its key events (``--only highlighted``), the paper with room for them all,
or one lesson per era."""

from __future__ import annotations

import re

from lessonpress.errors import Problem
from lessonpress.model.lesson import Lesson
from lessonpress.model.pages import NAMED_PAGE_SIZES, PageSize

LARGER_PAPERS = ("tabloid", "a3", "a2", "a1", "a0")
"""The papers a refusal may offer, smallest first: what schools print and print shops
take."""

LEAST_GROWTH = 1.5
"""The least times the room a paper must offer to be worth naming (A3 is hardly larger
than tabloid)."""


def too_crowded(
    lesson: Lesson, page_size: PageSize, fitted: int, *, key_events_only: bool = False
) -> Problem:
    """The problem of a lesson of which only ``fitted`` events fit on ``page_size``;
    ``key_events_only`` says the poster already shows the highlighted events alone."""
    total = len(lesson.events)
    ways = [
        way
        for way in (
            None if key_events_only else _key_events_way(lesson),
            _paper_way(page_size, fitted, total),
            _split_way(lesson),
        )
        if way
    ]
    return Problem(
        lesson.source_file,
        None,
        None,
        "poster.page_size",
        f"only about {fitted} of {total} events fit on {article(page_size.name)} "
        f"{page_size.name} poster",
        "; or ".join(ways),
    )


def _key_events_way(lesson: Lesson) -> str:
    """A poster of the highlighted events alone, or how to make one."""
    highlighted = sum(1 for event in lesson.events if event.highlight)
    if not highlighted:
        return (
            "mark the key events with highlight: true and make a poster of them alone "
            "with --only highlighted"
        )
    events = "event" if highlighted == 1 else "events"
    return f"make a poster of its {highlighted} key {events} alone with --only highlighted"


def _paper_way(page_size: PageSize, fitted: int, total: int) -> str:
    """Larger paper, with the room it has: the next size up, and the smallest with as
    many times the room as the events are more than fit (a crowded poster's room grows
    with its area), or else the largest; past a0, a custom size."""
    area = page_size.width * page_size.height
    larger = [
        (name, NAMED_PAGE_SIZES[name][0] * NAMED_PAGE_SIZES[name][1] / area)
        for name in LARGER_PAPERS
        if NAMED_PAGE_SIZES[name][0] * NAMED_PAGE_SIZES[name][1] >= area * LEAST_GROWTH
    ]
    if not larger:
        return "print it larger still, on a custom size such as --poster-size 48x72in"
    needed = total / max(fitted, 1)
    enough = next(((name, times) for name, times in larger if times >= needed), larger[-1])
    rooms = [
        f"--poster-size {name} has {times:.0f} times the room"
        for name, times in dict.fromkeys([larger[0], enough])
    ]
    return f"print it larger: {', '.join(rooms)}"


def _split_way(lesson: Lesson) -> str:
    """One lesson per era, with each era's count of events; else shorter periods."""
    if len(lesson.eras) < 2:
        return "split it into lessons of shorter periods"
    counts = _events_per_era(lesson)
    eras = ", ".join(
        f"{era.title} ({count} {'event' if count == 1 else 'events'})"
        for era, count in zip(lesson.eras, counts, strict=True)
    )
    return f"split it into one lesson per era: {eras}"


def _events_per_era(lesson: Lesson) -> list[int]:
    """How many events each era holds, an event where eras meet in the one beginning
    there (the latest to start of those covering it)."""
    counts = [0] * len(lesson.eras)
    for event in lesson.events:
        at = event.span.start_position
        covering = [
            index
            for index, era in enumerate(lesson.eras)
            if era.start_position <= at <= era.end_position
        ]
        if covering:
            counts[max(covering, key=lambda index: lesson.eras[index].start_position)] += 1
    return counts


def article(name: str) -> str:
    """The indefinite article a paper size is spoken with: "an a0", "an 11x17in", "an
    8x10in", "a tabloid", "a 24x36in"."""
    number = re.match(r"\d+", name)
    if number:
        return "an" if number[0].startswith("8") or number[0] in {"11", "18"} else "a"
    return "an" if name[:1].lower() in {"a", "e", "i", "o"} else "a"
