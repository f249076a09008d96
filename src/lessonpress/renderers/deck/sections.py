"""PowerPoint sections: the deck's slides grouped as introduction, one group per era, review.

Sections show in PowerPoint's slide sorter and let a teacher collapse, move or skip
an era at once. They live in an extension of ``presentation.xml`` that PowerPoint
2010 and later read and older readers skip.
"""

from __future__ import annotations

from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.markup import attribute, element, xpath
from lessonpress.renderers.deck.package import stable_guid
from lessonpress.renderers.deck.template import SECTIONS_EXTENSION

P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"


class SectionTracker:
    """Notes where each section starts while slides are added, then writes the list."""

    def __init__(self, context: DeckContext) -> None:
        self._context = context
        self._starts: list[tuple[str, int]] = []

    def start(self, name: str, only_if_new: bool = False) -> None:
        """Begin a section called ``name`` at the next slide (unless it is the current one)."""
        if only_if_new and self._starts and self._starts[-1][0] == name:
            return
        self._starts.append((name, self._context.appender.count))

    def finish(self) -> None:
        """Write the sections into the presentation, dropping any that hold no slide."""
        slide_ids = self._context.appender.slide_ids
        bounds = [start for _, start in self._starts[1:]] + [len(slide_ids)]
        sections = []
        for index, ((name, start), end) in enumerate(zip(self._starts, bounds, strict=True)):
            members = slide_ids[start:end]
            if not members:
                continue
            guid = stable_guid(self._context.lesson.title, str(index), name)
            slides = "".join(f'<p14:sldId id="{slide_id}"/>' for slide_id in members)
            sections.append(
                f'<p14:section name={attribute(name)} id="{guid}">'
                f"<p14:sldIdLst>{slides}</p14:sldIdLst></p14:section>"
            )
        if not sections:
            return
        extension = element(
            f'<p:ext uri="{SECTIONS_EXTENSION}"><p14:sectionLst xmlns:p14="{P14}">'
            f"{''.join(sections)}</p14:sectionLst></p:ext>"
        )
        root = self._context.presentation.element
        extension_lists = xpath(root, "./p:extLst")
        extension_list = extension_lists[0] if extension_lists else None
        if extension_list is None:
            extension_list = element("<p:extLst/>")
            root.append(extension_list)
        extension_list.append(extension)
