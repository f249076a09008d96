"""Text measuring with real font metrics: widths, line heights and line breaks.

A deck names a typeface that teachers' machines have (Arial, Calibri); lessonpress
measures with the shipped family that has the same advance widths (Liberation Sans,
Carlito). A typeface with no shipped equivalent, such as a school template's own,
is measured with Liberation Sans made wider by :data:`UNKNOWN_FONT_WIDTH_FACTOR` (bold
text by :data:`UNKNOWN_BOLD_WIDTH_FACTOR`), so that text set in a broader face still fits.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from lessonpress.fonts import (
    METRIC_EQUIVALENTS,
    FontFamily,
    FontNotFoundError,
    FontSet,
    builtin_families,
    resolve_family,
)
from lessonpress.model.text import Run
from lessonpress.model.theme import FontSpec

UNKNOWN_FONT_WIDTH_FACTOR = 1.18
"""How much wider than Liberation Sans an unknown typeface may be (Verdana is about this)."""

UNKNOWN_BOLD_WIDTH_FACTOR = 1.22
"""The same for bold text, whose faces spread further apart (Verdana Bold and Trebuchet
MS Bold against Liberation Sans Bold)."""

MIN_LINE_HEIGHT = 1.2
"""The least line height, in ems, assumed for single-spaced text: PowerPoint's own."""

NO_BREAK_SPACES = "\u00a0\u202f"
"""Spaces that join the words on either side into one that lines do not break."""

