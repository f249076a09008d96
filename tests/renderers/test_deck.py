"""The PowerPoint deck, read back: valid parts, slides as LibreOffice draws them, editable
text, notes, pictures, the school template, text fitting, and the fast package."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation as PresentationObject
from pptx.slide import Slide
from pypdf import PdfReader

from checks import (
    NS_DML,
    NS_PML,
    convert_to_pdf,
    layout_problems,
    pptx_core_properties,
    pptx_problems,
)
from conftest import EXAMPLE, LESSONS, write_forty_category_lesson
from lessonpress.fonts import FontSet
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import builtin_theme_names, load_theme
from lessonpress.model.lesson import Lesson
from lessonpress.model.text import Run
from lessonpress.renderers.base import Renderer, RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.fitting import WIDTH_SLACK, fit_body, fit_title, sizes_between
from lessonpress.renderers.deck.markup import clean_text
from lessonpress.renderers.deck.measure import (
    UNKNOWN_FONT_MARGIN,
    Measurer,
    candidate_families,
)
from lessonpress.renderers.deck.package import SlideAppender
from lessonpress.renderers.deck.plan import plan_deck
from lessonpress.renderers.deck.pptx_compat import IndexedRelationships
from lessonpress.renderers.deck.template import find_layouts, open_default, open_template
from lessonpress.renderers.deck.text import Block, unbreakable_date

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "templates"
SCHOOL = str(TEMPLATES / "school-theme.yaml")
THEMES = builtin_theme_names()
NS = {"a": NS_DML, "p": NS_PML}
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"

STRESS = [
    "long-texts",
    "images",
    "cyrillic-greek",
    "world-war-two-45",
    "every-date-form",
    "minimal",
    "long-range",
    "ancient-rome",
]

CONTINUATION = re.compile(r" \(\d+ of \d+\)$")
"""The end of a continued slide's title: "(2 of 3)"."""


@cache
def lesson_of(path: Path) -> Lesson:
    """The lesson at ``path``, loaded once."""
    return load_lesson(path).lesson


@cache
def deck_bytes(path: Path, theme: str = "classic") -> bytes:
    """The deck of the lesson at ``path`` in ``theme`` (a name or a theme file), once."""
    return DeckRenderer().render(lesson_of(path), load_theme(theme, Path.cwd()), RenderOptions())


