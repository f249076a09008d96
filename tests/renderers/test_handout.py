"""The PDF handout, read back: text in time order, editions, fonts, outline, metadata,
identical rebuilds, and a layout without overlaps in every built-in theme."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from checks import assert_clean_layout, assert_fonts_embedded, assert_valid_pdf, pdf_text
from conftest import EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names, load_theme
from lessonpress.model.colors import contrast_ratio, to_hex
from lessonpress.model.lesson import Lesson
from lessonpress.model.text import RichText
from lessonpress.renderers.base import Edition, Renderer, RenderOptions
from lessonpress.renderers.handout import HandoutRenderer
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.events import PRINT_DPI, picture_size
from lessonpress.renderers.handout.strip_plan import plan_strip
from lessonpress.renderers.timeline_items import timeline_content

THEMES = builtin_theme_names()


@cache
def lesson_of(path: Path) -> Lesson:
    """The lesson at ``path``, loaded once."""
    return load_lesson(path).lesson


@cache
def handout_bytes(path: Path, theme: str = "classic", edition: Edition = "student") -> bytes:
    """The handout of the lesson at ``path``, rendered once per test session."""
    return HandoutRenderer().render(
        lesson_of(path), load_theme(theme, Path.cwd()), RenderOptions(edition)
    )


@pytest.fixture(scope="session")
def handout(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``handout(lesson_path, theme, edition)``: the handout written to a file, once."""
    folder = tmp_path_factory.mktemp("handouts")

    def write(path: Path, theme: str = "classic", edition: Edition = "student") -> Path:
        target = folder / f"{path.stem}-{theme}-{edition}.pdf"
        if not target.exists():
            target.write_bytes(handout_bytes(path, theme, edition))
        return target

    return write


def squeeze(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())


def first_words(rich: RichText | None, count: int = 12) -> str:
    """The first words of ``rich``'s first paragraph, before any link (whose address the
    handout prints after it)."""
    assert rich
    runs = rich.paragraphs[0].runs
    plain = "".join(
        run.text for run in runs[: next((i for i, r in enumerate(runs) if r.link), len(runs))]
    )
    return " ".join(plain.split()[:count])


def events_text(path: Path) -> str:
    """The handout's text from the ``Events`` heading on (the strip repeats the titles)."""
    text = squeeze(pdf_text(path))
    return text[text.index(" Events ") :]


def test_is_a_renderer() -> None:
    renderer = HandoutRenderer()
    assert isinstance(renderer, Renderer)
    assert (renderer.name, renderer.suffix) == ("handout", ".pdf")
    assert renderer.description


@pytest.mark.parametrize("lesson_path", [EXAMPLE, LESSONS / "ancient-rome.yaml"])
def test_events_appear_in_time_order_with_their_significance(handout, lesson_path: Path) -> None:
    lesson = lesson_of(lesson_path)
    text = events_text(handout(lesson_path))
    position = 0
    for event in lesson.timeline:
        position = text.index(squeeze(event.title), position)
        if event.significance:
            position = text.index(first_words(event.significance), position)


def test_cyrillic_and_greek_come_out_exactly_as_written(handout) -> None:
    path = LESSONS / "cyrillic-greek.yaml"
    lesson = lesson_of(path)
    text = squeeze(pdf_text(handout(path)))
    for event in lesson.timeline:
        assert squeeze(event.title) in text
        if event.text:
            assert first_words(event.text) in text
    for entry in lesson.glossary:
        assert squeeze(entry.term) in text


@pytest.mark.parametrize("lesson_path", [EXAMPLE, LESSONS / "cyrillic-greek.yaml"])
def test_every_character_is_drawn_with_a_font_that_has_it(handout, lesson_path: Path) -> None:
    """No empty boxes: each character's font (by PostScript name) has a glyph for it."""
    from reportlab.pdfbase import pdfmetrics

    path = handout(lesson_path)  # renders in this process, so the fonts are registered
    faces = {}
    for name in pdfmetrics.getRegisteredFontNames():
        face = pdfmetrics.getFont(name).face
        if hasattr(face, "charToGlyph"):
            faces[face.name.decode() if isinstance(face.name, bytes) else face.name] = face
    missing = set()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                face = faces[char["fontname"].split("+", 1)[-1]]
                if not char["text"].isspace() and ord(char["text"]) not in face.charToGlyph:
                    missing.add((char["text"], char["fontname"]))
    assert not missing


