"""Every repository lesson's deck in every built-in theme, built once a session, and the
decks as LibreOffice shows them: converted by one LibreOffice call and each PDF read once.

The builds are costly (90 decks) and so are the conversion and the reading, so every
test that reads them is in one xdist group (:data:`GROUP`): one worker builds, converts
and reads them once, and runs all those tests. Being the largest group, it is the first
work xdist hands out, while the other worker takes the tests outside it.

The handout and poster of each pair are not built here: the tests that read them build
the one output they need (``build_output`` in conftest) and run outside the group, on
whichever worker is free.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pptx import Presentation

from checks import WordBox, convert_all_to_pdf, page_layout_problems, page_words
from conftest import CONTENT, LESSONS, ROOT
from deck_reading import SlideRead, read_slide
from lessonpress.build import build_lesson
from lessonpress.load.lesson import load_lesson
from lessonpress.model.lesson import Lesson

LESSON_FILES = sorted(CONTENT.glob("*.yaml")) + sorted(LESSONS.glob("*.yaml"))
THEMES = sorted(path.stem for path in (ROOT / "themes").glob("*.yaml"))
PAIRS = [(lesson, theme) for lesson in LESSON_FILES for theme in THEMES]
PAIR_IDS = [f"{lesson.stem}-{theme}" for lesson, theme in PAIRS]

GROUP = "every-build"
"""The xdist group of every test that reads :func:`build_every_deck`'s outputs."""


@dataclass(frozen=True)
class Built:
    """One lesson's deck built in one theme."""

    lesson: Lesson
    deck: Path


@dataclass(frozen=True)
class Shown:
    """One deck as LibreOffice shows it, read once from its PDF."""

    pdf: Path
    slide_count: int
    """The slides in the deck (the PPTX)."""
    page_count: int
    """The pages LibreOffice drew (the PDF)."""
    slides: list[SlideRead]
    """Each slide read from its page (as many as both have)."""
    words: list[list[WordBox]]
    """The words of each page."""
    layout_problems: list[str]
    """Words overlapping each other or outside the page, on any page."""


def build_every_deck(folder: Path) -> dict[tuple[Path, str], Built]:
    """Every repository lesson's deck built in every built-in theme, into ``folder``."""
    outputs: dict[tuple[Path, str], Built] = {}
    for lesson_path, theme in PAIRS:
        result = build_lesson(lesson_path, folder / theme / lesson_path.stem, ["deck"], theme)
        [deck] = result.outputs
        outputs[lesson_path, theme] = Built(load_lesson(lesson_path).lesson, deck)
    return outputs


def show_every_deck(
    builds: dict[tuple[Path, str], Built], folder: Path
) -> dict[tuple[Path, str], Shown]:
    """Every built deck as LibreOffice shows it: all converted by one LibreOffice call."""
    decks = {
        pair: Path(shutil.copy(built.deck, folder / f"{pair[0].stem}-{pair[1]}.pptx"))
        for pair, built in builds.items()
    }
    pdfs = convert_all_to_pdf(list(decks.values()), folder, timeout=900)
    return {pair: read_shown(decks[pair], pdf) for pair, pdf in zip(decks, pdfs, strict=True)}


def read_shown(deck: Path, pdf: Path) -> Shown:
    """``deck`` as LibreOffice drew it in ``pdf``: every page parsed once for its words,
    its layout problems and its slide's reading."""
    slides = list(Presentation(str(deck)).slides)
    reads: list[SlideRead] = []
    words: list[list[WordBox]] = []
    problems: list[str] = []
    with pdfplumber.open(pdf) as document:
        page_count = len(document.pages)
        for number, page in enumerate(document.pages, 1):
            page_word_boxes = page_words(page)
            words.append(page_word_boxes)
            problems += page_layout_problems(page, words=page_word_boxes)
            if number <= len(slides):
                reads.append(read_slide(number, slides[number - 1], page))
    return Shown(pdf, len(slides), page_count, reads, words, problems)
