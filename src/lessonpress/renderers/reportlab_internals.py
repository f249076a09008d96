"""The parts of reportlab the PDF renderers use beyond its public, typed API, in one place.

reportlab offers no public way to do these things, and each is worth it:

- a paragraph's broken lines and reportlab's own way of cutting a range of them out,
  so that a long paragraph continues in pieces broken into lines once (otherwise
  every page breaks the rest again, and a long text costs the square of its length);
- a ``KeepTogether`` group's content and measured heights, so that a group can be
  kept together only while it is short;
- the frame's cursor, to bookmark the top of a flowable where it is drawn;
- whether the canvas holds an unfinished page, to end it before saving;
- how many annotations the page has so far, to tie each link to the text it is in.

The tagged PDF also relies on one behaviour of a public method: a paragraph draws its
bullet before it calls ``Paragraph.beginText`` for the text of its lines
(:mod:`lessonpress.renderers.tagging.flowables` splits a list item's label from its body
there).

``tests/renderers/test_reportlab_internals.py`` fails loudly if any of them moves in
a reportlab release. ``getKeepWithNext`` is public but untyped in the stubs; it is
given its type here too, so that no other module needs an ignore.
"""

from __future__ import annotations

from typing import Any, cast

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph
from reportlab.platypus.frames import Frame


def is_broken_into_lines(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` has been broken into lines (by ``wrap``)."""
    return getattr(paragraph, "blPara", None) is not None


def line_count(paragraph: Paragraph) -> int:
    """How many lines ``paragraph`` was broken into by its last ``wrap``."""
    return len(cast(Any, paragraph).blPara.lines)


def lines_as_fragments(paragraph: Paragraph, first: int, stop: int) -> list[Any]:
    """The fragments of lines ``first`` to ``stop`` of a wrapped ``paragraph``, as
    reportlab's own split takes them out, ready for ``Paragraph(..., frags=...)``."""
    private = cast(Any, paragraph)
    return cast(list[Any], private._get_split_blParaFunc()(private.blPara, first, stop))


def group_content(group: KeepTogether) -> list[Flowable]:
    """The flowables a ``KeepTogether`` group holds."""
    return cast(list[Flowable], cast(Any, group)._content)


def group_heights(group: KeepTogether) -> tuple[float, float]:
    """A wrapped group's whole height and the height of its first flowable."""
    private = cast(Any, group)
    return float(private._H), float(private._H0)


def frame_cursor(frame: Frame) -> float:
    """How high on the page the next flowable in ``frame`` will end, in points."""
    return float(cast(Any, frame)._y)


def page_has_content(canvas: Canvas) -> bool:
    """Whether ``canvas`` holds drawing for a page that has not been shown yet."""
    return bool(cast(Any, canvas)._code)


def keeps_with_next(flowable: Flowable) -> bool:
    """Whether ``flowable`` must stay on the page of the flowable after it."""
    return bool(cast(Any, flowable).getKeepWithNext())


def page_annotation_count(canvas: Canvas) -> int:
    """How many annotations (links) the page being drawn on ``canvas`` has so far."""
    return len(cast(Any, canvas)._annotationrefs)
