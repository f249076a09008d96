"""The files a theme names: where they may be, and that each is what its key says.

Paths are confined while each theme file of an ``extends`` chain is read, relative to
that file; once the chain is merged, the files that remain are read once and
verified: the logo as a picture (its bytes kept in the theme), each font as an
embeddable TrueType font, the deck template as a PowerPoint presentation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lessonpress.errors import Problem
from lessonpress.load.fonts import MAX_FONT_BYTES, UnusableFont, check_font, without_glyph
from lessonpress.load.images import MAX_IMAGE_BYTES, UnreadableImage, verify_image
from lessonpress.load.paths import PathPolicy, RefusedPath, read_regular_file
from lessonpress.load.template import MAX_TEMPLATE_BYTES, UnusableTemplate, check_deck_template
from lessonpress.load.yaml_source import FieldPath, YamlDocument
from lessonpress.model.image_file import ImageFile
from lessonpress.model.theme import Theme

LOGO: FieldPath = ("logo",)
TEMPLATE: FieldPath = ("deck", "template")
FONT_KEYS: tuple[FieldPath, ...] = tuple(
    ("fonts", role, face)
    for role in ("heading", "body")
    for face in ("regular", "bold", "italic", "bold_italic")
)
PATH_KEYS: tuple[FieldPath, ...] = (LOGO, TEMPLATE, *FONT_KEYS)
"""Keys holding file paths, written relative to the theme file that names them."""

_WHAT = {LOGO: "the logo", TEMPLATE: "the deck template"}


def confined_paths(
    document: YamlDocument, folder: Path, policy: PathPolicy
) -> tuple[dict[str, Any], dict[FieldPath, Problem]]:
    """The theme file's data with each path made absolute, and a problem for each path the
    policy refuses (its value left out)."""
    data: dict[str, Any] = _copy(document.data)
    problems: dict[FieldPath, Problem] = {}
    for key_path in PATH_KEYS:
        holder: Any = data
        for key in key_path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or not isinstance(holder.get(key_path[-1]), str):
            continue
        written = holder[key_path[-1]]
        what = f"{_WHAT.get(key_path, 'the font file')} '{written}'"
        try:
            holder[key_path[-1]] = str(policy.resolve(written, folder, what))
        except RefusedPath as refused:
            del holder[key_path[-1]]
            problems[key_path] = document.problem(key_path, refused.message, refused.hint)
    return data, problems


def verify_theme_files(
    theme: Theme, document: YamlDocument, needed_characters: frozenset[str] = frozenset()
) -> tuple[Theme, list[Problem]]:
    """``theme`` with its logo's verified bytes, and a problem for each file that is unfit,
    font files that leave any of ``needed_characters`` without a glyph included."""
    problems: list[Problem] = []
    logo_image: ImageFile | None = None
    if theme.logo:
        try:
            logo_image = _read_logo(Path(theme.logo))
        except (RefusedPath, UnreadableImage) as error:
            problems.append(_problem(document, LOGO, error, "use a PNG or JPEG"))
    if theme.deck.template:
        try:
            check_deck_template(_read(Path(theme.deck.template), MAX_TEMPLATE_BYTES, TEMPLATE))
        except (RefusedPath, UnusableTemplate) as error:
            problems.append(
                _problem(
                    document,
                    TEMPLATE,
                    error,
                    "name a PowerPoint presentation or template: in PowerPoint, 'Save As' "
                    "PowerPoint Presentation (.pptx) or Template (.potx)",
                )
            )
    for key_path in FONT_KEYS:
        value: Any = theme
        for key in key_path:
            value = getattr(value, str(key), None)
        if not isinstance(value, str):
            continue
        try:
            code_points = check_font(_read(Path(value), MAX_FONT_BYTES, key_path))
        except (RefusedPath, UnusableFont) as error:
            problems.append(_problem(document, key_path, error, "use a TrueType font file (.ttf)"))
            continue
        missing = without_glyph(needed_characters, code_points)
        if missing:
            shown = " ".join(missing[:12]) + (" ..." if len(missing) > 12 else "")
            problems.append(
                document.problem(
                    key_path,
                    f"the font file '{Path(value).name}' has no glyph for {len(missing)} "
                    f"character{'s' if len(missing) > 1 else ''} the lesson uses ({shown}), "
                    "and neither has any font lessonpress falls back on",
                    "name a TrueType font that covers the lesson's script",
                )
            )
    return theme.model_copy(update={"logo_image": logo_image}), problems


def _read_logo(path: Path) -> ImageFile:
    data = _read(path, MAX_IMAGE_BYTES, LOGO)
    facts = verify_image(data)
    return ImageFile(path=path, width=facts.width, height=facts.height, data=data)


def _read(path: Path, limit: int, key_path: FieldPath) -> bytes:
    return read_regular_file(path, limit, f"{_WHAT.get(key_path, 'the font file')} '{path.name}'")


def _problem(
    document: YamlDocument, key_path: FieldPath, error: Exception, fallback_hint: str
) -> Problem:
    if isinstance(error, RefusedPath):
        return document.problem(key_path, error.message, error.hint)
    name = Path(str(_value_at(document.data, key_path))).name
    what = _WHAT.get(key_path, "the font file")
    hint = (error.hint if isinstance(error, UnreadableImage) else "") or fallback_hint
    return document.problem(key_path, f"cannot use {what} '{name}': {error}", hint)


def _value_at(data: Any, key_path: FieldPath) -> Any:
    for key in key_path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    return {key: _copy(value) if isinstance(value, dict) else value for key, value in data.items()}
