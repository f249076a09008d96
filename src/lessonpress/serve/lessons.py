"""Starting a lesson in the folder (from the starter, an example or an import) and its theme."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from lessonpress.commit import commit_files
from lessonpress.convert import READERS
from lessonpress.convert import import_lesson as convert_to_lesson
from lessonpress.load.theme import builtin_theme_names
from lessonpress.serve.workspace import RefusedName, Workspace, examples_dir
from lessonpress.starter import starter_lesson

SCHEMA_FILE_NAME = "lesson.schema.json"
IMPORT_SUFFIXES = {"text": ".txt", "timelinejs-csv": ".csv", "csv": ".csv", "markwhen": ".mw"}
THEME_SUFFIX = ".theme.yaml"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def start_from_starter(workspace: Workspace, title: str) -> str:
    """Write the commented starter lesson (and the schema editors read) under a free name."""
    from lessonpress.cli import _schema_json

    name = workspace.free_name(title or "my-lesson")
    text = starter_lesson(Path(name).stem, SCHEMA_FILE_NAME)
    commit_files(workspace.folder, {name: text.encode(), SCHEMA_FILE_NAME: _schema_json().encode()})
    return name


def start_from_example(workspace: Workspace, example: str) -> str:
    """Copy the example lesson ``example`` into the folder under a free name."""
    source = examples_dir() / example
    if Path(example).name != example or not source.is_file():
        raise RefusedName(f"'{example}' is not one of the examples")
    name = workspace.free_name(source.stem)
    commit_files(workspace.folder, {name: source.read_bytes()})
    return name


def start_from_import(
    workspace: Workspace, text: str, format_name: str, title: str
) -> dict[str, Any]:
    """Turn pasted or uploaded ``text`` in ``format_name`` into a new lesson in the folder.

    The text is read by the same readers as ``lessonpress import``, from a hidden file
    in the folder removed afterwards; problems are positioned in the text.
    """
    if format_name not in IMPORT_SUFFIXES or format_name not in READERS:
        raise RefusedName(f"'{format_name}' is not a format lessonpress imports here")
    name = workspace.free_name(title or _first_line(text) or "imported-lesson")
    # A hidden folder of its own, so that the lesson's comments name a file like the lesson.
    scratch = Path(tempfile.mkdtemp(dir=workspace.folder, prefix=".import-"))
    try:
        source = scratch / (Path(name).stem + IMPORT_SUFFIXES[format_name])
        source.write_text(text, encoding="utf-8")
        result = convert_to_lesson(source, workspace.folder / name, format_name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    warnings = [
        {"line": w.line, "column": w.column, "message": w.message, "hint": w.hint}
        for w in result.warnings
    ]
    return {"name": name, "events": result.events, "warnings": warnings}


def save_colour_theme(workspace: Workspace, name: str, base: str, primary: str) -> str:
    """Write ``<lesson>.theme.yaml`` beside lesson ``name``: ``base`` with another primary.

    ``base`` is a built-in theme, or this lesson's own theme file (whose ``extends`` and
    other settings are kept). Returns the theme file's name as the lesson refers to it.
    """
    if not _COLOUR.fullmatch(primary):
        raise RefusedName(f"'{primary}' is not a colour written as #RRGGBB")
    lesson = workspace.lesson_path(name)
    theme_file = lesson.with_name(lesson.stem + THEME_SUFFIX)
    settings: dict[str, Any] = {}
    if base == theme_file.name and theme_file.is_file():
        settings = _theme_settings(theme_file)
    elif base in builtin_theme_names():
        settings = {"extends": base}
    else:
        raise RefusedName(f"'{base}' is neither a built-in theme nor this lesson's theme file")
    colors = settings.get("colors") if isinstance(settings.get("colors"), dict) else {}
    settings["colors"] = {**colors, "primary": primary.upper()}
    header = (
        f"# The theme of {lesson.name}: '{settings.get('extends', 'classic')}' with its own "
        "colours.\n# Made by `lessonpress serve`; edit it freely.\n"
    )
    text = header + yaml.safe_dump(settings, sort_keys=False, allow_unicode=True)
    commit_files(theme_file.parent, {theme_file.name: text.encode()})
    return theme_file.name


def _theme_settings(theme_file: Path) -> dict[str, Any]:
    try:
        settings = yaml.safe_load(theme_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        settings = None
    if not isinstance(settings, dict) or settings.get("extends") not in builtin_theme_names():
        raise RefusedName(f"{theme_file.name} is not a theme made here; choose a built-in theme")
    return settings


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:60]
