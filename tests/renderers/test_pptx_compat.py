"""The python-pptx internals :mod:`lessonpress.renderers.deck.pptx_compat` relies on.

Each test names what moved, so that a python-pptx release that renames or reshapes a
private name fails here, loudly, instead of the deck quietly getting slow again.
"""

from __future__ import annotations

import inspect
import io

import pptx.opc.package
import pytest
from PIL import Image as PillowImage
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.package import Package
from pptx.parts.image import Image, ImagePart

from lessonpress.renderers.deck.package import SlideAppender
from lessonpress.renderers.deck.pptx_compat import (
    DeckPackage,
    IndexedRelationships,
    index_relationships,
)
from lessonpress.renderers.deck.template import open_default

OVERRIDDEN_PACKAGE_METHODS = {
    "next_partname": ["self", "tmpl"],
    "next_image_partname": ["self", "ext"],
    "get_or_add_image_part": ["self", "image_file"],
}
"""The ``Package`` methods :class:`DeckPackage` replaces, with python-pptx's parameters."""

RELATIONSHIP_METHODS = {
    "get_or_add": ["self", "reltype", "target_part"],
    "_add_relationship": ["self", "reltype", "target", "is_external"],
    "pop": ["self", "rId"],
    "items": ["self"],
}
"""The ``_Relationships`` methods :class:`IndexedRelationships` overrides or calls."""


def parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "expected"), OVERRIDDEN_PACKAGE_METHODS.items())
def test_the_package_methods_deck_package_replaces_are_still_python_pptx_s(
    name: str, expected: list[str]
) -> None:
    original = getattr(Package, name, None)
    assert original is not None, f"python-pptx's Package has no {name}() any more"
    assert parameters(original) == expected, f"Package.{name}() takes other parameters now"
    assert getattr(DeckPackage, name) is not original


@pytest.mark.parametrize(("name", "expected"), RELATIONSHIP_METHODS.items())
def test_the_private_relationship_collection_is_where_it_was(
    name: str, expected: list[str]
) -> None:
    collection = getattr(pptx.opc.package, "_Relationships", None)
    assert collection is not None, "pptx.opc.package._Relationships has moved"
    assert hasattr(pptx.opc.package, "_Relationship"), "pptx.opc.package._Relationship moved"
    method = getattr(collection, name, None)
    assert method is not None, f"_Relationships has no {name}() any more"
    assert parameters(method)[: len(expected)] == expected


def test_a_part_s_relationships_are_a_plain_collection_that_becomes_indexed() -> None:
    """python-pptx still gives each part a ``_Relationships``, and relates parts through
    its ``get_or_add``: the index is used, finds what exists and adds what does not."""
    presentation = open_default()
    part = presentation.part
    assert type(part.rels) is pptx.opc.package._Relationships
    index_relationships(part)
    assert type(part.rels) is IndexedRelationships
    master = presentation.slide_master.part
    count = len(part.rels)
    assert part.relate_to(master, RT.SLIDE_MASTER) in part.rels
    assert len(part.rels) == count
    slide = SlideAppender(presentation).add(presentation.slide_layouts[0])
    assert part.relate_to(slide.part, RT.SLIDE) == part.relate_to(slide.part, RT.SLIDE)
    assert len(part.rels) == count + 1
    part.drop_rel(part.relate_to(slide.part, RT.SLIDE))  # pop() resets the index
    assert part.relate_to(slide.part, RT.SLIDE) in part.rels


def test_images_and_part_names_come_from_the_deck_package() -> None:
    """The image helpers DeckPackage calls exist, and slides reach DeckPackage's methods."""
    assert parameters(Image.from_file) == ["image_file"]
    assert parameters(ImagePart.new) == ["package", "image"]
    presentation = open_default()
    package = presentation.part.package
    assert isinstance(package, DeckPackage)
    picture = io.BytesIO()
    PillowImage.new("RGB", (8, 8), "#336699").save(picture, "PNG")
    slide = SlideAppender(presentation).add(presentation.slide_layouts[6])
    first, _ = slide.part.get_or_add_image_part(io.BytesIO(picture.getvalue()))
    second, _ = slide.part.get_or_add_image_part(io.BytesIO(picture.getvalue()))
    assert first is second and str(first.partname) == "/ppt/media/image1.png"
    assert str(package.next_partname("/ppt/slides/slide%d.xml")) == "/ppt/slides/slide2.xml"
