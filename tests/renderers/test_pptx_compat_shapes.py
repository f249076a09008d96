"""The python-pptx internals the copied preset shapes of
:mod:`lessonpress.renderers.deck.pptx_compat` rely on: each test names what moved, so
that a python-pptx release that reshapes them fails here, loudly, rather than in a deck."""

from __future__ import annotations

import inspect

from lxml import etree
from pptx.shapes.shapetree import SlideShapes as PptxSlideShapes

from lessonpress.renderers.deck import pptx_compat
from lessonpress.renderers.deck.geometry import Box, inches
from lessonpress.renderers.deck.package import SlideAppender
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.template import open_default

FILL = '<a:srgbClr val="1F4E79"/>'
LINE = '<a:schemeClr val="accent2"/>'


def test_the_shape_tree_s_counter_and_tree_are_where_they_were() -> None:
    counter = inspect.getattr_static(PptxSlideShapes, "_next_shape_id", None)
    assert isinstance(counter, property), "python-pptx's shapes have no _next_shape_id any more"
    presentation = open_default()
    slide = SlideAppender(presentation).add(presentation.slide_layouts[6])
    tree = getattr(slide.shapes, "_spTree", None)
    assert tree is not None, "python-pptx's SlideShapes has no _spTree any more"
    assert hasattr(tree, "insert_element_before"), "the shape tree has no insert_element_before"


def test_a_copied_shape_is_the_shape_python_pptx_makes() -> None:
    """A copy is byte for byte the shape python-pptx's shape API makes with the same id,
    name and box, on a slide whose counter it follows."""
    presentation = open_default()
    appender = SlideAppender(presentation)
    layout = presentation.slide_layouts[6]
    first, second = Box(0, 0, inches(0.2), inches(7.5)), Box(inches(1), inches(2), 300, 400)
    made = SlideShapes(appender.add(layout))
    made.add_shape("Stripe", first, fill=FILL, line=LINE, line_width=12700)
    made.add_shape("Marker", second, geometry="diamond")
    copied = SlideShapes(appender.add(layout))
    copied.add_shape("Stripe", first, fill=FILL, line=LINE, line_width=12700)
    copied.add_shape("Marker", second, geometry="diamond", description="A marker")
    pptx_compat._SHAPE_PROTOTYPES.clear()
    stock = SlideShapes(appender.add(layout))
    stock.add_shape("Stripe", first, fill=FILL, line=LINE, line_width=12700)
    stock.add_shape("Marker", second, geometry="diamond", description="A marker")
    assert [etree.tostring(shape) for shape in list(copied.tree)[2:]] == [
        etree.tostring(shape) for shape in list(stock.tree)[2:]
    ]
    ids = [shape[0][0].get("id") for shape in list(copied.tree)[2:]]
    assert ids == ["2", "3"]
    assert copied.tree[3][0][0].get("descr") == "A marker"
    assert made.tree[3][0][0].get("descr") is None
