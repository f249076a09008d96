"""Text measuring with real font metrics: widths, line heights and line breaks.

A deck names a typeface that teachers' machines have (Arial, Calibri); lessonpress
measures with the shipped family that has the same advance widths (Liberation Sans,
Carlito). A typeface with no shipped equivalent, such as a school template's own, may
be shown in that face or in whatever a machine without it substitutes: such text is
measured in every candidate family (:data:`CANDIDATE_FAMILIES`, the shipped ones and
DejaVu Sans where fontconfig finds it), each word at the widest of them and
:data:`UNKNOWN_FONT_MARGIN` wider still, so that what fits here fits everywhere.
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
from lessonpress.renderers.deck.system_fonts import system_family

CANDIDATE_FAMILIES = ("liberation sans", "carlito", "source sans 3")
"""The shipped families a typeface with no metric twin is measured in."""

WIDTH_ONLY_FAMILIES = frozenset({"carlito", "source sans 3"})
"""Candidates that count for widths alone: their looser line spacing is their own, and
text in an unknown typeface is spaced as Liberation Sans or an installed substitute
spaces it."""

SYSTEM_CANDIDATE_FAMILIES = ("DejaVu Sans",)
"""Installed families it is measured in too: LibreOffice's usual substitute for a
missing sans serif, wider than any shipped family (by 14% over Liberation Sans, 20% in
bold)."""

UNKNOWN_FONT_MARGIN = 1.03
"""How much wider than the widest candidate an unknown typeface is measured: room for
faces wider still (Verdana) and for the rounding of the programs that set the text."""

MIN_LINE_HEIGHT = 1.2
"""The least line height, in ems, assumed for single-spaced text: PowerPoint's own."""

NO_BREAK_SPACES = "\u00a0\u202f"
"""Spaces that join the words on either side into one that lines do not break."""

_TOKENS = re.compile(rf"[^\S{NO_BREAK_SPACES}]+|[\S{NO_BREAK_SPACES}]+")

_STRETCH_SAMPLE = "The quick brown fox jumps over the lazy dog 0123456789"
"""Text whose width gives one stretch factor for an unknown typeface (see
:func:`measuring_family`)."""


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
        families, self._margin = measuring_families(typeface)
        self._font_sets = [FontSet(family, family) for family in families]
        spacing = [family for family in families if family.name.lower() not in WIDTH_ONLY_FAMILIES]
        self._line_factor = max(MIN_LINE_HEIGHT, *map(_line_height_factor, spacing or families))
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
            width = max(fonts.width(text, style, 1.0) for fonts in self._font_sets) * self._margin
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


def measuring_families(typeface: str) -> tuple[tuple[FontFamily, ...], float]:
    """The families that measure ``typeface`` and the factor to widen their widest by:
    its metric twin alone, or for a typeface with none every candidate family."""
    if typeface.lower() in METRIC_EQUIVALENTS or typeface.lower() in builtin_families():
        try:
            return (resolve_family(FontSpec(family=typeface)),), 1.0
        except FontNotFoundError:
            pass
    return candidate_families(), UNKNOWN_FONT_MARGIN


@cache
def candidate_families() -> tuple[FontFamily, ...]:
    """The shipped candidate families and those of the installed ones that are found."""
    shipped = tuple(builtin_families()[name] for name in CANDIDATE_FAMILIES)
    installed = tuple(
        family for name in SYSTEM_CANDIDATE_FAMILIES if (family := system_family(name))
    )
    return shipped + installed


@cache
def measuring_family(typeface: str) -> tuple[FontFamily, float]:
    """One family that stands for ``typeface`` and the factor to stretch it by: its
    metric twin, or Liberation Sans stretched to the width :class:`Measurer` gives a
    typeface with no twin, for drawing text at the width it was fitted at."""
    families, margin = measuring_families(typeface)
    if margin == 1.0:
        return families[0], 1.0
    liberation = builtin_families()["liberation sans"]
    measurer = Measurer(typeface)
    stretch = measurer.width(_STRETCH_SAMPLE, 1.0) / Measurer(liberation.name).width(
        _STRETCH_SAMPLE, 1.0
    )
    return liberation, stretch


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