def test_answers_and_notes_only_in_the_teacher_edition(handout) -> None:
    lesson = lesson_of(EXAMPLE)
    student = squeeze(pdf_text(handout(EXAMPLE, edition="student")))
    teacher = squeeze(pdf_text(handout(EXAMPLE, edition="teacher")))
    answers = [first_words(q.answer) for q in lesson.questions if q.answer]
    notes = [first_words(event.notes) for event in lesson.timeline if event.notes]
    assert answers and notes
    for passage in answers + notes:
        assert passage in teacher
        assert passage not in student
    assert "Teacher edition" in teacher
    assert "Teacher edition" not in student


def test_student_edition_leaves_ruled_lines_for_each_answer(handout) -> None:
    lesson = lesson_of(EXAMPLE)
    expected = sum(question.lines for question in lesson.questions)

    def answer_lines(path: Path) -> int:
        with pdfplumber.open(path) as pdf:
            return sum(
                1
                for page in pdf.pages
                for line in page.lines
                if abs(line["top"] - line["bottom"]) < 0.1
                and line["linewidth"] < 0.6
                and line["width"] > page.width * 0.5
            )

    assert answer_lines(handout(EXAMPLE, edition="student")) >= expected
    assert answer_lines(handout(EXAMPLE, edition="teacher")) < expected


@pytest.mark.parametrize("edition", ["student", "teacher"])
def test_fonts_are_embedded_and_the_file_is_valid(handout, edition: Edition) -> None:
    path = handout(EXAMPLE, edition=edition)
    assert_fonts_embedded(path)
    assert_valid_pdf(path)


def test_outline_has_every_section_and_event(handout) -> None:
    lesson = lesson_of(EXAMPLE)
    reader = PdfReader(handout(EXAMPLE))

    def titles(entries: list) -> list[str]:  # type: ignore[type-arg]
        found: list[str] = []
        for entry in entries:
            found += titles(entry) if isinstance(entry, list) else [entry.title]
        return found

    outline = titles(reader.outline)
    for heading in ("Learning objectives", "Overview", "Events", "Questions", "Sources"):
        assert heading in outline
    for event in lesson.timeline:
        assert any(event.title in title for title in outline), event.title
    # Events nest under their heading.
    events_index = next(
        i for i, e in enumerate(reader.outline) if not isinstance(e, list) and e.title == "Events"
    )
    assert isinstance(reader.outline[events_index + 1], list)


def test_metadata_names_the_lesson(handout) -> None:
    lesson = lesson_of(EXAMPLE)
    reader = PdfReader(handout(EXAMPLE))
    assert reader.metadata is not None
    assert reader.metadata.title == lesson.title
    assert reader.metadata.author == lesson.author
    assert "lessonpress" in (reader.metadata.creator or "")
    assert reader.trailer["/Root"]["/Lang"] == lesson.language


def test_rebuilds_are_byte_identical() -> None:
    lesson, theme = lesson_of(EXAMPLE), load_theme("classic", Path.cwd())
    first = HandoutRenderer().render(lesson, theme, RenderOptions())
    second = HandoutRenderer().render(lesson, theme, RenderOptions())
    assert first == second


@pytest.mark.parametrize("edition", ["student", "teacher"])
@pytest.mark.parametrize("theme", THEMES)
def test_no_word_overlaps_another_or_leaves_the_page(handout, theme: str, edition: Edition) -> None:
    assert_clean_layout(handout(EXAMPLE, theme, edition))


@pytest.mark.parametrize("theme", THEMES)
def test_text_reads_on_white_paper_in_every_theme(handout, theme: str) -> None:
    """Even the dark chalkboard theme prints dark text on white (AA contrast)."""
    faint = set()
    with pdfplumber.open(handout(EXAMPLE, theme)) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                color = char["non_stroking_color"]
                if color is None or len(color) != 3:
                    continue
                hex_color = to_hex(*(part * 255 for part in color))
                if contrast_ratio(hex_color, "#FFFFFF") < 4.5:
                    faint.add(hex_color)
    assert not faint


@pytest.mark.parametrize("theme", THEMES)
def test_at_most_four_type_sizes_a_page(handout, theme: str) -> None:
    with pdfplumber.open(handout(EXAMPLE, theme)) as pdf:
        for page in pdf.pages:
            sizes = {round(char["size"], 1) for char in page.chars if char["text"].strip()}
            assert len(sizes) <= 4, (page.page_number, sorted(sizes))


