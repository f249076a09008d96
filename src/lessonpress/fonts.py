"""Font files: finding a theme's families, registering them, and never missing a glyph.

A theme names families; this module finds their files (the families that ship
with lessonpress, or files the theme gives), registers them with reportlab when a
renderer asks, and splits text into runs so that any character the theme's font
lacks is drawn with the default family instead of an empty box.

reportlab is imported only inside the functions that need it, so that reading
and checking lessons stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast
from xml.sax.saxutils import escape

from lessonpress.model.theme import DEFAULT_FAMILY, FontSpec, Theme

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

Face = Literal["regular", "bold", "italic", "bold_italic"]
FACES: tuple[Face, ...] = ("regular", "bold", "italic", "bold_italic")

Role = Literal["heading", "body"]


@dataclass(frozen=True, slots=True)
class FontFamily:
    """The four files of one family."""

    name: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def file(self, face: Face) -> Path:
        """The file for ``face``."""
        path: Path = getattr(self, face)
        return path


def _package_family(name: str, package: str, stem: str, italic: str = "It") -> FontFamily:
    folder = Path(str(resources.files(package))) / "files"
    return FontFamily(
        name,
        folder / f"{stem}-Regular.ttf",
        folder / f"{stem}-Bold.ttf",
        folder / f"{stem}-{italic}.ttf",
        folder / f"{stem}-Bold{italic}.ttf",
    )


def _shipped_family(name: str, stem: str, italic: str = "Italic") -> FontFamily:
    folder = Path(str(resources.files("lessonpress"))) / "data" / "fonts"
    return FontFamily(
        name,
        folder / f"{stem}-Regular.ttf",
        folder / f"{stem}-Bold.ttf",
        folder / f"{stem}-{italic}.ttf",
        folder / f"{stem}-Bold{italic}.ttf",
    )


@cache
def builtin_families() -> dict[str, FontFamily]:
    """Families that ship with lessonpress, by lower-case name."""
    families = [
        _shipped_family("Source Sans 3", "SourceSans3", italic="It"),
        _package_family("Source Serif Pro", "font_source_serif_pro", "SourceSerifPro"),
        _shipped_family("Liberation Sans", "LiberationSans"),
        _shipped_family("Carlito", "Carlito"),
    ]
    return {family.name.lower(): family for family in families}


METRIC_EQUIVALENTS = {
    "arial": "liberation sans",
    "calibri": "carlito",
    "helvetica": "liberation sans",
}
"""Typefaces a deck may name, and the shipped family with the same advance widths."""

RENAMED_FAMILIES = {"source sans pro": "source sans 3"}
"""Families known by an earlier name: Source Sans 3 is Source Sans Pro, renamed when it
gained the Cyrillic and Greek italics, so a theme that names the old family gets it."""


class FontNotFoundError(LookupError):
    """A theme names a family that neither ships with lessonpress nor has files."""


def resolve_family(spec: FontSpec) -> FontFamily:
    """The files of the family ``spec`` describes: its own files, else a shipped family."""
    if spec.regular:
        regular = Path(spec.regular)
        return FontFamily(
            spec.family,
            regular,
            Path(spec.bold) if spec.bold else regular,
            Path(spec.italic) if spec.italic else regular,
            Path(spec.bold_italic) if spec.bold_italic else Path(spec.bold or regular),
        )
    key = RENAMED_FAMILIES.get(spec.family.lower(), spec.family.lower())
    family = builtin_families().get(key) or builtin_families().get(METRIC_EQUIVALENTS.get(key, ""))
    if family is None:
        known = ", ".join(f.name for f in builtin_families().values())
        raise FontNotFoundError(
            f"the font family '{spec.family}' is not installed with lessonpress; "
            f"give its files (regular:, bold:, ...) or use one of: {known}"
        )
    return family


def default_family() -> FontFamily:
    """The family that covers Latin, Cyrillic and Greek, used as the fallback."""
    return builtin_families()[DEFAULT_FAMILY.lower()]


def fallback_families() -> tuple[FontFamily, ...]:
    """Families tried in turn for a character the theme's font lacks.

    Source Sans 3 first, to match the default look (its four faces have Latin, Cyrillic
    and Greek alike); then Liberation Sans, for the signs and letters it lacks.
    """
    return (default_family(), builtin_families()["liberation sans"])


def theme_font_problems(theme: Theme) -> list[tuple[str, str]]:
    """``(field path, message)`` for each family of ``theme`` that cannot be found."""
    problems = []
    for role in ("heading", "body"):
        try:
            resolve_family(getattr(theme.fonts, role))
        except FontNotFoundError as error:
            problems.append((f"fonts.{role}.family", str(error)))
    return problems


@dataclass(frozen=True, slots=True)
class _RegisteredFace:
    name: str
    font: TTFont

    def covers(self, character: str) -> bool:
        return ord(character) in self.font.face.charToGlyph

    def advance(self, character: str) -> float:
        """The advance width of ``character`` in thousandths of an em."""
        face = self.font.face
        return float(face.charWidths.get(ord(character), face.defaultWidth))


@cache
def _register(path: Path) -> _RegisteredFace:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "LP-" + re.sub(r"[^A-Za-z0-9-]", "", path.stem)
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return _RegisteredFace(name, cast(TTFont, pdfmetrics.getFont(name)))


class _FaceChooser:
    """The face each character of one style is drawn in, remembered per character.

    Text is handled a whole string at a time, so the cost is linear in its length, and
    a fallback file is read only when a character first needs it.
    """

    def __init__(self, primary: Path, fallbacks: Sequence[Path]) -> None:
        self._primary = _register(primary)
        self._fallbacks = fallbacks
        self._names: dict[str, str] = {}
        self._advances: dict[str, float] = {}
        self._fallback_characters: set[str] = set()  # drawn in another face than the primary

    @property
    def primary_name(self) -> str:
        """The reportlab name of the style's own face."""
        return self._primary.name

    def _learn(self, text: str) -> None:
        for character in set(text).difference(self._names):
            face = self._primary
            if not character.isspace() and not face.covers(character):
                face = next(
                    (f for f in map(_register, self._fallbacks) if f.covers(character)), face
                )
                if face is not self._primary:
                    self._fallback_characters.add(character)
            self._names[character] = face.name
            self._advances[character] = face.advance(character)

    def segments(self, text: str) -> list[tuple[str, str]]:
        """``text`` as ``(text, font name)`` runs of one face each."""
        self._learn(text)
        if self._fallback_characters.isdisjoint(text):
            return [(text, self._primary.name)] if text else []
        return [("".join(part), name) for name, part in groupby(text, self._names.__getitem__)]

    def width(self, text: str, size: float) -> float:
        """The width of ``text`` in points at ``size``: the sum of its advances, as
        reportlab measures (TrueType text is set without kerning)."""
        self._learn(text)
        return 0.001 * size * sum(map(self._advances.__getitem__, text))


