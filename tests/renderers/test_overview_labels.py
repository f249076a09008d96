"""Timeline labels as shown: the deck's overview slide (LibreOffice's PDF of it) and the
handout's strip (its PDF), read back as pdfplumber word boxes and drawn lines.

- No word is broken across lines, and no date inside one of its ends (a range may
  break after its dash): the Greek overview, in the classic theme and on a template
  whose font lessonpress does not ship (measured with a safety margin).
- No leader line runs through a word: a tick label, an era's name or another label
  (the Russian overview, whose leaders leave the axis at "500 до н. э.").
- Two labels on one line are at least :data:`LEAST_GAP_EMS` apart (the Spanish
  overview, where "de" ran into "133 a. C.", and the Russian strip, where "Ольвии" did
  into "Боспорское"); words of one label are a space apart.

The decks are built once and converted by one LibreOffice call.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.page import Page
from pptx import Presentation

from checks import convert_all_to_pdf, needs_programs
from conftest import LESSONS
from lessonpress.build import build_lesson
from lessonpress.layout import Rect, Segment
from lessonpress.layout.geometry import Point
from lessonpress.layout.leaders import segment_crosses_rect
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.present import present
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.strip import AXIS_WIDTH
from lessonpress.renderers.handout.strip_plan import plan_strip
from lessonpress.renderers.timeline_items import timeline_content

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
TREBUCHET_THEME = "extends: classic\ndeck:\n  template: trebuchet.pptx\n"

DECKS = {
    "greek": ("language-greek", "classic"),
    "greek-trebuchet": ("language-greek", "trebuchet"),
    "russian": ("language-russian", "classic"),
    "spanish": ("language-spanish", "classic"),
}

LEAST_GAP_EMS = 0.45
"""The least space between words of two labels on one line, in ems of the smaller (an
ordinary label's, beside a key event's larger one): the layout keeps half an em
(``LABEL_GAP_EMS``), and LibreOffice's text may come out a little wider than measured.
Before, "de" ended 5.9 pt (0.33 em) before "133 a. C." on the Spanish overview."""

SPACE_EMS = 0.4
"""The most space between two words of one label's line, in ems (a space is 0.2–0.3)."""

SAME_LINE = 1.0
"""Points within which two words' tops are one line's."""

TITLE_SIZE = 30.0
"""Bold words this large or larger are the slide's title, not labels."""

THIN_LINE = 1.0
"""Lines thinner than this, in points, are leaders (and tick marks)."""

WORD_INSET = 0.5
"""Points a word's box is shrunk by before a line may not cross it: a leader ends on
its label's edge."""

WORD_OPTIONS: dict[str, Any] = {
    "x_tolerance": 1.0,
    "y_tolerance": 2.0,
    "extra_attrs": ["fontname", "size"],
}
"""Words split at any gap wider than a point, so two labels run together stay two."""

pytestmark = [needs_programs("soffice"), pytest.mark.xdist_group("overview-labels")]


@dataclass(frozen=True, slots=True)
class Word:
    """A word as pdfplumber finds it, top-down coordinates."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str
    size: float

    @classmethod
    def all_of(cls, page: Page) -> list[Word]:
        """The words of ``page`` (or a part of it)."""
        return [
            cls(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["fontname"], w["size"])
            for w in page.extract_words(**WORD_OPTIONS)
        ]


@dataclass(frozen=True, slots=True)
class Shown:
    """What one timeline shows: its words and thin lines, and its events' titles and
    date labels (of the events it labels)."""

    words: list[Word]
    lines: list[Segment]
    titles: list[str]
    dates: list[str]


@pytest.fixture(scope="session")
def overviews(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Shown]:
    """Each deck's overview slide as LibreOffice shows it."""
    folder = tmp_path_factory.mktemp("overview-labels")
    shutil.copy(TEMPLATES / "trebuchet.pptx", folder / "trebuchet.pptx")
    (folder / "trebuchet.yaml").write_text(TREBUCHET_THEME, encoding="utf-8")
    decks: dict[str, Path] = {}
    for name, (lesson, theme) in DECKS.items():
        theme_name = str(folder / "trebuchet.yaml") if theme == "trebuchet" else theme
        built = build_lesson(LESSONS / f"{lesson}.yaml", folder / name, ["deck"], theme_name)
        [deck] = built.outputs
        decks[name] = Path(shutil.copy(deck, folder / f"{name}.pptx"))
    pdfs = convert_all_to_pdf(list(decks.values()), folder, timeout=300)
    return {
        name: _overview(DECKS[name][0], deck, pdf)
        for (name, deck), pdf in zip(decks.items(), pdfs, strict=True)
    }


def _overview(lesson_name: str, deck: Path, pdf: Path) -> Shown:
    """The overview slide of ``deck`` read from ``pdf``; its labelled events from the
    deck's label shapes."""
    [(number, titles)] = [
        (number, [shape.name.removeprefix("Label: ") for shape in slide.shapes])
        for number, slide in enumerate(Presentation(str(deck)).slides)
        if any(shape.name == "Axis" for shape in slide.shapes)
    ]
    shown = [title for title in titles if not title.startswith(("Axis", "Tick", "Leader"))]
    lesson = load_lesson(LESSONS / f"{lesson_name}.yaml").lesson
    content = timeline_content(present(lesson, load_theme("classic"), "deck"))
    events = [item.event for item in content.items if item.event.title in shown]
    with pdfplumber.open(pdf) as document:
        page = document.pages[number]
        words = Word.all_of(page)
        lines = _thin_lines(page.lines)
    return Shown(words, lines, [e.title for e in events], [e.date_label for e in events])


