"""The shapes python-pptx adds to the deck's slides: drawn only as lessonpress asks."""

from __future__ import annotations

import io

from lxml import etree
from pptx import Presentation

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}


def test_no_shape_takes_a_fill_line_or_shadow_from_the_theme_style() -> None:
    """python-pptx gives its autoshapes and connectors a theme style (a fill, a line and
    an effect such as a shadow); each of the deck's says its own fill, line and effects."""
    lesson = load_lesson(LESSONS / "minimal.yaml").lesson
    data = DeckRenderer().render(lesson, load_theme("classic"), RenderOptions())
    styled = []
    for slide in Presentation(io.BytesIO(data)).slides:
        for shape in etree.fromstring(slide.part.blob).iterfind(".//p:style/..", NS):
            properties = shape.find("p:spPr", NS)
            assert properties is not None
            name = shape.find("./*/p:cNvPr", NS).get("name")
            assert properties.find("a:effectLst", NS) is not None, (
                f"{name} takes the theme's effect"
            )
            assert properties.find("a:ln", NS) is not None, f"{name} takes the theme's line"
            if etree.QName(shape).localname == "sp":
                fills = properties.xpath("a:solidFill | a:noFill", namespaces=NS)
                assert fills, f"{name} takes the theme's fill"
            styled.append(name)
    assert styled, "the overview draws its axis, ticks and markers as styled shapes"
