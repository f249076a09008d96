"""Every lesson in the repository, every built-in theme and both editions, built with
every renderer, pass every output check: pairwise rather than the full product.

What a theme changes (fonts, sizes, colours, paper) and what a lesson brings (many
events, long texts, scripts, pictures) are crossed pairwise:

- every lesson in the default theme;
- the example lesson in every theme (what a teacher sees first);
- a stress lesson in every theme: 45 events in categories with questions, answers and
  teacher notes, so that crowded timelines meet every theme's type sizes;
- the teacher edition beside the student one wherever the two differ: lessons with
  answers or teacher notes (for the others only the footer tells them apart).

Each output is built once per session (the ``build_output`` fixture) and checked
by the shared checks in ``tests/checks.py``: PDFs through qpdf, pypdf and the
word-overlap and off-page checks; decks against the Office Open XML schemas, the
package consistency rules (LibreOffice's view of every deck is checked in
``tests/renderers/test_deck_as_shown.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import (
    layout_problems,
    needs_programs,
    non_embedded_fonts,
    openxml_audit_problems,
    pdf_problems,
    pptx_problems,
)
from conftest import CONTENT, EXAMPLE, LESSONS, BuildOutput
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names
from lessonpress.renderers.base import Edition

REPOSITORY_LESSONS = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])
THEMES = builtin_theme_names()
DEFAULT_THEME = "classic"
STRESS_LESSON = LESSONS / "world-war-two-45.yaml"

# Posters are built on the theme's paper, except for lessons too dense for it: a teacher
# is told to pick a larger sheet (test_poster checks that message), and does.
POSTER_SIZES = {"every-date-form": "a1"}


def lessons_and_themes() -> list[tuple[Path, str]]:
    """Every lesson in the default theme; the example and the stress lesson in every theme."""
    pairs = {(lesson, DEFAULT_THEME) for lesson in REPOSITORY_LESSONS}
    pairs |= {(lesson, theme) for lesson in (EXAMPLE, STRESS_LESSON) for theme in THEMES}
    return sorted(pairs)


def editions(lesson_path: Path) -> tuple[Edition, ...]:
    """Both editions where the teacher's shows more than the student's, else the student's."""
    lesson = load_lesson(lesson_path).lesson
    shows_more = any(question.answer for question in lesson.questions) or any(
        event.notes for event in lesson.events
    )
    return ("student", "teacher") if shows_more else ("student",)


LESSONS_AND_THEMES = lessons_and_themes()

PDF_BUILDS = [
    pytest.param(lesson, renderer, theme, edition, id=f"{lesson.stem}-{renderer}-{theme}-{edition}")
    for lesson, theme in LESSONS_AND_THEMES
    for renderer, renderer_editions in (("handout", editions(lesson)), ("poster", ("student",)))
    for edition in renderer_editions
]

DECK_BUILDS = [
    pytest.param(lesson, theme, id=f"{lesson.stem}-{theme}") for lesson, theme in LESSONS_AND_THEMES
]


def test_the_pairs_reach_every_lesson_theme_and_edition() -> None:
    assert {lesson for lesson, _ in LESSONS_AND_THEMES} == set(REPOSITORY_LESSONS)
    assert {theme for _, theme in LESSONS_AND_THEMES} == set(THEMES)
    built = {
        (p.values[0], p.values[2], p.values[3]) for p in PDF_BUILDS if p.values[1] == "handout"
    }
    assert {(STRESS_LESSON, theme, "teacher") for theme in THEMES} <= built
    assert {(EXAMPLE, theme, "teacher") for theme in THEMES} <= built


@needs_programs("qpdf")
@pytest.mark.parametrize(("lesson", "renderer", "theme", "edition"), PDF_BUILDS)
def test_pdf_outputs_pass_every_check(
    build_output: BuildOutput, lesson: Path, renderer: str, theme: str, edition: Edition
) -> None:
    poster_size = POSTER_SIZES.get(lesson.stem) if renderer == "poster" else None
    pdf = build_output(lesson, renderer, theme, edition, poster_size)
    assert pdf_problems(pdf) == []
    assert non_embedded_fonts(pdf) == []
    assert layout_problems(pdf) == []


@pytest.mark.parametrize(("lesson", "theme"), DECK_BUILDS)
def test_decks_pass_every_package_check(
    build_output: BuildOutput, lesson: Path, theme: str
) -> None:
    deck = build_output(lesson, "deck", theme)
    assert pptx_problems(deck) == []
    assert openxml_audit_problems(deck) == []
