"""The handout as a tagged PDF, on every repository lesson: both PDF/UA-1 checkers pass,
the structure tree holds every word on the pages but the running header and footer,
titles come before their texts and events in time order, and every picture is a Figure
described by the lesson's alt text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import CONTENT, EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Lesson
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.handout import HandoutRenderer
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.document import running_text
from lessonpress.renderers.tagging.text import figure_description
from tagged_pdf import (
    Tagged,
    accessibility_failures,
    artifact_words,
    content_words,
    figures,
    images_in_figures,
    joined,
    languages,
    structure_text,
    untagged_characters,
)

# Each handout is built once, by one worker, for all the tests here.
pytestmark = pytest.mark.xdist_group("tagged-handout")

LESSON_FILES = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])


@pytest.fixture(scope="module")
def handouts() -> dict[Path, tuple[Lesson, Path]]:
    """The handouts built so far, by lesson file."""
    return {}


def build(
    path: Path, handouts: dict[Path, tuple[Lesson, Path]], folders: pytest.TempPathFactory
) -> tuple[Lesson, Path]:
    """The lesson at ``path`` and its student handout in the default theme, built once."""
    if path not in handouts:
        lesson = load_lesson(path).lesson
        theme = load_theme("classic", Path.cwd())
        target = folders.mktemp("tagged") / f"{path.stem}-handout.pdf"
        target.write_bytes(HandoutRenderer().render(lesson, theme, RenderOptions("student")))
        handouts[path] = (lesson, target)
    return handouts[path]


@pytest.fixture(params=LESSON_FILES, ids=lambda path: path.stem)
def built(
    request: pytest.FixtureRequest,
    handouts: dict[Path, tuple[Lesson, Path]],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Lesson, Path]:
    """A lesson and the path of its handout."""
    return build(request.param, handouts, tmp_path_factory)


def test_both_pdfua_checkers_pass(built: tuple[Lesson, Path]) -> None:
    _, pdf = built
    assert accessibility_failures(pdf) == []


def test_every_character_is_tagged_content_or_an_artifact(built: tuple[Lesson, Path]) -> None:
    _, pdf = built
    assert untagged_characters(pdf) == ""


def test_only_the_running_header_and_footer_are_artifacts(built: tuple[Lesson, Path]) -> None:
    lesson, pdf = built
    context = HandoutContext.create(lesson, load_theme("classic", Path.cwd()), "student")
    running = running_text(context)
    pages = len(PdfReader(pdf).pages)
    numbers = [running.page_number(number, pages) for number in range(1, pages + 1)]
    running_words = " ".join([running.header_left, running.header_right, running.footer_left])
    allowed = {*running_words.split(), *" ".join(numbers).split()}
    # A header too long for its half of the page is cut at a word, with an ellipsis.
    assert {word.removesuffix("…") for word in artifact_words(pdf)} - {""} <= allowed


def test_the_structure_tree_holds_every_word_of_the_content(built: tuple[Lesson, Path]) -> None:
    _, pdf = built
    tree_text = joined(structure_text(pdf))
    missing = {
        word: count for word, count in content_words(pdf).items() if tree_text.count(word) < count
    }
    assert missing == {}


def test_the_title_comes_first_and_events_in_time_order_after_their_headings(
    built: tuple[Lesson, Path],
) -> None:
    lesson, pdf = built
    runs = structure_text(pdf)
    assert runs[0].role == "H1"
    assert "".join(lesson.title.split()).startswith("".join(runs[0].text.split()))
    headings = [index for index, run in enumerate(runs) if run.role == "H3"]
    # An event's heading holds its date and its title, in that order.
    titles = [joined(runs[index : index + 1]) for index in headings[1::2]]
    assert titles == ["".join(event.title.split()) for event in lesson.timeline]
    ends = [*headings[2::2], len(runs)]
    for event, start, end in zip(lesson.timeline, headings[1::2], ends, strict=True):
        if event.text:
            opening = "".join(event.text.paragraphs[0].plain.split())[:20]
            assert opening in joined(runs[start + 1 : end]), event.title


def test_every_picture_is_a_figure_described_by_the_lesson(built: tuple[Lesson, Path]) -> None:
    lesson, pdf = built
    pictures = [event for event in lesson.timeline if event.image and event.image.file]
    described = figures(pdf)
    # The timeline strip, where there is one, is the first Figure.
    assert described[len(described) - len(pictures) :] == [
        figure_description(event) for event in pictures
    ]
    assert all(
        event.image.alt in described for event in pictures if event.image and event.image.alt
    )
    assert images_in_figures(pdf) == (len(pictures), 0)


def test_headings_in_another_language_than_the_lesson_s_are_marked_as_such(
    tmp_path: Path,
) -> None:
    # Italian has no catalog of interface words: the headings are English.
    lesson = load_lesson(LESSONS / "minimal.yaml").lesson.model_copy(update={"language": "it"})
    pdf = tmp_path / "italian.pdf"
    theme = load_theme("classic", Path.cwd())
    pdf.write_bytes(HandoutRenderer().render(lesson, theme, RenderOptions("student")))
    assert languages(pdf, "H2") == ("it", ["en"])
    assert languages(pdf, "H3") == ("it", [None])


def test_a_bullet_list_is_a_list_of_labels_and_bodies(
    handouts: dict[Path, tuple[Lesson, Path]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    lesson, pdf = build(EXAMPLE, handouts, tmp_path_factory)
    runs = structure_text(pdf)
    first = next(index for index, run in enumerate(runs) if run.role == "Lbl")
    items = runs[first : first + 2 * len(lesson.objectives)]
    assert [run.role for run in items] == ["Lbl", "LBody"] * len(lesson.objectives)
    assert {run.text for run in items[::2]} == {"•"}
    bodies = [joined([run]) for run in items[1::2]]
    assert bodies == [joined([Tagged("", objective.plain)]) for objective in lesson.objectives]


def test_the_theme_s_logo_is_decoration(tmp_path: Path) -> None:
    Image.new("RGB", (300, 150), "#1F4E79").save(tmp_path / "logo.png")
    (tmp_path / "school.yaml").write_text("extends: classic\nlogo: logo.png\n")
    lesson = load_lesson(LESSONS / "images.yaml").lesson
    pdf = tmp_path / "logo.pdf"
    theme = load_theme(tmp_path / "school.yaml")
    pdf.write_bytes(HandoutRenderer().render(lesson, theme, RenderOptions("student")))
    pictures = [event for event in lesson.timeline if event.image and event.image.file]
    assert images_in_figures(pdf) == (len(pictures), 0)
    assert accessibility_failures(pdf) == []
