"""Decks on 4:3 school templates, as LibreOffice shows them: no word broken, none drawn
over another or off the slide.

``trebuchet.pptx`` names Trebuchet MS, which lessonpress does not ship and this machine
lacks, so LibreOffice sets its text in a substitute (DejaVu Sans, wider than any
shipped family); ``gradient.pptx`` names Calibri, set in Carlito. On their 4:3 slides
the statement slide's date panel is narrow, and a long date, a category's name or a
title once broke inside a word there, and the cover's subtitle ran into the author line.

One small lesson holds each of those: it is built on both templates and both decks are
converted by one LibreOffice call.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pptx import Presentation

from checks import WordBox, convert_all_to_pdf, layout_problems, needs_programs, page_words
from lessonpress.build import build_lesson
from lessonpress.renderers.deck.fitting import UNBREAKABLE_WORD

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
TEMPLATE_NAMES = ("trebuchet", "gradient")

LONG_CATEGORY = (
    "Events that the curriculum document describes as cross-cutting themes of social, "
    "cultural, economic and political history across several centuries"
)

LESSON = f"""\
title: >-
  Exploration, Empire and Exchange: How Ships, Maps and Markets Connected the
  Continents
subtitle: >-
  A survey of five centuries of voyages, from the Portuguese caravels off
  Africa to the steamships of the industrial age, for a two-week unit
author: Mr. Papadopoulos-Ivanov, Department of History and Social Sciences
course: World History II, Grade 10, Honors Section
date: Spring 2027
language: en
categories:
  approx: {{label: "Approximate, decade and century", color: "#CC79A7"}}
  state: {{label: Государство и вера, color: "#0072B2"}}
  long: {{label: "{LONG_CATEGORY}", color: "#009E73"}}
eras:
  - {{title: Early modern era, start: "1400", end: "1800"}}
  - {{title: Modern era, start: "1800", end: "1945"}}
events:
  - title: Printing with movable type
    date: between 1450 and 1460
    category: approx
  - title: Peter the Great founds St Petersburg
    date: May 16, 1703
    calendar: julian
    category: state
  - title: Constantinople dedicated anew as an imperial capital
    date: "1800"
    category: state
  - title: Industrialisation of Europe
    date: September 17, 1939
    category: long
  - title: Germany invades Poland
    date: September 1, 1939
    category: approx
"""
"""Statement slides (events with no text) whose dates, category names and titles are
long for the 4:3 date panel and title column, under a cover whose title, subtitle and
author line fill the slide."""

pytestmark = [needs_programs("soffice"), pytest.mark.xdist_group("deck-template-fonts")]


@dataclass(frozen=True)
class ShownDeck:
    """A deck and LibreOffice's PDF of it."""

    pptx: Path
    pdf: Path


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ShownDeck]:
    """The lesson's deck on each template, converted to PDF by one LibreOffice call."""
    folder = tmp_path_factory.mktemp("template-fonts")
    lesson = folder / "crowded.yaml"
    lesson.write_text(LESSON, encoding="utf-8")
    decks = {}
    for name in TEMPLATE_NAMES:
        theme = folder / f"{name}-theme.yaml"
        theme.write_text(
            f"name: {name}\nextends: classic\ndeck:\n  template: {TEMPLATES / f'{name}.pptx'}\n",
            encoding="utf-8",
        )
        built = build_lesson(lesson, folder / name, ["deck"], str(theme), allowed_dirs=[TEMPLATES])
        [deck] = built.outputs
        decks[name] = Path(shutil.copy(deck, folder / f"{name}.pptx"))
    pdfs = convert_all_to_pdf(list(decks.values()), folder)
    return {
        name: ShownDeck(deck, pdf) for (name, deck), pdf in zip(decks.items(), pdfs, strict=True)
    }


def text_lines(words: list[WordBox]) -> list[list[WordBox]]:
    """The words of a page grouped into lines (same top and bottom), each left to right."""
    lines: list[list[WordBox]] = []
    for word in sorted(words, key=lambda box: (round(box.top), box.x0)):
        line = next(
            (
                line
                for line in lines
                if abs(line[0].top - word.top) < 2 and abs(line[0].bottom - word.bottom) < 2
            ),
            None,
        )
        if line is None:
            lines.append([word])
        else:
            line.append(word)
    return [sorted(line, key=lambda box: box.x0) for line in lines]


def broken_words(source_words: set[str], words: list[WordBox]) -> list[str]:
    """Words of fewer than :data:`UNBREAKABLE_WORD` letters that a line ends inside: the
    last word of a line that is no word of the slide's text, and that with the first
    word of the line below it (in the same column) makes one."""
    broken = []
    lines = text_lines(words)
    for line in lines:
        end = line[-1]
        if end.text.endswith(("-", "–", "—", "/")) or end.text in source_words:
            continue
        for below in lines:
            start = below[0]
            below_by = start.top - end.top
            in_column = start.x0 <= end.x1 and start.x1 >= line[0].x0 - 2
            joined = end.text + start.text
            if (
                below is not line
                and 0 < below_by <= 1.6 * (end.bottom - end.top)
                and in_column
                and joined in source_words
                and sum(character.isalpha() for character in joined) < UNBREAKABLE_WORD
            ):
                broken.append(f"{end.text} / {start.text}")
    return broken


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_no_short_word_or_date_is_broken_across_lines(
    shown: dict[str, ShownDeck], template: str
) -> None:
    deck = shown[template]
    problems = []
    with pdfplumber.open(deck.pdf) as pdf:
        slides = Presentation(str(deck.pptx)).slides
        for number, (slide, page) in enumerate(zip(slides, pdf.pages, strict=True), 1):
            source_words = {
                word
                for shape in slide.shapes
                if shape.has_text_frame
                for word in shape.text_frame.text.split()
            }
            problems += [
                f"slide {number}: {cut}" for cut in broken_words(source_words, page_words(page))
            ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_no_word_overlaps_another_or_leaves_the_slide(
    shown: dict[str, ShownDeck], template: str
) -> None:
    problems = layout_problems(shown[template].pdf)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_the_cover_subtitle_ends_above_the_author_line(
    shown: dict[str, ShownDeck], template: str
) -> None:
    with pdfplumber.open(shown[template].pdf) as pdf:
        words = page_words(pdf.pages[0])
    subtitle = [word for word in words if word.text in {"caravels", "steamships", "two-week"}]
    byline = [word for word in words if word.text in {"Papadopoulos-Ivanov,", "Department"}]
    assert subtitle and byline, [word.text for word in words]
    assert max(word.bottom for word in subtitle) <= min(word.top for word in byline)
