"""Starting a lesson in the folder: from the starter, an example or an import."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from lessonpress.commit import commit_files
from lessonpress.convert import READERS
from lessonpress.convert import import_lesson as convert_to_lesson
from lessonpress.serve.workspace import RefusedName, Workspace, examples_dir
from lessonpress.starter import starter_files

IMPORT_SUFFIXES = {"text": ".txt", "timelinejs-csv": ".csv", "csv": ".csv", "markwhen": ".mw"}


def start_from_starter(workspace: Workspace, title: str) -> str:
    """Write the commented starter lesson (and the schema editors read) under a free name."""
    name = workspace.free_name(title or "my-lesson")
    commit_files(workspace.folder, starter_files(name))
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


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:60]
