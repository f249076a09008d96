"""Problems found in a teacher's files, gathered so that one run reports them all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    """How serious a problem is: errors stop a build, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a lesson or theme file, positioned where the teacher must edit."""

    file: Path | None
    line: int | None
    column: int | None
    path: str
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def location(self) -> str:
        """Return ``file:line:column`` with whatever parts are known."""
        parts = [str(self.file) if self.file else "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        field = f" {self.path}:" if self.path else ""
        text = f"{self.location()}: {self.severity.value}:{field} {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class LessonError(Exception):
    """Every problem of one run with the teacher's input; raised only when one is an error."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self.report())

    def report(self) -> str:
        """Return all problems, one per paragraph, in file and line order."""
        return "\n".join(str(problem) for problem in sort_problems(self.problems))


class OutputRefused(LessonError):
    """One output cannot be made of a sound lesson (a poster too crowded for its paper):
    a build still writes the lesson's other outputs, and reports these problems."""


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Order problems as a teacher reads the file: by file, then line, then column."""
    return sorted(
        problems,
        key=lambda p: (str(p.file or ""), p.line or 0, p.column or 0, p.path),
    )
