"""The python-pptx internals the package writer of :mod:`lessonpress.renderers.deck.pptx_compat`
relies on: each test names what moved, so that a python-pptx release that reshapes them
fails here, loudly, rather than in a deck."""

from __future__ import annotations

import io
import zipfile

import pptx.opc.package
import pptx.opc.serialized
from pptx.package import Package

from lessonpress.renderers.deck.package import SlideAppender, build_time, save
from lessonpress.renderers.deck.pptx_compat import add_notes_slide, package_members
from lessonpress.renderers.deck.template import open_default


def test_the_content_types_and_the_package_s_relationships_are_where_they_were() -> None:
    item = getattr(pptx.opc.serialized, "_ContentTypesItem", None)
    assert item is not None, "pptx.opc.serialized._ContentTypesItem has moved"
    assert hasattr(item, "xml_for"), "_ContentTypesItem has no xml_for() any more"
    assert "_rels" in vars(pptx.opc.package.OpcPackage), "OpcPackage has no _rels any more"
    assert hasattr(pptx.opc.package._Relationships, "xml"), "_Relationships has no xml any more"
    assert issubclass(Package, pptx.opc.package.OpcPackage)


def test_the_members_are_those_python_pptx_saves_in_its_order() -> None:
    """The members written with fixed times are byte for byte the ones python-pptx's own
    ``save`` writes, slides, notes, links and their relationships included."""
    presentation = open_default()
    slide = SlideAppender(presentation).add(presentation.slide_layouts[6])
    add_notes_slide(slide).notes_text_frame.text = "Ask the class."
    box = slide.shapes.add_textbox(0, 0, 914400, 914400)
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "A source"
    run.hyperlink.address = "https://example.org/?a=1&b=2"  # an external relationship
    saved = io.BytesIO()
    presentation.save(saved)
    with zipfile.ZipFile(saved) as archive:
        stock = [(info.filename, archive.read(info)) for info in archive.infolist()]
    assert list(package_members(presentation.part.package)) == stock
    with zipfile.ZipFile(io.BytesIO(save(presentation))) as archive:
        assert [(info.filename, archive.read(info)) for info in archive.infolist()] == stock
        stamp = build_time().timetuple()[:6]
        assert {info.date_time for info in archive.infolist()} == {stamp}
