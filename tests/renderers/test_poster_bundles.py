"""The numbered poster of a lesson whose events crowd one spot, read back with
pdfplumber: its runs of numbers share a label ("25–42"), every number shows once on the
timeline, and the key lists every event.

Before, every-date-form's tabloid poster drew 61 numbers whose leaders met in one wedge
at the 1900s, 41 of them within a marker's radius of another.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from conftest import LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer

RUN = re.compile(r"(\d+)(?:\N{EN DASH}(\d+))?")


def test_crowded_numbers_share_a_label_and_each_shows_once(tmp_path: Path) -> None:
    theme_path = tmp_path / "theme.yaml"
    theme_path.write_text("extends: classic\n", encoding="utf-8")
    lesson = load_lesson(LESSONS / "every-date-form.yaml").lesson
    options = RenderOptions(poster_size=parse_page_size("tabloid"))
    target = tmp_path / "poster.pdf"
    target.write_bytes(PosterRenderer().render(lesson, load_theme(theme_path), options))
    with pdfplumber.open(target) as pdf:
        words = pdf.pages[0].extract_words(
            x_tolerance=1.0, y_tolerance=2.0, extra_attrs=["fontname"]
        )
    # The key begins with event 1's entry: "1", its date, its title.
    key_top = min(word["top"] for word in words if word["text"] == "Collapse")
    numbered = len(lesson.timeline) - 1  # the October Revolution, a key event, is labelled
    numbers = [
        match
        for word in words
        if word["bottom"] < key_top - 1
        and "Bold" in word["fontname"]  # not a tick label
        and (match := RUN.fullmatch(word["text"]))
        and int(match[1]) <= numbered  # not the year in the key event's date
    ]
    shown = sorted(
        n for match in numbers for n in range(int(match[1]), int(match[2] or match[1]) + 1)
    )
    assert shown == list(range(1, numbered + 1))
    assert any(match[2] for match in numbers), "a crowd shares one label"
    assert len(numbers) <= numbered // 2
    key_numbers = [word["text"] for word in words if word["top"] >= key_top - 1]
    assert all(str(number) in key_numbers for number in range(1, numbered + 1))
