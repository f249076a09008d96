"""The finished deck made to pass PowerPoint's Accessibility Checker.

:func:`make_accessible` runs once over the whole presentation after every slide is
built, so that no slide composition has to remember the rules:

- every slide has a title in a title placeholder: a slide whose layout shows none
  gets one placed above the slide's top edge, where screen readers and the outline
  find it and no one sees it (PowerPoint's own advice for a hidden title);
- titles are unique: the slides that continue one slide come numbered from their
  composer ("Sources (2 of 3)"), and any title that still repeats gets " (2)";
- every picture, group and graphic frame has alt text (``descr``) or is marked
  decorative, and so is every shape that carries no text (a stripe, a marker, a
  rule): their meaning is in the text beside them; a group that holds text is
  described by its text;
- the shape order, which is the reading order, follows the eye: decorative shapes
  first (they are the background), then the title, then the rest top to bottom and,
  on one line, left to right;
- no text reads below WCAG AA contrast on what is really behind it (see
  :mod:`.text_contrast`);
- the lesson's language is on every run and in the presentation's default text
  style, and any table has a header row.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from pptx.presentation import Presentation
from pptx.slide import Slide

from lessonpress.renderers.deck.geometry import Box, inches
from lessonpress.renderers.deck.markup import NAMESPACES, add_extension, element, text_node, xpath
from lessonpress.renderers.deck.placeholders import TITLE_TYPES
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.text_contrast import (
    ContrastReader,
    drawn_box,
    placeholder_kind,
)

DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
"""The ``a:ext`` uri under which Office 365 marks a shape decorative."""

DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"

SHAPE_TAGS = frozenset(
    f"{{{NAMESPACES['p']}}}{name}"
    for name in ("sp", "pic", "grpSp", "graphicFrame", "cxnSp", "contentPart")
)
"""The children of a shape tree that are drawn (the rest are its own properties)."""

FIGURE_TAGS = frozenset(
    f"{{{NAMESPACES['p']}}}{name}" for name in ("pic", "grpSp", "graphicFrame", "contentPart")
)
"""Shapes the checker always asks alt text of, text or not."""

_GROUP = f"{{{NAMESPACES['p']}}}grpSp"

_WITHOUT_LANGUAGE = (
    ".//a:r[not(a:rPr/@lang != '')] | .//a:fld[not(a:rPr/@lang != '')]"
    " | .//a:endParaRPr[not(@lang)]"
)
"""The runs, fields and paragraph ends that name no language of their own."""

_RUN_PROPERTIES = f"{{{NAMESPACES['a']}}}rPr"

_END_PARAGRAPH = f"{{{NAMESPACES['a']}}}endParaRPr"

HIDDEN_TITLE_HEIGHT = inches(1)
"""The height of a hidden title's box, which ends this far above the slide's top edge."""

Locate = Callable[[etree._Element], Box | None]
"""Where a shape is drawn on its slide (None for a shape with no position)."""

LINE_TOLERANCE = inches(0.15)
"""Shapes whose tops are this close are on one line of reading, read left to right."""


def make_accessible(presentation: Presentation, language: str) -> None:
    """Apply every rule of the module docstring to the finished ``presentation``."""
    slides = list(presentation.slides)
    slide_width = int(presentation.slide_width or 0)
    contrast = ContrastReader()
    for slide in slides:
        ensure_title(slide, slide_width)
        tree = shape_tree(slide)
        mark_decorative(tree)
        # The layout's placeholders a shape inherits its box from are found once a layout.
        order_for_reading(tree, contrast.backdrop(slide.slide_layout).box)
        mark_table_headers(tree)
        contrast.repair(slide)
    make_titles_unique(slides)
    set_language(presentation, language)


def shape_tree(slide: Slide) -> etree._Element:
    """The slide's ``p:spTree``."""
    tree: etree._Element = xpath(slide.element, "./p:cSld/p:spTree")[0]
    return tree


def title_shape(slide: Slide) -> etree._Element | None:
    """The slide's title placeholder, if it has one."""
    shapes: list[etree._Element] = xpath(shape_tree(slide), "./p:sp")
    return next((shape for shape in shapes if _is_title(shape)), None)


