"""What every output says about itself: title, author, subject, keywords and language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessonpress import __version__
from lessonpress.model.lesson import Lesson

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")

FALLBACK_LANGUAGE = "en"
"""The tag written when the lesson's ``language`` is not one a file format accepts."""


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    """The document properties of one output (PDF info, PowerPoint core properties)."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str
    """A BCP 47 tag, safe for ``lang`` attributes."""
    creator: str
    producer: str


def document_metadata(lesson: Lesson, output: str) -> DocumentMetadata:
    """The metadata of ``lesson``'s ``output`` (``handout``, ``deck``, ``poster``): the
    subject is the subtitle and course, or the title and the output's name."""
    subject = " — ".join(part for part in (lesson.subtitle, lesson.course) if part)
    tag = lesson.language.strip()
    return DocumentMetadata(
        title=lesson.title,
        author=lesson.author or "",
        subject=subject or f"{lesson.title} ({output})",
        keywords=(output, "lessonpress"),
        language=tag if _LANGUAGE_TAG.match(tag) else FALLBACK_LANGUAGE,
        creator=f"lessonpress {__version__} ({output})",
        producer=f"lessonpress {__version__}",
    )
