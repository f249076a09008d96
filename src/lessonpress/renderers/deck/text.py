"""Rich text into DrawingML text bodies: paragraphs, bullets, bold, italic and links.

Every text frame lessonpress fills has been measured, so it is told not to autofit:
PowerPoint then neither shrinks the type nor resizes the shape when the file opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lxml import etree
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.shapes.autoshape import Shape
from pptx.util import Emu

from lessonpress.model.text import RichText, Run
from lessonpress.present.links import is_clickable
from lessonpress.renderers.deck.colors import DeckColors, Role
from lessonpress.renderers.deck.geometry import points
from lessonpress.renderers.deck.markup import element, text_node, xpath

BULLET_INDENT = 0.9
"""How far a bullet item's text is indented, in ems of its type size."""

BULLETS = ("•", "–", "•")

LinkTarget = Callable[[str], str]
"""Gives the relationship id of an external hyperlink to a URL."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph to set: its runs, bullet depth (0 for none) and space above, in ems."""

    runs: tuple[Run, ...]
    level: int = 0
    space_before: float = 0.0
    color: Role | None = None
    align: str | None = None
    size: float | None = None
    """The block's own type size, when it differs from the text body's."""
    line_height: float | None = None
    """A fixed distance between baselines, in points, instead of single spacing."""
    lead_color: Role | None = None
    """The colour of the first run only, such as a label that opens the paragraph."""
    hanging: float = 0.0
    """How far the lines after the first are indented, in ems, so that a wrapped entry
    (a source) stands out by its first line; for a paragraph with no bullet."""
    continued: bool = False
    """Whether the block goes on from a piece cut off at the foot of the slide (or column)
    before: its lines line up with the text above the cut, with no bullet of their own and
    no first line standing out."""

    @property
    def indent_ems(self) -> float:
        """How far, in ems, the text of the block's lines (all but the first, for a
        hanging indent) is indented: the measure to wrap it to is that much narrower."""
        return self.level * BULLET_INDENT + self.hanging

    @property
    def plain(self) -> str:
        """The block's text without styling."""
        return "".join(run.text for run in self.runs)


def blocks_from_rich_text(
    text: RichText, space_before: float = 0.5, first_space: float = 0.0
) -> list[Block]:
    """The paragraphs of ``text`` as blocks, ``space_before`` ems apart."""
    blocks: list[Block] = []
    for index, paragraph in enumerate(text.paragraphs):
        gap = first_space if index == 0 else space_before * (0.5 if paragraph.is_bullet else 1)
        blocks.append(Block(paragraph.runs, paragraph.bullet_level, gap))
    return blocks


def unbreakable_date(label: str) -> str:
    """A date label whose days, months and years stay on one line: its spaces made
    no-break spaces, except the one after a range's dash (which stays with the range's
    start) and before a bracket (the Old Style day), where a line may break."""
    return "\u00a0– ".join(
        " (".join(piece.replace(" ", "\u00a0") for piece in part.split(" ("))
        for part in label.split(" – ")
    )


_NUMBER_RANGE = re.compile(r"(?<=\d)([–-])(?=\d)")


def joined_ranges(text: str) -> str:
    """``text`` with a word joiner after each dash between two numbers ("1712–1848"),
    where PowerPoint and LibreOffice would otherwise break a line."""
    return _NUMBER_RANGE.sub("\\1\u2060", text)


def plain_block(text: str, level: int = 0, space_before: float = 0.0) -> Block:
    """A block of one unstyled run."""
    return Block((Run(text),), level, space_before)


def labelled_block(label: str, text: RichText | str, space_before: float = 0.0) -> Block:
    """One paragraph: a bold ``label``, then ``text`` (its paragraphs joined by spaces)."""
    runs: list[Run] = [Run(label, bold=True), Run(" ")]
    if isinstance(text, str):
        runs.append(Run(text))
    else:
        for index, paragraph in enumerate(text.paragraphs):
            if index:
                runs.append(Run(" "))
            runs.extend(paragraph.runs)
    return Block(tuple(runs), 0, space_before, lead_color="accent")


