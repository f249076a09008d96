"""The theme file the page makes beside a lesson: a built-in theme with the teacher's changes.

``<lesson>.theme.yaml`` ``extends`` the theme the teacher started from and holds only
what they changed: colours, the heading and body fonts (from the families that
ship), the handout's paper, a logo and a school's deck template (uploaded beside it). Nothing
is written until the new theme, with its files, loads as ``lessonpress build`` would
load it: a picture that is not one, or a template that is not a deck, is refused
with the loader's own message.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from lessonpress.commit import commit_files
from lessonpress.errors import LessonError
from lessonpress.fonts import builtin_families
from lessonpress.load.template import MAX_TEMPLATE_BYTES
from lessonpress.load.theme import builtin_theme_names, deep_merge, load_theme
from lessonpress.serve.workspace import RefusedName, Workspace

THEME_SUFFIX = ".theme.yaml"
HANDOUT_PAPERS = ("letter", "a4", "legal")
COLOUR_FIELDS = ("primary", "accent")
FONT_FIELDS = {"heading_font": "heading", "body_font": "body"}
"""The settings that choose a font, and the theme's font role each sets."""
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True, slots=True)
class UploadKind:
    """A file the theme may name: where it goes in the theme, its limit, how to know it."""

    field: tuple[str, ...]
    max_bytes: int
    signatures: dict[bytes, str]
    """Leading bytes of each accepted format, and the file suffix it is saved with."""
    refusal: str


