"""Warnings that `lessonpress check` gives about valid lessons."""

from __future__ import annotations

import textwrap
from pathlib import Path

from PIL import Image

from lessonpress.errors import Severity
from lessonpress.load.lesson import load_lesson


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
