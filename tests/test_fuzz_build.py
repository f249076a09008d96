"""Fuzzing whole builds: awkward but valid lessons give outputs that pass every check.

The number of examples is small by default so that CI stays quick; set
LESSONPRESS_FUZZ_BUILD_EXAMPLES for a longer run. Failing examples worth keeping are saved
in tests/data/fuzz-regressions/, which test_regressions_still_build rebuilds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from checks import pdf_problems, pptx_problems
from conftest import DATA
from fuzz_strategies import awkward_valid_lessons
from lessonpress.build import build_lesson
from lessonpress.errors import LessonError

EXAMPLES = int(os.environ.get("LESSONPRESS_FUZZ_BUILD_EXAMPLES", "12"))
REGRESSIONS = sorted((DATA / "fuzz-regressions").glob("*.yaml"))


def build_and_check(lesson: Path, output: Path) -> None:
    """Build every output of ``lesson``; each one must pass the checks."""
    for path in build_lesson(lesson, output).outputs:
        problems = pptx_problems(path) if path.suffix == ".pptx" else pdf_problems(path)
        assert problems == [], (path, problems)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lesson=awkward_valid_lessons())
def test_awkward_text_builds_cleanly(tmp_path: Path, lesson: dict[str, Any]) -> None:
    path = tmp_path / "awkward.yaml"
    path.write_text(yaml.safe_dump(lesson, allow_unicode=True), encoding="utf-8")
    try:
        build_and_check(path, tmp_path / "out")
    except LessonError as error:
        # Only a positioned problem with the input may stop a build.
        assert all(problem.message for problem in error.problems)


@pytest.mark.parametrize("lesson", REGRESSIONS, ids=lambda path: path.stem)
def test_regressions_still_build(lesson: Path, tmp_path: Path) -> None:
    build_and_check(lesson, tmp_path)
