"""The timeline poster, read back: one page, every event title, no overlapping or clipped
words, embedded fonts, sizes that scale with the paper, and a clear error when the
events cannot fit."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from checks import layout_problems, non_embedded_fonts, pdf_fonts, pdf_problems, pdf_text
from conftest import EXAMPLE, LESSONS, write_forty_category_lesson
from generated_lessons import generated_lesson
from lessonpress.cli import cli
from lessonpress.errors import LessonError
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names, load_theme
from lessonpress.model.colors import contrast_ratio, to_hex
from lessonpress.model.lesson import Lesson
from lessonpress.model.pages import parse_page_size
from lessonpress.present import present
from lessonpress.renderers.base import Renderer, RenderOptions
from lessonpress.renderers.poster import PosterRenderer
from lessonpress.renderers.poster.style import MIN_EDGE, PRINT_DPI
from lessonpress.renderers.timeline_items import first_sentence, short_text

THEMES = builtin_theme_names()
REPOSITORY_LESSONS = [EXAMPLE, *sorted(LESSONS.glob("*.yaml"))]
STRESS_LESSONS = ["world-war-two-45", "ancient-rome", "cyrillic-greek", "long-range"]
POSTER_LESSONS = ["poster-single-event", "poster-crowded-frame", "images"]
TABLOID_LANDSCAPE = (1224.0, 792.0)
A0_CAPACITY = 120
"""Generated events spread over two centuries that an A0 poster holds."""


@cache
def lesson_of(path: Path) -> Lesson:
    """The lesson at ``path``, loaded once."""
    return load_lesson(path).lesson


@cache
def poster_bytes(path: Path, theme: str = "classic", size: str | None = None) -> bytes:
    """The poster of the lesson at ``path``, rendered once per test session."""
    options = RenderOptions(poster_size=parse_page_size(size) if size else None)
    return PosterRenderer().render(lesson_of(path), load_theme(theme, Path.cwd()), options)


@pytest.fixture(scope="session")
def poster(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``poster(lesson_path, theme, size)``: the poster written to a file, once."""
    folder = tmp_path_factory.mktemp("posters")

    def write(path: Path, theme: str = "classic", size: str | None = None) -> Path:
        target = folder / f"{path.stem}-{theme}-{size or 'theme'}.pdf"
        if not target.exists():
            target.write_bytes(poster_bytes(path, theme, size))
        return target

    return write


def squeezed(text: str) -> str:
    """``text`` without any white space, so that titles broken over lines still match."""
    return "".join(text.split())


def missing_titles(path: Path, lesson: Lesson) -> list[str]:
    """The event titles that do not appear, in drawing order, on the poster."""
    text = squeezed(pdf_text(path))
    return [event.title for event in lesson.events if squeezed(event.title) not in text]


def assert_clean_poster(path: Path, lesson: Lesson) -> None:
    """One page holding every title, nothing overlapping or near the edge, fonts
    embedded, and a structurally sound file."""
    assert len(PdfReader(str(path)).pages) == 1
    assert missing_titles(path, lesson) == []
    assert layout_problems(path, margin=MIN_EDGE) == []
    assert non_embedded_fonts(path) == []
    assert pdf_problems(path) == []


def test_is_a_renderer() -> None:
    renderer = PosterRenderer()
    assert isinstance(renderer, Renderer)
    assert (renderer.name, renderer.suffix) == ("poster", ".pdf")
    assert renderer.description


@pytest.mark.parametrize("lesson_name", ["example", *STRESS_LESSONS, *POSTER_LESSONS])
def test_every_lesson_makes_a_clean_one_page_poster(poster, lesson_name: str) -> None:
    path = EXAMPLE if lesson_name == "example" else LESSONS / f"{lesson_name}.yaml"
    assert_clean_poster(poster(path), lesson_of(path))


MATRIX_SIZES = ["letter", "tabloid", "a3"]


def paper_matrix() -> list[tuple[Path, str, str]]:
    """Pairwise, to keep the suite fast: every lesson on every school paper in classic,
    and in every other theme on one of them, in turn (the themes differ in fonts, type
    scale and legend, which is what changes a layout)."""
    cases = {(path, "classic", size) for path in REPOSITORY_LESSONS for size in MATRIX_SIZES}
    turn = 0
    for path in REPOSITORY_LESSONS:
        for theme in THEMES:
            if theme != "classic":
                cases.add((path, theme, MATRIX_SIZES[turn % len(MATRIX_SIZES)]))
                turn += 1
    return sorted(cases, key=lambda case: (case[0].stem, case[1], case[2]))


