"""Read a teacher's YAML file safely, keeping where every value was written.

PyYAML's safe loader already refuses to build Python objects, but on its own
it silently keeps the last of two equal keys, expands aliases without bound,
and forgets positions. This module composes the node graph, then builds plain
Python values itself so that it can:

- remember the line and column of every value, keyed by its field path;
- report a key given twice in one mapping;
- refuse tags outside the plain YAML types (``!!python/...`` and custom ones);
- stop an alias "bomb" after a bounded number of expanded nodes;
- stop values nested too deep before Python's recursion limit does;
- refuse oversized, binary and non-UTF-8 files before parsing them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lessonpress.errors import LessonError, Problem
from lessonpress.load.paths import RefusedPath, read_regular_file, regular_file

MAX_FILE_BYTES = 2 * 1024 * 1024
"""A lesson is a few pages of text; anything larger is a mistake or an attack."""

MAX_NODES = 200_000
"""Values built from one file, aliases expanded; a "billion laughs" file stops here."""

MAX_DEPTH = 20
"""How deeply values may nest; a lesson needs five levels (events, an event, its image)."""

_SAFE_LOADER: Any = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
"""libyaml's parser when PyYAML has it: several times faster on a large file."""

PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Mark:
    """Where a value starts in a file (1-based line and column)."""

    file: Path | None
    line: int
    column: int


@dataclass(slots=True)
class YamlDocument:
    """Plain Python data read from one file, with the position of every value."""

    data: Any
    file: Path | None
    marks: dict[FieldPath, Mark] = field(default_factory=dict)
    key_marks: dict[FieldPath, Mark] = field(default_factory=dict)

    def mark_for(self, path: FieldPath) -> Mark:
        """Return the position of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            mark = self.marks.get(tuple(path[:end]))
            if mark is not None:
                return mark
        return Mark(self.file, 1, 1)

    def problem(
        self, path: FieldPath, message: str, hint: str = "", *, at_key: bool = False
    ) -> Problem:
        """Build a problem positioned at ``path`` (at its key rather than its value if asked)."""
        mark = (self.key_marks.get(path) if at_key else None) or self.mark_for(path)
        return Problem(mark.file, mark.line, mark.column, format_path(path), message, hint)


def format_path(path: FieldPath) -> str:
    """Spell a field path as a teacher sees it: ``events[3].date``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def read_yaml_file(path: Path) -> YamlDocument:
    """Read and parse ``path``; raise :class:`LessonError` for anything that is not safe YAML.

    Only a regular file is read: a fifo would block the read and ``/dev/zero`` never end it.
    """
    if not path.exists() and not path.is_symlink():
        raise _file_error(path, "no such file", "check the spelling of the path", None)
    try:
        raw = read_regular_file(regular_file(path, "this"), MAX_FILE_BYTES, "this")
    except RefusedPath as refused:
        raise _file_error(
            path, refused.message, refused.hint or "name a .yaml file", None
        ) from None
    return parse_yaml_bytes(raw, path)


