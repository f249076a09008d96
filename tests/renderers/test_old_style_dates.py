"""A theme chooses how a day written Old Style is shown, in every output: in both
calendars (the default, as historians write it) or as its New Style day alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from checks import pdf_text
from lessonpress.build import build_lesson

LESSON = """\
title: Petrograd, 1917
events:
  - title: The Bolsheviks take the Winter Palace
    date: October 25, 1917 O.S.
  - title: The Constituent Assembly is dissolved
    date: January 19, 1918
"""
BOTH = "November 7, 1917 (October 25 O.S.)"
NEW = "November 7, 1917"


def outputs_text(folder: Path, theme_lines: list[str]) -> dict[str, str]:
    """The text of the handout, deck (slides and notes) and poster of the lesson."""
    lesson = folder / "petrograd.yaml"
    lesson.write_text(LESSON, encoding="utf-8")
    theme = folder / "theme.yaml"
    theme.write_text("\n".join(["extends: classic", *theme_lines]) + "\n", encoding="utf-8")
    handout, deck, poster = build_lesson(lesson, folder / "out", theme_reference=str(theme)).outputs
    slides = Presentation(str(deck)).slides
    deck_text = [
        shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame
    ]
    deck_text += [slide.notes_slide.notes_text_frame.text for slide in slides]
    return {
        "handout": " ".join(pdf_text(handout).split()),
        "deck": " ".join(" ".join(deck_text).split()),
        "poster": " ".join(pdf_text(poster).split()),
    }


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Each output's text in the default style and in ``old_style_dates: new``, built once."""
    return {
        "both": outputs_text(tmp_path_factory.mktemp("both"), []),
        "new": outputs_text(tmp_path_factory.mktemp("new"), ["old_style_dates: new"]),
    }


@pytest.mark.parametrize("output", ["handout", "deck", "poster"])
def test_an_old_style_day_is_shown_in_both_calendars_unless_the_theme_says_new(
    shown: dict[str, dict[str, str]], output: str
) -> None:
    both, new = shown["both"][output], shown["new"][output]
    assert BOTH in both
    assert NEW in new
    assert "O.S." not in new and "October 25" not in new
