"""The limits checked at load: each is allowed up to its value and refused one past it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_forty_category_lesson
from lessonpress.errors import LessonError
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import MAX_EXTENDS_DEPTH, load_theme
from lessonpress.load.yaml_source import MAX_DEPTH, parse_yaml_bytes
from lessonpress.model.fields import MAX_TEXT_CHARACTERS, MAX_TITLE_CHARACTERS
from lessonpress.model.lesson import MAX_CATEGORIES, MAX_EVENTS


def load(folder: Path, text: str) -> list[tuple[str, str]]:
    """The problems of the lesson ``text``: ``(field, message)``; empty when it loads."""
    path = folder / "lesson.yaml"
    path.write_text(text)
    try:
        load_lesson(path)
    except LessonError as error:
        return [(problem.path, problem.message) for problem in error.problems]
    return []


def test_a_title_holds_300_characters(tmp_path: Path) -> None:
    title = "T" * MAX_TITLE_CHARACTERS
    assert load(tmp_path, f"title: {title}\nevents:\n  - {{title: {title}, date: 1}}\n") == []
    assert load(tmp_path, f"title: {title}T\nevents:\n  - {{title: A, date: 1}}\n") == [
        ("title", "this title is 301 characters long, more than the 300 it may hold")
    ]


def test_a_text_field_holds_20000_characters(tmp_path: Path) -> None:
    text = "word " * (MAX_TEXT_CHARACTERS // 5)
    lesson = "title: T\nevents:\n  - title: A\n    date: 1\n    {key}: {text}\n"
    for key in ("text", "significance", "notes"):
        assert load(tmp_path, lesson.format(key=key, text=text.strip() + "s")) == []
        [(field, message)] = load(tmp_path, lesson.format(key=key, text=text.strip() + "ss"))
        assert field == f"events[0].{key}"
        assert message == "this text is 20,001 characters long, more than the 20,000 it may hold"


def test_forty_categories_and_a_thousand_events_are_allowed(tmp_path: Path) -> None:
    assert MAX_CATEGORIES == 40
    assert (
        len(load_lesson(write_forty_category_lesson(tmp_path, "Kind {}")).lesson.categories) == 40
    )
    events = "".join(f"  - {{title: E{n}, date: {1000 + n}}}\n" for n in range(MAX_EVENTS))
    assert load(tmp_path, f"title: T\nevents:\n{events}") == []
    assert load(tmp_path, f"title: T\nevents:\n{events}  - {{title: One more, date: 1}}\n") == [
        ("events", "there are 1,001 events, more than the 1,000 one lesson may have")
    ]


def test_a_forty_first_category_is_refused(tmp_path: Path) -> None:
    categories = "".join(f"  c{n}: {{label: C{n}}}\n" for n in range(MAX_CATEGORIES + 1))
    problems = load(
        tmp_path, f"title: T\ncategories:\n{categories}events:\n  - {{title: A, date: 1}}\n"
    )
    assert problems == [
        ("categories", "there are 41 categories, more than the 40 one lesson may have")
    ]


def test_values_nest_20_levels_deep_at_most() -> None:
    assert parse_yaml_bytes(b"a: " + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1)).data
    with pytest.raises(LessonError, match="nested more than 20 levels deep"):
        parse_yaml_bytes(b"a: " + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH)


def write_chain(folder: Path, length: int) -> None:
    for number in range(length):
        parent = f"t{number + 1}.yaml" if number < length - 1 else "classic"
        (folder / f"t{number}.yaml").write_text(f"extends: {parent}\n")


def test_an_extends_chain_holds_20_themes(tmp_path: Path) -> None:
    write_chain(tmp_path, MAX_EXTENDS_DEPTH - 1)  # and classic at the end
    assert load_theme("t0.yaml", tmp_path).name == "custom"
    write_chain(tmp_path, MAX_EXTENDS_DEPTH)
    with pytest.raises(LessonError) as caught:
        load_theme("t0.yaml", tmp_path)
    [problem] = caught.value.problems
    assert problem.path == "extends" and problem.line == 1
    assert f"more than {MAX_EXTENDS_DEPTH} deep" in problem.message
