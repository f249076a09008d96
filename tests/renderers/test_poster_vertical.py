"""The portrait poster, read back: its timeline runs down the page, every event title is
on it (on the timeline or in the key), no word overlaps another or leaves the page,
the type reads across the room, and it is tagged like the landscape poster."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from checks import layout_problems, page_words, pdf_text
from conftest import EXAMPLE, LESSONS
from generated_lessons import generated_lesson
from lessonpress.cli import cli
from lessonpress.errors import Problem
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Lesson
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.poster import PosterRenderer
from lessonpress.renderers.poster.style import MIN_EDGE
from tagged_pdf import (
    accessibility_failures,
    figures,
    images_in_figures,
    structure_parts,
    untagged_characters,
)

CASES = [
    (EXAMPLE, "letter"),
    (EXAMPLE, "tabloid"),
    (EXAMPLE, "a3"),
    (EXAMPLE, "24x36in"),
    (LESSONS / "many-categories.yaml", "tabloid"),
    (LESSONS / "images.yaml", "a3"),
    (LESSONS / "long-range.yaml", "a3"),
    (LESSONS / "range-patterns.yaml", "letter"),
    (LESSONS / "world-war-two-45.yaml", "tabloid"),
]
YEAR = re.compile(r"\d{3,4}")


@cache
def lesson_of(path: Path) -> Lesson:
    return load_lesson(path).lesson


@pytest.fixture(scope="session")
def theme_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A theme file that turns classic's poster portrait."""
    path = tmp_path_factory.mktemp("themes") / "portrait.yaml"
    path.write_text("extends: classic\nposter: {orientation: portrait}\n", encoding="utf-8")
    return path


def render(path: Path, theme_file: Path, size: str) -> tuple[bytes, list[Problem]]:
    """The portrait poster of the lesson at ``path`` on ``size`` paper, and its warnings."""
    options = RenderOptions(poster_size=parse_page_size(size))
    theme = load_theme(theme_file)
    return PosterRenderer().render_with_warnings(lesson_of(path), theme, options)


@pytest.fixture(scope="session")
def portrait(tmp_path_factory: pytest.TempPathFactory, theme_file: Path):  # type: ignore[no-untyped-def]
    """``portrait(lesson_path, size)``: the portrait poster written to a file, once."""
    folder = tmp_path_factory.mktemp("portrait")

    def write(path: Path, size: str) -> Path:
        target = folder / f"{path.stem}-{size}.pdf"
        if not target.exists():
            target.write_bytes(render(path, theme_file, size)[0])
        return target

    return write


def missing_titles(target: Path, lesson: Lesson) -> list[str]:
    text = "".join(pdf_text(target).split())
    return [event.title for event in lesson.events if "".join(event.title.split()) not in text]


def tick_column(target: Path) -> list[tuple[float, float, int]]:
    """The tick labels, as (right edge, top, year) from the top down: of the columns of
    year-only words set flush right at one x (the tick labels, and the dates of the
    labels left of the axis), the one nearest the middle of the page. Leaders may leave
    an axis two evenly spaced ticks."""
    with pdfplumber.open(target) as pdf:
        middle = pdf.pages[0].width / 2
        words = page_words(pdf.pages[0])
    columns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for word in words:
        if YEAR.fullmatch(word.text):
            columns[round(word.x1)].append((word.x1, word.top, int(word.text)))
    ticks = min(
        (column for column in columns.values() if len(column) >= 2),
        key=lambda column: abs(column[0][0] - middle),
    )
    return sorted(ticks, key=lambda tick: tick[1])


@pytest.mark.parametrize(
    ("path", "size"), CASES, ids=lambda value: value.stem if isinstance(value, Path) else value
)
def test_the_portrait_timeline_runs_down_the_page_with_every_title_and_no_clash(
    portrait, path: Path, size: str
) -> None:
    """The tick labels stand in one column near the middle of the page, the years
    growing down it; every title is there, and no word overlaps another or comes
    closer than 0.4 in to the edge."""
    target = portrait(path, size)
    with pdfplumber.open(target) as pdf:
        width, height = pdf.pages[0].width, pdf.pages[0].height
    assert height > width
    ticks = tick_column(target)
    assert len(ticks) >= 2, ticks
    assert width / 4 < ticks[0][0] < 3 * width / 4
    years = [year for _, _, year in ticks]
    # Ticks of months repeat their year ("Jan 1917", "Jul 1917").
    assert years == sorted(years) and len(set(years)) >= 2
    assert ticks[-1][1] - ticks[0][1] > height / 3
    assert missing_titles(target, lesson_of(path)) == []
    assert layout_problems(target, margin=MIN_EDGE) == []


def type_sizes(target: Path) -> list[float]:
    with pdfplumber.open(target) as pdf:
        return sorted({round(char["size"], 2) for char in pdf.pages[0].chars}, reverse=True)