@pytest.mark.parametrize(
    ("path", "theme", "size"),
    paper_matrix(),
    ids=lambda value: value.stem if isinstance(value, Path) else value,
)
def test_every_lesson_builds_on_every_school_paper_in_every_theme(
    poster, path: Path, theme: str, size: str
) -> None:
    """Every title on the page (on the timeline or in the key), and no word overlapping
    another or closer than 0.4 in to the edge."""
    target = poster(path, theme, size)
    assert missing_titles(target, lesson_of(path)) == []
    assert layout_problems(target, margin=MIN_EDGE) == []


def test_a_lesson_too_dense_for_tabloid_says_so_and_fits_on_larger_paper(poster) -> None:
    """every-date-form puts most of its events into the last two of 35 centuries: on
    tabloid it either fits cleanly or fails with the count; on A1 it fits."""
    path = LESSONS / "every-date-form.yaml"
    lesson = lesson_of(path)
    try:
        tabloid = poster(path)
    except LessonError as error:
        [problem] = error.problems
        assert problem.message.endswith(f" of {len(lesson.events)} events fit on a tabloid poster")
    else:
        assert_clean_poster(tabloid, lesson)
    assert_clean_poster(poster(path, size="a1"), lesson)


@pytest.mark.parametrize("theme", THEMES)
def test_the_example_is_clean_in_every_theme(poster, theme: str) -> None:
    assert_clean_poster(poster(EXAMPLE, theme), lesson_of(EXAMPLE))


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_reads_on_the_page(poster, theme: str) -> None:
    """AA contrast against the white paper (a dark theme's board is not printed), and AAA
    in the high-contrast theme."""
    background = "#FFFFFF"
    minimum = 7.0 if theme == "high-contrast" else 4.5
    faint = set()
    with pdfplumber.open(poster(EXAMPLE, theme)) as pdf:
        for char in pdf.pages[0].chars:
            color = char["non_stroking_color"]
            if char["text"].strip() and color is not None and len(color) == 3:
                hex_color = to_hex(*(part * 255 for part in color))
                if contrast_ratio(hex_color, background) < minimum:
                    faint.add(hex_color)
    assert not faint


def drawn_objects(path: Path) -> tuple[tuple[float, float], list[dict[str, Any]]]:
    """The page size and every character, rectangle, line, curve and image on it."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        kinds = ("char", "rect", "line", "curve", "image")
        return (page.width, page.height), [
            obj for kind in kinds for obj in page.objects.get(kind, [])
        ]


@pytest.mark.parametrize("theme", THEMES)
def test_nothing_comes_closer_than_0_4_in_to_the_edge(poster, theme: str) -> None:
    """Text, rules, markers and pictures all keep 0.4 in clear of the paper's edge."""
    (width, height), objects = drawn_objects(poster(EXAMPLE, theme))
    near_edge = [
        (obj["object_type"], obj.get("text"), round(obj["x0"]), round(obj["top"]))
        for obj in objects
        if obj["x0"] < MIN_EDGE - 0.01
        or obj["top"] < MIN_EDGE - 0.01
        or obj["x1"] > width - MIN_EDGE + 0.01
        or obj["bottom"] > height - MIN_EDGE + 0.01
    ]
    assert near_edge == []


def test_a_dark_theme_prints_on_white_and_the_ink_saver_fills_nothing_large(poster) -> None:
    """A poster is printed: chalkboard keeps its accents, not its board, so nothing covers
    the page. Ink-saver draws its era bands as outlines, so no filled area is larger than
    a square inch."""
    (width, height), objects = drawn_objects(poster(EXAMPLE, "chalkboard"))
    assert not any(
        obj["object_type"] == "rect" and obj["width"] >= width - 1 and obj["height"] >= height - 1
        for obj in objects
    )
    _, objects = drawn_objects(poster(EXAMPLE, "ink-saver"))
    filled = [
        obj["width"] * obj["height"]
        for obj in objects
        if obj["object_type"] in ("rect", "curve") and obj.get("fill")
    ]
    assert max(filled) < 72 * 72


