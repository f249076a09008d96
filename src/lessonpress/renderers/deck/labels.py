"""The words lessonpress itself puts on slides, kept together for a future translation."""

from __future__ import annotations

OBJECTIVES = "Learning objectives"
OVERVIEW = "Timeline"
QUESTIONS = "Discussion questions"
KEY_TERMS = "Key terms"
SOURCES = "Sources"
SIGNIFICANCE = "Why it matters:"
NOTES_SOURCES = "Sources:"
NOTES_ANSWERS = "Answers:"
NOTES_ERA_EVENTS = "Events in this era:"
INTRODUCTION_SECTION = "Introduction"
EVENTS_SECTION = "Events"
REVIEW_SECTION = "Review"
LOGO = "Logo"


def overview_part(number: int, count: int) -> str:
    """The title of one of an overview's slides when it takes several."""
    return f"{OVERVIEW} ({number} of {count})"


def more_events(count: int) -> str:
    """The overview's note about the events it leaves out."""
    return f"+ {count} more event{'s' if count != 1 else ''} in this lesson"
