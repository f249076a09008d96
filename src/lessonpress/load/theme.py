"""Find, merge and validate themes: built-in names or theme files with ``extends``."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from lessonpress.errors import LessonError, Problem, Severity
from lessonpress.fonts import theme_font_problems
from lessonpress.load.images import UnreadableImage, verified_image_size
from lessonpress.load.problems import validation_problems
from lessonpress.load.yaml_source import FieldPath, Mark, YamlDocument, read_yaml_file
from lessonpress.model.colors import TEXT_CONTRAST, contrast_ratio
from lessonpress.model.theme import Theme

DEFAULT_THEME = "classic"

_PATH_KEYS: tuple[FieldPath, ...] = (
    ("logo",),
    ("deck", "template"),
    *(
        ("fonts", role, face)
        for role in ("heading", "body")
        for face in ("regular", "bold", "italic", "bold_italic")
    ),
)
"""Keys holding file paths, written relative to the theme file that names them."""


def builtin_themes_dir() -> Path:
    """The folder of built-in themes: inside the installed package, or the source tree's."""
    packaged = Path(str(resources.files("lessonpress"))) / "themes"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "themes"


def builtin_theme_names() -> list[str]:
    """Names of the built-in themes, sorted."""
    return sorted(path.stem for path in builtin_themes_dir().glob("*.yaml"))


@dataclass(frozen=True, slots=True)
class ThemeInfo:
    """A theme as listed for the teacher."""

    name: str
    description: str
    path: Path


def list_themes() -> list[ThemeInfo]:
    """Every built-in theme with its description."""
    return [
        ThemeInfo(theme.name, theme.description, theme.source_file or Path())
        for theme in (load_theme(name) for name in builtin_theme_names())
    ]


def load_theme(reference: str | Path | None = None, relative_to: Path | None = None) -> Theme:
    """Load a theme by built-in name or file path, with its ``extends`` chain merged.

    ``relative_to`` is the folder a relative path is read from (the lesson's, or the
    current folder). Raises :class:`LessonError` for any problem in any file of the chain.
    """
    reference = str(reference or DEFAULT_THEME)
    try:
        path = find_theme_file(reference, relative_to or Path.cwd())
    except LookupError as error:
        message, hint = error.args
        raise LessonError([Problem(None, None, None, "theme", message, hint)]) from None
    document = _resolve_chain(path, ())
    data = dict(document.data)
    try:
        theme = Theme.model_validate({**data, "source_file": document.file})
    except ValidationError as error:
        raise LessonError(validation_problems(error, document, Theme)) from None
    problems = _file_problems(theme, document)
    if not problems:
        problems = [
            document.problem(tuple(field.split(".")), message, "")
            for field, message in theme_font_problems(theme)
        ]
    if problems:
        raise LessonError(problems)
    return theme


def theme_warnings(theme: Theme) -> list[Problem]:
    """Problems worth a warning: text colours below WCAG AA contrast."""
    found = []
    colors = theme.colors
    pairs = [
        ("text", colors.text, "background", colors.background),
        ("text", colors.text, "surface", colors.surface),
        ("muted", colors.muted, "background", colors.background),
        ("primary", colors.primary, "background", colors.background),
    ]
    for name, foreground, ground_name, ground in pairs:
        ratio = contrast_ratio(foreground, ground)
        if ratio < TEXT_CONTRAST:
            found.append(
                Problem(
                    theme.source_file,
                    None,
                    None,
                    f"colors.{name}",
                    f"{name} {foreground} on {ground_name} {ground} has contrast "
                    f"{ratio:.1f}:1, below the 4.5:1 that WCAG AA asks for",
                    f"make colors.{name} darker or colors.{ground_name} lighter "
                    "(or the other way round on a dark theme)",
                    Severity.WARNING,
                )
            )
    return found


def _resolve_chain(path: Path, chain: tuple[Path, ...]) -> YamlDocument:
    """Read the theme at ``path`` and, through ``extends``, everything under it, merged."""
    document = read_yaml_file(path)
    if not isinstance(document.data, dict):
        raise LessonError([document.problem((), "a theme file must be a mapping of keys")])
    data = _absolute_paths(document.data, path.parent)
    parent_reference = data.pop("extends", None)
    if parent_reference is None:
        return YamlDocument(data, path, dict(document.marks), dict(document.key_marks))
    if not isinstance(parent_reference, str):
        raise LessonError(
            [document.problem(("extends",), "'extends' names one theme", "write a name or path")]
        )
    try:
        parent_path = find_theme_file(parent_reference, path.parent)
    except LookupError as error:
        message, hint = error.args
        raise LessonError([document.problem(("extends",), message, hint)]) from None
    if parent_path in (*chain, path):
        names = " -> ".join(p.name for p in (*chain, path, parent_path))
        raise LessonError(
            [
                document.problem(
                    ("extends",),
                    f"themes extend each other in a circle: {names}",
                    "remove 'extends' from one of them",
                )
            ]
        )
    parent = _resolve_chain(parent_path, (*chain, path))
    merged = deep_merge(parent.data, data)
    # The parent's own name and description describe the parent, not this theme.
    for key in ("name", "description"):
        if key not in data:
            merged.pop(key, None)
    marks: dict[FieldPath, Mark] = {**parent.marks, **document.marks}
    key_marks: dict[FieldPath, Mark] = {**parent.key_marks, **document.key_marks}
    return YamlDocument(merged, path, marks, key_marks)


def find_theme_file(reference: str, relative_to: Path) -> Path:
    """The file of a theme named by built-in name or by path relative to ``relative_to``.

    Raises ``LookupError(message, hint)`` when there is no such theme.
    """
    looks_like_path = reference.endswith((".yaml", ".yml")) or "/" in reference or "\\" in reference
    if looks_like_path:
        path = (relative_to / reference).resolve()
        if path.is_file():
            return path
        raise LookupError(f"no theme file '{reference}'", f"paths are relative to {relative_to}")
    path = builtin_themes_dir() / f"{reference}.yaml"
    if path.is_file():
        return path.resolve()
    names = builtin_theme_names()
    close = difflib.get_close_matches(reference, names, n=1)
    suggestion = f"did you mean '{close[0]}'? " if close else ""
    raise LookupError(
        f"unknown theme '{reference}'", suggestion + "built-in themes: " + ", ".join(names)
    )


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` laid over ``base``: mappings merge key by key, anything else replaces."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _absolute_paths(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    result = deep_merge({}, data)
    for key_path in _PATH_KEYS:
        holder: Any = result
        for key in key_path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        last = key_path[-1]
        if isinstance(holder, dict) and isinstance(holder.get(last), str):
            holder[last] = str((folder / holder[last]).resolve())
    return result


def _file_problems(theme: Theme, document: YamlDocument) -> list[Problem]:
    problems = []
    for key_path in _PATH_KEYS:
        value: Any = theme
        for key in key_path:
            value = getattr(value, key, None)
        if isinstance(value, str) and not Path(value).is_file():
            problems.append(
                document.problem(
                    key_path,
                    f"the file '{value}' does not exist",
                    "paths are relative to the theme file that names them",
                )
            )
    if theme.logo and Path(theme.logo).is_file():
        try:
            verified_image_size(Path(theme.logo))
        except UnreadableImage as error:
            problems.append(
                document.problem(
                    ("logo",),
                    f"cannot use the logo '{Path(theme.logo).name}': {error}",
                    "use a PNG or JPEG",
                )
            )
    return problems