def test_long_texts_flow_over_pages_with_every_word_in_order(handout) -> None:
    """Nothing is cut: every word of the long texts is there, in order (a link's printed
    address may come between a word and the full stop after it)."""
    path = LESSONS / "long-texts.yaml"
    lesson = lesson_of(path)
    with pdfplumber.open(handout(path)) as pdf:
        assert len(pdf.pages) > 3
    text = re.sub(r"\s+", "", pdf_text(handout(path)))
    position = 0
    for event in lesson.timeline:
        for rich in (event.text, event.significance):
            for word in re.findall(r"\w+", rich.plain if rich else ""):
                position = text.index(word, position) + len(word)


def test_images_keep_their_proportions_inside_the_column(handout) -> None:
    path = LESSONS / "images.yaml"
    lesson = lesson_of(path)
    files = [event.image.file for event in lesson.timeline if event.image and event.image.file]
    theme = load_theme("classic", Path.cwd())
    margins = theme.handout.margins
    placed = []
    with pdfplumber.open(handout(path)) as pdf:
        for page in pdf.pages:
            for image in page.images:
                assert image["x0"] >= margins.left - 0.5
                assert image["x1"] <= page.width - margins.right + 0.5
                assert image["top"] >= margins.top - 0.5
                assert image["bottom"] <= page.height - margins.bottom + 0.5
                placed.append((image["width"], image["height"]))
    assert len(placed) == len(files)
    for (width, height), file in zip(placed, files, strict=True):
        assert width / height == pytest.approx(file.width / file.height, rel=0.01)
        assert width <= file.width / PRINT_DPI * 72 + 0.5


@pytest.mark.parametrize(
    ("pixels", "room", "expected"),
    [
        ((300, 150), (500, 500), (144, 72)),  # never enlarged past 150 dpi
        ((3000, 1500), (360, 500), (360, 180)),  # narrowed to the column
        ((400, 1600), (360, 288), (72, 288)),  # a tall picture is limited by height
    ],
)
def test_picture_size(
    pixels: tuple[int, int], room: tuple[float, float], expected: tuple[float, float]
) -> None:
    assert picture_size(*pixels, *room) == pytest.approx(expected)


@pytest.mark.parametrize(
    "lesson_name",
    ["minimal", "every-date-form", "long-range", "world-war-two-45", "images", "long-texts"],
)
@pytest.mark.parametrize("edition", ["student", "teacher"])
def test_every_example_lesson_lays_out_cleanly(handout, lesson_name: str, edition: Edition) -> None:
    path = handout(LESSONS / f"{lesson_name}.yaml", edition=edition)
    assert_clean_layout(path)
    assert_valid_pdf(path)


def test_build_writes_the_handout(build_output) -> None:  # type: ignore[no-untyped-def]
    path = build_output(EXAMPLE, "handout")
    assert path.suffix == ".pdf"
    assert path.read_bytes() == handout_bytes(EXAMPLE)


@pytest.mark.parametrize(
    ("lesson_path", "labelled"),
    [(EXAMPLE, True), (LESSONS / "minimal.yaml", True), (LESSONS / "world-war-two-45.yaml", True)],
)
def test_strip_shows_every_event_and_labels_them_when_they_fit(
    lesson_path: Path, labelled: bool
) -> None:
    lesson = lesson_of(lesson_path)
    theme = load_theme("classic", Path.cwd())
    context = HandoutContext.create(lesson, theme, "student")
    content = timeline_content(context.plan)
    plan = plan_strip(content, context.style.page.frame_width, context)
    assert plan is not None
    assert plan.labelled is labelled
    assert plan.height - plan.key_height <= 3.0 * 72
    shown = {marker.key for marker in plan.markers} | {bar.key for bar in plan.bars}
    assert shown == {item.key for item in content.items}
    if labelled:
        assert {label.key for label in plan.labels} == shown


def test_links_are_clickable(handout) -> None:
    lesson = lesson_of(EXAMPLE)
    reader = PdfReader(handout(EXAMPLE))
    targets = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
        and "/URI" in annotation.get_object().get("/A", {})
    }
    urls = {source.url for source in lesson.all_sources if source.url}
    assert urls
    assert urls <= targets