@pytest.fixture(scope="session")
def deck(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``deck(lesson_path, theme)``: the deck written to a file, once per session."""
    folder = tmp_path_factory.mktemp("decks")

    def write(path: Path, theme: str = "classic") -> Path:
        target = folder / f"{path.stem}-{Path(theme).stem}.pptx"
        if not target.exists():
            target.write_bytes(deck_bytes(path, theme))
        return target

    return write


@pytest.fixture(scope="session")
def deck_pdf(deck, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``deck_pdf(lesson_path, theme)``: the deck as LibreOffice draws it, once."""
    folder = tmp_path_factory.mktemp("deck-pdfs")
    converted: dict[tuple[Path, str], Path] = {}

    def convert(path: Path, theme: str = "classic") -> Path:
        if (path, theme) not in converted:
            converted[path, theme] = convert_to_pdf(deck(path, theme), folder / Path(theme).stem)
        return converted[path, theme]

    return convert


def presentation(path: Path, theme: str = "classic") -> PresentationObject:
    """The deck read back with python-pptx."""
    return Presentation(io.BytesIO(deck_bytes(path, theme)))


def squeeze(text: str) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join(text.split())


def title_of(slide: Slide) -> str:
    """The text of the slide's title placeholder ("" if it has none), its no-break
    spaces (those that keep a continued slide's counter whole) read as spaces."""
    title = slide.shapes.title
    return title.text_frame.text.replace("\u00a0", " ") if title is not None else ""


def slide_texts(slide: Slide) -> list[str]:
    """The text of every shape with text on the slide."""
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def notes_of(slide: Slide) -> str:
    """The slide's speaker notes, squeezed ("" without a notes page)."""
    if not slide.has_notes_slide:
        return ""
    return squeeze(slide.notes_slide.notes_text_frame.text)


# ---------------------------------------------------------------------------
# The file


def test_is_a_renderer() -> None:
    renderer = DeckRenderer()
    assert isinstance(renderer, Renderer)
    assert (renderer.name, renderer.suffix) == ("deck", ".pptx")
    assert renderer.description


def test_builds_through_the_registered_entry_point(build_output) -> None:  # type: ignore[no-untyped-def]
    path = build_output(EXAMPLE, "deck")
    assert path.suffix == ".pptx"
    assert pptx_problems(path) == []


@pytest.mark.parametrize(
    ("lesson_path", "theme"),
    [(EXAMPLE, theme) for theme in THEMES]
    + [(EXAMPLE, SCHOOL), (LESSONS / "images.yaml", SCHOOL), (LESSONS / "long-texts.yaml", SCHOOL)]
    + [(LESSONS / f"{name}.yaml", "classic") for name in STRESS],
    ids=lambda value: Path(str(value)).stem,
)
def test_every_part_is_valid_and_the_package_consistent(
    deck, lesson_path: Path, theme: str
) -> None:
    """Schemas, content types, relationships, unique shape ids (and openxml-audit)."""
    assert pptx_problems(deck(lesson_path, theme)) == []


def test_the_example_has_the_slides_its_structure_asks_for() -> None:
    lesson = lesson_of(EXAMPLE)
    eras_with_events = {id(lesson.era_of(event)) for event in lesson.events} - {id(None)}
    structural = (
        1  # title
        + (1 if lesson.objectives else 0)
        + 1  # timeline overview
        + len(eras_with_events)  # a section slide per era (each era's events are together)
        + len(lesson.events)
        + (1 if lesson.questions else 0)
        + (1 if lesson.glossary else 0)
        + (1 if lesson.all_sources else 0)
    )
    assert structural == len(plan_deck(lesson)) == 16
    titles = [title_of(slide) for slide in presentation(EXAMPLE).slides]
    continued = [title for title in titles if CONTINUATION.search(title)]
    # Every event fits on its slide; only lists longer than a slide's six lines continue.
    event_titles = {event.title for event in lesson.events}
    assert continued and not {CONTINUATION.sub("", title) for title in continued} & event_titles
    assert len(titles) == structural + len(continued)


# Every repository lesson's deck in every built-in theme is drawn by LibreOffice and
# checked the same way in test_deck_as_shown.py; here, the decks a school template makes.
@pytest.mark.parametrize("name", ["us-ussr-relations", "images"])
def test_libreoffice_draws_a_template_deck_one_page_per_slide_with_nothing_off_or_overlapping(
    deck, deck_pdf, name: str
) -> None:
    path = EXAMPLE if name == EXAMPLE.stem else LESSONS / f"{name}.yaml"
    slides = len(Presentation(str(deck(path, SCHOOL))).slides)
    pdf = deck_pdf(path, SCHOOL)
    assert len(PdfReader(str(pdf)).pages) == slides
    assert layout_problems(pdf) == []


def test_two_builds_give_identical_bytes() -> None:
    lesson, theme = lesson_of(EXAMPLE), load_theme("classic")
    first = DeckRenderer().render(lesson, theme, RenderOptions())
    assert DeckRenderer().render(lesson, theme, RenderOptions()) == first


def test_core_properties(deck) -> None:
    lesson = lesson_of(EXAMPLE)
    properties = pptx_core_properties(deck(EXAMPLE))
    assert properties["dc:title"] == lesson.title
    assert properties["dc:creator"] == lesson.author
    assert properties["dc:language"] == lesson.language
    assert lesson.subtitle and lesson.subtitle in properties["dc:subject"]
    assert properties["dcterms:created"] == properties["dcterms:modified"]


# ---------------------------------------------------------------------------
# What the slides hold


@pytest.mark.parametrize("name", ["us-ussr-relations", "world-war-two-45", "cyrillic-greek"])
def test_each_event_has_its_title_and_date_as_editable_text(name: str) -> None:
    path = EXAMPLE if name == "us-ussr-relations" else LESSONS / f"{name}.yaml"
    slides = list(presentation(path).slides)
    titles = [title_of(slide) for slide in slides]
    for event in lesson_of(path).timeline:
        slide = slides[titles.index(event.title)]
        date = squeeze(event.date_label)
        kicker = next(text for text in slide_texts(slide) if squeeze(text).startswith(date))
        assert kicker


def test_notes_hold_the_notes_significance_sources_and_answers() -> None:
    lesson = lesson_of(EXAMPLE)
    slides = list(presentation(EXAMPLE).slides)
    titles = [title_of(slide) for slide in slides]
    for event in lesson.timeline:
        notes = notes_of(slides[titles.index(event.title)])
        if event.notes:
            assert squeeze(event.notes.plain) in notes
        if event.significance:
            assert squeeze(event.significance.plain) in notes
        for source in event.sources:
            assert squeeze(source.title) in notes
    answers = notes_of(slides[titles.index("Discussion questions")])
    for question in lesson.questions:
        if question.answer:
            assert squeeze(question.answer.plain) in answers
    assert lesson.summary and squeeze(lesson.summary.paragraphs[0].plain) in notes_of(slides[0])


@pytest.mark.parametrize("theme", ["classic", SCHOOL], ids=lambda value: Path(value).stem)
def test_pictures_keep_their_proportions_and_carry_alt_text(theme: str) -> None:
    path = LESSONS / "images.yaml"
    lesson = lesson_of(path)
    deck_file = presentation(path, theme)
    width, height = deck_file.slide_width, deck_file.slide_height
    by_title = {event.title: event for event in lesson.events}
    pictures = 0
    for slide in deck_file.slides:
        for picture in slide.shapes._spTree.iterchildren(f"{{{NS_PML}}}pic"):
            properties = picture.find(f".//{{{NS_PML}}}cNvPr")
            assert properties.get("descr", "").strip()
            assert properties.get("name", "").strip()
            event = by_title[title_of(slide)]
            assert event.image and event.image.file
            caption = event.image.caption.plain if event.image.caption else ""
            assert properties.get("descr") == squeeze(event.image.alt or caption or event.title)
            offset = picture.find(".//a:off", NS)
            extent = picture.find(".//a:ext", NS)
            x, y = int(offset.get("x")), int(offset.get("y"))
            cx, cy = int(extent.get("cx")), int(extent.get("cy"))
            assert 0 <= x <= x + cx <= width
            assert 0 <= y <= y + cy <= height
            shown, real = cx / cy, event.image.file.width / event.image.file.height
            assert shown == pytest.approx(real, rel=0.02)
            pictures += 1
    assert pictures == sum(1 for event in lesson.events if event.image)


def test_a_long_event_continues_with_every_word() -> None:
    path = LESSONS / "long-texts.yaml"
    lesson = lesson_of(path)
    event = next(event for event in lesson.events if "Cromford" in event.title)
    words: list[str] = []
    for slide in presentation(path).slides:
        # The slides after the first are numbered "(2 of 8)" and so on, each title unique.
        if title_of(slide) == event.title or title_of(slide).startswith(f"{event.title} ("):
            body = [s for s in slide.placeholders if s.placeholder_format.idx != 0]
            words += " ".join(shape.text_frame.text for shape in body).split()
    assert event.text and event.significance
    expected = f"{event.text.plain} Why it matters: {event.significance.plain}".split()
    assert words == expected


def test_no_text_is_set_below_the_theme_minimum() -> None:
    for theme in THEMES:
        minimum = load_theme(theme).deck.min_body_size
        for name in ("long-texts", "world-war-two-45"):
            data = deck_bytes(LESSONS / f"{name}.yaml", theme)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                slides = [
                    n for n in archive.namelist() if re.match(r"ppt/slides/slide\d+\.xml$", n)
                ]
                for slide_name in slides:
                    sizes = re.findall(rb' sz="(\d+)"', archive.read(slide_name))
                    assert min(int(size) for size in sizes) >= minimum * 100, (theme, slide_name)


def test_a_title_of_one_long_word_wraps_inside_its_placeholder() -> None:
    path = LESSONS / "long-texts.yaml"
    event = next(event for event in lesson_of(path).events if event.title.startswith("Llanfair"))
    slide = next(s for s in presentation(path).slides if title_of(s) == event.title)
    run_sizes = [run.font.size for p in slide.shapes.title.text_frame.paragraphs for run in p.runs]
    assert all(size is None or size.pt >= 18 for size in run_sizes)


def test_the_overview_is_drawn_with_native_shapes() -> None:
    path = LESSONS / "world-war-two-45.yaml"
    lesson = lesson_of(path)
    overview = list(presentation(path).slides)[2]
    assert title_of(overview).startswith("Timeline")
    tree = overview.shapes._spTree
    assert not list(tree.iter(f"{{{NS_PML}}}pic"))
    texts = [squeeze(text) for text in slide_texts(overview)]
    shown = [event for event in lesson.events if any(event.title in text for text in texts)]
    assert 2 <= len(shown) < len(lesson.events)
    lines = list(tree.iter(f"{{{NS_PML}}}cxnSp"))  # the axis, the ticks, a leader per label
    assert len(lines) >= 1 + len(shown)
    # The overview may take several slides, one per period: its note counts its own.
    assert any(re.fullmatch(r"\+ \d+ more events in this lesson", text) for text in texts)


def test_eras_become_section_slides_and_powerpoint_sections() -> None:
    lesson = lesson_of(EXAMPLE)
    deck_file = presentation(EXAMPLE)
    titles = [title_of(slide) for slide in deck_file.slides]
    era_titles = [era.title for era in lesson.eras]
    assert [title for title in titles if title in era_titles] == era_titles
    root = etree.fromstring(deck_file.part.blob)
    names = root.xpath(".//p14:section/@name", namespaces={"p14": P14})
    assert names == ["Introduction", *era_titles, "Review"]


# ---------------------------------------------------------------------------
# Master, theme and template


@pytest.mark.parametrize("theme", THEMES)
def test_fonts_and_colours_live_in_the_theme_and_master(theme: str) -> None:
    settings_ = load_theme(theme)
    deck_file = presentation(EXAMPLE, theme)
    master = deck_file.slide_master
    theme_xml = etree.fromstring(
        master.part.part_related_by(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
        ).blob
    )
    typefaces = theme_xml.xpath(".//a:fontScheme/*/a:latin/@typeface", namespaces=NS)
    assert typefaces == [settings_.deck.font, settings_.deck.font]
    scheme = theme_xml.xpath(".//a:clrScheme//a:srgbClr/@val", namespaces=NS)
    assert settings_.colors.primary.lstrip("#") in scheme
    title_color = master._element.xpath("./p:txStyles/p:titleStyle/a:lvl1pPr/a:defRPr//a:schemeClr")
    assert title_color and title_color[0].get("val") == "tx2"
    expected_width = {"16:9": 12_192_000, "4:3": 9_144_000}[settings_.deck.aspect]
    assert deck_file.slide_width == expected_width


def test_a_4_3_theme_gives_4_3_slides(tmp_path: Path) -> None:
    theme_file = tmp_path / "square.yaml"
    theme_file.write_text("extends: classic\ndeck:\n  aspect: '4:3'\n", encoding="utf-8")
    data = DeckRenderer().render(lesson_of(EXAMPLE), load_theme(str(theme_file)), RenderOptions())
    deck_file = Presentation(io.BytesIO(data))
    assert (deck_file.slide_width, deck_file.slide_height) == (9_144_000, 6_858_000)
    for layout in deck_file.slide_layouts:
        for shape in layout.placeholders:
            assert shape.left + shape.width <= deck_file.slide_width


def test_the_template_master_is_used_and_its_own_slides_are_gone() -> None:
    data = deck_bytes(EXAMPLE, SCHOOL)
    deck_file = Presentation(io.BytesIO(data))
    assert len(deck_file.slide_masters) == 1
    master_shapes = [shape.name for shape in deck_file.slide_master.shapes]
    assert "School banner" in master_shapes
    texts = [text for slide in deck_file.slides for text in slide_texts(slide)]
    assert not any("Welcome to Northfield" in text or "House rules" in text for text in texts)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        notes = b"".join(archive.read(n) for n in names if n.startswith("ppt/notesSlides/n"))
        assert b"must not survive" not in notes
        assert not [name for name in names if name.startswith("ppt/media/")]  # no pictures
        assert b'name="Template"' not in archive.read("ppt/presentation.xml")
        assert "docProps/thumbnail.jpeg" not in names
    layouts = {slide.slide_layout.name for slide in deck_file.slides}
    assert "Northfield Text" in layouts and "Northfield Cover" in layouts


def test_layouts_are_found_by_their_placeholders_with_fallbacks() -> None:
    layouts = find_layouts(open_template(TEMPLATES / "school.pptx").slide_master)
    assert layouts.cover.name == "Northfield Cover"
    assert layouts.content.name == "Northfield Text"
    assert layouts.section.name == "Northfield Chapter"
    assert layouts.title_only.name == "Northfield Heading"
    # The school removed its two-column layout; "Content with Caption" is no substitute.
    assert layouts.two_content is None


def test_a_logo_goes_on_the_title_slide(tmp_path: Path) -> None:
    logo = Path(__file__).resolve().parents[1] / "data" / "images" / "square-800x800.png"
    theme_file = tmp_path / "logo.yaml"
    theme_file.write_text(f"extends: classic\nlogo: {logo}\n", encoding="utf-8")
    data = DeckRenderer().render(lesson_of(EXAMPLE), load_theme(str(theme_file)), RenderOptions())
    cover = Presentation(io.BytesIO(data)).slides[0]
    pictures = list(cover.shapes._spTree.iter(f"{{{NS_PML}}}pic"))
    assert len(pictures) == 1
    assert pictures[0].find(f".//{{{NS_PML}}}cNvPr").get("descr").startswith("Logo")


# ---------------------------------------------------------------------------
# Text that no XML part may hold


def test_control_characters_never_reach_a_part(tmp_path: Path) -> None:
    lesson_file = tmp_path / "control.yaml"
    lesson_file.write_text(
        'title: "Bell\\a and \\x0bvertical tab"\n'
        "events:\n"
        '  - title: "Escape \\e in a title"\n'
        "    date: 1917\n"
        '    text: "Form\\ffeed and \\x01 start of heading"\n'
        '    notes: "Backspace \\b in the notes"\n',
        encoding="utf-8",
    )
    lesson = load_lesson(lesson_file).lesson
    data = DeckRenderer().render(lesson, load_theme("classic"), RenderOptions())
    deck_file = tmp_path / "control.pptx"
    deck_file.write_bytes(data)
    assert pptx_problems(deck_file) == []
    assert "Escape  in a title" in [
        title_of(slide) for slide in Presentation(str(deck_file)).slides
    ]


def test_clean_text_keeps_tabs_newlines_and_every_script() -> None:
    assert clean_text("a\tb\nc\x00\x1f\ufffe Ωμέγα Щ") == "a\tb\nc Ωμέγα Щ"


# ---------------------------------------------------------------------------
# Measuring and fitting


def test_arial_and_calibri_are_measured_with_their_metric_twins() -> None:
    arial, calibri, unknown = Measurer("Arial"), Measurer("Calibri"), Measurer("Georgia")
    assert arial.width("Hello", 20) == pytest.approx(Measurer("Liberation Sans").width("Hello", 20))
    assert calibri.width("Hello", 20) < arial.width("Hello", 20)
    for bold in (False, True):
        style = "body-bold" if bold else "body"
        widest = max(
            FontSet(family, family).width("Hello", style, 20) for family in candidate_families()
        )
        assert unknown.width("Hello", 20, bold=bold) == pytest.approx(widest * UNKNOWN_FONT_MARGIN)


def test_a_word_longer_than_the_line_breaks_between_letters() -> None:
    measurer = Measurer("Arial")
    word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
    lines = measurer.wrap((Run(word),), 200, 24)
    assert len(lines) > 1
    for line in lines:
        assert measurer.width(word[line.start : line.end], 24) <= 200


def test_sizes_go_down_in_whole_points() -> None:
    assert sizes_between(26, 18) == [26, 25, 24, 23, 22, 21, 20, 19, 18]
    assert sizes_between(20, 20) == [20]


def test_a_title_wraps_onto_two_lines_before_it_shrinks() -> None:
    measurer = Measurer("Arial")
    one_line = fit_title("Short title", measurer, 800, 100, (40, 32))
    assert (one_line.size, one_line.lines) == (40, 1)
    text = "US Establishes Full Diplomatic Relations with the USSR"
    wrapped = fit_title(text, measurer, 700, 120, (40, 32))
    assert (wrapped.size, wrapped.lines) == (40, 2) and wrapped.fits
    low = fit_title(text, measurer, 700, 90, (40, 32))
    assert 32 <= low.size < 40 and low.lines == 2 and low.fits
    longer = fit_title(
        f"{text} 1933, and what the Soviet Union hoped for", measurer, 700, 90, (40, 32)
    )
    assert longer.size == 32 and longer.lines == 3 and not longer.fits


def test_a_date_set_large_breaks_only_at_its_range_dash() -> None:
    measurer = Measurer("Arial")
    date = unbreakable_date("July 10 – October 31, 1940")
    fit = fit_title(date, measurer, 235, 1000, (40, 21))
    lines = measurer.wrap((Run(date, bold=True),), 235 * WIDTH_SLACK, fit.size)
    assert [" ".join(date[line.start : line.end].split()) for line in lines] == [
        "July 10 –",
        "October 31, 1940",
    ]


def test_a_title_never_breaks_inside_a_word_of_fewer_than_twelve_letters() -> None:
    measurer = Measurer("Arial")
    fit = fit_title("Recognition", measurer, 230, 200, (44, 32))
    assert fit.lines == 1 and fit.size < 44


words = st.text(alphabet="abcdefghij", min_size=1, max_size=14)
paragraphs = st.lists(words, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(paragraphs, min_size=1, max_size=8))
def test_fitting_keeps_every_word_in_order_and_each_slide_within_its_height(
    texts: list[str],
) -> None:
    measurer = Measurer("Arial")
    blocks = [Block((Run(text),), 0, 0.5) for text in texts]
    fit = fit_body(blocks, measurer, lambda index: (300.0, 160.0), 26, 18)
    assert 18 <= fit.size <= 26
    placed = [block.plain for page in fit.slides for block in page]
    assert " ".join(placed).split() == " ".join(texts).split()
    for page in fit.slides:
        height = 0.0
        for index, block in enumerate(page):
            lines = len(measurer.wrap(block.runs, 300.0, fit.size))
            height += lines * measurer.line_height(fit.size) + (
                block.space_before * fit.size if index else 0
            )
        assert height <= 160.0 + 1e-6 or (len(page) == 1 and len(fit.slides) > 1)


def test_part_names_come_from_counters_without_gaps() -> None:
    with zipfile.ZipFile(io.BytesIO(deck_bytes(LESSONS / "world-war-two-45.yaml"))) as archive:
        names = archive.namelist()
    for folder, stem in (("slides", "slide"), ("notesSlides", "notesSlide")):
        numbers = sorted(
            int(match[1])
            for name in names
            if (match := re.match(rf"ppt/{folder}/{stem}(\d+)\.xml$", name))
        )
        assert numbers == list(range(1, len(numbers) + 1))


def test_the_presentation_relationships_are_indexed_and_reused() -> None:
    deck_file = open_default()
    appender = SlideAppender(deck_file)
    part = deck_file.part
    assert isinstance(part.rels, IndexedRelationships)
    master = deck_file.slide_master.part
    before = len(part.rels)
    assert part.relate_to(master, RT.SLIDE_MASTER) in part.rels  # found, not added
    slide = appender.add(deck_file.slide_layouts[0])
    assert len(part.rels) == before + 1
    assert part.relate_to(slide.part, RT.SLIDE) == part.relate_to(slide.part, RT.SLIDE)
    assert len(part.rels) == before + 1


def test_a_legend_too_tall_for_the_overview_continues_on_slides_of_its_own(
    tmp_path: Path,
) -> None:
    """Forty categories would crowd the overview's timeline out: the timeline keeps its
    room and the legend follows on slides of its own, every category named, none below
    the slide's foot."""
    path = write_forty_category_lesson(tmp_path, "Category {} with a long descriptive name")
    data = deck_bytes(path)
    presentation = Presentation(io.BytesIO(data))
    slides = list(presentation.slides)
    at = next(i for i, slide in enumerate(slides) if any(s.name == "Axis" for s in slide.shapes))
    names = [shape.name for shape in slides[at].shapes]
    assert not any(name.startswith("Legend") for name in names)
    assert any(name.startswith("Label: Event 0") for name in names)
    legend = [
        shape
        for slide in slides[at + 1 :]
        for shape in slide.shapes
        if shape.name.startswith("Legend: ")
    ]
    assert len({shape.name for shape in legend}) == 40
    assert all(shape.top + shape.height <= (presentation.slide_height or 0) for shape in legend)
    deck_file = tmp_path / "forty.pptx"
    deck_file.write_bytes(data)
    assert pptx_problems(deck_file) == []
