"""The three timelines fitted by one ladder, checked on the real outputs of every
repository lesson in every built-in theme.

The decks are built once per session, converted by LibreOffice once a share and read
once (:mod:`every_build`): the tests that read them run on the worker that made their
share. The tests of a handout's strip or a poster build just that output, on any worker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from pptx import Presentation
from pptx.slide import Slide

from checks import needs_programs, overlapping_words, page_words
from conftest import BuildOutput
from every_build import PAIR_IDS, PAIRS, SHARED_PAIRS, Built, ByShare, Shown
from lessonpress.load.lesson import load_lesson
from lessonpress.model.lesson import Lesson
from lessonpress.present.words import words_for


def squeeze(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())


def overview_slides(deck: Path) -> list[int]:
    """The indexes of a deck's overview slides (one, or one per period)."""
    presentation = Presentation(str(deck))
    timeline_word = words_for(presentation.core_properties.language or "en").timeline
    indexes = [
        index
        for index, slide in enumerate(presentation.slides)
        if slide.shapes.title is not None
        and slide.shapes.title.text_frame.text.strip().startswith(timeline_word)
    ]
    assert indexes, f"{deck} has no overview slide"
    return indexes


def overview_text(deck: Path) -> str:
    """The text of a deck's overview slides."""
    slides = list(Presentation(str(deck)).slides)
    return " ".join(slide_text(slides[index]) for index in overview_slides(deck))


def slide_text(slide: Slide) -> str:
    """The text of every text frame on the slide (not the shapes' names), in drawing
    order: the lines of one label follow each other."""
    texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    return squeeze(" ".join(texts))


def strip_text(handout: Path) -> str:
    """The text of the handout from its start to its first section after the timeline
    strip: the title block, the strip with its key, and the strip's legend."""
    with pdfplumber.open(handout) as pdf:
        outline = [
            (title, dest) for _, title, dest, _, _ in pdf.doc.get_outlines() if dest is not None
        ]
        page_numbers = {page.page_obj.pageid: page.page_number for page in pdf.pages}
        after = next((entry for entry in outline if entry[0] != "Timeline"), None)
        words: list[str] = []
        for page in pdf.pages:
            if after is not None:
                page_number = page_numbers[after[1][0].objid]
                if page.page_number > page_number:
                    break
                if page.page_number == page_number:
                    limit = page.height - float(after[1][3])
                    words += [word.text for word in page_words(page) if word.bottom <= limit]
                    break
            words += [word.text for word in page_words(page)]
    return " ".join(words)


def assert_key_events_in(lesson: Lesson, text: str, where: str) -> None:
    """``text`` shows at least one event's title, and every key event's whole title."""
    titles = [squeeze(event.title) for event in lesson.events]
    assert any(title in text for title in titles), f"the {where} shows no event: {text!r}"
    missing = [
        event.title
        for event in lesson.events
        if event.highlight and squeeze(event.title) not in text
    ]
    assert not missing, f"key events missing from the {where}: {missing}"


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_every_key_event_is_on_the_overview_with_its_whole_title(
    every_deck: ByShare[Built], lesson_path: Path, theme: str
) -> None:
    outputs = every_deck[lesson_path, theme]
    assert_key_events_in(outputs.lesson, overview_text(outputs.deck), "overview")


@pytest.mark.parametrize(("lesson_path", "theme"), PAIRS, ids=PAIR_IDS)
def test_every_key_event_is_on_the_strip_with_its_whole_title(
    build_output: BuildOutput, lesson_path: Path, theme: str
) -> None:
    handout = build_output(lesson_path, "handout", theme)
    assert_key_events_in(load_lesson(lesson_path).lesson, squeeze(strip_text(handout)), "strip")


def _clipped_words(text: str) -> Iterator[str]:
    """The words right before each ellipsis in ``text``."""
    for match in re.finditer(r"(\w+)\W{0,2}…", text):
        yield match[1]


def broken_words(lesson: Lesson, text: str) -> list[str]:
    """The words right before an ellipsis in ``text`` that are not whole words of the
    lesson (its title block, an event's text or title, an era's or category's name)."""
    title_block = [lesson.title, lesson.subtitle, lesson.author, lesson.course, lesson.date]
    sources = [text for text in title_block if text]
    sources += [event.title for event in lesson.events] + [era.title for era in lesson.eras]
    sources += [category.label for category in lesson.categories.values()]
    sources += [event.text.paragraphs[0].plain for event in lesson.events if event.text]
    whole_words = {word for source in sources for word in re.findall(r"\w+", source)}
    return [word for word in _clipped_words(text) if word not in whole_words]


@pytest.mark.parametrize(("lesson_path", "theme"), PAIRS, ids=PAIR_IDS)
def test_no_text_on_the_poster_ends_inside_a_word(
    build_output: BuildOutput, lesson_path: Path, theme: str
) -> None:
    with pdfplumber.open(build_output(lesson_path, "poster", theme)) as pdf:
        poster = " ".join(word.text for page in pdf.pages for word in page_words(page))
    broken = broken_words(load_lesson(lesson_path).lesson, poster)
    assert not broken, f"cut inside a word: {broken}"


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_no_text_on_the_overview_ends_inside_a_word(
    every_deck: ByShare[Built], lesson_path: Path, theme: str
) -> None:
    outputs = every_deck[lesson_path, theme]
    broken = broken_words(outputs.lesson, overview_text(outputs.deck))
    assert not broken, f"cut inside a word: {broken}"


@needs_programs("soffice")
@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_overview_labels_do_not_touch_in_libreoffice(
    every_deck: ByShare[Built],
    every_deck_shown: ByShare[Shown],
    lesson_path: Path,
    theme: str,
) -> None:
    """Measured on LibreOffice's rendering, in the font the slide is really shown in: no
    two words of the overview share any area."""
    overviews = overview_slides(every_deck[lesson_path, theme].deck)
    pages = [every_deck_shown[lesson_path, theme].words[index] for index in overviews]
    touching = [
        pair for words in pages for pair in overlapping_words(words, min_area=0, min_fraction=0)
    ]
    assert not touching, "\n".join(f"{first} touches {second}" for first, second in touching)
