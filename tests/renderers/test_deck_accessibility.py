"""The deck read back against PowerPoint's Accessibility Checker rules: unique titles in
title placeholders, alt text or a decorative mark, reading order, contrast, language
and table headers. Every repository lesson's deck is built once (classic theme), and
the example once more on the school template."""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation as open_pptx
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from pptx.util import Inches

from conftest import CONTENT, DATA, EXAMPLE, LESSONS
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.colors import TEXT_CONTRAST
from lessonpress.present.metadata import document_metadata
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.accessibility import (
    DECORATIVE_EXTENSION,
    LINE_TOLERANCE,
    make_accessible,
    title_text,
)
from lessonpress.renderers.deck.package import open_presentation
from lessonpress.renderers.deck.text_contrast import LINK_COLOR_EXTENSION, run_contrasts

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
SCHOOL = DATA / "templates" / "school-theme.yaml"
REPOSITORY_LESSONS = sorted([*CONTENT.glob("*.yaml"), *LESSONS.glob("*.yaml")])
DECKS = [(path, "classic") for path in REPOSITORY_LESSONS] + [(EXAMPLE, str(SCHOOL))]
DECK_IDS = [f"{path.stem}-{Path(theme).stem}" for path, theme in DECKS]
DRAWN = ("sp", "pic", "grpSp", "graphicFrame", "cxnSp")


@cache
def deck_bytes(path: Path, theme: str) -> bytes:
    """The deck of ``path`` in ``theme``, built once for this module."""
    lesson = load_lesson(path).lesson
    return DeckRenderer().render(lesson, load_theme(theme, Path.cwd()), RenderOptions())


@cache
def deck(path: Path, theme: str) -> Presentation:
    """The deck, opened once (tests only read it)."""
    return open_presentation(deck_bytes(path, theme))


def language_of(path: Path) -> str:
    """The language tag the lesson's outputs carry."""
    return document_metadata(load_lesson(path).lesson, "deck").language


def xp(node: etree._Element, path: str) -> list:  # type: ignore[type-arg]
    """What ``path`` finds from ``node`` (lxml's own xpath, for python-pptx's elements too)."""
    return etree._Element.xpath(node, path, namespaces=NS)  # type: ignore[return-value]


def drawn(tree: etree._Element) -> list[etree._Element]:
    """The drawn children of a shape tree, in order."""
    return [child for child in tree if etree.QName(child).localname in DRAWN]


def is_decorative(shape: etree._Element) -> bool:
    """Whether the shape carries Office's decorative mark."""
    marks = xp(
        shape,
        f"./*[1]/p:cNvPr/a:extLst/a:ext[@uri='{DECORATIVE_EXTENSION}']"
        "/*[local-name()='decorative']/@val",
    )
    return marks == ["1"]


def is_title(shape: etree._Element) -> bool:
    """Whether the shape is a title placeholder."""
    return bool(xp(shape, "./p:nvSpPr/p:nvPr/p:ph[@type='title' or @type='ctrTitle']"))


def title_shapes(slide: Slide) -> list[BaseShape]:
    """The slide's title placeholders, through python-pptx."""
    return [
        shape
        for shape in slide.placeholders
        if shape.placeholder_format.type is not None
        and shape.placeholder_format.type.name in ("TITLE", "CENTER_TITLE")
    ]


@pytest.mark.parametrize(("lesson", "theme"), DECKS, ids=DECK_IDS)
def test_every_slide_has_one_unique_title_in_a_title_placeholder(lesson: Path, theme: str) -> None:
    presentation = deck(lesson, theme)
    titles = []
    for slide in presentation.slides:
        [title] = title_shapes(slide)
        assert title.text_frame.text.strip(), f"slide {len(titles) + 1} has an empty title"
        titles.append(" ".join(title.text_frame.text.split()).casefold())
        # A title moved off the slide (a hidden one) lies wholly above it, never on it.
        if title.top < 0:
            assert title.top + title.height <= 0
    repeated = {title for title in titles if titles.count(title) > 1}
    assert repeated == set()