@pytest.mark.parametrize(
    "path", [EXAMPLE, LESSONS / "world-war-two-45.yaml"], ids=lambda path: path.stem
)
def test_the_portrait_type_reads_across_the_room_and_grows_with_the_paper(
    portrait, path: Path
) -> None:
    """On tabloid the title is at least 60 pt and nothing is below 9 pt, in at most five
    sizes; on A1 every size at least doubles."""
    tabloid = type_sizes(portrait(path, "tabloid"))
    assert tabloid[0] >= 60 and tabloid[-1] >= 9 and len(tabloid) <= 5, tabloid
    a1 = type_sizes(portrait(path, "a1"))
    assert a1[0] >= 2 * tabloid[0] and a1[-1] >= 2 * tabloid[-1] and len(a1) <= 5, a1


def tallest_empty_band(target: Path) -> float:
    """The tallest band across the page, as a share of its height, without a word or a
    shape (other than the axis and the era bands, which run down the page)."""
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        spans = [(word["top"], word["bottom"]) for word in page.extract_words()]
        spans += [
            (shape["top"], shape["bottom"])
            for shape in page.rects + page.curves
            if shape["bottom"] - shape["top"] < page.height / 5
        ]
        tallest, reached = 0.0, 0.0
        for top, bottom in sorted(spans):
            tallest = max(tallest, top - reached)
            reached = max(reached, bottom)
        return max(tallest, page.height - reached) / page.height


@pytest.mark.parametrize(("path", "size"), CASES[:4], ids=lambda value: str(value)[-12:])
def test_the_portrait_page_is_used_from_the_title_block_to_the_sources(
    portrait, path: Path, size: str
) -> None:
    assert tallest_empty_band(portrait(path, size)) <= 0.2


def test_a_crowded_portrait_poster_numbers_its_events_with_a_key_beside_the_axis(
    tmp_path: Path, theme_file: Path
) -> None:
    """90 events on tabloid portrait: the key event labelled, the others numbered down
    the axis, with a key in columns beside it that gives every title; the poster is
    clean, and says so in a warning."""
    path = generated_lesson(tmp_path, 90)
    data, warnings = render(path, theme_file, "tabloid")
    target = tmp_path / "crowded.pdf"
    target.write_bytes(data)
    [warning] = warnings
    assert re.search(r"labels \d+ of 90 events on its timeline and numbers", warning.message)
    ticks = tick_column(target)
    assert [year for _, _, year in ticks] == sorted(year for _, _, year in ticks)
    with pdfplumber.open(target) as pdf:
        words = page_words(pdf.pages[0])
    # The key's entries read "number date title": a title's number in brackets ends it.
    entries = [word for word in words if re.fullmatch(r"\(\d+\)", word.text)]
    assert sum(word.x0 > ticks[0][0] for word in entries) >= 89
    assert missing_titles(target, lesson_of(path)) == []
    assert layout_problems(target, margin=MIN_EDGE) == []
    assert type_sizes(target)[-1] >= 9


def test_check_warns_and_refuses_on_portrait_paper_where_build_does(
    tmp_path: Path, theme_file: Path
) -> None:
    theme = str(theme_file)
    crowded = generated_lesson(tmp_path, 150)
    result = CliRunner().invoke(cli, ["check", str(crowded), "-f", "poster", "-t", theme])
    assert result.exit_code == 0, result.output
    assert re.search(r"warning: events: the tabloid poster labels \d+ of 150", result.output)
    too_many = generated_lesson(tmp_path, 1000)
    arguments = ["-f", "poster", "-t", theme, "--poster-size", "letter"]
    checked = CliRunner().invoke(cli, ["check", str(too_many), *arguments])
    built = CliRunner().invoke(cli, ["build", str(too_many), *arguments, "-o", str(tmp_path)])
    assert checked.exit_code == built.exit_code == 2, checked.output
    assert "of 1000 events fit on a letter poster" in checked.output
    assert "of 1000 events fit on a letter poster" in built.output


def test_the_portrait_poster_is_tagged_in_reading_order(portrait) -> None:
    """Both PDF/UA checkers pass, every character is content or an artifact, and the
    structure reads the title, then each event in time order."""
    target = portrait(EXAMPLE, "tabloid")
    assert accessibility_failures(target) == []
    assert untagged_characters(target) == ""
    lesson = lesson_of(EXAMPLE)
    text = [part.text for part in structure_parts(target)]
    assert text[0] == "".join(lesson.title.split())
    places = [
        next(index for index, part in enumerate(text) if "".join(event.title.split()) in part)
        for event in lesson.timeline
    ]
    assert places == sorted(places)


def test_pictures_stand_beside_their_labels_as_described_figures(portrait) -> None:
    target = portrait(LESSONS / "images.yaml", "a3")
    described = figures(target)
    assert len(described) >= 3
    assert images_in_figures(target) == (len(described), 0)
