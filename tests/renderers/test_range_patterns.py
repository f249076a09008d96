"""In a grayscale theme the range bars of each category carry their own fill pattern, so a
black-and-white print tells lasting events apart; colour themes draw plain bars."""

from __future__ import annotations

import math
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree

from checks import NS_DML, NS_PML, pptx_problems
from conftest import LESSONS, BuildOutput

LESSON = LESSONS / "range-patterns.yaml"
"""Three categories, each with one lasting event."""

CATEGORIES_LEFT_TO_RIGHT = ("build", "war", "rule")
"""The categories of the lesson's bars in time order: Notre-Dame, the Hundred Years' War,
Elizabeth I."""

Signature = tuple[tuple[str, int], ...]
"""What is drawn inside a bar: how many marks of each kind (hatch lines by direction,
dots, squares)."""


def bar_boxes(page: pdfplumber.page.Page) -> list[tuple[float, float, float, float]]:
    """The filled range bars on ``page`` (long, low rounded shapes), left to right, as
    ``(x0, top, x1, bottom)``."""
    boxes = {
        (curve["x0"], curve["top"], curve["x1"], curve["bottom"])
        for curve in page.curves
        if curve["fill"] and curve["width"] > 4 * curve["height"] and curve["height"] > 2
    }
    return sorted(boxes)


def inside(mark: dict, box: tuple[float, float, float, float]) -> bool:
    """Whether ``mark`` lies wholly within ``box`` (a leader crossing a bar does not)."""
    x0, top, x1, bottom = box
    slack = 0.01
    return (
        mark["x0"] >= x0 - slack
        and mark["x1"] <= x1 + slack
        and mark["top"] >= top - slack
        and mark["bottom"] <= bottom + slack
    )


def direction(line: dict) -> str:
    """A line's direction as its angle in whole degrees from the horizontal, counter-
    clockwise, 0 to 179 (pdfplumber measures y downwards: turned upwards here)."""
    (x1, top1), (x2, top2) = line["pts"][0], line["pts"][-1]
    return f"{round(math.degrees(math.atan2(top1 - top2, x2 - x1))) % 180}°"


def signatures(pdf_path: Path) -> list[Signature]:
    """Per bar on the first page, left to right, the marks drawn inside it."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        found = []
        for box in bar_boxes(page):
            kinds = [direction(line) for line in page.lines if inside(line, box)]
            kinds += ["dot" for curve in page.curves if curve["width"] < 2 and inside(curve, box)]
            kinds += ["square" for rect in page.rects if inside(rect, box)]
            found.append(tuple(sorted((kind, kinds.count(kind)) for kind in set(kinds))))
        return found


@pytest.mark.parametrize("output", ["poster", "handout"])
def test_grayscale_bars_of_each_category_are_hatched_differently(
    build_output: BuildOutput, output: str
) -> None:
    found = signatures(build_output(LESSON, output, theme="ink-saver"))
    assert len(found) == len(CATEGORIES_LEFT_TO_RIGHT)
    directions = [{kind for kind, _ in signature} for signature in found]
    assert len({frozenset(kinds) for kinds in directions}) == len(found), found
    # The first category is solid, the second hatched one way, the third both ways.
    by_category = dict(zip(CATEGORIES_LEFT_TO_RIGHT, directions, strict=True))
    assert by_category["war"] == set()
    assert by_category["rule"] == {"45°"}
    assert by_category["build"] == {"45°", "135°"}


@pytest.mark.parametrize("output", ["poster", "handout"])
def test_colour_themes_draw_plain_bars(build_output: BuildOutput, output: str) -> None:
    found = signatures(build_output(LESSON, output, theme="classic"))
    assert found == [()] * len(CATEGORIES_LEFT_TO_RIGHT)


def span_fills(deck_path: Path) -> dict[str, str]:
    """Per range bar on the deck (a shape named ``Span: <title>``), its fill: the preset
    of its pattern fill, or ``solid``."""
    namespaces = {"a": NS_DML, "p": NS_PML}
    fills: dict[str, str] = {}
    with zipfile.ZipFile(deck_path) as package:
        for name in package.namelist():
            if not (name.startswith("ppt/slides/slide") and name.endswith(".xml")):
                continue
            tree = etree.fromstring(package.read(name))
            for shape in tree.iterfind(".//p:sp", namespaces):
                shape_name = shape.find("p:nvSpPr/p:cNvPr", namespaces).get("name")
                if not shape_name.startswith("Span: "):
                    continue
                pattern = shape.find("p:spPr/a:pattFill", namespaces)
                fills[shape_name] = "solid" if pattern is None else pattern.get("prst")
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


def test_colour_theme_deck_bars_are_plain(build_output: BuildOutput) -> None:
    fills = span_fills(build_output(LESSON, "deck", theme="classic"))
    assert len(fills) == len(CATEGORIES_LEFT_TO_RIGHT)
    assert set(fills.values()) == {"solid"}
