"""The statement slide's date panel as LibreOffice shows it, on the 4:3 templates: every
date of a deck at one size, and a date broken only at its range's dash, each side whole.

Before, the panel's dates ran from 20 to 40 pt in one deck ("June 4, 1944" shrunk to
21 pt beside "June 13, 1944" wrapped at 32) and broke inside ("September / 1, 1939",
"June 22 – / December / 5, 1941", "March 8– / 12, 1917", "27 BC – / AD 14").
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

LESSON = "\n".join(
    (
        "title: Dates in the panel",
        "language: en",
        "events:",
        *(f'  - {{title: Event {index}, date: "{date}"}}' for index, date in enumerate(DATES)),
        "",
    )
)

pytestmark = [needs_programs("soffice"), pytest.mark.xdist_group("deck-panel-dates")]


Panels = list[tuple[list[str], set[float]]]
"""Each statement slide's date: its lines as drawn, and the sizes it is drawn at."""


def panel_lines(pptx: Path, pdf: Path) -> Panels:
    """For each statement slide (one with a date panel): the lines of its date as drawn,
    and the sizes the date is drawn at."""
    statement_pages = [
        index
        for index, slide in enumerate(Presentation(str(pptx)).slides)
        if any(shape.name == "Date panel" for shape in slide.shapes)
    ]
    dates = []
    with pdfplumber.open(pdf) as document:
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
    return dates


@pytest.fixture(scope="module")
def shown(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Panels]:
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
def test_a_panel_date_breaks_only_at_its_range_dash(
    shown: dict[str, Panels], template: str
) -> None:
    panels = shown[template]
    assert len(panels) == len(DATES), "every event is a statement slide"
    for lines, _ in panels:
        date = " ".join(lines)
        assert date in DATES, f"{date!r} is drawn as {lines}"
        start, dash, end = date.partition(" – ")
        assert lines in ([date], [start + dash.rstrip(), end]), f"{date!r} broken as {lines}"


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_every_panel_date_of_a_deck_has_one_size(shown: dict[str, Panels], template: str) -> None:
    sizes = set().union(*(sizes for _, sizes in shown[template]))
    assert len(sizes) == 1, f"panel dates at {sorted(sizes)} pt"
    assert min(sizes) >= BODY_FLOOR
