"""The slide painter: every slide painted, with its text, looking as LibreOffice draws it."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops, ImageStat
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Pt

from checks import convert_all_to_pdf
from conftest import DATA, EXAMPLE, LESSONS, BuildOutput
from lessonpress.build import build_lesson
from lessonpress.preview import deck_pages, pdf_pages
from lessonpress.preview_slides import slides_pdf
from lessonpress.preview_slides.pictures import SlidePictures

MINIMAL = LESSONS / "minimal.yaml"
SCHOOL_THEME = DATA / "templates" / "school-theme.yaml"

COMPARED_SIZE = (64, 36)
"""Slides are compared reduced to this many grey pixels: the layout, the colours and
where text sits count; font hinting and anti-aliasing do not."""
MAX_SLIDE_DIFFERENCE = 6.0
MAX_DECK_DIFFERENCE = 3.0
"""Mean absolute grey difference (0-255) from LibreOffice's rendering, per slide and
averaged over the deck, of pages drawn at 30 dpi. Measured on the example: at most
1.8 per slide (0.8 on average) in the default theme; at most 4.6 (2.2) on the school
template, where LibreOffice kerns the text (so its lines hold a word more now and
then) and draws the Georgia headings in DejaVu Serif. The same slides painted
without their text differ by 2 to 19 (7 to 10 on average), without their
background by 7 to 184, and moved down by a few points by 5 to 33: a painter that
loses text, colours or places fails the deck's average or a slide's limit."""


def _text_of(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [" ".join((page.extract_text() or "").split()) for page in document.pages]


def test_each_slide_becomes_one_picture_showing_its_title(build_output: BuildOutput) -> None:
    pptx = build_output(MINIMAL, "deck").read_bytes()
    slides = list(Presentation(io.BytesIO(pptx)).slides)
    titles = [slide.shapes.title.text for slide in slides if slide.shapes.title is not None]
    assert len(titles) == len(slides) > 1
    pages = _text_of(slides_pdf(pptx))
    assert len(pages) == len(slides)
    for title, text in zip(titles, pages, strict=True):
        # In order, though a line of text beside the title may come between its lines.
        words = iter(text.split())
        assert all(word in words for word in title.split()), (title, text)
    assert len(deck_pages(pptx)) == len(slides)


def test_hidden_and_off_slide_shapes_are_not_painted(build_output: BuildOutput) -> None:
    presentation = Presentation(build_output(MINIMAL, "deck"))
    slide = presentation.slides[0]
    width = presentation.slide_width or 0

    def text_box(left: int, words: str) -> None:
        box = slide.shapes.add_textbox(Emu(left), Emu(0), Emu(2_000_000), Emu(500_000))
        box.text_frame.text = words
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
        if words.startswith("Hidden"):
            box._element.nvSpPr.cNvPr.set("hidden", "1")

    text_box(100_000, "Shown words")
    text_box(2_500_000, "Hidden words")
    text_box(width + 100_000, "Outside words")
    buffer = io.BytesIO()
    presentation.save(buffer)
    [first, *_] = _text_of(slides_pdf(buffer.getvalue()))
    assert "Shown words" in first
    assert "Hidden" not in first and "Outside" not in first


def test_an_edit_repaints_only_the_slides_it_changed(build_output: BuildOutput) -> None:
    pptx = build_output(MINIMAL, "deck").read_bytes()
    pictures = SlidePictures(dpi=30)
    first, keys = pictures.pages(pptx)
    again, same_keys = pictures.pages(pptx)
    assert same_keys == keys and all(a is b for a, b in zip(first, again, strict=True))
    presentation = Presentation(io.BytesIO(pptx))
    title = presentation.slides[1].shapes.title
    assert title is not None
    title.text_frame.text = "Another title"
    edited = io.BytesIO()
    presentation.save(edited)
    changed, changed_keys = pictures.pages(edited.getvalue())
    assert [a is b for a, b in zip(first, changed, strict=True)] == [
        index != 1 for index in range(len(first))
    ]
    assert changed_keys[1] != keys[1]
    assert "Another title" in _text_of(slides_pdf(edited.getvalue()))[1]


def _grey_difference(painted: Image.Image, drawn: Image.Image) -> float:
    def reduced(picture: Image.Image) -> Image.Image:
        return picture.convert("L").resize(COMPARED_SIZE, Image.Resampling.BOX)

    return float(ImageStat.Stat(ImageChops.difference(reduced(painted), reduced(drawn))).mean[0])


@pytest.mark.xdist_group("libreoffice")
def test_slides_look_as_libreoffice_draws_them(build_output: BuildOutput, tmp_path: Path) -> None:
    school = build_lesson(EXAMPLE, tmp_path / "school", ["deck"], str(SCHOOL_THEME))
    decks = [build_output(EXAMPLE, "deck"), *school.outputs]
    copies = []
    for number, deck in enumerate(decks):
        copies.append(tmp_path / f"deck-{number}.pptx")
        copies[-1].write_bytes(deck.read_bytes())
    converted = convert_all_to_pdf(copies, tmp_path)
    for deck, libreoffice_pdf in zip(decks, converted, strict=True):
        painted = pdf_pages(slides_pdf(deck.read_bytes()), 30)
        drawn = pdf_pages(libreoffice_pdf.read_bytes(), 30)
        assert len(painted) == len(drawn)
        differences = [
            _grey_difference(mine, theirs) for mine, theirs in zip(painted, drawn, strict=True)
        ]
        worst = max(range(len(differences)), key=differences.__getitem__)
        assert differences[worst] < MAX_SLIDE_DIFFERENCE, f"slide {worst + 1} of {deck.name}"
        assert sum(differences) / len(differences) < MAX_DECK_DIFFERENCE, deck.name


def _painted(presentation: PresentationType) -> Image.Image:
    buffer = io.BytesIO()
    presentation.save(buffer)
    [page] = pdf_pages(slides_pdf(buffer.getvalue()), 36)
    return page


def _blank_slide() -> tuple[PresentationType, Slide]:
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Emu(9_144_000), Emu(5_143_500)
    return presentation, presentation.slides.add_slide(presentation.slide_layouts[6])


def test_a_cropped_picture_shows_only_what_its_crop_leaves(tmp_path: Path) -> None:
    halves = Image.new("RGB", (200, 100), (220, 30, 30))
    halves.paste((30, 30, 220), (100, 0, 200, 100))
    halves.save(tmp_path / "halves.png")
    presentation, slide = _blank_slide()
    picture = slide.shapes.add_picture(str(tmp_path / "halves.png"), 0, 0, Emu(9_144_000))
    picture.crop_left = 0.5  # the blue half, stretched over the whole width
    page = _painted(presentation)
    for x in (0.1, 0.5, 0.9):
        red, _, blue = page.getpixel((round(page.width * x), 10))
        assert blue > 180 and red < 80


def test_shapes_in_a_group_are_placed_by_the_groups_transform() -> None:
    presentation, slide = _blank_slide()
    group = slide.shapes.add_group_shape()
    square = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Emu(1_000_000), Emu(1_000_000))
    square.fill.solid()
    square.fill.fore_color.rgb = RGBColor(0, 0, 0)
    # The group shows its children moved to the middle of the slide and twice as large.
    transform = group._element.grpSpPr.get_or_add_xfrm()
    transform.off.x, transform.off.y = Emu(4_000_000), Emu(2_000_000)
    transform.ext.cx, transform.ext.cy = Emu(2_000_000), Emu(2_000_000)
    transform.get_or_add_chOff().x, transform.get_or_add_chOff().y = Emu(0), Emu(0)
    transform.get_or_add_chExt().cx, transform.get_or_add_chExt().cy = (
        Emu(1_000_000),
        Emu(1_000_000),
    )
    page = _painted(presentation)

    def grey_at(x_emu: int, y_emu: int) -> int:
        x, y = x_emu / 9_144_000 * page.width, y_emu / 5_143_500 * page.height
        return int(page.convert("L").getpixel((round(x), round(y))))

    assert grey_at(5_000_000, 3_000_000) < 40  # inside the scaled, moved square
    assert grey_at(3_800_000, 3_000_000) > 200  # left of it
    assert grey_at(500_000, 500_000) > 200  # where the child's own offset would put it


def test_a_gradient_background_runs_from_its_first_colour_to_its_last() -> None:
    presentation, slide = _blank_slide()
    fill = slide.background.fill
    fill.gradient()
    fill.gradient_angle = 270  # python-pptx turns anticlockwise: top to bottom
    fill.gradient_stops[0].color.rgb = RGBColor(255, 255, 255)
    fill.gradient_stops[1].color.rgb = RGBColor(0, 0, 0)
    page = _painted(presentation).convert("L")
    top, bottom = (
        page.getpixel((page.width // 2, 2)),
        page.getpixel((page.width // 2, page.height - 3)),
    )
    assert isinstance(top, int) and isinstance(bottom, int)
    assert top > 230 and bottom < 25