FONT_STYLES: dict[str, tuple[Role, Face]] = {
    "heading": ("heading", "bold"),
    "heading-regular": ("heading", "regular"),
    "heading-bold": ("heading", "bold"),
    "body": ("body", "regular"),
    "body-bold": ("body", "bold"),
    "body-italic": ("body", "italic"),
    "body-bold-italic": ("body", "bold_italic"),
}
"""The style names renderers and the layout use, and the family role and face behind each."""


class FontSet:
    """A theme's fonts registered with reportlab, with per-character fallback.

    Implements the layout's ``TextMeasurer`` protocol: ``width(text, style, size)``.
    """

    def __init__(self, heading: FontFamily, body: FontFamily) -> None:
        self._families: dict[Role, FontFamily] = {"heading": heading, "body": body}
        self._fallbacks = fallback_families()
        self._choosers: dict[str, _FaceChooser] = {}

    @classmethod
    def for_theme(cls, theme: Theme) -> FontSet:
        """The PDF fonts of ``theme``."""
        return cls(resolve_family(theme.fonts.heading), resolve_family(theme.fonts.body))

    def _chooser(self, style: str) -> _FaceChooser:
        chooser = self._choosers.get(style)
        if chooser is None:
            role, face = FONT_STYLES[style]
            fallbacks = [family.file(face) for family in self._fallbacks]
            chooser = _FaceChooser(self._families[role].file(face), fallbacks)
            self._choosers[style] = chooser
        return chooser

    def face(self, style: str) -> _RegisteredFace:
        """The registered font for a style name such as ``body-bold``."""
        role, face = FONT_STYLES[style]
        return _register(self._families[role].file(face))

    def font_name(self, style: str) -> str:
        """The reportlab font name for ``style``."""
        return self._chooser(style).primary_name

    def segments(self, text: str, style: str) -> list[tuple[str, str]]:
        """Split ``text`` into ``(text, font name)`` runs, falling back per character.

        A character no font has stays in the style's own font (it shows as that font's
        missing-glyph mark), so no text is ever dropped.
        """
        return self._chooser(style).segments(text)

    def width(self, text: str, style: str, size: float) -> float:
        """The width of ``text`` in points at ``size``, with fallback fonts measured."""
        return self._chooser(style).width(text, size)

    def markup(self, text: str, style: str) -> str:
        """``text`` escaped for a reportlab Paragraph, each run in an explicit ``<font>``.

        Faces are named explicitly rather than through ``<b>``/``<i>`` so that bold and
        italic runs fall back per character exactly like regular ones.
        """
        return "".join(
            f'<font face="{name}">{escape(part)}</font>'
            for part, name in self.segments(text, style)
        )
