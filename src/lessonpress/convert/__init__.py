"""Turn the timelines teachers already have into lessons, and lessons into TimelineJS.

Each reader turns one format into a :class:`~lessonpress.convert.draft.Draft` of the
lesson's data; :func:`import_lesson` writes it as a commented lesson file, validated
by the same loader ``lessonpress check`` uses before the file is put in place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from lessonpress.convert.draft import Draft, Origin
from lessonpress.errors import LessonError, Problem
from lessonpress.load.yaml_source import MAX_FILE_BYTES

Reader = Callable[[str, Path], Draft]


def _plain_text(text: str, source: Path) -> Draft:
    from lessonpress.convert.plain_text import read_plain_text

    return read_plain_text(text, source)


def _timelinejs_json(text: str, source: Path) -> Draft:
    from lessonpress.convert.timelinejs_json import read_timelinejs_json

    return read_timelinejs_json(text, source)


def _timelinejs_csv(text: str, source: Path) -> Draft:
    from lessonpress.convert.timelinejs_csv import read_timelinejs_csv

    return read_timelinejs_csv(text, source)


def _markwhen(text: str, source: Path) -> Draft:
    from lessonpress.convert.markwhen import read_markwhen

    return read_markwhen(text, source)


def _lesson_csv(text: str, source: Path) -> Draft:
    from lessonpress.convert.lesson_csv import read_lesson_csv

    return read_lesson_csv(text, source)


READERS: dict[str, Reader] = {
    "text": _plain_text,
    "timelinejs": _timelinejs_json,
    "timelinejs-csv": _timelinejs_csv,
    "markwhen": _markwhen,
    "csv": _lesson_csv,
}
"""Every format ``lessonpress import`` reads, by the name ``--from`` takes."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The lesson written, and the warnings about what could not be carried over."""

    output: Path
    format_name: str
    events: int
    warnings: tuple[Problem, ...]


def detect_format(source: Path, text: str) -> str:
    """The reader for ``source``: by its suffix, and for text and CSV files by their content."""
    suffix = source.suffix.lower()
    if suffix == ".json":
        return "timelinejs"
    if suffix in (".mw", ".markwhen"):
        return "markwhen"
    if suffix in (".csv", ".tsv"):
        from lessonpress.convert.timelinejs_csv import is_timelinejs_sheet

        return "timelinejs-csv" if is_timelinejs_sheet(text) else "csv"
    from lessonpress.convert.markwhen import looks_like_markwhen

    return "markwhen" if looks_like_markwhen(text) else "text"


def read_source(source: Path, format_name: str | None = None) -> Draft:
    """Read ``source`` with the reader for ``format_name`` (detected when None)."""
    text = _read_text(source)
    reader = READERS[format_name or detect_format(source, text)]
    return reader(text, source)


def import_lesson(source: Path, output: Path, format_name: str | None = None) -> ImportResult:
    """Read ``source`` and write it as the lesson file ``output``.

    The lesson is written to a temporary file beside ``output``, read back by the
    lesson loader, and only then renamed into place: a file that would not pass
    ``lessonpress check`` is never written. Raises :class:`LessonError` for every
    problem, positioned in ``source``.
    """
    from lessonpress.convert.lesson_yaml import lesson_yaml
    from lessonpress.load.lesson import load_lesson

    draft = read_source(source, format_name)
    output.parent.mkdir(parents=True, exist_ok=True)
    draft.relocate_images(output.parent.resolve())
    descriptor, temporary_name = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".yaml"
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(lesson_yaml(draft, output.name))
        try:
            loaded = load_lesson(temporary)
        except LessonError as error:
            raise LessonError([_in_source(problem, draft) for problem in error.problems]) from None
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    lesson_warnings = [replace(warning, file=output) for warning in loaded.warnings]
    return ImportResult(
        output,
        draft.format_name,
        len(loaded.lesson.events),
        (*draft.warnings, *lesson_warnings),
    )


def _in_source(problem: Problem, draft: Draft) -> Problem:
    """A problem the loader found in the written lesson, moved to where it came from."""
    origin = draft.origin_of(problem.path)
    if origin.line is None:
        origin = Origin(None)
    return replace(problem, file=draft.source, line=origin.line, column=origin.column)


def _read_text(source: Path) -> str:
    def failure(message: str, hint: str = "", line: int | None = None) -> LessonError:
        return LessonError([Problem(source, line, 1 if line else None, "", message, hint)])

    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise failure(
                f"the file is larger than the {MAX_FILE_BYTES // 1_048_576} MB a timeline may be",
                "check that this is the file you meant",
            )
        raw = source.read_bytes()
    except IsADirectoryError:
        raise failure("this is a folder, not a file", "name the timeline file") from None
    except FileNotFoundError:
        raise failure("no such file", "check the spelling of the path") from None
    except OSError as error:
        raise failure(f"cannot read the file: {error.strerror}") from None
    if b"\x00" in raw[:8192]:
        raise failure(
            "this is a binary file, not text",
            "save the timeline as text: JSON, CSV (from a spreadsheet: File > Download > CSV), "
            "Markwhen or plain text",
            1,
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise failure(
            "the file is not UTF-8 text",
            "save it again choosing the encoding UTF-8 (in a spreadsheet: 'CSV UTF-8')",
            line,
        ) from None