def parse_yaml_bytes(raw: bytes, file: Path | None = None) -> YamlDocument:
    """Parse YAML from bytes; see :func:`read_yaml_file`."""
    if len(raw) > MAX_FILE_BYTES:
        raise _file_error(file, "the text is too large for a lesson or theme", "")
    text = _decode(raw, file)
    if not text.strip():
        raise _file_error(file, "the file is empty", "start from `lessonpress new lesson.yaml`")
    try:
        _check_depth(text, file)
        loader = _SAFE_LOADER(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise LessonError([_syntax_problem(error, file, text)]) from None
    except yaml.reader.ReaderError as error:
        raise LessonError([_unprintable_problem(error, file, text)]) from None
    except yaml.YAMLError as error:
        raise _file_error(file, f"not valid YAML: {error}", "") from None
    if node is None:
        raise _file_error(file, "the file holds only comments", "add the lesson's keys")
    builder = _ValueBuilder(file, loader)
    data = builder.build(node, ())
    if builder.problems:
        raise LessonError(builder.problems)
    return YamlDocument(data, file, builder.marks, builder.key_marks)


def _decode(raw: bytes, file: Path | None) -> str:
    if b"\x00" in raw[:8192]:
        raise _file_error(
            file,
            "this is a binary file, not a text file",
            "a lesson is a YAML text file; check that you named the right file",
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise LessonError(
            [
                Problem(
                    file,
                    line,
                    column,
                    "",
                    f"the file is not UTF-8 text (byte 0x{raw[error.start]:02X})",
                    "save it again as UTF-8: in most editors, 'Save As' then "
                    "choose the encoding 'UTF-8'",
                )
            ]
        ) from None


def _syntax_problem(error: yaml.MarkedYAMLError, file: Path | None, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    message = str(error.problem or error.context or "not valid YAML")
    hint = "check the indentation and the colons on this line and the one before"
    if "'\\t'" in message or (mark and _line_has_tab(text, mark.line)):
        message = "a tab character is used for indentation"
        hint = "YAML indents with spaces only: replace the tab with spaces"
    return Problem(file, line, column, "", f"not valid YAML: {message}", hint)


def _unprintable_problem(error: yaml.reader.ReaderError, file: Path | None, text: str) -> Problem:
    line = text.count("\n", 0, error.position) + 1
    column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
    return Problem(
        file,
        line,
        column,
        "",
        f"the file contains an invisible control character (U+{error.character:04X})",
        "delete it: retype the text around it, or paste it again as plain text",
    )


def _line_has_tab(text: str, index: int) -> bool:
    lines = text.splitlines()
    if not 0 <= index < len(lines):
        return False
    line = lines[index]
    return "\t" in line[: len(line) - len(line.lstrip())]


def _file_error(file: Path | None, message: str, hint: str, line: int | None = 1) -> LessonError:
    """A problem with the file as a whole, shown at its first line unless ``line`` is None."""
    return LessonError([Problem(file, line, 1 if line else None, "", message, hint)])


def _check_depth(text: str, file: Path | None) -> None:
    """Refuse values nested deeper than ``MAX_DEPTH``, from the parser's flat event stream.

    Composing nested values recurses (in C with libyaml), so this runs first.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_SAFE_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise LessonError(
                    [
                        Problem(
                            file,
                            mark.line + 1 if mark else None,
                            mark.column + 1 if mark else None,
                            "",
                            f"the values are nested more than {MAX_DEPTH} levels deep",
                            "a lesson needs five levels at most: check the indentation "
                            "and the brackets",
                        )
                    ]
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


class _ValueBuilder:
    """Turn composed YAML nodes into plain values, recording marks and problems."""

    def __init__(self, file: Path | None, loader: Any) -> None:
        self.file = file
        self.loader = loader
        self.marks: dict[FieldPath, Mark] = {}
        self.key_marks: dict[FieldPath, Mark] = {}
        self.problems: list[Problem] = []
        self.nodes_built = 0

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        self.nodes_built += 1
        if self.nodes_built > MAX_NODES:
            # Point at the top-level key whose value exploded, not deep inside the aliases.
            top = path[:1]
            mark = self.marks.get(top) or self._mark(node)
            raise LessonError(
                [
                    Problem(
                        mark.file,
                        mark.line,
                        mark.column,
                        format_path(top),
                        f"the file expands to more than {MAX_NODES:,} values "
                        "(through YAML aliases)",
                        "remove the '*' aliases; a lesson never needs them",
                    )
                ]
            )
        if len(path) > MAX_DEPTH:
            # Only aliases get here (composing stops deeper nesting): one inside another,
            # or one inside its own anchor.
            mark = self._mark(node)
            raise LessonError(
                [
                    Problem(
                        mark.file,
                        mark.line,
                        mark.column,
                        format_path(path[:1]),
                        f"through YAML aliases, the values nest more than {MAX_DEPTH} levels deep",
                        "remove the '*' aliases; a lesson never needs them",
                    )
                ]
            )
        self.marks.setdefault(path, self._mark(node))
        if node.tag not in PLAIN_TAGS:
            self.problems.append(
                self._problem(
                    node,
                    path,
                    f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed",
                    "lessons use plain text, numbers, lists and mappings only: remove the tag",
                )
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._build_mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._build_scalar(node, path)

    def _build_scalar(self, node: yaml.Node, path: FieldPath) -> Any:
        try:
            value = self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            self.problems.append(self._problem(node, path, f"cannot read this value: {error}", ""))
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        return value

    def _build_mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        first_seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(
                    self._problem(
                        key_node,
                        path,
                        "the YAML merge key '<<' is not supported",
                        "write the keys out in full",
                    )
                )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    self._problem(key_node, path, "a key must be a plain word", "")
                )
                continue
            key = str(key_node.value)
            if key in first_seen:
                first_line = first_seen[key].start_mark.line + 1
                self.problems.append(
                    self._problem(
                        key_node,
                        (*path, key),
                        f"the key '{key}' is given twice (first on line {first_line}); "
                        "only one can be kept",
                        "merge the two into one, or rename one of them",
                    )
                )
                continue
            first_seen[key] = key_node
            self.marks[(*path, key)] = self._mark(value_node)
            self.key_marks[(*path, key)] = self._mark(key_node)
            mapping[key] = self.build(value_node, (*path, key))
        return mapping

    def _mark(self, node: yaml.Node) -> Mark:
        return Mark(self.file, node.start_mark.line + 1, node.start_mark.column + 1)

    def _problem(self, node: yaml.Node, path: FieldPath, message: str, hint: str) -> Problem:
        mark = self._mark(node)
        return Problem(mark.file, mark.line, mark.column, format_path(path), message, hint)
