"""The overview's tick years, read back from the deck's shapes: no year sits on an opaque
patch over a marker or an era band's edge. Before, "AD 500" on its patch cut the edge of
the Empire's band, and on a template's gradient the white patch showed as a box."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.shapes.base import BaseShape

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer


def _overlaps(a: BaseShape, b: BaseShape) -> bool:
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


def _crosses_an_edge(year: BaseShape, band: BaseShape) -> bool:
    """Whether one of ``band``'s side edges runs through ``year``'s box."""
    vertical = year.top < band.top + band.height and band.top < year.top + year.height
    edges = (band.left, band.left + band.width)
    return vertical and any(year.left < edge < year.left + year.width for edge in edges)


def test_no_year_patch_covers_a_marker_or_a_band_edge() -> None:
    lesson = load_lesson(LESSONS / "ancient-rome.yaml").lesson
    data = DeckRenderer().render(lesson, load_theme("chalkboard"), RenderOptions())
    slides = [
        tuple(slide.shapes)
        for slide in Presentation(io.BytesIO(data)).slides
        if any(shape.name == "Axis" for shape in slide.shapes)
    ]
    years = [shape for shapes in slides for shape in shapes if shape.name == "Year"]
    assert years
    for shapes in slides:
        markers = [shape for shape in shapes if shape.name.startswith("Marker: ")]
        bands = [shape for shape in shapes if shape.name.startswith("Era: ")]
        for year in (shape for shape in shapes if shape.name == "Year"):
            if year.fill.type != MSO_FILL.SOLID:
                continue
            assert not any(_overlaps(year, marker) for marker in markers), year.text_frame.text
            assert not any(_crosses_an_edge(year, band) for band in bands), year.text_frame.text
