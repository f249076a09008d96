"""Fuzzing the readers: any input ends in a lesson or in positioned problems, never a crash."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_strategies import loads_or_names_the_file, mutated_lessons, yaml_values
from lessonpress.errors import LessonError
from lessonpress.load.lesson import load_lesson
from lessonpress.load.yaml_source import parse_yaml_bytes

EXAMPLES = int(os.environ.get("LESSONPRESS_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def load_outcome(path: Path, data: bytes) -> None:
    """Write ``data`` and load it; only success or a positioned LessonError may result."""
    path.write_bytes(data)
    loads_or_names_the_file(load_lesson, path)


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_never_crash_the_yaml_reader(raw: bytes) -> None:
    try:
        parse_yaml_bytes(raw)
    except LessonError as error:
        assert error.problems


@FUZZ
@given(document=yaml_values)
def test_random_yaml_documents(tmp_path: Path, document: Any) -> None:
    load_outcome(tmp_path / "random.yaml", yaml.safe_dump(document, allow_unicode=True).encode())


@FUZZ
@given(lesson=mutated_lessons())
def test_mutations_of_the_example(tmp_path: Path, lesson: dict[str, Any]) -> None:
    load_outcome(tmp_path / "mutated.yaml", yaml.safe_dump(lesson, allow_unicode=True).encode())


@FUZZ
@given(text=st.text(max_size=400))
def test_random_text_as_a_file(tmp_path: Path, text: str) -> None:
    load_outcome(tmp_path / "text.yaml", text.encode("utf-8", "surrogatepass"))