def test_categories_never_share_both_colour_and_shape() -> None:
    """Ink-saver's six grays repeat for a ninth category; the marker shape then differs."""
    lesson = lesson_of(LESSONS / "poster-crowded-frame.yaml")
    for theme in THEMES:
        entries = present(lesson, load_theme(theme, Path.cwd()), "poster").legend
        looks = [(entry.color, entry.marker) for entry in entries]
        assert len(set(looks)) == len(looks) == 9


def test_page_is_tabloid_landscape_by_default(poster) -> None:
    with pdfplumber.open(poster(EXAMPLE)) as pdf:
        page = pdf.pages[0]
        assert (page.width, page.height) == pytest.approx(TABLOID_LANDSCAPE)


def test_the_command_line_size_overrides_the_theme(poster) -> None:
    with pdfplumber.open(poster(EXAMPLE, size="a2")) as pdf:
        page = pdf.pages[0]
        assert (page.width, page.height) == pytest.approx((1683.78, 1190.55))


def test_a_portrait_theme_makes_a_portrait_poster(tmp_path: Path) -> None:
    theme_file = tmp_path / "tall.yaml"
    theme_file.write_text("extends: classic\nposter: {page_size: 24x36in, orientation: portrait}\n")
    data = PosterRenderer().render(lesson_of(EXAMPLE), load_theme(theme_file), RenderOptions())
    target = tmp_path / "tall.pdf"
    target.write_bytes(data)
    with pdfplumber.open(target) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx((1728, 2592))
    assert_clean_poster(target, lesson_of(EXAMPLE))


def type_sizes(path: Path) -> list[float]:
    """The type sizes used on the poster, largest first."""
    with pdfplumber.open(path) as pdf:
        return sorted({round(c["size"], 2) for c in pdf.pages[0].chars}, reverse=True)


def smallest_size(path: Path) -> float:
    """The smallest type on the poster."""
    return type_sizes(path)[-1]


@pytest.mark.parametrize("path", REPOSITORY_LESSONS, ids=lambda path: path.stem)
def test_type_reads_across_the_room_on_a_type_scale_that_grows_with_the_paper(
    poster, path: Path
) -> None:
    """On tabloid the title is at least 60 pt (it breaks over lines rather than shrink)
    and nothing, event titles and the key included, is below 9 pt, in at most five
    sizes; on A1, whose short side is 2.1 times as long, every size at least doubles."""
    tabloid = type_sizes(poster(path))
    assert tabloid[0] >= 60
    assert tabloid[-1] >= 9
    assert len(tabloid) <= 5, tabloid
    a1 = type_sizes(poster(path, size="a1"))
    assert a1[0] >= 2 * tabloid[0]
    assert a1[-1] >= 2 * tabloid[-1]
    assert len(a1) <= 5, a1


def tallest_empty_band(path: Path) -> float:
    """The tallest band across the page, as a share of its height, that holds no word,
    no picture and no shape (a marker, bar or band); lines (leaders, the header's rule)
    alone leave a band empty."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        spans = [(word["top"], word["bottom"]) for word in page.extract_words()]
        spans += [
            (shape["top"], shape["bottom"])
            for shape in page.rects + page.curves + page.images
            if shape["bottom"] - shape["top"] < page.height / 2
        ]
        tallest, reached = 0.0, 0.0
        for top, bottom in sorted(spans):
            tallest = max(tallest, top - reached)
            reached = max(reached, bottom)
        return max(tallest, page.height - reached) / page.height


@pytest.mark.parametrize(
    ("path", "theme", "size"),
    paper_matrix(),
    ids=lambda value: value.stem if isinstance(value, Path) else value,
)
def test_the_labels_fill_the_page_from_the_title_block_to_the_sources(
    poster, path: Path, theme: str, size: str
) -> None:
    """Every lesson, one event or sixty, leaves no empty band taller than a fifth of the
    page: a sparse timeline's labels go up the type scale and are spaced evenly, its
    axis moved to balance the page; a crowded one's spread out to the edges."""
    assert tallest_empty_band(poster(path, theme, size)) <= 0.2


def test_the_high_contrast_poster_sets_its_text_a_step_larger(poster) -> None:
    """Every text but the title a step (1.25 times) larger than classic's."""
    classic = type_sizes(poster(EXAMPLE))
    larger = type_sizes(poster(EXAMPLE, "high-contrast"))
    assert larger[1:] == pytest.approx([size * 1.25 for size in classic[1:]], abs=0.01)