UPLOADS = {
    "logo": UploadKind(
        ("logo",),
        10 * 1_048_576,
        {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"},
        "a logo must be a PNG or JPEG picture",
    ),
    "template": UploadKind(
        ("deck", "template"),
        MAX_TEMPLATE_BYTES,
        {b"PK\x03\x04": ".pptx"},
        "a school template must be a PowerPoint file (.pptx)",
    ),
}


def shipped_fonts() -> list[str]:
    """The font families headings and body text may be set in: those that ship with
    lessonpress."""
    return sorted(family.name for family in builtin_families().values())


def current_settings(workspace: Workspace, lesson_name: str, reference: str) -> dict[str, str]:
    """What the theme ``reference`` (a built-in name, or a file beside the lesson) sets now.

    The values the theme settings show before the teacher changes one.
    """
    folder = workspace.lesson_path(lesson_name).parent
    try:
        theme = load_theme(reference or None, folder, (workspace.folder,), confine_reference=True)
    except LessonError as error:
        raise RefusedName(error.problems[0].message) from None
    return {
        "primary": theme.colors.primary,
        "accent": theme.colors.accent,
        "heading_font": theme.fonts.heading.family,
        "body_font": theme.fonts.body.family,
        "handout_paper": theme.handout.page_size.name,
    }


def theme_file_of(workspace: Workspace, lesson_name: str) -> Path:
    """The path of the theme file the page makes for lesson ``lesson_name``."""
    lesson = workspace.lesson_path(lesson_name)
    return lesson.with_name(lesson.stem + THEME_SUFFIX)


def save_theme_settings(
    workspace: Workspace, lesson_name: str, base: str, values: dict[str, Any]
) -> str:
    """Lay ``values`` (colours, fonts, handout paper) over the lesson's theme file.

    ``base`` is a built-in theme, or the lesson's own theme file, whose settings are
    kept. Returns the theme file's name, as the lesson's ``theme:`` names it.
    """
    return _save(workspace, lesson_name, base, _changes(values), None)


def save_theme_upload(
    workspace: Workspace, lesson_name: str, base: str, kind: str, content: bytes
) -> str:
    """Save an uploaded logo or deck template beside the lesson and name it in its theme."""
    upload = UPLOADS.get(kind)
    if upload is None:
        raise RefusedName(f"'{kind}' is not a file a theme takes: a logo or a template")
    if len(content) > upload.max_bytes:
        raise RefusedName(f"the file is larger than the {upload.max_bytes // 1_048_576} MB allowed")
    suffix = next((s for magic, s in upload.signatures.items() if content.startswith(magic)), None)
    if suffix is None:
        raise RefusedName(upload.refusal)
    file_name = f"{workspace.lesson_path(lesson_name).stem}-{kind}{suffix}"
    uploaded = _Upload(upload.field, file_name, content)
    return _save(workspace, lesson_name, base, _nested(upload.field, file_name), uploaded)


@dataclass(frozen=True, slots=True)
class _Upload:
    field: tuple[str, ...]
    file_name: str
    content: bytes


def _nested(field: tuple[str, ...], value: str) -> dict[str, Any]:
    """``{"deck": {"template": value}}`` for the field ``("deck", "template")``."""
    nested: dict[str, Any] = {field[-1]: value}
    for key in reversed(field[:-1]):
        nested = {key: nested}
    return nested


def _changes(values: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for field in COLOUR_FIELDS:
        colour = values.get(field)
        if colour is not None:
            if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
                raise RefusedName(f"'{colour}' is not a colour written as #RRGGBB")
            changes.setdefault("colors", {})[field] = colour.upper()
    for field, role in FONT_FIELDS.items():
        font = values.get(field)
        if font is not None:
            if font not in shipped_fonts():
                raise RefusedName(f"'{font}' is not one of the fonts that ship with lessonpress")
            changes.setdefault("fonts", {})[role] = {"family": font}
    paper = values.get("handout_paper")
    if paper is not None:
        if paper not in HANDOUT_PAPERS:
            raise RefusedName(f"'{paper}' is not a handout paper: {', '.join(HANDOUT_PAPERS)}")
        changes["handout"] = {"page_size": paper}
    return changes


def _save(
    workspace: Workspace,
    lesson_name: str,
    base: str,
    changes: dict[str, Any],
    upload: _Upload | None,
) -> str:
    theme_file = theme_file_of(workspace, lesson_name)
    if base == theme_file.name and theme_file.is_file():
        settings = _settings_of(theme_file)
    elif base in builtin_theme_names():
        settings = {"extends": base}
    else:
        raise RefusedName(f"'{base}' is neither a built-in theme nor this lesson's theme file")
    settings = deep_merge(settings, changes)
    files = {theme_file.name: _theme_text(settings, lesson_name)}
    if upload is not None:
        files[upload.file_name] = upload.content
    _check_before_writing(theme_file.parent, settings, upload)
    commit_files(theme_file.parent, files)
    return theme_file.name


def _check_before_writing(folder: Path, settings: dict[str, Any], upload: _Upload | None) -> None:
    """Load the new theme from hidden files beside the lesson; raise its problems."""
    staged: list[Path] = []
    token = secrets.token_hex(4)
    try:
        if upload is not None:
            hidden = folder / f".{token}-{upload.file_name}"
            hidden.write_bytes(upload.content)
            staged.append(hidden)
            settings = deep_merge(settings, _nested(upload.field, hidden.name))
        draft = folder / f".{token}{THEME_SUFFIX}"
        draft.write_bytes(_theme_text(settings, ""))
        staged.append(draft)
        try:
            load_theme(draft, folder, (folder,))
        except LessonError as error:
            raise RefusedName(
                "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in error.problems)
            ) from None
    finally:
        for path in staged:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _settings_of(theme_file: Path) -> dict[str, Any]:
    try:
        settings = yaml.safe_load(theme_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        settings = None
    if not isinstance(settings, dict) or settings.get("extends") not in builtin_theme_names():
        raise RefusedName(f"{theme_file.name} is not a theme made here; choose a built-in theme")
    return settings


def _theme_text(settings: dict[str, Any], lesson_name: str) -> bytes:
    header = (
        f"# The theme of {lesson_name or 'a lesson'}: '{settings.get('extends')}' with its own "
        "changes.\n# Made by `lessonpress serve`; edit it freely.\n"
    )
    return (header + yaml.safe_dump(settings, sort_keys=False, allow_unicode=True)).encode()
