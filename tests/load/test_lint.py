"""Warnings that `lessonpress check` gives about valid lessons."""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image

from conftest import EXAMPLE
from lessonpress.errors import Problem, Severity
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names, load_theme, theme_warnings


def warnings_for(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "lesson.yaml"
    path.write_text(textwrap.dedent(text))
    found = load_lesson(path).warnings
    assert all(problem.severity is Severity.WARNING for problem in found)
    return [(problem.path, problem.message) for problem in found]


def test_a_clean_lesson_has_no_warnings(tmp_path: Path) -> None:
    assert warnings_for(tmp_path, "title: T 1900-1910\nevents:\n  - {title: A, date: 1905}\n") == []


def test_images_without_alt_text_or_too_small_for_the_poster(tmp_path: Path) -> None:
    Image.new("RGB", (120, 80)).save(tmp_path / "small.png")
    found = warnings_for(
        tmp_path, "title: T\nevents:\n  - {title: A, date: 1905, image: small.png}\n"
    )
    assert found == [
        ("events[0].image", "the image has no alt text"),
        ("events[0].image", "the image is only 120x80 pixels; it will look blurred in print"),
    ]


def test_text_too_long_for_one_slide(tmp_path: Path) -> None:
    long_text = "word " * 200
    [(path, message)] = warnings_for(
        tmp_path, f"title: T\nevents:\n  - {{title: A, date: 1905, text: {long_text}}}\n"
    )
    assert path == "events[0].text" and "continues it on the next" in message


def test_events_outside_every_era(tmp_path: Path) -> None:
    found = warnings_for(
        tmp_path,
        """\
        title: T
        eras: [{title: E, start: 1900, end: 1910}]
        events:
          - {title: Inside, date: 1905}
          - {title: Outside, date: 1920}
        """,
    )
    assert found == [("events[1].date", "'Outside' (1920) falls outside every era")]


def test_dates_outside_the_years_of_the_title(tmp_path: Path) -> None:
    found = warnings_for(
        tmp_path,
        """\
        title: Relations, 1919-50
        events:
          - {title: Revolution, date: March 1917}
          - {title: Pact, date: 1939}
          - {title: End, date: December 31 1950}
        """,
    )
    assert found == [
        (
            "events[0].date",
            "'Revolution' (March 1917) is outside the years the title names (1919–1950)",
        )
    ]


def test_a_link_whose_text_is_its_address(tmp_path: Path) -> None:
    found = warnings_for(
        tmp_path,
        """\
        title: T
        events:
          - title: A
            date: 1905
            text: See [https://example.org/treaty](https://example.org/treaty) and [the treaty](https://example.org/t).
        questions:
          - prompt: Read [www.example.org](https://www.example.org/) first.
        """,
    )
    assert [path for path, _ in found] == ["events[0].text", "questions[0].prompt"]
    assert found[0][1].startswith("the link's text is its address (https://example.org/treaty)")


def test_more_categories_than_marker_shapes(tmp_path: Path) -> None:
    categories = "".join(f"  c{n}: {{label: C{n}}}\n" for n in range(8))
    events = "".join(f"  - {{title: E{n}, date: {1900 + n}, category: c{n}}}\n" for n in range(8))
    found = warnings_for(tmp_path, f"title: T\ncategories:\n{categories}events:\n{events}")
    [(path, message)] = found
    assert path == "categories"
    assert "8 categories, but only 6 marker shapes: C0 and C6; C1 and C7 share a shape" in message


def theme_lint(tmp_path: Path, theme_text: str, lesson_text: str) -> list[Problem]:
    """The warnings a build gives about the theme at ``theme.yaml`` dressing a lesson."""
    (tmp_path / "theme.yaml").write_text(textwrap.dedent(theme_text))
    (tmp_path / "lesson.yaml").write_text(textwrap.dedent(lesson_text))
    lesson = load_lesson(tmp_path / "lesson.yaml").lesson
    return theme_warnings(load_theme("theme.yaml", tmp_path), lesson)


LASTING_IN_TWO_CATEGORIES = """\
    title: T
    categories: {war: {label: War}, reign: {label: Reign}}
    events:
      - {title: A war, date: 1900 - 1910, category: war}
      - {title: A reign, date: 1920 - 1950, category: reign}
    """


def test_theme_colours_below_aa_at_the_theme_files_line(tmp_path: Path) -> None:
    found = theme_lint(
        tmp_path,
        """\
        name: pale
        extends: ink-saver
        colors:
          muted: '#AAAAAA'
          palette: ['#222222', '#F0F0F0']
        """,
        LASTING_IN_TWO_CATEGORIES,
    )
    assert [(p.file, p.line, p.path) for p in found] == [
        (tmp_path / "theme.yaml", 4, "colors.muted"),
        (tmp_path / "theme.yaml", 5, "colors.palette[1]"),
    ]
    assert "below the 4.5:1 that WCAG AA asks of text" in found[0].message
    assert "category Reign" in found[1].message and "below the 3:1" in found[1].message
    assert all(p.severity is Severity.WARNING for p in found)


def test_bars_told_apart_by_colour_alone_in_a_colour_theme(tmp_path: Path) -> None:
    theme = "name: plain\nextends: classic\ncolors: {palette: ['#0072B2', '#D55E00']}\n"
    [problem] = theme_lint(tmp_path, theme, LASTING_IN_TWO_CATEGORIES)
    assert (problem.line, problem.path) == (3, "colors.palette")
    assert "the bars of lasting events in War, Reign differ by colour alone" in problem.message
    # A grayscale theme gives each category's bars a pattern of their own.
    assert theme_lint(tmp_path, "extends: ink-saver\n", LASTING_IN_TWO_CATEGORIES) == []


def test_the_example_lesson_is_clean_in_every_builtin_theme() -> None:
    loaded = load_lesson(EXAMPLE)
    assert loaded.warnings == ()
    for name in builtin_theme_names():
        assert theme_warnings(load_theme(name), loaded.lesson) == [], name