def title_text(slide: Slide) -> str:
    """The text of the slide's title placeholder, spaces collapsed ('' if none)."""
    shape = title_shape(slide)
    return _shape_text(shape) if shape is not None else ""


def ensure_title(slide: Slide, slide_width: int) -> None:
    """Give a slide with no title (or an empty one) a hidden title above its top edge,
    worded from what the slide shows: its first text, else its first picture's alt text,
    else its layout's name."""
    shape = title_shape(slide)
    if shape is not None and _shape_text(shape):
        return
    tree = shape_tree(slide)
    if shape is not None:
        tree.remove(shape)
    text = _first_words(slide) or slide.slide_layout.name or "Slide"
    shapes = SlideShapes(slide)
    hidden = element(
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shapes.take_id()}" name="Title (hidden)"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="{-2 * HIDDEN_TITLE_HEIGHT}"/>'
        f'<a:ext cx="{slide_width}" cy="{HIDDEN_TITLE_HEIGHT}"/></a:xfrm></p:spPr>'
        # Anchored at the bottom, a title too long for the box grows upwards, away
        # from the slide.
        '<p:txBody><a:bodyPr anchor="b"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
        f"<a:p><a:r><a:rPr/><a:t>{text_node(text)}</a:t></a:r></a:p></p:txBody></p:sp>"
    )
    tree.insert(_first_shape_position(tree), hidden)


def make_titles_unique(slides: list[Slide]) -> None:
    """Number each title that repeats one before it: " (2)", " (3)"."""
    titles = [title_text(slide) for slide in slides]
    used = {title.casefold() for title in titles}
    seen: set[str] = set()
    for index, title in enumerate(titles):
        key = title.casefold()
        if key in seen and title:
            number = 2
            while f"{title} ({number})".casefold() in used:
                number += 1
            titles[index] = f"{title} ({number})"
            used.add(titles[index].casefold())
            _retitle(slides[index], titles[index])
        seen.add(key)


def mark_decorative(tree: etree._Element) -> None:
    """Mark decorative every drawn shape without alt text that needs it: a figure (picture,
    group, graphic frame) with no ``descr``, or a shape that holds no text."""
    for shape in tree:
        if shape.tag not in SHAPE_TAGS:
            continue
        properties = _non_visual(shape)
        if properties is None or properties.get("descr") or is_decorative(shape):
            continue
        if placeholder_kind(shape) is not None:
            continue  # a placeholder holds text, or shows nothing
        text = _shape_text(shape)
        if shape.tag == _GROUP and text:
            # A group of text boxes is described by its text: marked decorative, a
            # screen reader would skip the text inside it.
            properties.set("descr", text[:250])
        elif shape.tag in FIGURE_TAGS or not text:
            _set_decorative(properties)


def is_decorative(shape: etree._Element) -> bool:
    """Whether ``shape`` is marked decorative."""
    properties = _non_visual(shape)
    if properties is None:
        return False
    marks = xpath(
        properties,
        f"./a:extLst/a:ext[@uri='{DECORATIVE_EXTENSION}']/*[local-name()='decorative']/@val",
    )
    return bool(marks) and str(marks[0]) in ("1", "true")


def order_for_reading(tree: etree._Element, locate: Locate) -> None:
    """Reorder the drawn shapes of ``tree``: decorative ones first, in the order they were
    drawn, then the title, then the rest in :func:`reading_order` (``locate`` gives where
    a shape is drawn)."""
    shapes = [child for child in tree if child.tag in SHAPE_TAGS]
    if not shapes:
        return
    decorative = [shape for shape in shapes if is_decorative(shape)]
    background = set(decorative)
    titles = [shape for shape in shapes if shape not in background and _is_title(shape)]
    first = background | set(titles)
    rest = [shape for shape in shapes if shape not in first]
    ordered = [*decorative, *titles, *reading_order(rest, locate)]
    position = _first_shape_position(tree)
    for shape in shapes:
        tree.remove(shape)
    for offset, shape in enumerate(ordered):
        tree.insert(position + offset, shape)


