"""The logical structure of a tagged PDF as it is drawn: elements in reading order, and
for each the marked content and annotations that belong to it.

Elements are created in reading order (the order a screen reader speaks them), which
need not be the order they are drawn in. Drawing code then opens marked content for an
element with :meth:`StructureRecorder.marked`; each sequence gets the next MCID of its
page. :mod:`lessonpress.renderers.tagging.pdf` writes the result into the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Literal, ParamSpec

from reportlab.pdfgen.canvas import Canvas

from lessonpress.renderers.reportlab_internals import page_annotation_count

Role = Literal[
    "Document",
    "H1",
    "H2",
    "H3",
    "P",
    "BlockQuote",
    "L",
    "LI",
    "Lbl",
    "LBody",
    "Figure",
    "Link",
    "Note",
]
"""The standard structure types the handout and poster use (ISO 32000-1, 14.8.4)."""

P = ParamSpec("P")


@dataclass(frozen=True, slots=True)
class MarkedContent:
    """One marked-content sequence: the ``mcid``-th of page ``page`` (counted from 0)."""

    page: int
    mcid: int


@dataclass(frozen=True, slots=True)
class Annotation:
    """The ``index``-th annotation of page ``page``, both counted from 0."""

    page: int
    index: int


@dataclass(eq=False, slots=True)
class Element:
    """A structure element: its role, alternative text and language, and its kids in
    reading order (elements, marked content, annotations)."""

    role: Role
    alt: str | None = None
    lang: str | None = None
    kids: list[Element | MarkedContent | Annotation] = field(default_factory=list)

    def add(self, role: Role, alt: str | None = None, lang: str | None = None) -> Element:
        """A new element, the last kid of this one."""
        element = Element(role, alt, lang)
        self.kids.append(element)
        return element


class StructureRecorder:
    """Collects one document's structure while it is drawn."""

    def __init__(self, lang: str | None) -> None:
        self.root = Element("Document", lang=lang)
        self._next_mcid: dict[int, int] = {}
        self._open: tuple[Element, int, int] | None = None

    def begin(self, canvas: Canvas, element: Element) -> None:
        """Mark what is drawn from here to :meth:`end` as content of ``element``."""
        assert self._open is None, "marked content is never nested"
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        canvas.addLiteral(f"/{element.role} <</MCID {mcid}>> BDC")
        element.kids.append(MarkedContent(page, mcid))
        self._open = (element, page, page_annotation_count(canvas))

    def end(self, canvas: Canvas) -> None:
        """End the marked content :meth:`begin` opened; a link annotation made inside
        becomes a Link element after it."""
        assert self._open is not None
        element, page, annotations_before = self._open
        self._open = None
        canvas.addLiteral("EMC")
        for index in range(annotations_before, page_annotation_count(canvas)):
            element.add("Link").kids.append(Annotation(page, index))

    @contextmanager
    def marked(self, canvas: Canvas, element: Element) -> Iterator[None]:
        """Mark what is drawn inside as content of ``element`` (see :meth:`end`)."""
        self.begin(canvas, element)
        try:
            yield
        finally:
            self.end(canvas)


@contextmanager
def artifact(canvas: Canvas) -> Iterator[None]:
    """Mark what is drawn inside as an artifact: decoration that a screen reader skips
    (running headers and footers, rules, answer lines, boxes' fills)."""
    canvas.addLiteral("/Artifact BMC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")


def drawn_as_artifact(draw: Callable[P, None]) -> Callable[P, None]:
    """``draw`` (a page decoration, called with the canvas first) drawing an artifact."""

    @wraps(draw)
    def draw_artifact(*args: P.args, **kwargs: P.kwargs) -> None:
        canvas = args[0]
        assert isinstance(canvas, Canvas)
        with artifact(canvas):
            draw(*args, **kwargs)

    return draw_artifact
