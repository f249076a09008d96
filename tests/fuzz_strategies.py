"""Hypothesis strategies for hostile and unusual lessons, shared by the fuzz tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from conftest import EXAMPLE
from lessonpress.errors import LessonError

AWKWARD_TEXT = [
    "مرحبا بالعالم",  # right-to-left Arabic
    "שלום עולם",  # right-to-left Hebrew
    "e\u0301\u0301\u0301 Zalgo\u0336\u0337",  # stacked combining marks
    "Emoji 🇺🇸🤝🇷🇺 ☭ ★",
    "control \x00\x01\x07\x0b\x1b\x7f characters",
    "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4,  # a very long word
    "<b>not html</b> & <script>alert(1)</script>",
    "**unclosed bold and *italic",
    "Ελληνικά: ἀρετή, Русский: Ёжик",
    "\u200b\u200d\ufeff zero widths",
    "",
    " ",
    "{curly} %s %(name)s \\ backslash",
]

text = st.one_of(st.sampled_from(AWKWARD_TEXT), st.text(max_size=200))

DATE_WORDS = ["March 8 1917", "44 BC", "c. 753 BC", "1920s", "5th century BC", "1939 - 41"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    text,
    st.sampled_from(DATE_WORDS),
)

yaml_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=12), children, max_size=4),
    ),
    max_leaves=20,
)


def example_lesson() -> dict[str, Any]:
    """The example lesson as plain data, to mutate."""
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated_lessons(draw: st.DrawFn) -> dict[str, Any]:
    """The example lesson with a few random deletions, replacements and awkward text."""
    lesson = copy.deepcopy(example_lesson())
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(lesson)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = lesson
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["delete", "replace", "text", "date"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(yaml_values)
        elif action == "text":
            parent[path[-1]] = draw(text)
        else:
            parent[path[-1]] = draw(st.one_of(text, st.sampled_from(DATE_WORDS)))
    return lesson


@st.composite
def awkward_valid_lessons(draw: st.DrawFn) -> dict[str, Any]:
    """The example lesson, still valid, with awkward text in its text fields."""
    lesson = copy.deepcopy(example_lesson())
    lesson["title"] = draw(text.filter(lambda value: value.strip())) or "Title"
    for event in lesson["events"]:
        if draw(st.booleans()):
            event["title"] = draw(text.filter(lambda value: value.strip()))
        if draw(st.booleans()):
            event["text"] = draw(text)
        if draw(st.booleans()):
            event["notes"] = draw(text)
        event.pop("id", None)
    # Awkward titles may collide; ids keep them distinct.
    for index, event in enumerate(lesson["events"]):
        event["id"] = f"event-{index}"
    if draw(st.booleans()):
        lesson["questions"][0]["prompt"] = draw(text.filter(lambda value: value.strip()))
    return lesson


def loads_or_names_the_file(load: Callable[[Path], object], path: Path) -> None:
    """``load(path)`` succeeds, or raises a LessonError whose every problem has a message
    and names the file: the only outcomes allowed for any input."""
    try:
        load(path)
    except LessonError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.message
            assert problem.file is not None
