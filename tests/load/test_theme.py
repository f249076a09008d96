"""Themes: built-ins, extends with deep merge, cycles, validation, contrast."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lessonpress.errors import LessonError
from lessonpress.load.theme import (
    builtin_theme_names,
    deep_merge,
    list_themes,
    load_theme,
    theme_warnings,
)
from lessonpress.model.colors import contrast_ratio

IMAGES = Path(__file__).resolve().parents[1] / "data" / "images"

BUILTIN = ["chalkboard", "classic", "high-contrast", "ink-saver", "modern"]


def test_the_five_builtin_themes_exist_with_descriptions() -> None:
    assert builtin_theme_names() == BUILTIN
    for info in list_themes():
        assert info.description, info.name
        assert info.path.is_file()


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_themes_meet_wcag_aa(name: str) -> None:
    assert theme_warnings(load_theme(name)) == []


def test_high_contrast_meets_aaa_and_is_larger() -> None:
    theme, classic = load_theme("high-contrast"), load_theme("classic")
    assert contrast_ratio(theme.colors.text, theme.colors.background) >= 7
    assert contrast_ratio(theme.colors.muted, theme.colors.background) >= 7
    assert theme.handout.base_size > classic.handout.base_size
    assert theme.deck.body_size > classic.deck.body_size


def test_ink_saver_is_grayscale_without_fills() -> None:
    theme = load_theme("ink-saver")
    assert theme.large_fills is False
    colors = [*theme.colors.palette, theme.colors.primary, theme.colors.accent, theme.colors.text]
    assert all(color[1:3] == color[3:5] == color[5:7] for color in colors)


def test_chalkboard_is_dark() -> None:
    theme = load_theme("chalkboard")
    assert contrast_ratio(theme.colors.background, "#000000") < 2


def test_extends_merges_deeply_and_resolves_paths(tmp_path: Path) -> None:
    shutil.copy(IMAGES / "square-800x800.png", tmp_path / "crest.png")
    theme_file = tmp_path / "school.yaml"
    theme_file.write_text(
        "name: school\nextends: modern\nlogo: crest.png\ncolors:\n  primary: '#6a1b9a'\n"
    )
    theme = load_theme(str(theme_file))
    modern = load_theme("modern")
    assert theme.name == "school"
    assert theme.description == ""
    assert theme.colors.primary == "#6A1B9A"
    assert theme.colors.accent == modern.colors.accent
    assert theme.fonts.heading.family == "Source Serif Pro"
    assert theme.logo == str((tmp_path / "crest.png").resolve())


def test_a_theme_file_extends_another_file(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text("name: base\nposter:\n  page_size: a2\n")
    (tmp_path / "child.yaml").write_text("name: child\nextends: base.yaml\n")
    assert load_theme("child.yaml", tmp_path).poster.page_size.name == "a2"


def test_cycles_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("extends: c.yaml\n")
    (tmp_path / "c.yaml").write_text("extends: a.yaml\n")
    with pytest.raises(LessonError, match=r"circle: a.yaml -> b.yaml -> c.yaml -> a.yaml"):
        load_theme("a.yaml", tmp_path)


def test_all_theme_errors_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "colors:\n  primary: red\n  accent: '#12345'\ndeck:\n  aspect: 3:2\nhandout:\n"
        "  page_size: napkin\n"
    )
    with pytest.raises(LessonError) as caught:
        load_theme("bad.yaml", tmp_path)
    paths = sorted(problem.path for problem in caught.value.problems)
    assert paths == ["colors.accent", "colors.primary", "deck.aspect", "handout.page_size"]
    lines = sorted(problem.line or 0 for problem in caught.value.problems)
    assert lines == [2, 3, 5, 7]


def test_unknown_font_family_needs_files(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text("fonts:\n  body:\n    family: Comic Sans MS\n")
    with pytest.raises(LessonError, match="not installed with lessonpress"):
        load_theme("t.yaml", tmp_path)


def test_missing_logo_is_reported(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text("logo: crest.png\n")
    with pytest.raises(LessonError, match="does not exist"):
        load_theme("t.yaml", tmp_path)


def test_low_contrast_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text("colors:\n  text: '#AAAAAA'\n")
    warnings = theme_warnings(load_theme("t.yaml", tmp_path))
    assert [warning.path for warning in warnings] == ["colors.text", "colors.text"]
    assert "on background #FFFFFF has contrast 2.3:1, below the 4.5:1" in warnings[0].message


def test_deep_merge_replaces_lists_and_merges_mappings() -> None:
    merged = deep_merge({"a": {"b": 1, "c": [1]}, "d": 1}, {"a": {"c": [2]}, "e": 2})
    assert merged == {"a": {"b": 1, "c": [2]}, "d": 1, "e": 2}
