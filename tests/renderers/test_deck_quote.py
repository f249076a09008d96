"""Quotations, read back from the outputs: the deck's quote slide (its words in the body
placeholder, large, between the language's own marks; too long a quotation falls back to
title and text; the rest of the event's text in the notes) and the handout's indented
quotation with who said it under it."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide

from checks import convert_to_pdf, needs_programs
from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Event
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.measure import Measurer
from lessonpress.renderers.handout import HandoutRenderer
from renderers.test_deck import lesson_of, notes_of, presentation, squeeze, title_of
from tagged_pdf import Tagged, structure_parts

QUOTATIONS = LESSONS / "quotations.yaml"
SHORT = ("iron curtain", "Truman Doctrine", "Kennedy", "Reagan", "Gorbachev resigns")
"""The events whose quotation leads their slide."""
LONG = "Eisenhower"
"""The event whose quotation is too long for one slide at 24 pt."""
MARKS = ("Opening quotation mark", "Closing quotation mark")


def event_titled(part: str) -> Event:
    """The quotation lesson's event whose title holds ``part``."""
    return next(event for event in lesson_of(QUOTATIONS).events if part in event.title)


def slides_of(event: Event, theme: str = "classic") -> list[Slide]:
    """The slides of ``event`` (its continued ones too) in the deck in ``theme``."""
    return [
        slide
        for slide in presentation(QUOTATIONS, theme).slides
        if title_of(slide).startswith(event.title)
    ]


def body_placeholder(slide: Slide) -> Shape:
    """The slide's body placeholder."""
    [body] = [
        shape
        for shape in slide.placeholders
        if shape.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
    ]
    return body


def marks_on(slide: Slide) -> tuple[str, ...]:
    """The texts of the slide's opening and closing quotation marks, if it has them."""
    shapes = {shape.name: shape for shape in slide.shapes}
    return tuple(shapes[name].text_frame.text for name in MARKS if name in shapes)


@pytest.mark.parametrize("theme", ["classic", "high-contrast"])
def test_a_quotation_leads_its_slide_in_the_body_placeholder_at_24_pt_or_more(theme: str) -> None:
    for part in SHORT:
        event = event_titled(part)
        [slide] = slides_of(event, theme)
        assert event.text is not None
        [quotation] = event.text.quotations
        assert quotation.attribution is not None
        body = body_placeholder(slide)
        paragraphs = [squeeze(paragraph.text) for paragraph in body.text_frame.paragraphs]
        assert paragraphs == [
            *(squeeze(words.plain) for words in quotation.words),
            squeeze(quotation.attribution.plain),
        ]
        words_sizes = [
            run.font.size.pt
            for paragraph in body.text_frame.paragraphs[:-1]
            for run in paragraph.runs
            if run.font.size is not None
        ]
        assert words_sizes and min(words_sizes) >= 24
        assert body.text_frame.paragraphs[-1].alignment == PP_ALIGN.RIGHT
        assert marks_on(slide) == ("“", "”"), part


def test_the_rest_of_the_event_s_text_opens_the_notes() -> None:
    truman = event_titled("Truman")
    [slide] = slides_of(truman)
    assert notes_of(slide).startswith("Truman asked Congress for aid to Greece and Turkey.")
    assert "free peoples" in notes_of(slide)  # the event's own notes follow
    [slide] = slides_of(event_titled("Gorbachev resigns"))
    assert notes_of(slide).startswith("The Soviet flag came down over the Kremlin")
    assert "Soviet flag" not in " ".join(
        shape.text_frame.text for shape in slide.shapes if shape.has_text_frame
    )


def test_a_quotation_too_long_for_one_slide_takes_title_and_text_in_its_marks() -> None:
    event = event_titled(LONG)
    slides = slides_of(event)
    assert len(slides) == 2 and not any(marks_on(slide) for slide in slides)
    first = body_placeholder(slides[0]).text_frame.paragraphs
    last = body_placeholder(slides[-1]).text_frame.paragraphs
    assert first[0].text.startswith("“This conjunction")
    assert squeeze(last[-2].text).endswith("prosper together.”")
    assert last[-1].text.startswith("— Dwight D. Eisenhower")
    assert last[-1].alignment == PP_ALIGN.RIGHT


def foreign_deck(language: str, date: str, quotation: str, tmp: Path) -> Presentation:
    """The deck of a one-event lesson in ``language`` whose text is ``quotation``."""
    lesson = tmp / f"quote-{language}.yaml"
    body = "\n".join(f"      > {line}" for line in quotation.splitlines())
    lesson.write_text(
        f"title: Lesson\nlanguage: {language}\nevents:\n  - title: Zitat\n    date: {date}\n"
        f"    text: |\n{body}\n",
        encoding="utf-8",
    )
    loaded = load_lesson(lesson).lesson
    deck = DeckRenderer().render(loaded, load_theme("classic", Path.cwd()), RenderOptions())
    return Presentation(io.BytesIO(deck))