@pytest.mark.parametrize(("lesson", "theme"), DECKS, ids=DECK_IDS)
def test_every_picture_group_and_bare_shape_has_alt_text_or_is_decorative(
    lesson: Path, theme: str
) -> None:
    for number, slide in enumerate(deck(lesson, theme).slides, 1):
        tree = slide.element.find("p:cSld/p:spTree", NS)
        for shape in drawn(tree):
            kind = etree.QName(shape).localname
            placeholder = shape.find("./p:nvSpPr/p:nvPr/p:ph", NS) is not None
            has_text = "".join(xp(shape, ".//a:t/text()")).strip()
            needs_alt = kind in ("pic", "grpSp", "graphicFrame") or not (has_text or placeholder)
            if needs_alt:
                description = shape.find("./*[1]/p:cNvPr", NS).get("descr", "").strip()
                name = shape.find("./*[1]/p:cNvPr", NS).get("name")
                assert description or is_decorative(shape), f"slide {number}: {name}"
            if kind == "pic":
                # Pictures carry what they show: none of the lessons' is decorative.
                assert not is_decorative(shape)


@pytest.mark.parametrize(("lesson", "theme"), DECKS, ids=DECK_IDS)
def test_reading_order_is_background_then_title_then_top_to_bottom(
    lesson: Path, theme: str
) -> None:
    for number, slide in enumerate(deck(lesson, theme).slides, 1):
        shapes = list(slide.shapes)
        kinds = [
            "decorative"
            if is_decorative(s.element)
            else "title"
            if is_title(s.element)
            else "content"
            for s in shapes
        ]
        rank = {"decorative": 0, "title": 1, "content": 2}
        assert [rank[kind] for kind in kinds] == sorted(rank[kind] for kind in kinds), number
        content = [shape for shape, kind in zip(shapes, kinds, strict=True) if kind == "content"]
        for earlier, later in pairwise(content):
            on_one_line = abs(later.top - earlier.top) <= LINE_TOLERANCE
            if on_one_line:
                assert earlier.left <= later.left, f"slide {number}: {later.name} reads first"
            else:
                assert earlier.top < later.top, f"slide {number}: {later.name} is higher"


@pytest.mark.parametrize(("lesson", "theme"), DECKS, ids=DECK_IDS)
def test_all_text_reads_at_wcag_aa_on_what_is_behind_it(lesson: Path, theme: str) -> None:
    low = [
        (number, found.text[:30], found.color, found.grounds)
        for number, slide in enumerate(deck(lesson, theme).slides, 1)
        for found in run_contrasts(slide)
        if found.ratio < TEXT_CONTRAST
    ]
    assert low == []


@pytest.mark.parametrize(("lesson", "theme"), DECKS, ids=DECK_IDS)
def test_the_lessons_language_is_on_every_run_and_the_default_style(
    lesson: Path, theme: str
) -> None:
    presentation = deck(lesson, theme)
    language = language_of(lesson)
    defaults = xp(presentation.element, "./p:defaultTextStyle/*/a:defRPr/@lang")
    assert defaults and set(defaults) == {language}
    for slide in presentation.slides:
        owners = [slide, slide.notes_slide] if slide.has_notes_slide else [slide]
        for owner in owners:
            runs = xp(owner.element, ".//a:r/a:rPr | .//a:endParaRPr")
            assert {run.get("lang") for run in runs} <= {language}
        assert xp(slide.element, ".//a:r/a:rPr/@lang")


def test_the_decks_have_no_tables() -> None:
    """The header-row rule has nothing to check in today's decks; a table would need it
    (and :func:`test_a_table_gets_a_header_row` shows the post-pass gives it one)."""
    for lesson, theme in DECKS:
        for slide in deck(lesson, theme).slides:
            assert not xp(slide.element, ".//a:tbl")


