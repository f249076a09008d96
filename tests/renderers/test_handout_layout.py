"""The handout's page layout, read back from every repository lesson: pictures on their
event's page, no heading ending a page, full-measure answer lines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.page import Page
from reportlab.pdfbase import pdfmetrics

from checks import without_duplicate_chars
from conftest import CONTENT, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Lesson
from lessonpress.renderers.base import Edition, RenderOptions
from lessonpress.renderers.handout import HandoutRenderer
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.story import ANSWER_LINE_SPACING
from lessonpress.renderers.handout.styles import HandoutStyle, date_pieces

REPOSITORY_LESSONS = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])


@dataclass(frozen=True)
class BuiltHandout:
    """One lesson's handout, written to a file, with the style it was set in."""

    lesson: Lesson
    style: HandoutStyle
    path: Path


def build_handout(
    folder: Path, lesson_name: str, theme_name: str = "classic", edition: Edition = "student"
) -> BuiltHandout:
    """The handout of the repository lesson ``lesson_name``, written into ``folder``."""
    lesson_path = next(path for path in REPOSITORY_LESSONS if path.stem == lesson_name)
    lesson = load_lesson(lesson_path).lesson
    theme = load_theme(theme_name, Path.cwd())
    path = folder / f"{lesson_name}-{theme_name}-{edition}.pdf"
    path.write_bytes(HandoutRenderer().render(lesson, theme, RenderOptions(edition)))
    style = HandoutContext.create(lesson, theme, edition).style
    return BuiltHandout(lesson, style, path)


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> list[BuiltHandout]:
    """Every repository lesson's student handout in the classic theme, built once."""
    folder = tmp_path_factory.mktemp("layout")
    return [build_handout(folder, path.stem) for path in REPOSITORY_LESSONS]


def squeeze(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())


def postscript_name(style: HandoutStyle, font_style: str) -> str:
    """The name the PDF gives the face of ``font_style`` (registered by the build)."""
    face = pdfmetrics.getFont(style.fonts.font_name(font_style)).face
    name = face.name
    return name.decode() if isinstance(name, bytes) else str(name)


def text_lines(page: Page, style: HandoutStyle) -> list[list[dict]]:  # type: ignore[type-arg]
    """The characters of the page's text area (no running header or footer), in lines
    from top to bottom."""
    geometry = style.page
    chars = [
        char
        for char in without_duplicate_chars(page).chars
        if char["text"].strip()
        and char["top"] >= geometry.top - 1
        and char["bottom"] <= page.height - geometry.bottom + 1
    ]
    lines: list[list[dict]] = []  # type: ignore[type-arg]
    for char in sorted(chars, key=lambda c: c["bottom"]):
        if lines and char["bottom"] - lines[-1][-1]["bottom"] < 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    return lines


def pages(handout: BuiltHandout, but_last: bool = False) -> Iterator[Page]:
    """The handout's pages (``but_last``: all but the last)."""
    with pdfplumber.open(handout.path) as pdf:
        yield from pdf.pages[:-1] if but_last else pdf.pages


def test_every_picture_is_on_its_event_titles_page(handouts: list[BuiltHandout]) -> None:
    pictured = 0
    for handout in handouts:
        titles = [
            squeeze(event.title)
            for event in handout.lesson.timeline
            if event.image and event.image.file
        ]
        images = [(page, image) for page in pages(handout) for image in page.images]
        assert len(images) == len(titles), handout.path.name
        for title, (page, image) in zip(titles, images, strict=True):
            above = page.crop((0, 0, page.width, image["top"])).extract_text()
            assert title in squeeze(above), (handout.path.name, page.page_number, title)
        pictured += len(titles)
    assert pictured


def test_no_page_ends_with_a_heading(handouts: list[BuiltHandout], tmp_path: Path) -> None:
    """A page's last line of text is never set wholly in the heading or bold faces (a
    section, era or event heading, a bold line heading a passage, a box's label); the
    handout's last page may end with an event that is only a title. The long texts in
    the high-contrast theme's large type are where a bold line once ended a page."""
    for handout in [*handouts, build_handout(tmp_path, "long-texts", "high-contrast")]:
        heading_faces = {
            postscript_name(handout.style, "heading"),
            postscript_name(handout.style, "body-bold"),
        }
        for page in pages(handout, but_last=True):
            last = text_lines(page, handout.style)[-1]
            faces = {char["fontname"].split("+", 1)[-1] for char in last}
            text = "".join(char["text"] for char in last)
            assert not faces <= heading_faces, (handout.path.name, page.page_number, text)


def answer_lines(page: Page) -> list[dict]:  # type: ignore[type-arg]
    """The page's ruled answer lines: horizontal lines with another one an answer line's
    spacing above or below them."""
    rules = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.1]
    spaced = {(round(line["x0"]), round(line["top"] / ANSWER_LINE_SPACING, 1)) for line in rules}
    return [
        line
        for line in rules
        if any(
            (round(line["x0"]), round(line["top"] / ANSWER_LINE_SPACING + step, 1)) in spaced
            for step in (-1, 1)
        )
    ]