@pytest.mark.parametrize(
    ("language", "date", "quotation", "marks"),
    [
        (
            "de",
            "15. Juni 1961",
            "Niemand hat die Absicht, eine Mauer zu errichten!\n— Walter Ulbricht, 1961",
            ("„", "“"),
        ),
        ("fr", "18 juin 1940", "La France a perdu une bataille !\n— Charles de Gaulle", ("«", "»")),
        ("ru", "12 апреля 1961 г.", "Поехали!\n— Юрий Гагарин", ("«", "»")),
    ],
    ids=["de", "fr", "ru"],
)
def test_the_marks_are_the_lesson_language_s(
    language: str, date: str, quotation: str, marks: tuple[str, str], tmp_path: Path
) -> None:
    deck = foreign_deck(language, date, quotation, tmp_path)
    [slide] = [slide for slide in deck.slides if title_of(slide) == "Zitat"]
    assert marks_on(slide) == marks
    assert body_placeholder(slide).text_frame.paragraphs[0].text == quotation.splitlines()[0]


@needs_programs("soffice")
def test_the_closing_mark_follows_the_last_word_as_libreoffice_draws_it(tmp_path: Path) -> None:
    deck = tmp_path / "quotations.pptx"
    deck.write_bytes(
        DeckRenderer().render(
            lesson_of(QUOTATIONS), load_theme("classic", Path.cwd()), RenderOptions()
        )
    )
    slides = list(Presentation(str(deck)).slides)
    with pdfplumber.open(convert_to_pdf(deck, tmp_path)) as pdf:
        for part in SHORT:
            title = event_titled(part).title
            number = next(index for index, slide in enumerate(slides) if title_of(slide) == title)
            page = pdf.pages[number]
            [closing] = [char for char in page.chars if char["text"] == "”" and char["size"] > 50]
            words = [
                char for char in page.chars if 24 <= char["size"] <= 50 and char["text"] != " "
            ]
            last = max(words, key=lambda char: (round(char["bottom"]), char["x1"]))
            assert 0 <= closing["x0"] - last["x1"] <= 0.5 * last["size"], part
            # The mark hangs from the last line's capitals, within the line's height.
            assert last["top"] <= closing["top"] + 0.25 * closing["size"] <= last["bottom"], part


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The quotation lesson's handout."""
    target = tmp_path_factory.mktemp("quote-handout") / "quotations-handout.pdf"
    theme = load_theme("classic", Path.cwd())
    target.write_bytes(HandoutRenderer().render(lesson_of(QUOTATIONS), theme, RenderOptions()))
    return target


def test_the_handout_sets_a_quotation_indented_and_who_said_it_right_aligned(
    handout: Path,
) -> None:
    with pdfplumber.open(handout) as pdf:
        lines = [line for page in pdf.pages for line in page.extract_text_lines()]

    def line_starting(text: str) -> dict:  # type: ignore[type-arg]
        return next(line for line in lines if line["text"].startswith(text))

    plain = line_starting("Truman asked Congress")
    words = line_starting("I believe that it must be")
    attribution = line_starting("— Harry S. Truman")
    assert words["x0"] > plain["x0"] + 12
    assert attribution["x0"] > words["x0"] and attribution["top"] > words["top"]
    widest = max(line["x1"] for line in lines if line["x0"] == words["x0"])
    assert abs(attribution["x1"] - widest) < 0.25 * (widest - words["x0"])


@needs_programs("pdfinfo")
def test_the_handout_tags_a_quotation_and_its_attribution_as_one_block_quote(
    handout: Path,
) -> None:
    truman = event_titled("Truman")
    assert truman.text is not None
    [quotation] = truman.text.quotations
    assert quotation.attribution is not None
    expected = "".join(f"{quotation.words[0].plain}{quotation.attribution.plain}".split())
    parts = structure_parts(handout)
    assert Tagged("BlockQuote", expected) in parts
    assert sum(part.role == "BlockQuote" for part in parts) == len(lesson_of(QUOTATIONS).events) - 1


def test_a_quotation_is_set_small_enough_that_no_word_breaks(tmp_path: Path) -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    deck = foreign_deck("en", "1935", f"The word was {word}.\n— Everett Smith", tmp_path)
    [slide] = [slide for slide in deck.slides if title_of(slide) == "Zitat"]
    assert marks_on(slide) == ("“", "”")
    body = body_placeholder(slide)
    [size] = {run.font.size.pt for run in body.text_frame.paragraphs[0].runs if run.font.size}
    text_width = (body.width - body.text_frame.margin_left - body.text_frame.margin_right) / 12700
    assert Measurer("Arial").width(word + ".", size) <= text_width
    assert size < load_theme("classic", Path.cwd()).deck.title_size  # it shrank for the word