def test_a_run_of_continued_slides_is_numbered() -> None:
    """long-texts' first event runs over eight slides: "(continued)" on each would be the
    same title seven times."""
    titles = [title_text(slide) for slide in deck(LESSONS / "long-texts.yaml", "classic").slides]
    numbered = [
        title for title in titles if title.startswith("Richard Arkwright opens Cromford Mill")
    ]
    assert numbered[0] == "Richard Arkwright opens Cromford Mill"
    assert numbered[1:] == [
        f"Richard Arkwright opens Cromford Mill ({n} of {len(numbered)})"
        for n in range(2, len(numbered) + 1)
    ]


def reopened_example() -> Presentation:
    """A fresh copy of the example deck, for tests that change it."""
    return open_presentation(deck_bytes(EXAMPLE, "classic"))


def test_a_slide_without_a_title_gets_a_hidden_one_above_the_slide() -> None:
    presentation = reopened_example()
    slide = presentation.slides[1]  # Learning objectives
    [title] = title_shapes(slide)
    title.element.getparent().remove(title.element)
    make_accessible(presentation, "en")
    [hidden] = title_shapes(slide)
    assert hidden.text_frame.text.startswith("Explain why the United States")
    assert hidden.top + hidden.height <= 0
    assert slide.shapes[0].element is hidden.element


def test_repeated_titles_get_a_number() -> None:
    presentation = reopened_example()
    first, second = presentation.slides[1], presentation.slides[2]
    title_shapes(second)[0].text_frame.text = title_text(first)
    make_accessible(presentation, "en")
    assert title_text(second) == f"{title_text(first)} (2)"


def test_unreadable_text_is_found_and_repaired() -> None:
    """Gray text on a gray box is below AA: the checker sees it, the post-pass fixes it."""
    presentation = open_pptx()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "A gray box"
    box = slide.shapes.add_shape(1, Inches(1), Inches(2), Inches(4), Inches(1))
    box.fill.solid()
    box.fill.fore_color.rgb = RGBColor(0x80, 0x80, 0x80)
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "hard to read"
    run.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
    [found] = [f for f in run_contrasts(slide) if f.text == "hard to read"]
    assert found.grounds == ("#808080",) and found.ratio < 1.5
    make_accessible(presentation, "en")
    [repaired] = [f for f in run_contrasts(slide) if f.text == "hard to read"]
    assert repaired.ratio >= TEXT_CONTRAST
    # The bare shape has text, so it is not marked decorative; the title reads first.
    assert not is_decorative(box.element)
    assert is_title(slide.shapes[0].element)


def test_text_on_a_filled_shape_beneath_is_measured_against_that_fill() -> None:
    presentation = open_pptx()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    band = slide.shapes.add_shape(1, Inches(0), Inches(1), Inches(10), Inches(3))
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor(0x00, 0x00, 0x00)
    label = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(3), Inches(1))
    label.text_frame.text = "black on black"
    [found] = run_contrasts(slide)
    assert found.grounds == ("#000000",) and found.color == "#000000"


def test_a_table_gets_a_header_row() -> None:
    presentation = open_pptx()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "A table"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    table.first_row = False
    make_accessible(presentation, "en")
    assert table.first_row


def test_links_on_a_dark_template_are_drawn_in_a_readable_colour(tmp_path: Path) -> None:
    """The only-blank template's hyperlink colour is blue on navy (2:1): the example's
    source links take a readable colour of their own, and are marked so that PowerPoint
    draws them in it rather than in the theme's."""
    template = DATA / "templates" / "only-blank.pptx"
    (tmp_path / "theme.yaml").write_text(f"extends: classic\ndeck: {{template: {template}}}\n")
    presentation = open_presentation(deck_bytes(EXAMPLE, str(tmp_path / "theme.yaml")))
    links = [
        found for slide in presentation.slides for found in run_contrasts(slide) if found.is_link
    ]
    assert len(links) >= 3
    assert min(found.ratio for found in links) >= TEXT_CONTRAST
    for found in links:
        [mark] = xp(
            found.run, f"./a:rPr/a:hlinkClick/a:extLst/a:ext[@uri='{LINK_COLOR_EXTENSION}']/*"
        )
        assert mark.get("val") == "tx"
