"""Pictures named in other formats: local files become the event's image, web ones a source.

A lesson's pictures are files beside it (nothing is downloaded), so a picture on the
web is kept as a link among the event's sources, with a warning that says how to
add it as an image.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lessonpress.convert.draft import Draft, Origin

_REMOTE_PREFIXES = ("http://", "https://", "//", "www.", "data:")


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture as another format names it."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""


def add_picture(
    event: dict[str, Any], picture: Picture, origin: Origin, path: str, draft: Draft
) -> None:
    """Give ``event`` the picture as an image, or as a source link when it is on the web."""
    url = picture.url
    if url.lower().startswith(_REMOTE_PREFIXES) or "://" in url:
        source: dict[str, str] = {"title": picture.caption or picture.alt or "Picture", "url": url}
        if picture.credit:
            source["author"] = picture.credit
        event.setdefault("sources", []).append(source)
        draft.warn(
            origin,
            f"the picture {url} is on the web, so it is listed among the event's sources",
            "a lesson's pictures are files beside it: download the picture, save it next to "
            "the lesson and add 'image: {src: picture.jpg, alt: ...}' to the event",
            path,
        )
        return
    file = (draft.source.parent / url).resolve()
    if not file.is_file():
        draft.warn(
            origin,
            f"the picture '{url}' is not in the folder of {draft.source.name}; it was left out",
            "put the picture beside the timeline file and import again",
            path,
        )
        return
    if not picture.alt:
        # The lesson's image mapping needs alt text; the short form leaves it to a warning.
        event["image"] = str(file)
        if picture.caption or picture.credit:
            draft.warn(
                origin,
                f"the picture '{url}' has no alt text, so its caption and credit were left out",
                "write the image as {src: ..., alt: what it shows, caption: ..., credit: ...}",
                path,
            )
        return
    image = {"src": str(file), "alt": picture.alt}
    if picture.caption:
        image["caption"] = picture.caption
    if picture.credit:
        image["credit"] = picture.credit
    event["image"] = image