def test_legend_names_every_category_used(poster) -> None:
    text = squeezed(pdf_text(poster(EXAMPLE)))
    for category in lesson_of(EXAMPLE).categories.values():
        assert squeezed(category.label) in text


def test_footer_counts_the_sources_it_has_no_room_for(poster) -> None:
    path = LESSONS / "poster-crowded-frame.yaml"
    text = " ".join(pdf_text(poster(path)).split())
    assert "more sources" in text
    assert "Sources: Felipe Fernández-Armesto" in text


def test_a_lesson_without_sources_gets_a_credit_line(poster) -> None:
    assert "Made with lessonpress" in pdf_text(poster(LESSONS / "poster-single-event.yaml"))


def test_pictures_are_thumbnails_at_print_resolution_in_their_proportions(poster) -> None:
    """Where there is room, pictures appear as thumbnails, never enlarged past 150 dpi
    (large photos are scaled down to it before they are embedded), never distorted."""
    lesson = lesson_of(LESSONS / "images.yaml")
    proportions = [
        event.image.file.width / event.image.file.height
        for event in lesson.events
        if event.image and event.image.file
    ]
    with pdfplumber.open(poster(LESSONS / "images.yaml")) as pdf:
        images = pdf.pages[0].images
    assert len(images) >= 3
    for image in images:
        pixel_width = image["srcsize"][0]
        assert pixel_width / (image["width"] / 72) >= PRINT_DPI - 1
        shown = image["width"] / image["height"]
        assert any(shown == pytest.approx(ratio, rel=0.02) for ratio in proportions)


@pytest.mark.parametrize("path", [EXAMPLE, LESSONS / "images.yaml"], ids=["example", "images"])
def test_rebuilds_are_byte_identical(path: Path) -> None:
    lesson, theme = lesson_of(path), load_theme("classic", Path.cwd())
    first = PosterRenderer().render(lesson, theme, RenderOptions())
    assert PosterRenderer().render(lesson, theme, RenderOptions()) == first


def test_the_theme_fonts_are_the_ones_embedded(poster) -> None:
    """Modern sets headings in Source Serif Pro: the title and event titles use it."""
    names = {font["name"].split("+")[-1] for font in pdf_fonts(poster(EXAMPLE, "modern"))}
    assert any(name.startswith("SourceSerifPro") for name in names)
    assert any(name.startswith("SourceSans3") for name in names)


def test_metadata_names_the_lesson(poster) -> None:
    metadata = PdfReader(str(poster(EXAMPLE))).metadata
    assert metadata is not None
    assert metadata.title == lesson_of(EXAMPLE).title