@pytest.fixture(scope="session")
def strips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Shown]:
    """The Russian handout's strip: the words and lines on page 1 between
    the strip's top and bottom (found from its axis, the line of the axis's width)."""
    folder = tmp_path_factory.mktemp("strip-labels")
    shown: dict[str, Shown] = {}
    for name in ("russian",):
        path = LESSONS / f"language-{name}.yaml"
        [handout] = build_lesson(path, folder / name, ["handout"], "classic").outputs
        lesson = load_lesson(path).lesson
        context = HandoutContext.create(lesson, load_theme("classic"), "student")
        content = timeline_content(context.plan)
        plan = plan_strip(content, context.style.page.frame_width, context)
        assert plan is not None and plan.labelled
        with pdfplumber.open(handout) as document:
            page = document.pages[0]
            [axis] = [line for line in page.lines if line["linewidth"] == AXIS_WIDTH]
            top = axis["top"] - (plan.height - plan.key_height - plan.axis.y)
            bottom = axis["top"] + plan.axis.y
            strip = page.within_bbox((0, top, page.width, bottom))
            words = Word.all_of(strip)
            lines = _thin_lines(strip.lines)
        labelled = {label.key for label in plan.labels}
        events = [item.event for item in content.items if item.key in labelled]
        shown[name] = Shown(words, lines, [e.title for e in events], [e.date_label for e in events])
    return shown


def _thin_lines(lines: Iterable[dict[str, float]]) -> list[Segment]:
    """The pieces of the leaders (and tick marks) among a page's lines, top-down."""
    return [
        Segment(Point(line["x0"], line["top"]), Point(line["x1"], line["bottom"]))
        for line in lines
        if line["linewidth"] < THIN_LINE
    ]


def text_lines(words: list[Word]) -> list[str]:
    """The lines of text, each the words sharing a top, left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda word: (word.top, word.x0)):
        if rows and abs(rows[-1][0].top - word.top) <= SAME_LINE:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [" ".join(w.text for w in sorted(row, key=lambda w: w.x0)) for row in rows]


def broken_words(shown: Shown) -> list[str]:
    """Title words shown as a first piece on one line and the rest on a later line."""
    title_words = {word for title in shown.titles for word in title.split()}
    texts = {word.text for word in shown.words}
    return [
        f"{word.text} / {whole[len(word.text) :]}"
        for word in shown.words
        if word.text not in title_words and len(word.text) > 1
        for whole in title_words
        if whole.startswith(word.text) and whole[len(word.text) :] in texts
    ]


def broken_dates(shown: Shown) -> list[str]:
    """The ends of date labels not shown on one line."""
    lines = text_lines(shown.words)
    broken = []
    for date in shown.dates:
        ends = date.split(" – ")
        pieces = [f"{end} –" for end in ends[:-1]] + ends[-1:]
        broken += [piece for piece in pieces if not any(piece in line for line in lines)]
    return broken


def leaders_through_words(shown: Shown) -> list[str]:
    """Thin lines that run through a word's box."""
    return [
        f"{word.text!r} crossed by {line}"
        for word in shown.words
        for line in shown.lines
        if segment_crosses_rect(
            line, Rect.from_edges(word.x0, word.top, word.x1, word.bottom).inset(WORD_INSET)
        )
    ]


def labels_too_close(shown: Shown) -> list[str]:
    """Neighbours on one line, in the bold of labels, that are neither a space apart in
    one font and line (words of one label) nor :data:`LEAST_GAP_EMS` apart."""
    bold = [word for word in shown.words if "Bold" in word.font and word.size < TITLE_SIZE]
    close = []
    for word in bold:
        beside = [
            other
            for other in bold
            if other.x0 >= word.x1 - 0.1
            and min(word.bottom, other.bottom) - max(word.top, other.top) > 0.3 * word.size
        ]
        if not beside:
            continue
        right = min(beside, key=lambda other: other.x0)
        gap, em = right.x0 - word.x1, min(word.size, right.size)
        one_line = right.font == word.font and abs(right.top - word.top) <= SAME_LINE
        if gap < LEAST_GAP_EMS * em and not (one_line and gap <= SPACE_EMS * em):
            close.append(f"{word.text!r} {gap:.1f} pt before {right.text!r}")
    return close


@pytest.mark.parametrize("deck", ["greek", "greek-trebuchet"])
def test_overview_breaks_no_word_and_no_date(overviews: dict[str, Shown], deck: str) -> None:
    shown = overviews[deck]
    assert len(shown.titles) >= 4, "the overview labels the lesson's events"
    assert broken_words(shown) == []
    assert broken_dates(shown) == []


def test_no_leader_runs_through_a_tick_label_or_an_era_name(overviews: dict[str, Shown]) -> None:
    shown = overviews["russian"]
    assert len(shown.lines) >= 6, "the overview's leaders are thin lines"
    assert leaders_through_words(shown) == []


def test_overview_labels_on_one_line_are_apart(overviews: dict[str, Shown]) -> None:
    assert labels_too_close(overviews["spanish"]) == []


def test_strip_labels_are_apart_and_clear_of_leaders(strips: dict[str, Shown]) -> None:
    shown = strips["russian"]
    assert len(shown.titles) >= 6, "the strip labels the lesson's events"
    assert labels_too_close(shown) == []
    assert leaders_through_words(shown) == []
    assert broken_words(shown) == []
    assert broken_dates(shown) == []
