"""Flowables that draw as tagged content or as artifacts, pieces split off them included.

A flowable is tagged by giving it a subclass of its own class whose ``drawOn`` wraps
the drawing in marked content, and whose ``split`` tags each piece the same way. The
flowable stays what it was in every other respect: the handout's layout code, which
asks ``isinstance(flowable, Paragraph)`` and sets attributes such as ``keepWithNext``
on flowables, sees no difference, and a wrapper object could not promise that.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar, cast

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph

from lessonpress.renderers.tagging.structure import Element, StructureRecorder, artifact

Marking = Callable[[Canvas], AbstractContextManager[None]]
"""Opens and closes the marked content a flowable's drawing goes in."""

FlowableType = TypeVar("FlowableType", bound=Flowable)
ParagraphType = TypeVar("ParagraphType", bound=Paragraph)


def tag(flowable: FlowableType, recorder: StructureRecorder, element: Element) -> FlowableType:
    """``flowable``, drawn (and every piece split off it) as content of ``element``."""
    return _mark(flowable, partial(_marked, recorder=recorder, element=element))


def tag_as_artifact(flowable: FlowableType) -> FlowableType:
    """``flowable``, drawn (and every piece split off it) as an artifact."""
    return _mark(flowable, artifact)


def _marked(
    canvas: Canvas, recorder: StructureRecorder, element: Element
) -> AbstractContextManager[None]:
    return recorder.marked(canvas, element)


@dataclass(frozen=True, slots=True)
class ListItem:
    """Where a bullet item's paragraph draws: its bullet into ``label`` (an Lbl), its
    text into ``body`` (an LBody)."""

    recorder: StructureRecorder
    label: Element
    body: Element


def tag_list_item(paragraph: ParagraphType, item: ListItem) -> ParagraphType:
    """``paragraph`` (a bullet item) drawn as ``item``; pieces split off it are drawn
    into the item's body."""
    paragraph.__class__ = cast(type[ParagraphType], _with_mixin(type(paragraph), _ListItemDrawing))
    paragraph.tagging_item = item  # type: ignore[attr-defined]
    return paragraph


def _mark(flowable: FlowableType, marking: Marking) -> FlowableType:
    flowable.__class__ = cast(type[FlowableType], _with_mixin(type(flowable), _MarkedDrawing))
    flowable.tagging_marking = marking  # type: ignore[attr-defined]
    return flowable


_SUBCLASSES: dict[tuple[type[Flowable], type[Flowable]], type[Flowable]] = {}


def _with_mixin(base: type[Flowable], mixin: type[Flowable]) -> type[Flowable]:
    """``base`` with ``mixin`` before it (made once per pair); ``base`` itself if it has
    the mixin already."""
    if issubclass(base, mixin):
        return base
    if (base, mixin) not in _SUBCLASSES:
        _SUBCLASSES[base, mixin] = type(f"Tagged{base.__name__}", (mixin, base), {})
    return _SUBCLASSES[base, mixin]


class _MarkedDrawing(Flowable):
    """The mixin of every tagged flowable class."""

    tagging_marking: Marking

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw inside the flowable's marked content."""
        with self.tagging_marking(canvas):
            cast(Any, super()).drawOn(canvas, x, y, _sW)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The pieces of the flowable's own split, each marked as it is."""
        pieces: list[Any] = super().split(availWidth, availHeight)
        return [_mark(piece, self.tagging_marking) for piece in pieces]


def with_alt_text(flowable: FlowableType, alt: str) -> FlowableType:
    """``flowable`` (a picture), marked to be tagged as a Figure described by ``alt``."""
    flowable.alt_text = alt  # type: ignore[attr-defined]
    return flowable


def alt_text(flowable: Flowable) -> str | None:
    """The alternative text :func:`with_alt_text` gave ``flowable``, if any."""
    text: str | None = getattr(flowable, "alt_text", None)
    return text


class _ListItemDrawing(Paragraph):
    """The mixin of every bullet item's paragraph class.

    reportlab draws a paragraph's bullet, then begins the text object of its lines with
    :meth:`Paragraph.beginText`: that is where the label's marked content gives way to
    the body's.
    """

    tagging_item: ListItem
    _tagging_in_label = False

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw the bullet as the item's label and the text as its body."""
        item = self.tagging_item
        self._tagging_in_label = bool(self.bulletText)
        item.recorder.begin(canvas, item.label if self._tagging_in_label else item.body)
        try:
            cast(Any, super()).drawOn(canvas, x, y, _sW)
        finally:
            item.recorder.end(canvas)

    def beginText(self, x: float, y: float) -> PDFTextObject:
        """The text object of the paragraph's lines, in the item's body."""
        if self._tagging_in_label:
            self._tagging_in_label = False
            self.tagging_item.recorder.end(self.canv)
            self.tagging_item.recorder.begin(self.canv, self.tagging_item.body)
        return super().beginText(x, y)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The pieces of the paragraph's own split, each drawn into the same item."""
        pieces: list[Any] = super().split(availWidth, availHeight)
        return [tag_list_item(piece, self.tagging_item) for piece in pieces]
