"""The bad-input corpus of tests/data/bad/, made ready to run in a folder of its own.

Most cases are files as they are. A few cannot be kept in the repository as files (a
fifo) or would be megabytes of repetition (a 1 MB text, 10,000 categories): for those
expected.yaml names a ``make`` step, and :func:`prepare_corpus` runs it on a copy.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

BAD = Path(__file__).resolve().parent / "data" / "bad"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((BAD / "expected.yaml").read_text())


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "files" / "pipe.png")


def _lesson_fifo(folder: Path) -> None:
    os.mkfifo(folder / "lesson-fifo.yaml")


def _theme_fifo(folder: Path) -> None:
    os.mkfifo(folder / "themes" / "pipe.yaml")


def _theme_chain(folder: Path) -> None:
    chain = folder / "themes" / "chain"
    chain.mkdir()
    for number in range(1000):
        parent = f"theme-{number + 1}.yaml" if number < 999 else "classic"
        (chain / f"theme-{number}.yaml").write_text(f"name: link-{number}\nextends: {parent}\n")


def _long_text(folder: Path) -> None:
    with (folder / "text-1mb.yaml").open("a") as lesson:
        lesson.write("    text: " + "a" * 1_000_000 + "\n")


def _many_categories(folder: Path) -> None:
    lines = ["categories:"]
    lines += [f"  c{number}: {{label: Kind {number}}}" for number in range(10_000)]
    lines += ["events:"]
    lines += [
        f"  - {{title: E{number}, date: 1917, category: c{number}}}" for number in range(10_000)
    ]
    with (folder / "too-many-categories.yaml").open("a") as lesson:
        lesson.write("\n".join(lines) + "\n")


def _many_events(folder: Path) -> None:
    lines = ["events:", *(f"  - {{title: E{number}, date: 1917}}" for number in range(5_000))]
    with (folder / "too-many-events.yaml").open("a") as lesson:
        lesson.write("\n".join(lines) + "\n")


MAKE_STEPS: dict[str, Callable[[Path], None]] = {
    "fifo": _fifo,
    "lesson-fifo": _lesson_fifo,
    "theme-fifo": _theme_fifo,
    "theme-chain": _theme_chain,
    "long-text": _long_text,
    "many-categories": _many_categories,
    "many-events": _many_events,
}


def prepare_corpus(folder: Path) -> Path:
    """Copy the corpus into ``folder`` (links kept as links), run every make step, and
    return the copy."""
    copy = folder / "bad"
    shutil.copytree(BAD, copy, symlinks=True)
    for case in EXPECTED.values():
        if "make" in case:
            MAKE_STEPS[case["make"]](copy)
    return copy


def command_line(name: str, command: str = "check") -> list[str]:
    """The arguments that run ``command`` on the case ``name`` (in the corpus folder)."""
    return [command, name, *EXPECTED[name].get("args", [])]


def expected_messages(name: str) -> list[str]:
    """Every piece of message the case must print."""
    case = EXPECTED[name]
    return [str(message) for message in case.get("messages", [case.get("message")])]