def reading_order(shapes: list[etree._Element], locate: Locate) -> list[etree._Element]:
    """``shapes`` top to bottom, where ``locate`` puts them; shapes whose tops lie within
    :data:`LINE_TOLERANCE` of the first on a line are read left to right. A shape with no
    position keeps its place at the start."""
    placed = [(shape, locate(shape)) for shape in shapes]
    unplaced = [shape for shape, box in placed if box is None]
    boxes = sorted(
        ((shape, box) for shape, box in placed if box is not None), key=lambda item: item[1].y
    )
    lines: list[list[tuple[etree._Element, Box]]] = []
    for shape, box in boxes:
        if lines and box.y - lines[-1][0][1].y <= LINE_TOLERANCE:
            lines[-1].append((shape, box))
        else:
            lines.append([(shape, box)])
    ordered = [shape for line in lines for shape, _ in sorted(line, key=lambda item: item[1].x)]
    return [*unplaced, *ordered]


def mark_table_headers(tree: etree._Element) -> None:
    """Make the first row of every table a header row."""
    for properties in xpath(tree, ".//a:tbl/a:tblPr"):
        properties.set("firstRow", "1")


def set_language(presentation: Presentation, language: str) -> None:
    """Tag text with ``language``: each level of the presentation's default text style,
    and every run on slides and notes that names no language of its own."""
    default_style = xpath(presentation.element, "./p:defaultTextStyle")
    if default_style:
        for level in xpath(default_style[0], "./a:defPPr | ./*[starts-with(local-name(), 'lvl')]"):
            properties = xpath(level, "./a:defRPr")
            if not properties:
                properties = [etree.Element(f"{{{NAMESPACES['a']}}}defRPr")]
                extensions = xpath(level, "./a:extLst")
                if extensions:
                    extensions[0].addprevious(properties[0])
                else:
                    level.append(properties[0])
            properties[0].set("lang", language)
    for slide in presentation.slides:
        owners = [slide.element]
        if slide.has_notes_slide:
            owners.append(slide.notes_slide.element)
        for owner in owners:
            # One path finds what needs a language: most runs name it already.
            for found in xpath(owner, _WITHOUT_LANGUAGE):
                if found.tag == _END_PARAGRAPH:
                    found.set("lang", language)
                    continue
                run_properties = found.find(_RUN_PROPERTIES)
                if run_properties is None:
                    run_properties = etree.Element(_RUN_PROPERTIES)
                    found.insert(0, run_properties)
                run_properties.set("lang", language)


def _is_title(shape: etree._Element) -> bool:
    kind = placeholder_kind(shape)
    return shape.tag == f"{{{NAMESPACES['p']}}}sp" and kind is not None and kind[0] in TITLE_TYPES


def _non_visual(shape: etree._Element) -> etree._Element | None:
    found = xpath(shape, "./*[1]/p:cNvPr")
    return found[0] if found else None


def _set_decorative(properties: etree._Element) -> None:
    add_extension(properties, DECORATIVE_EXTENSION, DECORATIVE_NS, "adec", "decorative", "1")


def _shape_text(shape: etree._Element) -> str:
    return " ".join("".join(str(text) for text in xpath(shape, ".//a:t/text()")).split())


def _first_words(slide: Slide) -> str:
    tree = shape_tree(slide)
    shapes = [child for child in tree if child.tag in SHAPE_TAGS]
    layout = slide.slide_layout
    for shape in reading_order(shapes, lambda shape: drawn_box(shape, layout)):
        text = _shape_text(shape)
        if text:
            return text[:120]
    for description in xpath(tree, ".//p:pic/p:nvPicPr/p:cNvPr/@descr"):
        if str(description).strip():
            return " ".join(str(description).split())[:120]
    return ""


def _first_shape_position(tree: etree._Element) -> int:
    for position, child in enumerate(tree):
        if child.tag in SHAPE_TAGS:
            return position
    return len(tree)


def _retitle(slide: Slide, text: str) -> None:
    """Put ``text`` in the slide's title, in its last run; the other runs are emptied."""
    shape = title_shape(slide)
    if shape is None:
        return
    texts = xpath(shape, ".//a:t")
    if not texts:
        return
    for node in texts[:-1]:
        node.text = ""
    texts[-1].text = text
