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
from functools import partial
from typing import Any, TypeVar, cast

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonpress.renderers.tagging.structure import Element, StructureRecorder, artifact

Marking = Callable[[Canvas], AbstractContextManager[None]]
"""Opens and closes the marked content a flowable's drawing goes in."""

FlowableType = TypeVar("FlowableType", bound=Flowable)


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


def _mark(flowable: FlowableType, marking: Marking) -> FlowableType:
    base: type[Flowable] = type(flowable)
    flowable.__class__ = cast(type[FlowableType], _marked_class(base))
    flowable.tagging_marking = marking  # type: ignore[attr-defined]
    return flowable


_MARKED_CLASSES: dict[type[Flowable], type[Flowable]] = {}


def _marked_class(base: type[Flowable]) -> type[Flowable]:
    """``base`` with its drawing marked (made once per class); the class itself if it is
    one already."""
    if issubclass(base, _MarkedDrawing):
        return base
    if base not in _MARKED_CLASSES:
        _MARKED_CLASSES[base] = type(f"Tagged{base.__name__}", (_MarkedDrawing, base), {})
    return _MARKED_CLASSES[base]


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