_TOKENS = re.compile(rf"[^\S{NO_BREAK_SPACES}]+|[\S{NO_BREAK_SPACES}]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One wrapped line: character offsets ``start`` to ``end`` of its paragraph's text."""

    start: int
    end: int


def style_name(bold: bool, italic: bool) -> str:
    """The :class:`~lessonpress.fonts.FontSet` style name for a run's face."""
    if bold and italic:
        return "body-bold-italic"
    if bold:
        return "body-bold"
    if italic:
        return "body-italic"
    return "body"


class Measurer:
    """Measures and wraps text as a deck typeface sets it."""

    def __init__(self, typeface: str) -> None:
        self.typeface = typeface
        family, self._width_factor = measuring_family(typeface)
        known = self._width_factor == 1.0
        self._bold_width_factor = 1.0 if known else UNKNOWN_BOLD_WIDTH_FACTOR
        self._fonts = FontSet(family, family)
        self._line_factor = max(MIN_LINE_HEIGHT, _line_height_factor(family))
        self._unit_widths: dict[tuple[str, str], float] = {}
        # Fitting wraps one paragraph at many widths and sizes: its words are cut once.
        self._paragraph_words: dict[tuple[Run, ...], list[tuple[int, int, float, bool]]] = {}

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        """The advance width of ``text`` in points at ``size``."""
        return self._unit_width(text, style_name(bold, italic)) * size

    def line_height(self, size: float) -> float:
        """The distance between baselines of single-spaced lines at ``size``, in points."""
        return self._line_factor * size

    def wrap(self, runs: Sequence[Run], width: float, size: float) -> list[Line]:
        """Break the paragraph made of ``runs`` into lines no wider than ``width`` points.

        Lines break at spaces; a word longer than a whole line breaks between letters,
        as PowerPoint does.
        """
        key = tuple(runs)
        words = self._paragraph_words.get(key)
        if words is None:
            words = self._paragraph_words[key] = self._words(runs)
        limit = width / size
        lines: list[Line] = []
        line_start = 0
        line_width = 0.0
        has_word = False
        pending_space = 0.0
        for start, end, word_width, is_space in words:
            if is_space:
                pending_space += word_width
                continue
            if has_word and line_width + pending_space + word_width > limit:
                lines.append(Line(line_start, start))
                line_start, line_width, has_word = start, 0.0, False
            elif has_word:
                line_width += pending_space
            pending_space = 0.0
            if word_width > limit:
                line_start, line_width = self._break_word(runs, start, end, limit, lines)
            else:
                line_width += word_width
            has_word = True
        text_length = sum(len(run.text) for run in runs)
        lines.append(Line(line_start, text_length))
        return lines

    def _words(self, runs: Sequence[Run]) -> list[tuple[int, int, float, bool]]:
        """``(start, end, width at size 1, is space)`` for each word and space of ``runs``."""
        words: list[tuple[int, int, float, bool]] = []
        offset = 0
        for run in runs:
            style = style_name(run.bold, run.italic)
            for match in _TOKENS.finditer(run.text):
                token = match.group()
                is_space = token[0].isspace() and token[0] not in NO_BREAK_SPACES
                token_width = self._unit_width(token, style)
                start, end = offset + match.start(), offset + match.end()
                if words and words[-1][3] == is_space and words[-1][1] == start:
                    # A word continues across runs ("**bold**ness"): still one word.
                    previous = words[-1]
                    words[-1] = (previous[0], end, previous[2] + token_width, is_space)
                else:
                    words.append((start, end, token_width, is_space))
            offset += len(run.text)
        return words

    def _break_word(
        self, runs: Sequence[Run], start: int, end: int, limit: float, lines: list[Line]
    ) -> tuple[int, float]:
        """Break the over-long word at ``start:end`` between letters; returns the open line."""
        line_start = start
        line_width = 0.0
        for position, (character, style) in enumerate(_characters(runs, start, end), start):
            character_width = self._unit_width(character, style)
            if line_width > 0 and line_width + character_width > limit:
                lines.append(Line(line_start, position))
                line_start, line_width = position, 0.0
            line_width += character_width
        return line_start, line_width

    def _unit_width(self, text: str, style: str) -> float:
        key = (text, style)
        width = self._unit_widths.get(key)
        if width is None:
            factor = self._bold_width_factor if "bold" in style else self._width_factor
            width = self._fonts.width(text, style, 1.0) * factor
            self._unit_widths[key] = width
        return width


def _characters(runs: Sequence[Run], start: int, end: int) -> list[tuple[str, str]]:
    """Each character of the paragraph from ``start`` to ``end`` with its style name."""
    characters: list[tuple[str, str]] = []
    offset = 0
    for run in runs:
        run_end = offset + len(run.text)
        if offset < end and run_end > start:
            style = style_name(run.bold, run.italic)
            part = run.text[max(start - offset, 0) : end - offset]
            characters += [(character, style) for character in part]
        offset = run_end
    return characters


def measuring_family(typeface: str) -> tuple[FontFamily, float]:
    """The shipped family that measures ``typeface``, and the factor to widen it by."""
    if typeface.lower() in METRIC_EQUIVALENTS or typeface.lower() in builtin_families():
        try:
            return resolve_family(FontSpec(family=typeface)), 1.0
        except FontNotFoundError:
            pass
    return builtin_families()["liberation sans"], UNKNOWN_FONT_WIDTH_FACTOR


@cache
def _line_height_factor(family: FontFamily) -> float:
    """The font's own single line height in ems: the larger of its hhea and Windows metrics."""
    # reportlab's font file reader has no types; its tables are bytes.
    face: Any = FontSet(family, family).face("body").font.face
    head = face.get_table("head")
    hhea = face.get_table("hhea")
    os2 = face.get_table("OS/2")
    (units_per_em,) = struct.unpack(">H", head[18:20])
    ascender, descender, line_gap = struct.unpack(">hhh", hhea[4:10])
    win_ascent, win_descent = struct.unpack(">HH", os2[74:78])
    hhea_height = ascender - descender + line_gap
    return float(max(hhea_height, win_ascent + win_descent) / units_per_em)


class LayoutMeasurer:
    """The layout engine's text measurer, backed by the deck's metric-compatible font."""

    def __init__(self, measurer: Measurer) -> None:
        self._measurer = measurer

    def width(self, text: str, font: str, size: float) -> float:
        """The width of ``text`` in the layout style ``font`` at ``size``."""
        return self._measurer.width(text, size, bold="bold" in font, italic="italic" in font)