@pytest.fixture(scope="module")
def thousand_event_lesson(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 1,000-event lesson, written once."""
    return generated_lesson(tmp_path_factory.mktemp("thousand"), 1000)


@cache
def fitted_on(lesson_path: Path, size: str) -> int:
    """How many events of the lesson the poster says fit on ``size`` paper (it must not)."""
    lesson = load_lesson(lesson_path).lesson
    options = RenderOptions(poster_size=parse_page_size(size))
    with pytest.raises(LessonError) as caught:
        PosterRenderer().render(lesson, load_theme("classic", Path.cwd()), options)
    [problem] = caught.value.problems
    assert problem.path == "poster.page_size"
    match = re.fullmatch(
        rf"only about (\d+) of {len(lesson.events)} events fit on an? {size} poster",
        problem.message,
    )
    assert match, problem.message
    return int(match[1])


def test_too_many_events_for_the_paper_is_a_problem_with_a_way_out(
    thousand_event_lesson: Path,
) -> None:
    """A thousand events fit on neither letter nor tabloid: each says how many would."""
    assert 0 < fitted_on(thousand_event_lesson, "letter") < 1000
    assert 0 < fitted_on(thousand_event_lesson, "tabloid") < 1000


def test_a_larger_sheet_holds_more_events(thousand_event_lesson: Path) -> None:
    """The problem's advice, a larger poster, must hold: a crowded poster on a larger
    sheet steps its type down towards tabloid's, so it holds more events."""
    assert fitted_on(thousand_event_lesson, "letter") < fitted_on(thousand_event_lesson, "tabloid")


def test_the_command_line_exits_2_when_the_poster_is_too_small(
    thousand_event_lesson: Path, tmp_path: Path
) -> None:
    arguments = ["build", str(thousand_event_lesson), "-f", "poster", "--poster-size", "letter"]
    result = CliRunner().invoke(cli, [*arguments, "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "of 1000 events fit on a letter poster" in result.output
    assert "--poster-size a0" in result.output
    assert not (tmp_path / "out").exists()


def test_check_warns_with_the_count_when_the_poster_numbers_events() -> None:
    path = LESSONS / "world-war-two-45.yaml"
    result = CliRunner().invoke(cli, ["check", str(path), "-f", "poster"])
    assert result.exit_code == 0, result.output
    match = re.search(
        r"warning: events: the tabloid poster labels (\d+) of 45 events", result.output
    )
    assert match, result.output
    assert f"numbers the other {45 - int(match[1])}" in result.output


def test_check_refuses_what_build_refuses(thousand_event_lesson: Path) -> None:
    arguments = ["check", str(thousand_event_lesson), "-f", "poster", "--poster-size", "letter"]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2, result.output
    assert "of 1000 events fit on a letter poster" in result.output


def test_as_many_events_as_a0_holds_make_a_clean_poster(tmp_path: Path) -> None:
    """Spread over the same two centuries, the number of events A0 holds renders with the
    same guarantees as every other poster."""
    path = generated_lesson(tmp_path, A0_CAPACITY)
    data = PosterRenderer().render(
        lesson_of(path),
        load_theme("classic", Path.cwd()),
        RenderOptions(poster_size=parse_page_size("a0")),
    )
    target = tmp_path / "a0.pdf"
    target.write_bytes(data)
    with pdfplumber.open(target) as pdf:
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx((3370.39, 2383.94))
    assert_clean_poster(target, lesson_of(path))


def test_a_hundred_and_fifty_events_make_a_clean_tabloid_poster(tmp_path: Path) -> None:
    """150 events over two centuries: wrapped onto rows, numbered, with a key under them
    that gives every title; nothing overlaps, nothing below 9 pt."""
    path = generated_lesson(tmp_path, 150)
    target = tmp_path / "tabloid.pdf"
    target.write_bytes(poster_bytes(path))
    assert_clean_poster(target, lesson_of(path))
    assert smallest_size(target) >= 9


def test_build_writes_the_poster(build_output) -> None:  # type: ignore[no-untyped-def]
    path = build_output(EXAMPLE, "poster")
    assert path.name == "us-ussr-relations-poster.pdf"
    assert path.read_bytes().startswith(b"%PDF")


def test_a_logo_sits_in_the_title_block(tmp_path: Path) -> None:
    Image.new("RGB", (300, 150), "#1F4E79").save(tmp_path / "logo.png")
    (tmp_path / "school.yaml").write_text("extends: classic\nlogo: logo.png\n")
    data = PosterRenderer().render(
        lesson_of(EXAMPLE), load_theme(tmp_path / "school.yaml"), RenderOptions()
    )
    target = tmp_path / "logo.pdf"
    target.write_bytes(data)
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        [logo] = [image for image in page.images if image["srcsize"] == (300, 150)]
        assert logo["x0"] >= MIN_EDGE and logo["top"] >= MIN_EDGE
        assert logo["x1"] < page.width / 2
    assert_clean_poster(target, lesson_of(EXAMPLE))


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One. Two.", "One."),
        ("Franklin D. Roosevelt spoke. Then he left.", "Franklin D. Roosevelt spoke."),
        ("Built c. 1200 BC by the U.S. Army? No.", "Built c. 1200 BC by the U.S. Army?"),
        ("No full stop at all", "No full stop at all"),
        ('He said "Stop." Then silence.', 'He said "Stop."'),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


def test_short_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    lesson = lesson_of(EXAMPLE)
    for event in lesson.events:
        text = short_text(event, limit=40)
        assert len(text) <= 40
        assert not text or text.endswith((".", "…", "?", "!"))


def test_a_legend_that_leaves_no_room_for_the_timeline_is_a_problem(tmp_path: Path) -> None:
    label = "Category number {} with a rather long descriptive label here"
    lesson = lesson_of(write_forty_category_lesson(tmp_path, label))
    with pytest.raises(LessonError) as caught:
        PosterRenderer().render(lesson, load_theme("classic", Path.cwd()), RenderOptions())
    [problem] = caught.value.problems
    assert problem.path == "categories"
    assert "the legend of 40 categories" in problem.message
    assert "fewer categories" in problem.hint
