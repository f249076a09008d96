"""Every lesson in the repository, built with every renderer in every theme and edition,
passes every output check.

Each output is built once per session (the ``build_output`` fixture) and checked
by the shared checks in ``tests/checks.py``: PDFs through qpdf, pypdf and the
word-overlap and off-page checks; decks against the Office Open XML schemas, the
package consistency rules and, converted by LibreOffice, the same layout checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import (
    convert_to_pdf,
    layout_problems,
    needs_programs,
    non_embedded_fonts,
    openxml_audit_problems,
    pdf_problems,
    pptx_problems,
)
from conftest import CONTENT, EXAMPLE, LESSONS, BuildOutput
from lessonpress.load.theme import builtin_theme_names

REPOSITORY_LESSONS = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])
THEMES = builtin_theme_names()

# Posters are built on the theme's paper, except for lessons too dense for it: a teacher
# is told to pick a larger sheet (test_poster checks that message), and does.
POSTER_SIZES = {"every-date-form": "a1"}

PDF_BUILDS = [
    pytest.param(lesson, renderer, theme, edition, id=f"{lesson.stem}-{renderer}-{theme}-{edition}")
    for lesson in REPOSITORY_LESSONS
    for theme in THEMES
    for renderer, editions in (("handout", ("student", "teacher")), ("poster", ("student",)))
    for edition in editions
]

DECK_BUILDS = [
    pytest.param(lesson, theme, id=f"{lesson.stem}-{theme}")
    for lesson in REPOSITORY_LESSONS
    for theme in THEMES
]

CONVERTED_DECKS = [
    pytest.param(lesson, theme, id=f"{lesson.stem}-{theme}")
    for lesson in REPOSITORY_LESSONS
    for theme in THEMES
    if lesson == EXAMPLE or theme == "classic"
]


@needs_programs("qpdf")
@pytest.mark.parametrize(("lesson", "renderer", "theme", "edition"), PDF_BUILDS)
def test_pdf_outputs_pass_every_check(
    build_output: BuildOutput, lesson: Path, renderer: str, theme: str, edition: str
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


@needs_programs("soffice")
@pytest.mark.parametrize(("lesson", "theme"), CONVERTED_DECKS)
def test_decks_open_in_libreoffice_with_nothing_off_or_overlapping(
    build_output: BuildOutput, lesson: Path, theme: str, tmp_path: Path
) -> None:
    deck = build_output(lesson, "deck", theme)
    pdf = convert_to_pdf(deck, tmp_path)
    assert layout_problems(pdf) == []
