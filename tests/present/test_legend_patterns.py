"""Which categories' range bars carry a pattern, and which: on paper in every theme and on
the screen in a grayscale theme, each category with lasting events gets its own, never one
that a category of a gray alike already has while another is free."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from conftest import EXAMPLE
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names, load_theme
from lessonpress.model.colors import contrast_ratio
from lessonpress.present import PATTERNS, LegendEntry, Output, present
from lessonpress.present.legend import SAME_GRAY
from lessonpress.renderers.timeline_items import timeline_content

EXTRA_CATEGORIES = 4
"""Categories beyond the patterns' number, whose colours repeat earlier ones."""


def legend_of(
    folder: Path, theme: str, output: Output, lasting: int, points: int = 0
) -> tuple[LegendEntry, ...]:
    """The legend of a lesson with ``lasting`` categories of one lasting event each, then
    ``points`` categories of one point event each."""
    count = lasting + points
    lines = ["title: Kinds of Events", "categories:"]
    lines += [f"  c{n}: {{label: Kind {n}}}" for n in range(count)]
    lines += ["events:"]
    lines += [
        f"  - {{title: Event {n}, date: '{1800 + 10 * n}"
        + (f" - {1805 + 10 * n}'" if n < lasting else "'")
        + f", category: c{n}}}"
        for n in range(count)
    ]
    path = folder / "kinds.yaml"
    path.write_text("\n".join(lines) + "\n")
    lesson = load_lesson(path).lesson
    return present(lesson, load_theme(theme, Path.cwd()), output).legend


@pytest.mark.parametrize("theme", builtin_theme_names())
def test_on_paper_each_lasting_category_gets_its_own_pattern(tmp_path: Path, theme: str) -> None:
    entries = legend_of(tmp_path, theme, "poster", lasting=len(PATTERNS), points=1)
    assert [entry.pattern for entry in entries] == [*PATTERNS, None]


def test_a_colour_theme_keeps_plain_bars_on_the_screen(tmp_path: Path) -> None:
    assert {entry.pattern for entry in legend_of(tmp_path, "classic", "deck", lasting=3)} == {None}
    assert [entry.pattern for entry in legend_of(tmp_path, "ink-saver", "deck", lasting=3)] == [
        *PATTERNS[:3]
    ]


def alike_sharing_a_pattern(entries: tuple[LegendEntry, ...]) -> list[tuple[str, str]]:
    """The pairs of categories whose grays are alike and whose bars share a pattern."""
    return [
        (one.label, other.label)
        for one, other in itertools.combinations(entries, 2)
        if one.pattern == other.pattern and contrast_ratio(one.color, other.color) < SAME_GRAY
    ]


@pytest.mark.parametrize("theme", ["classic", "ink-saver"])
def test_categories_of_a_gray_alike_never_share_a_pattern(tmp_path: Path, theme: str) -> None:
    """Past the eighth category the palette repeats its colours: the patterns then go round
    again, skipping those a category of the same or an alike gray has."""
    entries = legend_of(tmp_path, theme, "poster", lasting=len(PATTERNS) + EXTRA_CATEGORIES)
    assert alike_sharing_a_pattern(entries) == []
    assert len({entry.pattern for entry in entries}) == len(PATTERNS)


def test_only_categories_drawn_with_bars_show_a_pattern() -> None:
    """The example's revolution lasts five days of 1917: drawn as a point on a timeline of
    three decades, its category shows no bar pattern in the legend."""
    plan = present(load_lesson(EXAMPLE).lesson, load_theme("classic", Path.cwd()), "poster")
    content = timeline_content(plan)
    with_bars = {item.event.category for item in content.items if item.event.is_range}
    assert {entry.category_id for entry in plan.legend if entry.pattern} == with_bars
    assert len(with_bars) < len(plan.legend)
