"""Every repository lesson's deck in every built-in theme, built once a session, and the
decks as LibreOffice shows them: converted by one LibreOffice call a share and each PDF
read once.

The builds are costly (90 decks) and so are the conversion and the reading, so they are
made in :data:`SHARES` shares, one for each xdist worker, and the tests that read one
share are in one xdist group: one worker builds, converts and reads the share once and
runs all its tests, while the others do the same with the other shares. Being the
largest groups, the shares are the first work xdist hands out.

The handout and poster of each pair are not built here: the tests that read them build
the one output they need (``build_output`` in conftest) and run on whichever worker is
free.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import pdfplumber
import pytest
from pptx import Presentation

from checks import WordBox, convert_all_to_pdf, page_layout_problems, page_words
from conftest import CONTENT, LESSONS, ROOT
from deck_reading import SlideRead, read_slide
from lessonpress.build import build_lesson
from lessonpress.load.lesson import load_lesson
from lessonpress.model.lesson import Lesson

LESSON_FILES = sorted(CONTENT.glob("*.yaml")) + sorted(LESSONS.glob("*.yaml"))
THEMES = sorted(path.stem for path in (ROOT / "themes").glob("*.yaml"))
Pair = tuple[Path, str]
PAIRS: list[Pair] = [(lesson, theme) for lesson in LESSON_FILES for theme in THEMES]
PAIR_IDS = [f"{lesson.stem}-{theme}" for lesson, theme in PAIRS]

GROUP = "every-build"
"""The name the xdist groups of the shares start with."""

SHARES = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
"""How many shares the pairs are made in: one for each of xdist's workers (which all see
the same count), one without xdist."""

SHARE_OF = {pair: index % SHARES for index, pair in enumerate(PAIRS)}
"""Each pair's share: the pairs dealt out in turn, so that the lessons' costs even out (in
two shares, a lesson's five themes alternate between them)."""

SHARED_PAIRS = [
    pytest.param(*pair, id=name, marks=pytest.mark.xdist_group(f"{GROUP}-{SHARE_OF[pair]}"))
    for pair, name in zip(PAIRS, PAIR_IDS, strict=True)
]
"""The pairs to parametrize a test that reads :class:`ByShare` values with: each in its
share's xdist group."""


Value = TypeVar("Value")


class ByShare(Generic[Value]):
    """A value for every pair, made one share at a time: the first test asking for a
    pair has its whole share's values made, by ``make``. A share that could not be made
    fails (or skips) every test that asks for it, with the same exception, without being
    made again."""

    def __init__(self, make: Callable[[list[Pair]], dict[Pair, Value]]) -> None:
        self._make = make
        self._values: dict[Pair, Value] = {}
        self._failures: dict[int, Exception | pytest.skip.Exception] = {}

    def __getitem__(self, pair: Pair) -> Value:
        share = SHARE_OF[pair]
        if share in self._failures:
            raise self._failures[share]
        if pair not in self._values:
            try:
                self._values.update(self._make([each for each in PAIRS if SHARE_OF[each] == share]))
            except (Exception, pytest.skip.Exception) as error:
                self._failures[share] = error
                raise
        return self._values[pair]


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


def build_decks(pairs: list[Pair], folder: Path) -> dict[Pair, Built]:
    """The deck of each lesson in its theme, built into ``folder``."""
    outputs: dict[Pair, Built] = {}
    for lesson_path, theme in pairs:
        result = build_lesson(lesson_path, folder / theme / lesson_path.stem, ["deck"], theme)
        [deck] = result.outputs
        outputs[lesson_path, theme] = Built(load_lesson(lesson_path).lesson, deck)
    return outputs


def show_decks(builds: dict[Pair, Built], folder: Path) -> dict[Pair, Shown]:
    """The built decks as LibreOffice shows them: all converted by one LibreOffice call."""
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
