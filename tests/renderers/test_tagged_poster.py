"""The poster as a tagged PDF, on every repository lesson: both PDF/UA-1 checkers pass,
the structure tree holds every word on the page but the tick labels, and reads the
title block, then each event (its date, title and text, its key entry on a crowded
poster) in time order, with each era's name before its events, then the legend and the
sources; every picture is a Figure described by the lesson's alt text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from conftest import CONTENT, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.dates.kinds import Precision
from lessonpress.model.lesson import Lesson
from lessonpress.present import present
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer
from lessonpress.renderers.tagging.text import figure_description
from tagged_pdf import (
    accessibility_failures,
    artifact_words,
    content_words,
    figures,
    images_in_figures,
    joined,
    structure_parts,
    structure_text,
    untagged_characters,
)

# Each poster is built once, by one worker, for all the tests here.
pytestmark = pytest.mark.xdist_group("tagged-poster")

LESSON_FILES = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])

Built = tuple[Lesson, Path]


@pytest.fixture(scope="module")
def posters() -> dict[Path, Built]:
    """The posters built so far, by lesson file."""
    return {}


@pytest.fixture(params=LESSON_FILES, ids=lambda path: path.stem)
def built(
    request: pytest.FixtureRequest,
    posters: dict[Path, Built],
    tmp_path_factory: pytest.TempPathFactory,
) -> Built:
    """A lesson and the path of its poster in the default theme, built once."""
    path: Path = request.param
    if path not in posters:
        lesson = load_lesson(path).lesson
        theme = load_theme("classic", Path.cwd())
        target = tmp_path_factory.mktemp("tagged") / f"{path.stem}-poster.pdf"
        target.write_bytes(PosterRenderer().render(lesson, theme, RenderOptions("student")))
        posters[path] = (lesson, target)
    return posters[path]


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_both_pdfua_checkers_pass(built: Built) -> None:
    _, pdf = built
    assert accessibility_failures(pdf) == []


def test_every_character_is_tagged_content_or_an_artifact(built: Built) -> None:
    _, pdf = built
    assert untagged_characters(pdf) == ""


def test_only_the_tick_labels_are_artifacts(built: Built) -> None:
    lesson, pdf = built
    words = present(lesson, load_theme("classic", Path.cwd()), "poster").words
    first, last = lesson.span
    positions = [first + (last - first) * step / 400 for step in range(-20, 421)]
    tick_words = {
        word
        for position in positions
        for precision in Precision
        for word in words.tick_label(position, precision).split()
    }
    # Tick labels' numbers, and their words (months, eras of the calendar) as sampled.
    strange = {
        word
        for word in artifact_words(pdf)
        if word not in tick_words and not any(char.isdigit() for char in word)
    }
    assert strange == set()


def test_the_structure_tree_holds_every_word_of_the_content(built: Built) -> None:
    _, pdf = built
    tree_text = joined(structure_text(pdf))
    missing = {
        word: count for word, count in content_words(pdf).items() if tree_text.count(word) < count
    }
    assert missing == {}


def test_the_title_block_then_each_event_in_time_order_then_legend_and_sources(
    built: Built,
) -> None:
    lesson, pdf = built
    plan = present(lesson, load_theme("classic", Path.cwd()), "poster")
    parts = [part for part in structure_parts(pdf) if part.role != "Figure"]
    byline = any((lesson.author, lesson.course, lesson.date))
    title_block = 1 + bool(lesson.subtitle) + byline
    assert [part.role for part in parts[:title_block]] == ["H1"] + ["P"] * (title_block - 1)
    # A title too long for the page is cut short.
    assert squeezed(lesson.title).startswith(parts[0].text.rstrip("…"))
    eras = sorted(lesson.eras, key=lambda era: (era.start_position, era.end_position))
    # An era's name is cut short, with an ellipsis, where its band is narrow.
    era_names = [
        next(
            (era for era in eras if squeezed(era.title).startswith(part.text.removesuffix("…"))),
            None,
        )
        for part in parts
    ]
    assert [era for era in era_names if era] == [era for era in eras if era in era_names], (
        "era names in time order"
    )
    events = [part for part, era in zip(parts, era_names, strict=True) if era is None][title_block:]
    for event, part in zip(lesson.timeline, events, strict=False):
        assert squeezed(plan.date_label(event)) in part.text, event.title
        # A long title may be cut short on its label: its first word is there.
        assert squeezed(event.title.split()[0]) in part.text, event.title
    after = events[len(lesson.timeline) :]
    if plan.legend:
        assert len(after) == 2
        assert squeezed(plan.legend[0].label)[:5] in after[0].text
    else:
        assert len(after) in (1, 2)  # a key event's or a bar's sign may make a legend
    if lesson.all_sources:
        assert after[-1].text.startswith(squeezed(plan.words.lead(plan.words.sources)))


def test_every_picture_is_a_figure_described_by_the_lesson(built: Built) -> None:
    lesson, pdf = built
    described = figures(pdf)
    expected = [
        figure_description(event) for event in lesson.timeline if event.image and event.image.file
    ]
    # A picture is left out where there is no room beside its label.
    assert set(described) <= set(expected)
    assert images_in_figures(pdf) == (len(described), 0)


def test_the_theme_s_logo_is_decoration(tmp_path: Path) -> None:
    Image.new("RGB", (300, 150), "#1F4E79").save(tmp_path / "logo.png")
    (tmp_path / "school.yaml").write_text("extends: classic\nlogo: logo.png\n")
    lesson = load_lesson(CONTENT / "us-ussr-relations.yaml").lesson
    pdf = tmp_path / "logo.pdf"
    theme = load_theme(tmp_path / "school.yaml")
    pdf.write_bytes(PosterRenderer().render(lesson, theme, RenderOptions("student")))
    assert images_in_figures(pdf) == (0, 0)
    assert accessibility_failures(pdf) == []
