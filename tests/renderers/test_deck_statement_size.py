"""Statement slides, read back from the deck: every one of a deck sets its title at one
size, as a designer's layout set keeps one size per composition. Before, one deck's
statement titles ran from 35 to 50 pt (the example, the Cyrillic lesson)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation

from conftest import EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.sizes import TITLE_FLOOR

SCHOOL = LESSONS.parent / "templates" / "school-theme.yaml"


def statement_title_sizes(lesson: Path, theme: str) -> list[set[float]]:
    """The title's run sizes, in points, of each statement slide (the slides with a
    date panel) of ``lesson``'s deck in ``theme``."""
    data = DeckRenderer().render(
        load_lesson(lesson).lesson, load_theme(theme, Path.cwd()), RenderOptions()
    )
    sizes: list[set[float]] = []
    for slide in Presentation(io.BytesIO(data)).slides:
        if any(shape.name == "Date panel" for shape in slide.shapes):
            title = slide.shapes.title
            assert title is not None
            paragraphs = title.text_frame.paragraphs
            sizes.append({run.font.size.pt for p in paragraphs for run in p.runs if run.font.size})
    return sizes


@pytest.mark.parametrize(
    ("lesson", "theme"),
    [(EXAMPLE, "classic"), (LESSONS / "cyrillic-greek.yaml", str(SCHOOL))],
    ids=["example-classic", "cyrillic-school"],
)
def test_every_statement_title_of_a_deck_has_one_size(lesson: Path, theme: str) -> None:
    sizes = statement_title_sizes(lesson, theme)
    assert len(sizes) >= 3, "the deck has statement slides to compare"
    shared = set().union(*sizes)
    assert len(shared) == 1, f"statement titles at {sorted(shared)} pt"
    assert min(shared) >= TITLE_FLOOR


def test_a_deck_whose_statement_titles_all_fit_large_keeps_them_large() -> None:
    """The Spanish lesson's short titles all fit at the statement size, 50 pt: the one
    size is the largest, not the floor."""
    sizes = statement_title_sizes(LESSONS / "language-spanish.yaml", "classic")
    assert set().union(*sizes) == {50.0}


def test_a_title_that_fits_at_no_size_does_not_set_the_others_at_the_floor() -> None:
    """The long-texts lesson's 58-letter Welsh place name breaks at any size: it wraps at
    the size its deck's other statement titles fit at, rather than take them to 32 pt."""
    sizes = statement_title_sizes(LESSONS / "long-texts.yaml", "classic")
    shared = set().union(*sizes)
    assert len(shared) == 1 and min(shared) > TITLE_FLOOR, sorted(shared)
