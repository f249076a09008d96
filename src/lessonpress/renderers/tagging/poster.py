"""The poster's structure: its reading order, and the marked content its drawing makes.

The poster is drawn layer by layer (bands, leaders, axis, bars, markers, labels), not
in the order it is read. Its elements are therefore made first, in reading order: the
title block (the title an H1, the subtitle and the author line each a P), then the
events in time order (each event's label, its date, title and text, one P, followed by
its picture's Figure; on a crowded timeline, whose labels are numbers, the event's
entry in the numbered key is a Note inside it), each era's name before the first event
from its start on, then the legend and the sources. The drawing code wraps each piece
of content in :meth:`PosterTags.event` and its siblings.

Everything drawn outside them is an artifact: the page is opened as one, and each piece
of content closes it for its own marked content and opens it again after. Era bands,
leader lines, the axis and its tick labels, bars and markers are thus decoration to a
screen reader, and so is anything new drawn without a tag, rather than content missing
from the structure.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from reportlab.pdfgen.canvas import Canvas

from lessonpress.present import Plan
from lessonpress.renderers.tagging.pdf import write_structure
from lessonpress.renderers.tagging.structure import Element, StructureRecorder
from lessonpress.renderers.tagging.text import figure_description
from lessonpress.renderers.timeline_items import TimelineContent

_TITLE_BLOCK_ROLES = {"heading": "title", "heading-regular": "subtitle"}
"""The part of the title block a line is, by its font style; any other is the byline."""


class PosterTags:
    """The poster's structure elements, and the marked content that draws into them."""

    def __init__(self, plan: Plan, content: TimelineContent) -> None:
        self._plan = plan
        self._recorder = StructureRecorder(plan.metadata.language)
        root = self._recorder.root
        self._title_block = {
            "title": root.add("H1"),
            "subtitle": root.add("P"),
            "byline": root.add("P"),
        }
        self._events: dict[str, Element] = {}
        self._pictures: dict[str, Element] = {}
        self._eras: dict[str, Element] = {}
        eras = list(content.eras)  # in time order
        for event, item in zip(plan.lesson.timeline, content.items, strict=True):
            # An era's name comes before the first event from its start on.
            while eras and eras[0].start <= item.event.start:
                self._eras[eras.pop(0).key] = root.add("P")
            self._events[item.key] = root.add("P")
            if item.image is not None:
                self._pictures[item.key] = root.add("Figure", alt=figure_description(event))
        for era in eras:
            self._eras[era.key] = root.add("P")
        self._legend = root.add("P")
        self._sources = root.add("P")

    @contextmanager
    def page(self, canvas: Canvas) -> Iterator[None]:
        """The page: an artifact but for the content drawn inside the other methods."""
        canvas.addLiteral("/Artifact BMC")
        yield
        canvas.addLiteral("EMC")

    def title_block_line(self, canvas: Canvas, font_style: str) -> AbstractContextManager[None]:
        """A line of the title block, set in ``font_style``."""
        part = _TITLE_BLOCK_ROLES.get(font_style, "byline")
        return self._content(canvas, self._title_block[part])

    def event(self, canvas: Canvas, key: str) -> AbstractContextManager[None]:
        """The label of the event with ``key``."""
        return self._content(canvas, self._events[key])

    def era_name(self, canvas: Canvas, key: str) -> AbstractContextManager[None]:
        """The name of the era with ``key`` on its band."""
        return self._content(canvas, self._eras[key])

    def picture(self, canvas: Canvas, key: str) -> AbstractContextManager[None]:
        """The thumbnail of the event with ``key``."""
        return self._content(canvas, self._pictures[key])

    def key_entry(self, canvas: Canvas, key: str) -> AbstractContextManager[None]:
        """The entry in the numbered key of the event with ``key``, a Note in the event
        (whose label on the timeline is its number)."""
        # Made when drawn, after the label: the number comes before its note.
        return self._content(canvas, self._events[key].add("Note"))

    def legend(self, canvas: Canvas) -> AbstractContextManager[None]:
        """The legend of categories and signs."""
        return self._content(canvas, self._legend)

    def sources(self, canvas: Canvas) -> AbstractContextManager[None]:
        """The sources and picture credits."""
        return self._content(canvas, self._sources)

    @contextmanager
    def _content(self, canvas: Canvas, element: Element) -> Iterator[None]:
        canvas.addLiteral("EMC")
        with self._recorder.marked(canvas, element):
            yield
        canvas.addLiteral("/Artifact BMC")

    def tagged(self, pdf_bytes: bytes) -> bytes:
        """The drawn poster's bytes as a tagged PDF."""
        return write_structure(pdf_bytes, self._recorder, self._plan.metadata)