def split_block(block: Block, offsets: Sequence[int]) -> list[Block]:
    """``block`` cut at each of the increasing character ``offsets``, in one pass.

    The first piece keeps the block's space above, lead colour and bullet; each piece
    after it starts with no space above and goes on from the one before (``continued``),
    and no piece starts or ends with a space at a cut.
    """
    bounds = [0, *offsets, sum(len(run.text) for run in block.runs)]
    pieces: list[list[Run]] = [[] for _ in range(len(offsets) + 1)]
    piece = 0
    position = 0
    for run in block.runs:
        end = position + len(run.text)
        while True:
            cut_start = max(bounds[piece], position) - position
            cut_end = min(bounds[piece + 1], end) - position
            if cut_end > cut_start:
                pieces[piece].append(replace(run, text=run.text[cut_start:cut_end]))
            if bounds[piece + 1] >= end or piece + 1 == len(pieces):
                break
            piece += 1
        position = end
    last = len(pieces) - 1
    blocks = []
    for index, runs in enumerate(pieces):
        stripped = _strip_runs(runs, end=True) if index < last else tuple(runs)
        if index == 0:
            blocks.append(replace(block, runs=stripped))
        else:
            stripped = _strip_runs(list(stripped), end=False)
            blocks.append(
                replace(block, runs=stripped, space_before=0.0, lead_color=None, continued=True)
            )
    return blocks


