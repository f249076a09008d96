"""Every word the handout adds to the lesson's own text, gathered in one place.

The handout is in English for now; a translation is one more ``HandoutWords`` value
chosen by the lesson's ``language``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HandoutWords:
    """Section headings, labels and the notes the handout prints."""

    timeline: str = "Timeline"
    objectives: str = "Learning objectives"
    overview: str = "Overview"
    events: str = "Events"
    glossary: str = "Key terms"
    questions: str = "Questions"
    sources: str = "Sources"
    why_it_matters: str = "Why it matters"
    teacher_notes: str = "Teacher notes"
    answer: str = "Answer"
    no_answer: str = "No answer given in the lesson."
    key_event: str = "Key event"
    lasting_event: str = "Lasting event (start to end)"
    source_lead: str = "Source:"
    sources_lead: str = "Sources:"
    credit_lead: str = "Credit:"
    teacher_edition: str = "Teacher edition"

    def page_number(self, number: int, total: int | None) -> str:
        """The footer's page number: ``Page 2 of 5`` (``Page 2`` while the total is not
        known yet)."""
        return f"Page {number} of {total}" if total else f"Page {number}"

    def unlabelled_strip(self, count: int) -> str:
        """The note under a strip whose events were too crowded to label."""
        return (
            f"The {count} events are too close together to label here; "
            "they follow in time order below."
        )


ENGLISH = HandoutWords()
