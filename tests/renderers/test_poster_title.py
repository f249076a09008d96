"""A long poster title breaks over as many as four lines at its full size rather than be
cut short."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from conftest import LESSONS, BuildOutput
from lessonpress.load.lesson import load_lesson

LONG_TITLE = LESSONS / "poster-crowded-frame.yaml"
"""A lesson whose title takes four lines at the poster's title size on letter and A1
paper (three on tabloid)."""


def title_words(poster: Path) -> tuple[str, float]:
    """The words set in the poster's largest type (its title), and that size."""
    with pdfplumber.open(poster) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    size = max(word["size"] for word in words)
    return " ".join(word["text"] for word in words if word["size"] > size - 0.01), size


@pytest.mark.parametrize("paper", ["letter", "a1"])
def test_a_long_title_is_whole_on_the_poster(build_output: BuildOutput, paper: str) -> None:
    title = " ".join(load_lesson(LONG_TITLE).lesson.title.split())
    assert title_words(build_output(LONG_TITLE, "poster", poster_size=paper))[0] == title


def test_the_title_keeps_its_size_when_three_lines_hold_it(build_output: BuildOutput) -> None:
    """On tabloid the same title fits its lines at the full 60 pt."""
    _, size = title_words(build_output(LONG_TITLE, "poster", poster_size="tabloid"))
    assert size >= 60.0 - 0.01
