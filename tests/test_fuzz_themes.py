"""Fuzzing themes: any theme file ends in a theme or in positioned problems, and every
theme the loader accepts builds the example into outputs that pass the checks (or
stops with a positioned problem, such as a poster too small for the events).

The number of examples is small by default; set LESSONPRESS_FUZZ_THEME_EXAMPLES for a
longer run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from checks import pdf_problems, pptx_problems
from conftest import EXAMPLE
from fuzz_strategies import loads_or_names_the_file, yaml_values
from lessonpress.build import build_lesson
from lessonpress.errors import LessonError
from lessonpress.load.theme import load_theme
from lessonpress.model.pages import NAMED_PAGE_SIZES

EXAMPLES = int(os.environ.get("LESSONPRESS_FUZZ_THEME_EXAMPLES", "60"))
BUILD_EXAMPLES = max(1, EXAMPLES // 6)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

colors = st.integers(min_value=0, max_value=0xFFFFFF).map(lambda value: f"#{value:06X}")
lengths = st.builds(
    lambda number, unit: f"{number}{unit}",
    st.integers(min_value=0, max_value=60),
    st.sampled_from(["pt", "mm", "in", ""]),
)
page_sizes = st.one_of(
    st.sampled_from(sorted(NAMED_PAGE_SIZES)),
    st.builds(
        lambda width, height: f"{width}x{height}in",
        st.integers(min_value=1, max_value=60),
        st.integers(min_value=1, max_value=60),
    ),
)


@st.composite
def theme_documents(draw: st.DrawFn, *, in_range: bool = False) -> dict[str, Any]:
    """Themes made of the format's own keys; their sizes only within the format's ranges
    when ``in_range``, else in and out of them."""
    base_sizes = (8, 16) if in_range else (6, 18)
    body_sizes = (14, 48) if in_range else (12, 50)
    body_size = draw(st.integers(*body_sizes))
    document: dict[str, Any] = {
        "name": draw(st.text(max_size=20)),
        "extends": draw(st.sampled_from(["classic", "modern", "chalkboard", "ink-saver"])),
        "colors": draw(
            st.dictionaries(
                st.sampled_from(["primary", "accent", "text", "muted", "background", "surface"]),
                colors,
                max_size=6,
            )
        ),
        "large_fills": draw(st.booleans()),
        "handout": {
            "page_size": draw(page_sizes),
            "margins": draw(lengths),
            "base_size": draw(st.integers(*base_sizes)),
        },
        "deck": {
            "aspect": draw(st.sampled_from(["16:9", "4:3"])),
            "title_size": draw(st.integers(*((18, 72) if in_range else (16, 80)))),
            "body_size": body_size,
            "min_body_size": draw(st.integers(12 if in_range else 10, body_size)),
        },
        "poster": {
            "page_size": draw(page_sizes),
            "orientation": draw(st.sampled_from(["landscape", "portrait"])),
        },
    }
    if draw(st.booleans()):
        document["colors"]["palette"] = draw(st.lists(colors, min_size=1, max_size=8))
    return document


def load_outcome(path: Path, document: Any) -> None:
    """Write ``document`` as a theme and load it: a theme, or problems naming the file."""
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    loads_or_names_the_file(load_theme, path)


@FUZZ
@given(document=yaml_values)
def test_random_yaml_as_a_theme(tmp_path: Path, document: Any) -> None:
    load_outcome(tmp_path / "random-theme.yaml", document)


@FUZZ
@given(document=theme_documents())
def test_themes_in_and_out_of_range_load_or_say_why(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    load_outcome(tmp_path / "theme.yaml", document)


@settings(
    max_examples=BUILD_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=theme_documents(in_range=True))
# Found by this test: on A5 without margins a question's prompt, indented, was placed
# unsplit at the foot of a page after being measured at the full width.
@example(
    document={
        "name": "a5-no-margins",
        "extends": "classic",
        "handout": {"page_size": "a5", "margins": "0pt", "base_size": 12},
    }
)
def test_every_accepted_theme_builds_clean_outputs(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    theme = tmp_path / "theme.yaml"
    theme.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        outputs = build_lesson(EXAMPLE, tmp_path / "out", theme_reference=str(theme)).outputs
    except LessonError as error:
        assert all(problem.message and problem.path for problem in error.problems)
        event(f"stopped: {error.problems[0].path}")
        return
    event("built")
    for path in outputs:
        problems = pptx_problems(path) if path.suffix == ".pptx" else pdf_problems(path)
        assert problems == [], (path, problems)
