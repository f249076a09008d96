"""Text frames: paragraphs and runs with their inherited styles, wrapped and drawn.

Every run is measured with the font the deck names, through the metric-compatible
family that ships with lessonpress (Carlito for Calibri, Liberation Sans for
Arial), so lines break where PowerPoint breaks them. A typeface with no shipped
equivalent is drawn in Liberation Sans (Source Serif Pro for a serif such as
Georgia) stretched to the width the deck's own text fitting assumes
(:func:`~lessonpress.renderers.deck.measure.measuring_family`), so the preview
never shows text fitting that the deck did not plan for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from lxml import etree
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet, builtin_families
from lessonpress.preview_slides.colors import BLACK, A, ColorScheme, Rgba
from lessonpress.preview_slides.fills import EMU_PER_POINT, Box
from lessonpress.preview_slides.styles import level_properties
from lessonpress.renderers.deck.measure import measuring_family, style_name

DEFAULT_SIZE = 18.0
"""Points; the size of text no style sizes (PowerPoint's default)."""
DEFAULT_INSETS = (91440, 45720, 91440, 45720)
"""EMU: left, top, right and bottom insets of a text frame that names none."""

_TOKENS = re.compile(r"\s+|\S+")
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass(frozen=True, slots=True)
class Typeface:
    """A deck typeface as it is drawn: the shipped fonts and how much to stretch them."""

    fonts: FontSet
    stretch: float
    ascent: float
    descent: float
    """Of the drawn font, in ems."""

    def width(self, text: str, bold: bool, italic: bool, size: float) -> float:
        """The advance width of ``text`` in points."""
        return self.fonts.width(text, style_name(bold, italic), size) * self.stretch


SERIF_TYPEFACES = frozenset(
    {"georgia", "cambria", "times new roman", "times", "garamond", "book antiqua"}
    | {"palatino linotype", "constantia", "baskerville old face", "century schoolbook"}
)
"""Serif typefaces with no shipped equivalent: drawn in Source Serif Pro, at the
width the deck measures them with, so a serif heading still looks like one."""
_WIDTH_SAMPLE = "The quick brown fox jumps over the lazy dog 0123456789"


@cache
def typeface(name: str) -> Typeface:
    """The drawing fonts for a typeface name such as ``Calibri``."""
    family, stretch = measuring_family(name)
    fonts = FontSet(family, family)
    if stretch != 1.0 and name.lower() in SERIF_TYPEFACES:
        serif = builtin_families()["source serif pro"]
        measured = fonts.width(_WIDTH_SAMPLE, "body", 1.0) * stretch
        fonts = FontSet(serif, serif)
        stretch = measured / fonts.width(_WIDTH_SAMPLE, "body", 1.0)
    face = fonts.face("body").font.face
    ascent, descent = face.ascent / 1000, abs(face.descent) / 1000
    return Typeface(fonts, stretch, ascent, descent)


@dataclass(frozen=True, slots=True)
class TextRun:
    """A stretch of one style; ``text`` is ``"\\n"`` for a line break."""

    text: str
    face: Typeface
    size: float
    bold: bool
    italic: bool
    color: Rgba
    underline: bool = False
    strike: bool = False

    @property
    def style(self) -> str:
        return style_name(self.bold, self.italic)


@dataclass(frozen=True, slots=True)
class TextParagraph:
    """A paragraph's runs and its settled layout: points, and ``("pct", 1.0)`` or
    ``("pts", 24.0)`` for its line spacing."""

    runs: list[TextRun]
    end_size: float
    end_face: Typeface
    align: str = "l"
    margin_left: float = 0.0
    indent: float = 0.0
    line_spacing: tuple[str, float] = ("pct", 1.0)
    space_before: float = 0.0
    space_after: float = 0.0
    bullet: TextRun | None = None


@dataclass(slots=True)
class _Line:
    pieces: list[tuple[TextRun, str, float]] = field(default_factory=list)
    """Each run's part on the line, and its width."""
    left: float = 0.0
    """From the text area's left edge, before alignment."""

    def width(self) -> float:
        pieces = list(self.pieces)
        while pieces and pieces[-1][1].isspace():
            pieces.pop()
        return sum(width for _, _, width in pieces)


@dataclass(frozen=True, slots=True)
class FrameStyle:
    """What a text frame's ``a:bodyPr`` settles, after inheritance."""

    insets: tuple[float, float, float, float]
    anchor: str
    wrap: bool
    font_scale: float
    spacing_reduction: float


class TextStyler:
    """Reads a text body into paragraphs with every inherited property resolved."""

    def __init__(
        self,
        scheme: ColorScheme,
        major_font: str,
        minor_font: str,
        style_color: Rgba | None,
    ) -> None:
        self._scheme = scheme
        self._fonts = {"+mj-lt": major_font, "+mn-lt": minor_font}
        self._style_color = style_color

    def frame(self, bodies: Sequence[etree._Element]) -> FrameStyle:
        """The frame settings of the ``a:bodyPr`` elements, weakest first."""
        attributes: dict[str, str] = {}
        autofit: etree._Element | None = None
        for body in bodies:
            attributes.update((str(k), str(v)) for k, v in body.attrib.items())
            for child in body:
                if etree.QName(child).localname in ("normAutofit", "spAutoFit", "noAutofit"):
                    autofit = child
        insets = tuple(
            _int(attributes.get(name), default) / EMU_PER_POINT
            for name, default in zip(("lIns", "tIns", "rIns", "bIns"), DEFAULT_INSETS, strict=True)
        )
        scale, reduction = 1.0, 0.0
        if autofit is not None and etree.QName(autofit).localname == "normAutofit":
            scale = _int(autofit.get("fontScale"), 100000) / 100000
            reduction = _int(autofit.get("lnSpcReduction"), 0) / 100000
        return FrameStyle(
            (insets[0], insets[1], insets[2], insets[3]),
            attributes.get("anchor", "t"),
            attributes.get("wrap", "square") != "none",
            scale,
            reduction,
        )

    def paragraphs(
        self, body: etree._Element, styles: Sequence[etree._Element], frame: FrameStyle
    ) -> list[TextParagraph]:
        """The paragraphs of ``body`` (an ``a:txBody``), styled by ``styles`` weakest first."""
        paragraphs: list[TextParagraph] = []
        numbers: dict[int, int] = {}
        for element in body.iterfind(f"{{{A}}}p"):
            own = element.find(f"{{{A}}}pPr")
            level = _int(own.get("lvl") if own is not None else None, 0)
            chain = level_properties(styles, min(max(level, 0), 8))
            if own is not None:
                chain.append(own)
            strongest = list(reversed(chain))
            defaults = [p.find(f"{{{A}}}defRPr") for p in chain]
            run_defaults = [d for d in defaults if d is not None]
            runs = []
            for child in element:
                name = etree.QName(child).localname
                if name in ("r", "fld"):
                    text = child.findtext(f"{{{A}}}t") or ""
                    runs.append(self._run(text, run_defaults, child.find(f"{{{A}}}rPr"), frame))
                elif name == "br":
                    runs.append(self._run("\n", run_defaults, child.find(f"{{{A}}}rPr"), frame))
            end = self._run("", run_defaults, element.find(f"{{{A}}}endParaRPr"), frame)
            size = runs[0].size if runs else end.size
            paragraphs.append(
                TextParagraph(
                    runs,
                    end.size,
                    end.face,
                    align=_attribute(strongest, "algn") or "l",
                    margin_left=_int(_attribute(strongest, "marL"), 0) / EMU_PER_POINT,
                    indent=_int(_attribute(strongest, "indent"), 0) / EMU_PER_POINT,
                    line_spacing=_line_spacing(strongest, frame.spacing_reduction),
                    space_before=_spacing(strongest, "spcBef", size),
                    space_after=_spacing(strongest, "spcAft", size),
                    bullet=self._bullet(strongest, runs, level, numbers),
                )
            )
        return paragraphs

    def _run(
        self,
        text: str,
        defaults: Sequence[etree._Element],
        own: etree._Element | None,
        frame: FrameStyle,
    ) -> TextRun:
        strongest = ([own] if own is not None else []) + list(reversed(defaults))
        size = _int(_attribute(strongest, "sz"), round(DEFAULT_SIZE * 100)) / 100 * frame.font_scale
        bold = _attribute(strongest, "b") in ("1", "true")
        italic = _attribute(strongest, "i") in ("1", "true")
        underline = (_attribute(strongest, "u") or "none") != "none"
        strike = (_attribute(strongest, "strike") or "noStrike") != "noStrike"
        if (_attribute(strongest, "cap") or "none") == "all":
            text = text.upper()
        color = None
        if own is not None and own.find(f"{{{A}}}hlinkClick") is not None:
            underline = True
            if own.find(f"{{{A}}}solidFill") is None:
                color = self._scheme.slot("hlink")
        for properties in strongest if color is None else ():
            fill = properties.find(f"{{{A}}}solidFill")
            if fill is not None:
                color = self._scheme.color_in(fill)
                break
            if properties.find(f"{{{A}}}noFill") is not None:
                color = Rgba(0.0, 0.0, 0.0, 0.0)
                break
        if color is None:
            color = self._style_color or self._scheme.slot("tx1")
        face = typeface(self._typeface(strongest))
        return TextRun(text, face, size, bold, italic, color, underline, strike)

    def _typeface(self, strongest: Sequence[etree._Element]) -> str:
        for properties in strongest:
            latin = properties.find(f"{{{A}}}latin")
            if latin is not None and latin.get("typeface"):
                name = latin.get("typeface") or ""
                return self._fonts.get(name, name)
        return self._fonts["+mn-lt"]

    def _bullet(
        self,
        strongest: Sequence[etree._Element],
        runs: Sequence[TextRun],
        level: int,
        numbers: dict[int, int],
    ) -> TextRun | None:
        kind = None
        for properties in strongest:
            kind = next(
                (
                    child
                    for child in properties
                    if etree.QName(child).localname in ("buNone", "buChar", "buAutoNum")
                ),
                None,
            )
            if kind is not None:
                break
        visible = [run for run in runs if run.text.strip()]
        if kind is None or etree.QName(kind).localname == "buNone" or not visible:
            numbers.pop(level, None)
            return None
        first = visible[0]
        if etree.QName(kind).localname == "buChar":
            numbers.pop(level, None)
            text = kind.get("char") or "•"
        else:
            number = numbers.get(level, _int(kind.get("startAt"), 1) - 1) + 1
            numbers[level] = number
            text = _numbered(kind.get("type") or "arabicPeriod", number)
        size = first.size
        scale = _first(strongest, "buSzPct")
        if scale is not None:
            size *= _int(scale.get("val"), 100000) / 100000
        points = _first(strongest, "buSzPts")
        if points is not None:
            size = _int(points.get("val"), round(size * 100)) / 100
        color = first.color
        bullet_color = _first(strongest, "buClr")
        if bullet_color is not None:
            color = self._scheme.color_in(bullet_color) or color
        bullet_font = _first(strongest, "buFont")
        face = first.face
        if bullet_font is not None and bullet_font.get("typeface"):
            name = bullet_font.get("typeface") or ""
            face = typeface(self._fonts.get(name, name))
        return TextRun(text, face, size, False, False, color)


def paint_text(
    canvas: Canvas, paragraphs: Sequence[TextParagraph], frame: FrameStyle, box: Box
) -> None:
    """Wrap ``paragraphs`` in ``box`` less the frame's insets, and draw them."""
    left, top, right, bottom = frame.insets
    area = Box(box.left + left, box.top + top, box.width - left - right, box.height - top - bottom)
    laid_out: list[tuple[TextParagraph, list[_Line], list[float]]] = []
    height = 0.0
    for number, paragraph in enumerate(paragraphs):
        lines = _wrap(paragraph, area.width, frame.wrap)
        baselines = []
        if number > 0:
            height += paragraph.space_before
        for line in lines:
            line_height, baseline = _line_metrics(paragraph, line)
            baselines.append(height + baseline)
            height += line_height
        height += paragraph.space_after
        laid_out.append((paragraph, lines, baselines))
    if frame.anchor == "ctr":
        offset = (area.height - height) / 2
    elif frame.anchor == "b":
        offset = area.height - height
    else:
        offset = 0.0
    for paragraph, lines, baselines in laid_out:
        for number, (line, baseline) in enumerate(zip(lines, baselines, strict=True)):
            start = paragraph.margin_left + (paragraph.indent if number == 0 else 0.0)
            available = area.width - start
            if paragraph.align == "ctr":
                shift = (available - line.width()) / 2
            elif paragraph.align == "r":
                shift = available - line.width()
            else:
                shift = 0.0
            y = area.top + offset + baseline
            if number == 0 and paragraph.bullet is not None:
                _draw_pieces(
                    canvas, [(paragraph.bullet, paragraph.bullet.text, 0.0)], area.left + start, y
                )
                start = max(paragraph.margin_left, start + _bullet_width(paragraph.bullet))
                shift = 0.0 if paragraph.align == "l" else shift
            _draw_pieces(canvas, line.pieces, area.left + start + shift, y)


def _bullet_width(bullet: TextRun) -> float:
    return bullet.face.width(bullet.text + " ", False, False, bullet.size)


def _wrap(paragraph: TextParagraph, width: float, wrap: bool) -> list[_Line]:
    """The paragraph's runs broken into lines no wider than ``width`` where spaces allow."""
    first_start = paragraph.margin_left + paragraph.indent
    if paragraph.bullet is not None:
        first_start = max(paragraph.margin_left, first_start + _bullet_width(paragraph.bullet))
    lines = [_Line()]
    line_width = 0.0

    def limit() -> float:
        start = first_start if len(lines) == 1 else paragraph.margin_left
        return width - start if wrap else float("inf")

    words: list[list[tuple[TextRun, str, float]]] = []
    for run in paragraph.runs:
        if run.text == "\n":
            words.append([(run, "\n", 0.0)])
            continue
        for token in _TOKENS.findall(run.text):
            piece = (run, token, run.face.width(token, run.bold, run.italic, run.size))
            glued = words and not token[0].isspace() and not words[-1][-1][1][0].isspace()
            if glued and words[-1][-1][1] != "\n":
                words[-1].append(piece)
            else:
                words.append([piece])
    for word in words:
        if word[0][1] == "\n":
            lines.append(_Line())
            line_width = 0.0
            continue
        word_width = sum(width for _, _, width in word)
        is_space = word[0][1][0].isspace()
        if not is_space and lines[-1].pieces and line_width + word_width > limit():
            lines.append(_Line())
            line_width = 0.0
        if is_space and not lines[-1].pieces and len(lines) > 1:
            continue  # a wrapped line does not start with the space it broke at
        if not is_space and word_width > limit():
            for piece in _letters(word):
                if lines[-1].pieces and line_width + piece[2] > limit():
                    lines.append(_Line())
                    line_width = 0.0
                lines[-1].pieces.append(piece)
                line_width += piece[2]
            continue
        lines[-1].pieces.extend(word)
        line_width += word_width
    return lines


def _letters(word: list[tuple[TextRun, str, float]]) -> list[tuple[TextRun, str, float]]:
    return [
        (run, letter, run.face.width(letter, run.bold, run.italic, run.size))
        for run, text, _ in word
        for letter in text
    ]


def _line_metrics(paragraph: TextParagraph, line: _Line) -> tuple[float, float]:
    """A line's height and its baseline below the line's top, in points."""
    runs = [run for run, text, _ in line.pieces if text != "\n"] or [
        TextRun("", paragraph.end_face, paragraph.end_size, False, False, BLACK)
    ]
    size = max(run.size for run in runs)
    ascent = max(run.face.ascent * run.size for run in runs)
    descent = max(run.face.descent * run.size for run in runs)
    natural = max(1.2 * size, ascent + descent)
    kind, amount = paragraph.line_spacing
    height = amount if kind == "pts" else natural * amount
    return height, height - descent


def _draw_pieces(
    canvas: Canvas, pieces: Sequence[tuple[TextRun, str, float]], x: float, y: float
) -> None:
    """Draw pieces of runs from ``x`` along the baseline ``y``, each run's in one string."""
    groups: list[tuple[TextRun, str, float]] = []
    for run, part, width in pieces:
        if part == "\n":
            continue
        if groups and groups[-1][0] is run:
            groups[-1] = (run, groups[-1][1] + part, groups[-1][2] + width)
        else:
            groups.append((run, part, width))
    text = canvas.beginText()
    # The canvas runs downwards; glyphs are drawn upright in a flipped text matrix.
    text.setTextTransform(1, 0, 0, -1, x, y)
    decorations = []
    position = x
    color, stretch, font = Rgba(-1.0, -1.0, -1.0), 0.0, ("", 0.0)
    for run, part, width in groups:
        if run.color != color:
            color = run.color
            text.setFillColor(Color(color.red, color.green, color.blue))
            text.setTextRenderMode(3 if color.alpha <= 0 else 0)  # 3: invisible
        if run.face.stretch != stretch:
            stretch = run.face.stretch
            text.setHorizScale(stretch * 100)
        for segment, font_name in run.face.fonts.segments(part, run.style):
            if (font_name, run.size) != font:
                font = (font_name, run.size)
                text.setFont(font_name, run.size)
            text.textOut(segment)
        if (run.underline or run.strike) and part.strip() and color.alpha > 0:
            decorations.append((run, position, width))
        position += width
    canvas.drawText(text)
    for run, start, width in decorations:
        canvas.setStrokeColor(Color(run.color.red, run.color.green, run.color.blue))
        canvas.setLineWidth(max(0.5, run.size / 18))
        offset = run.size * (0.12 if run.underline else -0.3)
        canvas.line(start, y + offset, start + width, y + offset)


def _line_spacing(strongest: Sequence[etree._Element], reduction: float) -> tuple[str, float]:
    spacing = _first(strongest, "lnSpc")
    if spacing is not None:
        points = spacing.find(f"{{{A}}}spcPts")
        if points is not None:
            return ("pts", _int(points.get("val"), 0) / 100)
        percent = spacing.find(f"{{{A}}}spcPct")
        if percent is not None:
            return ("pct", max(0.1, _int(percent.get("val"), 100000) / 100000 - reduction))
    return ("pct", 1.0 - reduction)


def _spacing(strongest: Sequence[etree._Element], name: str, size: float) -> float:
    spacing = _first(strongest, name)
    if spacing is None:
        return 0.0
    points = spacing.find(f"{{{A}}}spcPts")
    if points is not None:
        return _int(points.get("val"), 0) / 100
    percent = spacing.find(f"{{{A}}}spcPct")
    if percent is not None:
        return _int(percent.get("val"), 0) / 100000 * size * 1.2
    return 0.0


def _first(strongest: Sequence[etree._Element], name: str) -> etree._Element | None:
    for properties in strongest:
        found = properties.find(f"{{{A}}}{name}")
        if found is not None:
            return found
    return None


def _attribute(strongest: Sequence[etree._Element], name: str) -> str | None:
    for properties in strongest:
        value = properties.get(name)
        if value is not None:
            return value
    return None


def _numbered(kind: str, number: int) -> str:
    if kind.startswith("alphaLc"):
        label = chr(ord("a") + (number - 1) % 26)
    elif kind.startswith("alphaUc"):
        label = chr(ord("A") + (number - 1) % 26)
    elif kind.startswith("romanLc"):
        label = _roman(number)
    elif kind.startswith("romanUc"):
        label = _roman(number).upper()
    else:
        label = str(number)
    if kind.endswith("ParenBoth"):
        return f"({label})"
    if kind.endswith("ParenR"):
        return f"{label})"
    if kind.endswith("Plain"):
        return label
    return f"{label}."


def _roman(number: int) -> str:
    letters = []
    for value, letter in _ROMAN:
        while number >= value:
            letters.append(letter)
            number -= value
    return "".join(letters)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
