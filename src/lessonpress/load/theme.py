"""Find, merge and validate themes: built-in names or theme files with ``extends``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from lessonpress.errors import LessonError, Problem
from lessonpress.fonts import theme_font_problems
from lessonpress.load.lint import lint_theme
from lessonpress.load.paths import PathPolicy, RefusedPath, regular_file
from lessonpress.load.problems import validation_problems
from lessonpress.load.theme_files import confined_paths, verify_theme_files
from lessonpress.load.yaml_source import FieldPath, Mark, YamlDocument, read_yaml_file
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme

DEFAULT_THEME = "classic"

MAX_EXTENDS_DEPTH = 20
"""How many themes one chain of ``extends`` may hold; real themes use two or three."""


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


def load_theme(
    reference: str | Path | None = None,
    relative_to: Path | None = None,
    allowed_dirs: Iterable[Path | str] = (),
    *,
    confine_reference: bool = False,
    needed_characters: frozenset[str] = frozenset(),
) -> Theme:
    """Load a theme by built-in name or file path, with its ``extends`` chain merged.

    ``relative_to`` is the folder a relative path is read from (the lesson's, or the
    current folder). The files a theme names (logo, fonts, template, the themes it
    extends) are read only inside the folder of the theme file that names them, the
    current folder or ``allowed_dirs``; so is the theme file itself when
    ``confine_reference`` is set (a theme named in a lesson). A font file must have a
    glyph for each of ``needed_characters`` (the lesson's) that no fallback family has.
    Raises :class:`LessonError` for any problem in any file of the chain.
    """
    policy = PathPolicy.for_run(allowed_dirs)
    reference = str(reference or DEFAULT_THEME)
    base = relative_to or Path.cwd()
    try:
        path = find_theme_file(reference, base, policy if confine_reference else None)
    except LookupError as error:
        message, hint = error.args
        raise LessonError([Problem(None, None, None, "theme", message, hint)]) from None
    chain = _resolve_chain(path, (), policy)
    document = chain.document
    try:
        theme = Theme.model_validate({**document.data, "source_file": document.file})
    except ValidationError as error:
        problems = validation_problems(error, document, Theme)
        raise LessonError([*chain.path_problems.values(), *problems]) from None
    if chain.path_problems:
        raise LessonError(chain.path_problems.values())
    theme, problems = verify_theme_files(theme, document, needed_characters)
    if not problems:
        problems = [
            document.problem(tuple(field.split(".")), message, "")
            for field, message in theme_font_problems(theme)
        ]
    if problems:
        raise LessonError(problems)
    return theme


def theme_warnings(theme: Theme, lesson: Lesson | None = None) -> list[Problem]:
    """Problems worth a warning, at the lines of the theme files that set them: colours
    below WCAG AA contrast and, for ``lesson``, categories told apart by colour alone
    (see :func:`~lessonpress.load.lint.lint_theme`)."""
    return lint_theme(theme, theme_documents(theme), lesson)


def theme_documents(theme: Theme) -> list[YamlDocument]:
    """The files of a loaded theme, read again for their lines: its own, then each it
    extends, nearest first (as far as they still read; none for a theme with no file)."""
    documents: list[YamlDocument] = []
    path = theme.source_file
    while path is not None and len(documents) < MAX_EXTENDS_DEPTH:
        try:
            document = read_yaml_file(path)
        except LessonError:
            break
        documents.append(document)
        parent = document.data.get("extends") if isinstance(document.data, dict) else None
        if not isinstance(parent, str):
            break
        try:
            path = find_theme_file(parent, path.parent)
        except LookupError:
            break
    return documents


@dataclass(frozen=True, slots=True)
class _Chain:
    """A theme merged with everything it extends, and the refused paths on the way."""

    document: YamlDocument
    path_problems: dict[FieldPath, Problem]


def _resolve_chain(path: Path, chain: tuple[Path, ...], policy: PathPolicy) -> _Chain:
    """Read the theme at ``path`` and, through ``extends``, everything under it, merged."""
    document = read_yaml_file(path)
    if not isinstance(document.data, dict):
        raise LessonError([document.problem((), "a theme file must be a mapping of keys")])
    data, path_problems = confined_paths(document, path.parent, policy)
    parent_reference = data.pop("extends", None)
    if parent_reference is None:
        own = YamlDocument(data, path, dict(document.marks), dict(document.key_marks))
        return _Chain(own, path_problems)
    if not isinstance(parent_reference, str):
        raise LessonError(
            [document.problem(("extends",), "'extends' names one theme", "write a name or path")]
        )
    if len(chain) + 1 >= MAX_EXTENDS_DEPTH:
        raise LessonError(
            [
                document.problem(
                    ("extends",),
                    f"the themes extend one another more than {MAX_EXTENDS_DEPTH} deep",
                    "let this theme extend a built-in theme directly",
                )
            ]
        )
    try:
        parent_path = find_theme_file(parent_reference, path.parent, policy)
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
    parent = _resolve_chain(parent_path, (*chain, path), policy)
    merged = deep_merge(parent.document.data, data)
    # The parent's own name and description describe the parent, not this theme.
    for key in ("name", "description"):
        if key not in data:
            merged.pop(key, None)
    marks: dict[FieldPath, Mark] = {**parent.document.marks, **document.marks}
    key_marks: dict[FieldPath, Mark] = {**parent.document.key_marks, **document.key_marks}
    # A path this theme gives replaces its parent's, and so does the parent's problem with it.
    problems = {
        key_path: problem
        for key_path, problem in parent.path_problems.items()
        if key_path not in document.marks
    }
    return _Chain(YamlDocument(merged, path, marks, key_marks), {**problems, **path_problems})


def find_theme_file(reference: str, relative_to: Path, policy: PathPolicy | None = None) -> Path:
    """The file of a theme named by built-in name or by path relative to ``relative_to``.

    With a ``policy``, a theme file outside its folders is refused. Raises
    ``LookupError(message, hint)`` when there is no such theme or it may not be read.
    """
    looks_like_path = reference.endswith((".yaml", ".yml")) or "/" in reference or "\\" in reference
    if looks_like_path:
        what = f"the theme file '{reference}'"
        try:
            if policy is None:
                return regular_file(relative_to / reference, what)
            return policy.resolve(reference, relative_to, what)
        except RefusedPath as refused:
            raise LookupError(refused.message, refused.hint) from None
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
