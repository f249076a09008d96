"""The folder the server was started in: the only place it reads lessons from and writes to.

A lesson is named by its path relative to the folder, as the page shows it. A name
that leaves the folder (``../x.yaml``, ``/etc/x.yaml``, a symlink pointing out), a
hidden file or a file that is not a lesson is refused before anything is opened.
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path, PurePosixPath

from lessonpress.commit import commit_files
from lessonpress.load.yaml_source import MAX_FILE_BYTES

LESSON_SUFFIXES = (".yaml", ".yml")
MAX_LESSONS_LISTED = 500
SKIPPED_FOLDERS = frozenset({"output", "node_modules", "__pycache__"})
_SAFE_STEM = re.compile(r"[^A-Za-z0-9._-]+")


class RefusedName(Exception):
    """A lesson name the server will not open; the message says why, for the page."""


class Workspace:
    """Lesson files inside one folder, read and written only there."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(os.path.realpath(folder))

    def lesson_path(self, name: str) -> Path:
        """The real path of the lesson ``name``; :class:`RefusedName` if it may not be used."""
        written = PurePosixPath(name)
        if not name or written.is_absolute() or "\\" in name:
            raise RefusedName(f"'{name}' is not a lesson name inside the folder")
        if any(part in ("..", "") or part.startswith(".") for part in written.parts):
            raise RefusedName(f"'{name}' leaves the folder or names a hidden file")
        if written.suffix.lower() not in LESSON_SUFFIXES:
            raise RefusedName(f"'{name}' is not a lesson file: its name must end in .yaml")
        real = Path(os.path.realpath(self.folder / written))
        if not real.is_relative_to(self.folder):
            raise RefusedName(f"'{name}' points outside the folder lessonpress serves")
        return real

    def name_of(self, path: Path) -> str:
        """The name the page shows for a file inside the folder."""
        return Path(os.path.realpath(path)).relative_to(self.folder).as_posix()

    def lessons(self) -> list[str]:
        """The lesson files in the folder and its sub-folders, hidden and output ones left out."""
        found: list[str] = []
        for root, folders, files in os.walk(self.folder):
            folders[:] = sorted(
                f for f in folders if not f.startswith(".") and f not in SKIPPED_FOLDERS
            )
            for file in sorted(files):
                if file.startswith(".") or not file.lower().endswith(LESSON_SUFFIXES):
                    continue
                if file.lower().endswith((".theme.yaml", ".theme.yml")):
                    continue
                found.append(self.name_of(Path(root) / file))
                if len(found) >= MAX_LESSONS_LISTED:
                    return found
        return found

    def read(self, name: str) -> str:
        """The text of the lesson ``name``."""
        path = self.lesson_path(name)
        if not path.is_file():
            raise RefusedName(f"there is no lesson '{name}' in the folder")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise RefusedName(f"'{name}' is larger than a lesson may be")
        return path.read_text(encoding="utf-8", errors="replace")

    def write(self, name: str, text: str) -> Path:
        """Replace (or create) the lesson ``name`` with ``text``, all at once."""
        path = self.lesson_path(name)
        commit_files(path.parent, {path.name: text.encode()})
        return path

    def free_name(self, wanted: str) -> str:
        """A lesson name like ``wanted`` (any text) that no file in the folder has yet."""
        stem = _SAFE_STEM.sub("-", wanted.strip().lower()).strip("-.")[:60] or "lesson"
        candidate, number = f"{stem}.yaml", 1
        while (self.folder / candidate).exists():
            number += 1
            candidate = f"{stem}-{number}.yaml"
        return candidate


def examples_dir() -> Path:
    """The example lessons: inside the installed package, or the source tree's ``content/``."""
    packaged = Path(str(resources.files("lessonpress"))) / "examples"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "content"


def example_names() -> list[str]:
    """The names of the example lessons a teacher can start from."""
    return sorted(path.name for path in examples_dir().glob("*.yaml"))