def _strip_runs(runs: list[Run], end: bool) -> tuple[Run, ...]:
    kept = list(runs)
    index = -1 if end else 0
    while kept:
        stripped = kept[index].text.rstrip() if end else kept[index].text.lstrip()
        if stripped:
            kept[index] = replace(kept[index], text=stripped)
            break
        kept.pop(index)
    return tuple(kept)


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a text body is set: size (None to inherit), language, colours and links."""

    language: str
    colors: DeckColors
    link_target: LinkTarget | None = None
    size: float | None = None
    color: Role | None = None
    bold: bool | None = None


@dataclass(frozen=True, slots=True)
class TextBoxBody:
    """The text of a text box: measured blocks, its insets (EMU), anchor and wrapping."""

    blocks: tuple[Block, ...]
    style: TextStyle
    insets: tuple[int, int, int, int] = (0, 0, 0, 0)
    anchor: str = "t"
    wrap: bool = True
    """False keeps each block on one line, as it was measured."""


def text_box_body(
    blocks: Sequence[Block],
    style: TextStyle,
    insets: tuple[int, int, int, int] = (0, 0, 0, 0),
    anchor: str = "t",
    wrap: bool = True,
) -> TextBoxBody:
    """The text of a text box, measured and so not autofitted; with ``wrap`` false each
    block stays one line, as it was measured."""
    return TextBoxBody(tuple(blocks), style, insets, anchor, wrap)


def fill_text_box(shape: Shape, body: TextBoxBody) -> None:
    """Set ``body`` in the text box ``shape``: insets, anchor, wrapping, no autofit, text."""
    frame = shape.text_frame
    frame.margin_left, frame.margin_top, frame.margin_right, frame.margin_bottom = (
        Emu(inset) for inset in body.insets
    )
    frame.word_wrap = body.wrap
    frame.vertical_anchor = MSO_ANCHOR.from_xml(body.anchor)
    frame.auto_size = MSO_AUTO_SIZE.NONE
    fill_text_body(xpath(shape.element, "./p:txBody")[0], body.blocks, body.style)


def fill_text_body(text_body: etree._Element, blocks: Sequence[Block], style: TextStyle) -> None:
    """Replace the paragraphs of ``text_body`` (a ``p:txBody``) with ``blocks``.

    Paragraphs are written as markup. python-pptx's paragraph, font and hyperlink API
    writes the same spacing, sizes, colours and links, one child element at a time and
    each placed by a search of its siblings: on the 1,000-event deck of
    ``benchmarks/deck_benchmark.py`` that took about 5 s more CPU time, more than the
    rest of the deck together. It has no words for bullets or ``lang`` either."""
    for paragraph in xpath(text_body, "./a:p"):
        text_body.remove(paragraph)
    # One parse for all the paragraphs, in a wrapper they then leave.
    paragraphs = "".join(_paragraph_xml(block, style) for block in blocks or [Block(())])
    text_body.extend(list(element(f"<a:txBody>{paragraphs}</a:txBody>")))


def no_autofit(text_body: etree._Element, anchor: str | None = None, wrap: bool = True) -> None:
    """Tell PowerPoint the text of a placeholder's ``text_body`` was measured: no
    shrinking, no resizing. (A text box is told through python-pptx, in
    :func:`fill_text_box`; a placeholder is handled as its element, and finding its
    python-pptx shape among the slide's would cost about 1 s on the 1,000-event deck.)"""
    body = xpath(text_body, "./a:bodyPr")[0]
    for child in xpath(body, "./a:normAutofit | ./a:spAutoFit | ./a:noAutofit"):
        body.remove(child)
    body.set("wrap", "square" if wrap else "none")
    if anchor:
        body.set("anchor", anchor)
    position = 1 if xpath(body, "./a:prstTxWarp") else 0
    body.insert(position, element("<a:noAutofit/>"))


def _paragraph_xml(block: Block, style: TextStyle) -> str:
    size = block.size or style.size
    properties = []
    if block.align:
        properties.append(f' algn="{block.align}"')
    # Spacing is always written: a template's own (20% before, 120% lines) would
    # otherwise change the height that was measured.
    before = round(block.space_before * size * 100) if size else 0
    line_spacing = (
        f'<a:spcPts val="{round(block.line_height * 100)}"/>'
        if block.line_height
        else '<a:spcPct val="100000"/>'
    )
    spacing = (
        f"<a:lnSpc>{line_spacing}</a:lnSpc>"
        f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
    )
    if block.level > 0:
        indent = points(BULLET_INDENT * (size or 18))
        first_line = 0 if block.continued else -indent
        properties.append(f' marL="{indent * block.level}" indent="{first_line}"')
        bullet = BULLETS[min(block.level, len(BULLETS)) - 1]
        marker = (
            "<a:buNone/>"
            if block.continued
            else f'<a:buFont typeface="Arial"/><a:buChar char="{bullet}"/>'
        )
    else:
        # A hanging indent: the margin is the wrapped lines', the first line's back out.
        hanging = points(block.hanging * (size or 18))
        first_line = 0 if block.continued else -hanging
        properties.append(f' marL="{hanging}" indent="{first_line}"')
        marker = "<a:buNone/>"
    runs = "".join(
        _run_xml(run, block, style, block.lead_color if index == 0 else None)
        for index, run in enumerate(block.runs)
        if run.text
    )
    end = _run_properties(style, block, Run(""), tag="a:endParaRPr")
    return f"<a:p><a:pPr{''.join(properties)}>{spacing}{marker}</a:pPr>{runs}{end}</a:p>"


def _run_xml(run: Run, block: Block, style: TextStyle, color: Role | None) -> str:
    properties = _run_properties(style, block, run, color=color)
    return f"<a:r>{properties}<a:t>{text_node(run.text)}</a:t></a:r>"


def _run_properties(
    style: TextStyle, block: Block, run: Run, tag: str = "a:rPr", color: Role | None = None
) -> str:
    attributes = f' lang="{style.language}"'
    size = block.size or style.size
    if size:
        attributes += f' sz="{round(size * 100)}"'
    bold = run.bold or bool(style.bold)
    if bold:
        attributes += ' b="1"'
    if run.italic:
        attributes += ' i="1"'
    color_role = color or block.color or style.color
    fill = style.colors.fill(color_role) if color_role else ""
    link = ""
    if run.link and style.link_target and is_clickable(run.link):
        link = f'<a:hlinkClick r:id="{style.link_target(run.link)}"/>'
    attributes += ' dirty="0"'
    if fill or link:
        return f"<{tag}{attributes}>{fill}{link}</{tag}>"
    return f"<{tag}{attributes}/>"
