"""Event slides composed by their content, read back from the deck: statement slides,
pictures that lead a slide, lists in two columns, and long text moved to the notes."""

from __future__ import annotations

from pathlib import Path

from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.slide import Slide

from conftest import EXAMPLE, LESSONS
from lessonpress.load.theme import load_theme
from lessonpress.renderers.deck.sizes import TypeSizes
from renderers.test_deck import lesson_of, presentation, title_of

IMAGES = LESSONS / "images.yaml"
LONG_TEXTS = LESSONS / "long-texts.yaml"


def slide_titled(path: Path, title: str, theme: str = "classic") -> Slide:
    """The slide of the deck whose title is ``title``."""
    return next(slide for slide in presentation(path, theme).slides if title_of(slide) == title)


def test_an_event_with_little_text_gets_a_statement_slide_with_its_date_set_large() -> None:
    slide = slide_titled(EXAMPLE, "Soviet Occupation of Poland")
    names = [shape.name for shape in slide.shapes]
    assert "Date panel" in names and any(name.startswith("Category marker") for name in names)
    [date] = [shape for shape in slide.shapes if shape.name == "Date"]
    [run] = [run for paragraph in date.text_frame.paragraphs for run in paragraph.runs]
    sizes = TypeSizes.from_settings(load_theme("classic").deck)
    assert run.font.size is not None and run.font.size.pt > sizes.body
    assert run.text == "1939–1941"


def test_a_picture_that_can_lead_a_short_event_spans_most_of_its_slide() -> None:
    deck = presentation(IMAGES)
    slide = slide_titled(IMAGES, "GIF")
    [picture] = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert picture.width > 0.6 * deck.slide_width
    text = next(shape for shape in slide.placeholders if shape.placeholder_format.idx != 0)
    assert picture.top >= text.top + text.height


def test_short_key_terms_are_set_in_two_columns() -> None:
    slide = slide_titled(LESSONS / "ancient-rome.yaml", "Key terms")
    columns = [
        shape
        for shape in slide.placeholders
        if shape.placeholder_format.type == PP_PLACEHOLDER.OBJECT and shape.text_frame.text
    ]
    assert len(columns) == 2 and columns[0].left + columns[0].width <= columns[1].left


def test_a_theme_can_move_what_does_not_fit_into_the_notes(tmp_path: Path) -> None:
    theme = tmp_path / "notes.yaml"
    theme.write_text("extends: classic\ndeck:\n  long_text: notes\n")
    event = next(event for event in lesson_of(LONG_TEXTS).events if "Cromford" in event.title)
    slides = [
        slide
        for slide in presentation(LONG_TEXTS, str(theme)).slides
        if title_of(slide).startswith(event.title)
    ]
    assert [title_of(slide) for slide in slides] == [event.title]
    [slide] = slides
    shown = " ".join(
        shape.text_frame.text for shape in slide.placeholders if shape.placeholder_format.idx
    )
    notes = slide.notes_slide.notes_text_frame.text
    assert event.text is not None
    assert " ".join(f"{shown} {notes}".split()).startswith(" ".join(event.text.plain.split()))
