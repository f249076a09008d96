"""Renderers are found through the entry-point group, third-party ones included."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from lessonpress.build import build_lesson
from lessonpress.cli import cli
from lessonpress.errors import LessonError
from lessonpress.renderers.base import ENTRY_POINT_GROUP, installed_renderers, load_renderers

PLUGIN = '''
"""A tiny third-party renderer: the lesson's events as plain text."""


class OutlineRenderer:
    name = "outline"
    suffix = ".txt"
    description = "The events as a plain-text outline."

    def render(self, lesson, theme, options):
        lines = [lesson.title, ""]
        lines += [f"{event.date_label}: {event.title}" for event in lesson.timeline]
        return ("\\n".join(lines) + "\\n").encode()
'''


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Install a renderer the way pip would: a module plus a dist-info with an entry point."""
    site = tmp_path / "site"
    (site / "outline_plugin").mkdir(parents=True)
    (site / "outline_plugin" / "__init__.py").write_text(PLUGIN)
    dist_info = site / "outline_plugin-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: outline-plugin\nVersion: 1.0\n"
    )
    (dist_info / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\noutline = outline_plugin:OutlineRenderer\n"
    )
    monkeypatch.syspath_prepend(str(site))
    return site


@pytest.fixture
def lesson_file(tmp_path: Path) -> Path:
    path = tmp_path / "lesson.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            title: Two Events
            events:
              - {title: Later, date: 1945}
              - {title: Earlier, date: 44 BC}
            """
        )
    )
    return path


def test_a_third_party_renderer_is_listed_and_builds(
    installed_plugin: Path, lesson_file: Path, tmp_path: Path
) -> None:
    [info] = [info for info in installed_renderers() if info.name == "outline"]
    assert info.distribution == "outline-plugin"
    result = build_lesson(lesson_file, tmp_path / "out", ["outline"])
    [output] = result.outputs
    assert output.name == "lesson-outline.txt"
    assert output.read_text() == "Two Events\n\n44 BC: Earlier\n1945: Later\n"


def test_the_renderers_command_names_the_package(installed_plugin: Path) -> None:
    result = CliRunner().invoke(cli, ["renderers"])
    assert result.exit_code == 0
    assert "outline" in result.output and "from outline-plugin" in result.output


def test_unknown_formats_are_an_input_problem() -> None:
    with pytest.raises(LessonError, match="unknown format 'handot'") as caught:
        load_renderers(["handot", "postr"])
    assert len(caught.value.problems) == 2


def test_builtin_renderers_are_registered_through_the_same_group() -> None:
    names = {info.name for info in installed_renderers() if info.distribution == "lessonpress"}
    assert names == {"handout", "deck", "poster"}
