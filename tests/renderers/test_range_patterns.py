"""On paper in every theme, and on the screen in a grayscale theme, the range bars of each
category carry their own fill pattern, so a black-and-white print tells lasting events
apart; a colour theme's deck draws plain bars."""

from __future__ import annotations

import math
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree

from checks import NS_DML, NS_PML, pptx_problems
from conftest import LESSONS, BuildOutput
from lessonpress.load.theme import builtin_theme_names
from timeline_drawing import Box, PdfObject, bar_boxes

LESSON = LESSONS / "range-patterns.yaml"
"""Three categories, each with one lasting event."""

CATEGORIES_LEFT_TO_RIGHT = ("build", "war", "rule")
"""The categories of the lesson's bars in time order: Notre-Dame, the Hundred Years' War,
Elizabeth I."""

LEGEND_LABELS = {"war": "Wars", "rule": "Reigns", "build": "Buildings"}

GENERIC_LEGEND_LABEL = "Lasting"
"""The first word of the legend's row for lasting events in general."""

Marks = frozenset[str]
"""What is drawn inside a bar: the kinds of marks (hatch lines by direction, dots,
squares)."""


def inside(mark: PdfObject, box: Box) -> bool:
    """Whether ``mark`` lies wholly within ``box`` (a leader crossing a bar does not)."""
    x0, top, x1, bottom = box
    slack = 0.01
    return bool(
        mark["x0"] >= x0 - slack
        and mark["x1"] <= x1 + slack
        and mark["top"] >= top - slack
        and mark["bottom"] <= bottom + slack
    )


def direction(line: PdfObject) -> str:
    """A line's direction as its angle in whole degrees from the horizontal, counter-
    clockwise, 0 to 179 (pdfplumber measures y downwards: turned upwards here)."""
    (x1, top1), (x2, top2) = line["pts"][0], line["pts"][-1]
    return f"{round(math.degrees(math.atan2(top1 - top2, x2 - x1))) % 180}°"


def marks_in(page: pdfplumber.page.Page, box: Box) -> Marks:
    """The kinds of marks drawn inside ``box``."""
    kinds = {direction(line) for line in page.lines if inside(line, box)}
    if any(curve["width"] < 2 and inside(curve, box) for curve in page.curves):
        kinds.add("dot")
    if any(inside(rect, box) for rect in page.rects):
        kinds.add("square")
    return frozenset(kinds)


def on_row_of(box: Box, word: PdfObject) -> bool:
    """Whether ``box`` sits on the line of ``word``, just before it: a legend's swatch."""
    middle = (box[1] + box[3]) / 2
    return bool(word["top"] <= middle <= word["bottom"] and word["x0"] - 20 <= box[2] <= word["x0"])


@dataclass(frozen=True)
class TimelineMarks:
    """What the first page of a PDF draws in the timeline's bars and the legend's."""

    bars: dict[str, Marks]
    """Per category, the marks inside its bar on the timeline."""
    swatches: dict[str, Marks]
    """Per category that shows one, the marks inside its legend swatch."""


def timeline_marks(pdf_path: Path) -> TimelineMarks:
    """The marks in the timeline's bars and legend swatches on the PDF's first page."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        words: dict[str, list[PdfObject]] = {}
        for word in page.extract_words():
            words.setdefault(word["text"], []).append(word)
        labels = {*LEGEND_LABELS.values(), GENERIC_LEGEND_LABEL}
        legend_words = [word for label in labels for word in words.get(label, [])]
        boxes = bar_boxes(page)
        swatches = {
            category: marks_in(page, box)
            for category, label in LEGEND_LABELS.items()
            for box in boxes
            if any(on_row_of(box, word) for word in words[label])
        }
        on_timeline = [
            box for box in boxes if not any(on_row_of(box, word) for word in legend_words)
        ]
        assert len(on_timeline) == len(CATEGORIES_LEFT_TO_RIGHT)
        bars = {
            category: marks_in(page, box)
            for category, box in zip(CATEGORIES_LEFT_TO_RIGHT, on_timeline, strict=True)
        }
        return TimelineMarks(bars, swatches)


@pytest.mark.parametrize("theme", builtin_theme_names())
@pytest.mark.parametrize("output", ["poster", "handout"])
def test_printed_bars_of_each_category_are_hatched_differently_and_keyed(
    build_output: BuildOutput, output: str, theme: str
) -> None:
    found = timeline_marks(build_output(LESSON, output, theme=theme))
    # The first category with lasting events is solid, the next hatched one way, the
    # third both ways.
    assert found.bars == {"war": set(), "rule": {"45°"}, "build": {"45°", "135°"}}
    assert found.swatches == found.bars


def span_fills(deck_path: Path, prefix: str = "Span: ") -> dict[str, str]:
    """Per bar on the deck whose name starts with ``prefix`` (``Span: <title>`` on the
    timeline, ``Legend span: <category>`` in its legend), its fill: the preset of its
    pattern fill, or ``solid``."""
    namespaces = {"a": NS_DML, "p": NS_PML}
    fills: dict[str, str] = {}
    with zipfile.ZipFile(deck_path) as package:
        for name in package.namelist():
            if not (name.startswith("ppt/slides/slide") and name.endswith(".xml")):
                continue
            tree = etree.fromstring(package.read(name))
            for shape in tree.iterfind(".//p:sp", namespaces):
                shape_name = str(
                    shape.xpath("string(p:nvSpPr/p:cNvPr/@name)", namespaces=namespaces)
                )
                if not shape_name.startswith(prefix):
                    continue
                pattern = shape.find("p:spPr/a:pattFill", namespaces)
                fills[shape_name] = "solid" if pattern is None else str(pattern.get("prst"))
    return fills


def test_grayscale_deck_bars_carry_a_preset_pattern_per_category(
    build_output: BuildOutput,
) -> None:
    deck = build_output(LESSON, "deck", theme="ink-saver")
    assert pptx_problems(deck) == []
    assert span_fills(deck) == {
        "Span: Hundred Years' War": "solid",
        "Span: Reign of Elizabeth I": "wdUpDiag",
        "Span: Building of Notre-Dame": "diagCross",
    }
    assert span_fills(deck, "Legend span: ") == {
        "Legend span: Wars": "solid",
        "Legend span: Reigns": "wdUpDiag",
        "Legend span: Buildings": "diagCross",
    }


def test_colour_theme_deck_bars_are_plain(build_output: BuildOutput) -> None:
    deck = build_output(LESSON, "deck", theme="classic")
    fills = span_fills(deck)
    assert len(fills) == len(CATEGORIES_LEFT_TO_RIGHT)
    assert set(fills.values()) == {"solid"}
    assert span_fills(deck, "Legend span: ") == {}
