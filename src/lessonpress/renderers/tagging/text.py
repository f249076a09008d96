"""The words of a tagged PDF beside what is drawn: a picture's description, and the
language of the words lessonpress adds to the lesson's own."""

from __future__ import annotations

from lessonpress.model.lesson import Event
from lessonpress.present.words import available_languages, catalog_names


def figure_description(event: Event) -> str:
    """The alternative text of ``event``'s picture: the lesson's alt text, else its
    caption, else the event's title (a Figure must be described; ``check`` asks the
    teacher for the alt text)."""
    image = event.image
    if image is not None and image.alt:
        return image.alt
    if image is not None and image.caption:
        return image.caption.plain
    return event.title


def interface_language(language: str) -> str | None:
    """The language of the words lessonpress adds (headings, labels) to a document in
    ``language``, when it is another one: a lesson in a language without a catalog of
    its own gets English headings, which a screen reader must then read as English."""
    available = set(available_languages())
    found = next(name for name in catalog_names(language) if name in available)
    primary = language.strip().replace("_", "-").split("-")[0].lower()
    return None if found.split("_")[0] == primary else found.replace("_", "-")
