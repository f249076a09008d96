"""As many categories as a lesson may have, each used, in all three outputs.

The handout's legend continues on the next page when it is longer than one; the deck
has a slide for every event; a poster that cannot hold the legend says so in a problem
naming the categories, never with an internal fault.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from checks import pdf_text
from lessonpress.build import build_lesson
from lessonpress.errors import LessonError
from lessonpress.model.lesson import MAX_CATEGORIES

CATEGORIES = MAX_CATEGORIES


def write_lesson(folder: Path, label: str) -> Path:
    """A lesson of one event per category, each in a category of its own labelled ``label`` with
    the category's number put in."""
    lines = [f"title: {CATEGORIES} Kinds of Events", "categories:"]
    lines += [f"  c{n}: {{label: '{label.format(n)}'}}" for n in range(CATEGORIES)]
    lines += ["events:"]
    lines += [
        f"  - {{title: Event {n}, date: '{1800 + n}', category: c{n}, text: It happened.}}"
        for n in range(CATEGORIES)
    ]
    path = folder / "many-categories.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


LONG_LABEL = "Kind {} of events, named as fully and carefully as a teacher might write"


@pytest.fixture(scope="module")
def long_labels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The most categories a lesson may have, each label about seventy characters long."""
    return write_lesson(tmp_path_factory.mktemp("long-labels"), LONG_LABEL)


def test_the_handout_lists_most_categories_in_a_legend_over_two_pages(
    long_labels: Path, tmp_path: Path
) -> None:
    [handout] = build_lesson(long_labels, tmp_path, ["handout"]).outputs
    text = pdf_text(handout)
    # Each label twice: in the timeline's legend, and under its event's title.
    assert [text.count(LONG_LABEL.format(n)) for n in range(CATEGORIES)] == [2] * CATEGORIES


def test_the_deck_has_a_slide_for_each_of_most_categorised_events(
    long_labels: Path, tmp_path: Path
) -> None:
    [deck] = build_lesson(long_labels, tmp_path, ["deck"]).outputs
    titles = {
        slide.shapes.title.text_frame.text
        for slide in Presentation(str(deck)).slides
        if slide.shapes.title is not None
    }
    assert {f"Event {n}" for n in range(CATEGORIES)} <= titles


def test_a_poster_too_small_for_most_long_labels_says_so(long_labels: Path, tmp_path: Path) -> None:
    with pytest.raises(LessonError) as raised:
        build_lesson(long_labels, tmp_path, ["poster"])
    [problem] = raised.value.problems
    assert problem.path == "categories"
    assert f"{CATEGORIES} categories" in problem.message
    assert not list(tmp_path.iterdir())


def test_a_poster_holds_most_short_labels(tmp_path: Path) -> None:
    lesson = write_lesson(tmp_path, "Kind {}")
    [poster] = build_lesson(lesson, tmp_path / "out", ["poster"]).outputs
    shown = {int(number) for number in re.findall(r"Kind (\d+)", pdf_text(poster))}
    assert shown == set(range(CATEGORIES))