def test_answer_lines_span_the_text_width(handouts: list[BuiltHandout]) -> None:
    """Every answer line runs across at least 90% of the text width."""
    ratios = []
    for handout in handouts:
        lines = sum(question.lines for question in handout.lesson.questions)
        width = handout.style.page.frame_width
        ruled = [line["width"] / width for page in pages(handout) for line in answer_lines(page)]
        assert len(ruled) >= lines, handout.path.name
        ratios += ruled
    assert ratios
    assert min(ratios) >= 0.9


def sources_section_words(handout: BuiltHandout) -> list[dict]:  # type: ignore[type-arg]
    """The words after the ``Sources`` heading, with their fonts."""
    heading = postscript_name(handout.style, "heading")
    words: list[dict] = []  # type: ignore[type-arg]
    found = False
    for page in pages(handout):
        lines: dict[float, list[dict]] = {}  # type: ignore[type-arg]
        for word in without_duplicate_chars(page).extract_words(extra_attrs=["fontname"]):
            if handout.style.page.top < word["top"] < page.height - handout.style.page.bottom:
                lines.setdefault(round(word["bottom"]), []).append(word)
        for _, line in sorted(lines.items()):
            if found:
                words += line
            elif [w["text"] for w in line] == ["Sources"] and heading in line[0]["fontname"]:
                found = True
    return words


def test_sources_are_cited_alike_with_only_titles_in_italics_and_each_work_once(
    handouts: list[BuiltHandout],
) -> None:
    """The example gives free-text and keyed sources, and one book in both forms."""
    [handout] = [h for h in handouts if h.path.stem.startswith("us-ussr-relations")]
    italic = postscript_name(handout.style, "body-italic")
    words = sources_section_words(handout)
    italic_text = " ".join(w["text"] for w in words if italic in w["fontname"])
    roman_text = " ".join(w["text"] for w in words if italic not in w["fontname"])
    works = [source.work for source in handout.lesson.all_sources]
    given = [*handout.lesson.sources, *(s for e in handout.lesson.events for s in e.sources)]
    assert len(works) < len(given)  # the book given twice is listed once
    for work in works:
        assert work.title and work.author  # every source here reads as author and title
        assert work.title.split()[0] in italic_text
        assert work.author.split()[-1] in roman_text
    titles = " ".join(work.title for work in works if work.title)
    assert set(squeeze(italic_text).split()) <= set(titles.split())
    kennan = "Russia and the West under Lenin and Stalin"
    assert squeeze(" ".join(w["text"] for w in words)).count(kennan) == 1


@pytest.mark.parametrize("lesson_name", ["us-ussr-relations", "world-war-two-45"])
def test_dates_never_wrap_inside_themselves(tmp_path: Path, lesson_name: str) -> None:
    """In the high-contrast theme's large type (where "March 8–12, 1917" once wrapped
    before its year), each date stays on one line, or breaks only after a range's dash."""
    handout = build_handout(tmp_path, lesson_name, "high-contrast")
    assert handout.style.page.gutter  # the dates stand in the margin column
    with pdfplumber.open(handout.path) as pdf:
        lines = [
            squeeze(line.replace("\u00a0", " "))
            for page in pdf.pages[1:]  # after the strip, whose labels may wrap
            for line in page.extract_text().splitlines()
        ]
    theme = load_theme("high-contrast", Path.cwd())
    plan = HandoutContext.create(handout.lesson, theme, "student").plan
    for event in handout.lesson.timeline:
        for piece in date_pieces(plan.date_label(event)):
            assert any(piece in line for line in lines), piece


def test_teacher_edition_is_named_under_the_title_and_boxes_only_given_answers(
    tmp_path: Path,
) -> None:
    """A question without an answer keeps its ruled lines in the teacher edition."""
    handout = build_handout(tmp_path, "ancient-rome", edition="teacher")
    lesson = handout.lesson
    answered = [question for question in lesson.questions if question.answer]
    unanswered_lines = sum(question.lines for question in lesson.questions if not question.answer)
    assert answered and unanswered_lines
    with pdfplumber.open(handout.path) as pdf:
        first_lines = [
            "".join(char["text"] for char in line)
            for line in text_lines(pdf.pages[0], handout.style)
        ]
        text = squeeze(" ".join(page.extract_text() for page in pdf.pages))
        ruled = sum(len(answer_lines(page)) for page in pdf.pages)
    title_line = first_lines.index(lesson.title.replace(" ", ""))
    assert any("Teacheredition" in line for line in first_lines[title_line + 1 : title_line + 3])
    assert text.count("Answer ") == len(answered)
    for question in answered:
        assert question.answer and squeeze(question.answer.plain)[:40] in text
    assert "No answer given" not in text
    assert ruled == unanswered_lines
