"""The statement slide's date panel as LibreOffice shows it, on the 4:3 templates: every
date of a deck at one size, and a date broken only at its range's dash, each side whole.

Before, the panel's dates ran from 20 to 40 pt in one deck ("June 4, 1944" shrunk to
21 pt beside "June 13, 1944" wrapped at 32) and broke inside ("September / 1, 1939",
"June 22 – / December / 5, 1941", "March 8– / 12, 1917", "27 BC – / AD 14"), and a
date too long for the panel even at the floor ("between 1450 and 1460" on a 4:3 slide)
was broken between its words: its event now has title and text, the date whole above.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pptx import Presentation

from checks import convert_all_to_pdf, needs_programs
from lessonpress.build import build_lesson
from lessonpress.renderers.deck.sizes import BODY_FLOOR

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
TEMPLATE_NAMES = ("gradient", "trebuchet")

DATES = (
    "September 1, 1939",
    "June 4, 1944",
    "June 13, 1944",
    "June 22 – December 5, 1941",
    "March 8–12, 1917",
    "27 BC – AD 14",
    "December 26, 1991",
    "September 8, 1941 – January 27, 1944",
)

TOO_LONG = ("between 1450 and 1460", "November 9–10, 1989")
"""Dates no panel of trebuchet.pptx's 4:3 slide holds whole at the floor, in the wide
face that stands in for Trebuchet MS; gradient.pptx's narrower face fits them."""

LESSON = "\n".join(
    (
        "title: Dates in the panel",
        "language: en",
        "events:",
        *(
            f'  - {{title: Event {index}, date: "{date}"}}'
            for index, date in enumerate(DATES + TOO_LONG)
        ),
        "",
    )
)

pytestmark = [needs_programs("soffice"), pytest.mark.xdist_group("deck-panel-dates")]


Panels = list[tuple[list[str], set[float]]]
"""Each statement slide's date: its lines as drawn, and the sizes it is drawn at."""

Shown = tuple[Panels, list[str]]
"""A deck's statement slides' dates, and the lines of text of its other slides."""


def panel_lines(pptx: Path, pdf: Path) -> Shown:
    """For each statement slide (one with a date panel): the lines of its date as drawn,
    and the sizes the date is drawn at; and the lines of every other slide."""
    slides = list(Presentation(str(pptx)).slides)
    statement_pages = [
        index
        for index, slide in enumerate(slides)
        if any(shape.name == "Date panel" for shape in slide.shapes)
    ]
    dates = []
    with pdfplumber.open(pdf) as document:
        others = [
            line.replace("\u00a0", " ")
            for index, page in enumerate(document.pages)
            if index not in statement_pages
            for line in (page.extract_text() or "").splitlines()
        ]
        for index in statement_pages:
            page = document.pages[index]
            panel = page.width * 0.4
            chars = [c for c in page.chars if c["x1"] < panel and "Bold" in c["fontname"]]
            rows: dict[int, list[dict[str, Any]]] = {}
            for char in chars:
                rows.setdefault(round(float(char["top"]) / 4), []).append(char)
            lines = [
                "".join(str(c["text"]) for c in sorted(row, key=lambda c: float(c["x0"])))
                .replace("\u00a0", " ")
                .strip()
                for _, row in sorted(rows.items())
            ]
            dates.append((lines, {round(float(c["size"]), 1) for c in chars}))
    return dates, others


@pytest.fixture(scope="module")
def shown(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Shown]:
    """The lesson's panel dates on each template, both decks converted by one call."""
    folder = tmp_path_factory.mktemp("panel-dates")
    lesson = folder / "dates.yaml"
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
        name: panel_lines(deck, pdf) for (name, deck), pdf in zip(decks.items(), pdfs, strict=True)
    }


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_a_panel_date_breaks_only_at_its_range_dash(shown: dict[str, Shown], template: str) -> None:
    panels, _ = shown[template]
    drawn = []
    for lines, _ in panels:
        date = " ".join(lines)
        assert date in DATES + TOO_LONG, f"{date!r} is drawn as {lines}"
        start, dash, end = date.partition(" – ")
        assert lines in ([date], [start + dash.rstrip(), end]), f"{date!r} broken as {lines}"
        drawn.append(date)
    assert set(DATES) <= set(drawn), "every event whose date fits the panel is a statement slide"


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_every_panel_date_of_a_deck_has_one_size(shown: dict[str, Shown], template: str) -> None:
    panels, _ = shown[template]
    sizes = set().union(*(sizes for _, sizes in panels))
    assert len(sizes) == 1, f"panel dates at {sorted(sizes)} pt"
    assert min(sizes) >= BODY_FLOOR


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_a_date_too_long_for_the_panel_stands_whole_over_title_and_text(
    shown: dict[str, Shown], template: str
) -> None:
    panels, other_lines = shown[template]
    in_panels = {" ".join(lines) for lines, _ in panels}
    for date in set(TOO_LONG) - in_panels:
        assert any(line.startswith(date) for line in other_lines), f"{date!r} not drawn whole"
    if template == "trebuchet":
        assert not in_panels & set(TOO_LONG), "Trebuchet MS's stand-in is too wide for them"
