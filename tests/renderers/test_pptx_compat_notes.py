"""The python-pptx internals the notes pages of :mod:`lessonpress.renderers.deck.pptx_compat`
rely on: each test names what moved, so that a python-pptx release that reshapes them
fails here, loudly, rather than in a deck."""

from __future__ import annotations

import inspect

from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.presentation import Presentation

from lessonpress.renderers.deck.package import SlideAppender
from lessonpress.renderers.deck.pptx_compat import add_notes_slide
from lessonpress.renderers.deck.template import open_default


def test_a_notes_part_is_still_made_from_a_name_a_type_a_package_and_its_markup() -> None:
    parameters = list(inspect.signature(NotesSlidePart).parameters)
    assert parameters == ["partname", "content_type", "package", "element"], (
        f"NotesSlidePart() takes {parameters} now"
    )
    assert hasattr(SlidePart, "notes_slide"), "SlidePart has no notes_slide any more"


def test_the_notes_page_made_directly_is_the_one_python_pptx_reads() -> None:
    """python-pptx finds the page as the slide's notes slide, with the placeholders its
    own ``slide.notes_slide`` would clone from the notes master, named from the counter."""
    presentation: Presentation = open_default()
    appender = SlideAppender(presentation)
    slides = [appender.add(presentation.slide_layouts[6]) for _ in range(2)]
    pages = [add_notes_slide(slide) for slide in slides]
    assert [str(page.part.partname) for page in pages] == [
        "/ppt/notesSlides/notesSlide1.xml",
        "/ppt/notesSlides/notesSlide2.xml",
    ]
    stock = open_default()
    stock_page = stock.slides.add_slide(stock.slide_layouts[6]).notes_slide
    stock_kinds = {shape.placeholder_format.type for shape in stock_page.placeholders}
    for slide, page in zip(slides, pages, strict=True):
        assert slide.has_notes_slide and slide.notes_slide is page
        assert page.notes_placeholder is not None
        kinds = {shape.placeholder_format.type for shape in page.placeholders}
        assert len(kinds) == 2 and kinds <= stock_kinds
