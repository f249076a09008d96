"""The words a tagged PDF gives to what is not text: the description of a picture."""

from __future__ import annotations

from lessonpress.model.lesson import Event


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
