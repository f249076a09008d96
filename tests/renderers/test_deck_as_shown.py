"""Every repository lesson's deck in every built-in theme, as LibreOffice shows it: how
many lines of body text a slide holds, how large titles and body text are set, how much
of an event slide is in use, and the resolution pictures are shown at.

The decks are built once, converted by one LibreOffice call a share and each PDF read
once (:mod:`every_build`); the tests of one share's pairs run on the worker that made it.

"Empty" is measured on a grid of one-inch cells (:data:`deck_reading.CELL`) laid over
the slide inside the half-inch margins the design keeps clear: a cell is in use when a
character, a picture or a drawn shape other than the slide's background touches it, and
an event slide's empty share is the area of the cells nothing touches.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks import needs_programs
from deck_reading import SlideRead
from every_build import SHARED_PAIRS, ByShare, Shown
from lessonpress.load.lesson import load_lesson

CONTINUATION = re.compile(r" \(\d+ \S+ \d+\)$")
"""The end of a continued slide's title, in any language: "(2 of 3)", "(2 sur 3)"."""

MAX_BODY_LINES = 6
MIN_BODY_SIZE = 20.0
MIN_TITLE_SIZE = 32.0
MAX_EMPTY_SHARE = 0.6
MIN_PPI = 96.0
PPI_ROUNDING = 0.5
"""Pixels per inch lost to a shape's extent rounded to whole EMU."""

pytestmark = needs_programs("soffice")


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_libreoffice_draws_one_page_per_slide(
    every_deck_shown: ByShare[Shown], lesson_path: Path, theme: str
) -> None:
    deck = every_deck_shown[lesson_path, theme]
    assert deck.page_count == deck.slide_count, f"{deck.pdf}: one page per slide"


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_nothing_is_off_a_slide_or_overlapping(
    every_deck_shown: ByShare[Shown], lesson_path: Path, theme: str
) -> None:
    assert every_deck_shown[lesson_path, theme].layout_problems == []


def event_slides(lesson_path: Path, slides: list[SlideRead]) -> list[SlideRead]:
    """The slides titled with one of the lesson's events (continued or not)."""
    titles = {
        " ".join(event.title.split()).casefold() for event in load_lesson(lesson_path).lesson.events
    }
    return [slide for slide in slides if CONTINUATION.sub("", slide.title.casefold()) in titles]


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_no_slide_has_more_than_six_lines_of_body_text(
    every_deck_shown: ByShare[Shown], lesson_path: Path, theme: str
) -> None:
    crowded = [
        f"{slide.where}: {slide.body_lines} lines"
        for slide in every_deck_shown[lesson_path, theme].slides
        if slide.body_lines > MAX_BODY_LINES
    ]
    assert not crowded, "\n".join(crowded)


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_body_text_is_20_pt_or_more_and_titles_32_pt_or_more(
    every_deck_shown: ByShare[Shown], lesson_path: Path, theme: str
) -> None:
    small = []
    for slide in every_deck_shown[lesson_path, theme].slides:
        if slide.body_sizes and min(slide.body_sizes) < MIN_BODY_SIZE:
            small.append(f"{slide.where}: body text at {min(slide.body_sizes)} pt")
        if slide.title_sizes and min(slide.title_sizes) < MIN_TITLE_SIZE:
            small.append(f"{slide.where}: title at {min(slide.title_sizes)} pt")
    assert not small, "\n".join(small)


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_no_event_slide_is_more_than_60_percent_empty(
    every_deck_shown: ByShare[Shown], lesson_path: Path, theme: str
) -> None:
    slides = event_slides(lesson_path, every_deck_shown[lesson_path, theme].slides)
    assert slides, "the deck has event slides"
    bare = [
        f"{slide.where}: {slide.empty_share:.0%} empty"
        for slide in slides
        if slide.empty_share > MAX_EMPTY_SHARE
    ]
    assert not bare, "\n".join(bare)


@pytest.mark.parametrize(("lesson_path", "theme"), SHARED_PAIRS)
def test_no_picture_is_shown_under_96_ppi(
    every_deck_shown: ByShare[Shown], lesson_path: Path, theme: str
) -> None:
    blown_up = [
        f"{slide.where}: {picture.name} at {picture.ppi:.0f} ppi"
        for slide in every_deck_shown[lesson_path, theme].slides
        for picture in slide.pictures
        if picture.ppi < MIN_PPI - PPI_ROUNDING
    ]
    assert not blown_up, "\n".join(blown_up)
